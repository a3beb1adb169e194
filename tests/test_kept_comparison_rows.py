"""Each study's comparison rows, kept as the study is written (migration m015): equal to rows
computed afresh from the facts after every kind of write (new articles, merges, --force, a
changed file, a split), computed for a database written before the migration, and the
comparison page made from them shows what the page computed from the facts showed (rows,
counts, pooled estimates, options, plots, between-arm rows) under every filter, reading its
rows, not every measurement of the measure."""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import sqlite3

import pytest
from conftest import after_every_kind_of_write, client_for, site_for

from ingest.store import open_db
from ingest.store.comparisons import comparison_problems
from ingest.store.counts import count_problems
from tests.test_compare_computing import compare_plugin


@pytest.fixture(scope="module")
def batch_db(mixed_batch_db):
    return mixed_batch_db


def problems(db) -> list[str]:
    return comparison_problems(open_db(db))


def test_kept_rows_equal_rows_computed_afresh_after_ingest_and_merges(batch_db):
    _, db = batch_db
    assert problems(db) == []
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from comparison_stale").fetchone()[0] == 0
    kinds = dict(conn.execute("select kind, count(*) from comparison_rows group by kind"))
    assert kinds.get("within", 0) > 0


def test_kept_rows_follow_force_a_changed_file_and_a_split(batch_db, tmp_path):
    folder, original = batch_db
    writes = 0
    for db in after_every_kind_of_write(folder, original, tmp_path):
        assert problems(db) == []
        writes += 1
    assert writes == 3


def test_a_changed_fact_is_caught_and_the_migration_fills_a_database_written_before_it(batch_db, tmp_path):
    _, original = batch_db
    db = tmp_path / "evidence.db"
    shutil.copy(original, db)
    conn = sqlite3.connect(db)
    conn.execute("drop trigger measurements_comparison_update")
    conn.execute("update measurements set value = value + 1 where rowid = (select min(rowid) from measurements"
                 " where measure_slug != '' and time_days != 0)")
    conn.commit()
    assert len(problems(db)) == 1  # (the check sees a row no trigger refreshed)
    for name, kind in conn.execute("select name, type from sqlite_master where name like '%comparison%'"
                                   " and type = 'trigger'").fetchall():
        conn.execute(f"drop {kind} {name}")
    conn.execute("drop table comparison_rows")
    conn.execute("drop table comparison_stale")
    conn.execute("drop table comparison_meta")
    conn.execute("delete from _sqlite_migrations where name = 'm015_comparison_rows'")
    conn.commit()
    conn.close()
    assert problems(db) == []  # (open_db applies the migration again, computing every study's rows)


# ---------------------------------------------------------------- the page from the kept rows


def _plain(value):
    """A row as JSON would write it: a cell's text written, infinities None, the export's
    ``escalc`` columns (read by the CSV, not the page) left out."""
    if isinstance(value, dict):
        out = {k: _plain(v) for k, v in value.items() if k != "escalc"}
        if "quote" in value and "computed" in value and "text" not in out:
            out["text"] = value["text"]
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    return value


POOLED = ("time_label", "k", "studies", "estimate", "ci_low", "ci_high", "tau2", "I2", "p", "display", "certainty", "note",
          "leave_one_out", "by_design")


def _pooled(entries):
    return [{k: _plain(p.get(k)) for k in POOLED} for p in entries]


def both(db, slug: str, args: dict):
    compare = compare_plugin()
    database = site_for(db).get_database("evidence")

    async def run():
        old = compare.comparison(await compare.measure_data(database, slug), args)
        kept = await compare.kept_comparison(database, slug, args)
        return old, kept

    return compare, *asyncio.run(run())


