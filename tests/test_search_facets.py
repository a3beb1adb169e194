"""A searched or filtered studies page counts its facets over ``search_facets`` and
``search_facet_items`` (migration m012): the counts equal those of the matching studies'
own rows, found the long way (the search index's study ids, the filters applied in Python),
and a page with a condition those tables do not hold is counted by the built-in path."""

from __future__ import annotations

import json
import sqlite3
import urllib.parse
from collections import Counter

import pytest
from conftest import client_for, traced_get

from bench.mixed_batch import write_batch
from ingest.commands import ingest_paths
from ingest.store import open_db
from ingest.store.counts import count_problems
from ingest.store.search_text import match_expressions
from tests.paths import EXAMPLES

SCALARS = ("design", "condition", "language", "evidence_level", "registration_status")
ARRAYS = ("interventions", "bias_flags", "check_kinds")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search-facets-batch")
    write_batch(folder, 30)
    path = tmp_path_factory.mktemp("search-facets") / "evidence.db"
    ingest_paths([str(folder), str(EXAMPLES)], path)
    return path


def studies_matching(path, search: str | None) -> list[dict]:
    """The studies rows a search matches, through the index's own study_id column."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("select * from studies")]
    if search is None:
        return rows
    ids = {sid for e in match_expressions(search)
           for (sid,) in conn.execute("select study_id from search_index where search_index match ?", [e])}
    return [r for r in rows if r["id"] in ids]


def items(row: dict, column: str) -> list[str]:
    return list(dict.fromkeys(json.loads(row[column] or "[]")))


# (query string, Python predicate over a studies row, whether the narrow tables answer it)
PAGES = [
    ("_search=injury", lambda r: True, True),
    ("_search=脊髓", lambda r: True, True),
    ("_search=脊髓損傷", lambda r: True, True),  # traditional: two match expressions (a union)
    ("_search=stem&design=rct", lambda r: r["design"] == "rct", True),
    ("_search=stem&design__not=rct", lambda r: r["design"] != "rct", True),
    ("_search=score&design__in=rct,cohort", lambda r: r["design"] in ("rct", "cohort"), True),
    ("_search=injury&interventions__arraycontains=mesenchymal stem cells",
     lambda r: "mesenchymal stem cells" in items(r, "interventions"), True),
    ("language=zh&bias_flags__arraycontains=small_n", lambda r: r["language"] == "zh" and "small_n" in items(r, "bias_flags"),
     True),
    ("design=single_arm_trial", lambda r: r["design"] == "single_arm_trial", True),
    # a column of integers filtered by text, as its own facet links it: "evidence_level=4"
    ("evidence_level=4", lambda r: r["evidence_level"] == 4, True),
    ("_search=stem&evidence_level__in=3,4", lambda r: r["evidence_level"] in (3, 4), True),
    ("evidence_level__not=4", lambda r: r["evidence_level"] != 4 and r["evidence_level"] is not None, True),
    ("_search=score&bias_flags__arraynotcontains=not_blinded", lambda r: "not_blinded" not in items(r, "bias_flags"),
     True),
    # Conditions the narrow tables cannot answer: the built-in path, with the same counts.
    ("_search=injury&_where=year > 2000", lambda r: (r["year"] or 0) > 2000, False),
    ("_search=stem&enrolled__gt=20", lambda r: (r["enrolled"] or 0) > 20, False),
]


@pytest.mark.parametrize("query, keep, narrow", PAGES, ids=[p[0] for p in PAGES])
def test_facets_of_a_searched_page_count_the_matching_studies(db, query, keep, narrow):
    args = urllib.parse.parse_qs(query)
    rows = [r for r in studies_matching(db, args.get("_search", [None])[0]) if keep(r)]
    assert 0 < len(rows) < 40, "the page must select some studies, not all"
    data, sqls = traced_get(db, f"/evidence/studies.json?{urllib.parse.quote(query, safe='=&')}&_facet_size=max")
    assert data["filtered_table_rows_count"] == len(rows)
    html = client_for(db).get(f"/evidence/studies?{urllib.parse.quote(query, safe='=&')}").text
    assert "facets-timed-out" not in html and 'class="facet-info' in html  # (every facet shown, none timed out)
    got = {name: {str(v["value"]): v["count"] for v in facet["results"]} for name, facet in data["facet_results"].items()}
    expected = {c: dict(Counter(str(r[c]) for r in rows if r[c] is not None)) for c in SCALARS}
    expected |= {c: dict(Counter(i for r in rows for i in items(r, c))) for c in ARRAYS}
    assert got == expected
    facet_sqls = [s for s in sqls if "count(*) as count" in s]
    assert len(facet_sqls) == len(SCALARS) + len(ARRAYS)
    assert all(("count(*) as count from search_facet" in s) == narrow for s in facet_sqls), facet_sqls


def test_selected_values_toggle_off_in_a_narrow_facet(db):
    data, _ = traced_get(db, "/evidence/studies.json?_search=stem&design=rct")
    (rct,) = [v for v in data["facet_results"]["design"]["results"] if v["value"] == "rct"]
    assert rct["selected"] and "design=rct" not in rct["toggle_url"]


def test_a_search_reads_study_ids_from_the_narrow_table(db):
    _, sqls = traced_get(db, "/evidence/studies.json?_search=injury")
    main = [s for s in sqls if s.startswith("select id, title")]
    assert main and all("select study_id from search_facets where search_rowid in" in s for s in main)


def test_the_narrow_tables_follow_every_write_and_a_broken_one_is_reported(db, tmp_path):
    work = tmp_path / "copy.db"
    work.write_bytes(db.read_bytes())
    conn = open_db(work)
    assert count_problems(conn) == []
    # Update, delete and insert studies: the triggers keep the copies.
    conn.execute("update studies set design = 'cohort', interventions = '[\"aspirin\"]'"
                 " where id = (select min(id) from studies)")
    conn.execute("insert into studies (id, title, design, interventions) values"
                 " ('00000000000000ab', 'A study', 'rct', '[\"x\", \"y\"]')")
    assert count_problems(conn) == []
    conn.execute("delete from studies where id = '00000000000000ab'")
    assert count_problems(conn) == []
    conn.execute("delete from search_facet_items where facet = 'bias_flags' and value = 'small_n'")
    conn.execute("update search_facets set design = 'x' where study_id = (select min(id) from studies)")
    problems = count_problems(conn)
    assert any(p.startswith("search_facet_items: the tables give") for p in problems)
    assert any(p.startswith("search_facets: kept") for p in problems)


def test_a_search_on_a_database_without_the_narrow_table_reads_the_index(db, tmp_path):
    old = tmp_path / "old.db"
    old.write_bytes(db.read_bytes())
    conn = sqlite3.connect(old)
    conn.execute("drop table search_facets")
    conn.commit()
    conn.close()
    data, sqls = traced_get(old, "/evidence/studies.json?_search=injury")
    assert data["filtered_table_rows_count"] == len(studies_matching(db, "injury"))
    assert not any("search_facets" in s for s in sqls)


def test_an_id_the_writer_never_makes_is_reported_not_raised(db, tmp_path):
    work = tmp_path / "copy.db"
    work.write_bytes(db.read_bytes())
    conn = open_db(work)
    conn.execute("insert into studies (id, title) values ('not-a-hex-id', 'x')")
    assert any("not-a-hex-id" in p for p in count_problems(conn))


def test_a_filter_without_parameters_is_counted_narrow_too(db):
    # (Datasette passes [] for a page whose filters take no parameter: "?condition__notnull=1")
    data, sqls = traced_get(db, "/evidence/studies.json?condition__notnull=1&_facet_size=max")
    assert data["filtered_table_rows_count"] == len(studies_matching(db, None))
    assert any("count(*) as count from search_facets" in s for s in sqls)
    assert {v["value"]: v["count"] for v in data["facet_results"]["design"]["results"]} == dict(
        Counter(r["design"] for r in studies_matching(db, None)))
