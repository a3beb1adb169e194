"""Migration m005_scale and plugins/counted_facets.py: the same facets, counted from an index.

The array facets of the studies page come from ``study_facet_values``, which triggers keep
in step with ``studies``; these tests check the counts equal Datasette's own array-facet
SQL on the same rows, filtered and not, and that the table follows re-ingests and
deletions done by the real writer.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import urllib.parse

import pytest
from conftest import PLUGINS, TEMPLATES, load_metadata
from datasette.app import Datasette
from datasette.tracer import capture_traces
from paths import EXAMPLES

from ingest.commands import ingest_paths
from ingest.store.search_text import fts_query

ARRAY_COLUMNS = ("interventions", "bias_flags", "check_kinds")


def builtin_counts(conn, column: str, where: str = "", params=()) -> dict:
    """Datasette 0.65's own array-facet query (whole-row de-duplication), run directly."""
    sql = f"""with inner as (select * from studies {where}),
              deduped as (select distinct j.value, inner.* from json_each([inner].[{column}]) j join inner)
              select value, count(*) from deduped group by value"""
    return dict(conn.execute(sql, params).fetchall())


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "evidence.db"
    report = ingest_paths([str(EXAMPLES)], str(path))
    assert report.ingested and not report.failed
    return path


def facets_of(db_path, query: str = "") -> dict:
    ds = Datasette([str(db_path)], metadata=load_metadata(), template_dir=str(TEMPLATES),
                   plugins_dir=str(PLUGINS), settings={"suggest_facets": False})

    traces = []

    async def get():
        await ds.invoke_startup()
        with capture_traces(traces):
            return await ds.client.get(f"/evidence/studies.json?{query}")

    response = asyncio.run(get())
    # Counted by the plugin from the index, not by the built-in whole-row query.
    sqls = [t["sql"] for t in traces if t.get("type") == "sql"]
    assert any(f"from {table}" in s for s in sqls for table in ("study_facet_values", "facet_counts", "search_facet_items"))
    assert not any("deduped_array_items" in s for s in sqls)
    assert response.status_code == 200, response.text[:500]
    data = response.json()
    return {name: {r["value"]: r["count"] for r in f["results"]}
            for name, f in data["facet_results"].items() if name in ARRAY_COLUMNS}


def test_facet_values_table_matches_the_studies_arrays(examples_db):
    conn = sqlite3.connect(examples_db)
    expected = set()
    for row in conn.execute(f"select id, {', '.join(ARRAY_COLUMNS)} from studies"):
        for column, text in zip(ARRAY_COLUMNS, row[1:]):
            expected |= {(column, str(v), row[0]) for v in json.loads(text or "[]")}
    got = set(conn.execute("select facet, value, study_id from study_facet_values"))
    assert got == expected and got


@pytest.mark.parametrize("query,where,params", [
    ("", "", ()),
    ("design=rct", "where design = ?", ("rct",)),
    ("language=zh", "where language = ?", ("zh",)),
    (f"_search={urllib.parse.quote('干细胞')}",
     "where id in (select study_id from search_index where search_index match ?)", (fts_query("干细胞"),)),
])
def test_array_facets_count_what_datasette_would(examples_db, query, where, params):
    conn = sqlite3.connect(examples_db)
    facets = facets_of(examples_db, query)
    assert set(facets) == set(ARRAY_COLUMNS)
    for column in ARRAY_COLUMNS:
        assert facets[column] == builtin_counts(conn, column, where, params), column
    assert any(facets.values())


def test_triggers_follow_updates_and_deletes(examples_db, tmp_path):
    import shutil

    db = tmp_path / "evidence.db"
    shutil.copy(examples_db, db)
    conn = sqlite3.connect(db)
    study_id, = conn.execute("select id from studies where interventions != '[]' limit 1").fetchone()
    conn.execute("update studies set interventions = ? where id = ?", ['["a", "b", "a"]', study_id])
    assert set(conn.execute("select value from study_facet_values where facet = 'interventions' and study_id = ?",
                            [study_id])) == {("a",), ("b",)}
    conn.execute("update studies set interventions = 'not json' where id = ?", [study_id])
    assert conn.execute("select count(*) from study_facet_values where facet = 'interventions' and study_id = ?",
                        [study_id]).fetchone() == (0,)
    conn.execute("delete from study_facet_values")
    conn.execute("insert or replace into studies select * from studies")  # REPLACE: delete + insert
    conn.execute("pragma foreign_keys = off")
    conn.execute("delete from studies where id = ?", [study_id])
    assert conn.execute("select count(*) from study_facet_values where study_id = ?", [study_id]).fetchone() == (0,)
    assert conn.execute("select count(*) from study_facet_values").fetchone()[0] > 0
    conn.close()


def test_sort_columns_are_indexed(examples_db):
    """Every sort in metadata.yml has an index, so a table page never sorts a whole table."""
    conn = sqlite3.connect(examples_db)
    tables = load_metadata()["databases"]["evidence"]["tables"]
    for table, meta in tables.items():
        column = meta.get("sort") or meta.get("sort_desc")
        if not column or column == "study_id":
            continue
        plan = " ".join(r[3] for r in conn.execute(f"explain query plan select * from [{table}] "
                                                    f"order by [{column}] desc limit 51"))
        assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, (table, plan)


def test_facet_values_table_is_hidden():
    tables = load_metadata()["databases"]["evidence"]["tables"]
    assert tables["study_facet_values"]["hidden"] is True


def test_m005_upgrades_a_database_written_before_it(tmp_path):
    """A database from before m005: its search rows get the derived rowids, its studies'
    facet values are filled in, and re-ingesting the same files then changes nothing."""
    import sqlite_utils

    from ingest.extract import extract
    from ingest.read import read_path
    from ingest.store import schema
    from ingest.store.write import search_rowid

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    schema.migrations().apply(old, stop_before="m005_scale")
    # Write as the code before m005 did: search rows with arbitrary rowids.
    for name in ("zh-news-msc-knee-oa.txt", "en-abstract-rct-diabetes.txt"):
        doc = read_path(str(EXAMPLES / name))
        record = extract(doc)
        with old.atomic():
            old["sources"].insert({"id": doc.sha256[:16], "path": doc.path, "sha256": doc.sha256, "text": doc.text})
            for study in record.studies:
                sid = f"{abs(hash(name)) % 16**16:016x}"
                old["studies"].insert({"id": sid, "title": study.citation.title,
                                       "interventions": json.dumps([i.name for i in study.interventions])})
                old["study_sources"].insert({"study_id": sid, "source_id": doc.sha256[:16], "position": 0})
                old.execute("insert into search_index (rowid, study_id, title, body) values (?, ?, ?, ?)",
                            [len(name), sid, study.citation.title or "", doc.text])
    old.close()

    db = schema.open_db(path)  # applies m005
    rows = db.execute("select rowid, study_id from search_index").fetchall()
    assert len(rows) == 2 and all(rowid == search_rowid(sid) for rowid, sid in rows)
    assert db.execute("select count(*) from study_facet_values where facet = 'interventions'").fetchone()[0] >= 2
    assert "m005_scale" in {r[0] for r in db.execute("select name from _sqlite_migrations")}