def _arguments(db, slug: str) -> list[dict]:
    conn = sqlite3.connect(db)
    time = conn.execute("select time_label from comparison_rows where measure_slug = ? and kind = 'within'"
                        " order by time_null, time_days limit 1", [slug]).fetchone()
    design = conn.execute("select design from comparison_rows where measure_slug = ? and design is not null limit 1",
                          [slug]).fetchone()
    condition = conn.execute("select condition from comparison_rows where measure_slug = ? and condition is not null"
                             " limit 1", [slug]).fetchone()
    out = [{}, {"metric": "mean_change"}, {"metric": "smc_baseline_sd", "population": "cohort"},
           {"population": "subgroups"}, {"method": "REML", "hksj": "1"}]
    out += [{"time": time[0]}] if time else []
    out += [{"design": design[0]}] if design else []
    out += [{"condition": condition[0]}] if condition else []
    return out


@contextlib.contextmanager
def reads_of(compare):
    """The SQL the comparison plugin reads while the block runs."""
    seen, real = [], compare._read

    async def traced(db_, sql, params=None):
        seen.append(sql)
        return await real(db_, sql, params)

    compare._read = traced
    try:
        yield seen
    finally:
        compare._read = real


def _slugs(db) -> list[str]:
    conn = sqlite3.connect(db)
    return [r[0] for r in conn.execute("select measure_slug from comparison_rows group by measure_slug"
                                       " order by count(distinct study_id) desc, measure_slug limit 12")]


def test_the_page_from_kept_rows_is_the_page_computed_from_the_facts(batch_db):
    _, db = batch_db
    compared = 0
    for slug in _slugs(db):
        for args in _arguments(db, slug):
            compare, old, kept = both(db, slug, args)
            new = kept["c"]
            assert len(new["rows"]) == len(old["rows"]) and new["study_count"] == old["study_count"], (slug, args)
            assert _plain(list(new["rows"])) == _plain(old["rows"][:compare.ROWS_SHOWN]), (slug, args)
            assert _pooled(new["pooled"]) == _pooled(old["pooled"]), (slug, args)
            assert new["options"] == old["options"], (slug, args)
            assert compare.plot_rows(kept["plotted"]) == compare.most_precise(compare.plot_rows(old["rows"])), (slug, args)
            b, a = new["between_arms"], old["between_arms"]
            assert (b["metric"], b["metrics"], b["study_count"]) == (a["metric"], a["metrics"], a["study_count"])
            assert _plain(b["rows"]) == _plain(a["rows"]) and _pooled(b["pooled"]) == _pooled(a["pooled"])
            assert len(new["between"]) == len(old["between"])
            assert _plain(list(new["between"])) == _plain(old["between"][:compare.ROWS_SHOWN])
            compared += 1
    assert compared >= 20


def test_the_page_reads_its_rows_not_every_measurement_of_the_measure(batch_db):
    _, db = batch_db
    slug = _slugs(db)[0]
    client = client_for(db)
    compare = compare_plugin()
    database = site_for(db).get_database("evidence")
    with reads_of(compare) as seen:
        kept = asyncio.run(compare.kept_comparison(database, slug, {}))
    assert kept is not None and any("from comparison_rows" in s for s in seen)
    # (the measure's name from its first measurement; never every measurement or effect size)
    assert not any(s.startswith(("select * from measurements", "select * from effect_sizes")) for s in seen)
    assert all(s.endswith("limit 1") for s in seen if "from measurements" in s)
    page = client.get(f"/-/compare/{slug}")
    assert page.status_code == 200 and "across studies" in page.text


def test_a_first_view_counts_from_the_sums_kept_per_measure(batch_db):
    # (m016: at a million studies the count, options and stated count passed over 164,500 rows)
    _, db = batch_db
    slug = _slugs(db)[0]
    compare = compare_plugin()
    database = site_for(db).get_database("evidence")
    with reads_of(compare) as whole:
        asyncio.run(compare.kept_comparison(database, slug, {}))
    design = sqlite3.connect(db).execute("select design from comparison_rows where measure_slug = ? and"
                                         " design is not null limit 1", [slug]).fetchone()[0]
    with reads_of(compare) as seen:
        asyncio.run(compare.kept_comparison(database, slug, {"design": design}))
    assert any("from comparison_counts" in s for s in whole) and any("from comparison_options" in s for s in whole)
    assert any("from stated_counts" in s for s in whole)
    assert not any("count(" in s for s in whole)
    # (a filtered view counts its own rows)
    assert any("count(distinct study_id)" in s and "from comparison_rows" in s for s in seen)


def test_the_migration_sums_a_database_written_before_it(batch_db, tmp_path):
    _, original = batch_db
    db = tmp_path / "evidence.db"
    shutil.copy(original, db)
    conn = sqlite3.connect(db)
    for (name,) in conn.execute("select name from sqlite_master where type = 'trigger' and (name like"
                                " 'comparison_s%' or name like 'stated_counts%')").fetchall():
        conn.execute(f"drop trigger {name}")
    for table in ("comparison_counts", "comparison_studies", "comparison_options", "comparison_times",
                  "stated_counts"):
        conn.execute(f"drop table {table}")
    conn.execute("delete from _sqlite_migrations where name = 'm016_comparison_summaries'")
    conn.commit()
    conn.close()
    opened = open_db(db)  # (applies m016 again, summing what is there)
    assert count_problems(opened) == []
    assert opened.execute("select count(*) from comparison_counts").fetchone()[0] > 0


def test_the_json_still_gives_every_row(batch_db):
    _, db = batch_db
    slug = _slugs(db)[0]
    data = json.loads(client_for(db).get(f"/-/compare/{slug}.json").text)
    conn = sqlite3.connect(db)
    within = conn.execute("select count(*) from comparison_rows where measure_slug = ? and kind = 'within'",
                          [slug]).fetchone()[0]
    assert len(data["within_arm"]["rows"]) == within


def test_a_condition_with_a_bar_matches_as_the_facts_do(batch_db):
    _, db = batch_db
    slug = _slugs(db)[0]
    condition = sqlite3.connect(db).execute("select condition from comparison_rows where measure_slug = ?"
                                            " and condition is not null limit 1", [slug]).fetchone()
    for value in ("x|" + (condition[0] if condition else "y"), "|"):
        compare, old, kept = both(db, slug, {"condition": value})
        assert len(kept["c"]["rows"]) == len(old["rows"]) == 0


def test_rows_kept_by_another_version_are_not_read(batch_db, tmp_path):
    _, original = batch_db
    db = tmp_path / "evidence.db"
    shutil.copy(original, db)
    conn = sqlite3.connect(db)
    conn.execute("update comparison_meta set value = value + 1 where key = 'version'")
    conn.commit()
    compare = compare_plugin()
    database = site_for(db).get_database("evidence")
    assert asyncio.run(compare._kept_rows_ready(database)) is False
    page = client_for(db).get(f"/-/compare/{_slugs(original)[0]}")
    assert page.status_code == 200  # (computed from the facts)


def test_the_shown_rows_and_the_narrow_reads_use_the_index_not_the_rows(batch_db):
    _, db = batch_db
    conn = sqlite3.connect(db)
    compare = compare_plugin()
    shown = conn.execute(f"explain query plan select row from comparison_rows where measure_slug = 'x' and kind = 'within'"
                         f" order by {compare.WITHIN_ORDER} limit 200").fetchall()
    assert not any("TEMP B-TREE" in r[-1] for r in shown)
    pooled = conn.execute(f"explain query plan select time_label, study_id, yi0, vi0 from comparison_rows where"
                          f" measure_slug = 'x' and kind = 'within' and pooled & 1 order by {compare.WITHIN_ORDER}").fetchall()
    assert any("COVERING INDEX comparison_rows_shown" in r[-1] for r in pooled)


def test_a_page_of_kept_rows_runs_no_full_collection(batch_db, monkeypatch):
    _, db = batch_db
    compare = compare_plugin()
    collected = []
    monkeypatch.setattr(compare.gc, "collect", lambda *a: collected.append(1) or 0)
    database = site_for(db).get_database("evidence")
    cached = asyncio.run(compare._kept_or_computed(database, _slugs(db)[0], {"design": "rct"}, page=True))
    assert cached.get("kept") and collected == []
