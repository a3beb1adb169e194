"""A comparison's reads run within its own limit, not the site's SQL limit (Datasette lets a
query ask for less time than its limit, never more), and a comparison that visitors ask for
at the same time is computed once."""

from __future__ import annotations

import asyncio
import importlib.util

from datasette.app import Datasette
from datasette.database import QueryInterrupted

from tests.paths import REPO

# (~0.3 s of SQL: a count over two million generated rows)
SLOW = "with recursive c(x) as (select 1 union all select x + 1 from c where x < 2000000) select count(*) as n from c"


def compare_plugin():
    spec = importlib.util.spec_from_file_location("compare_under_test", REPO / "plugins" / "compare.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def database(two_study_db, limit_ms: int):
    ds = Datasette([str(two_study_db)], settings={"sql_time_limit_ms": limit_ms})
    return ds.get_database("evidence")


def test_a_comparisons_read_outlasts_the_sites_sql_limit(two_study_db):
    compare = compare_plugin()
    db = database(two_study_db, 50)

    async def run():
        try:
            await db.execute(SLOW, custom_time_limit=compare.COMPUTE_MS)
            interrupted = False
        except QueryInterrupted:
            interrupted = True  # (asking Datasette for more time than its limit gives none)
        return interrupted, await compare._read(db, SLOW)

    interrupted, rows = asyncio.run(run())
    assert interrupted and rows == [{"n": 2000000}]


def test_visitors_asking_at_once_wait_for_one_computation(two_study_db, monkeypatch):
    compare = compare_plugin()
    db = database(two_study_db, 3000)
    computed = []
    real = compare._computed

    async def counted(db, slug, args, version, page=False):
        computed.append(slug)
        await asyncio.sleep(0.2)  # (long enough for the others to arrive while it runs)
        return await real(db, slug, args, version, page)

    monkeypatch.setattr(compare, "_computed", counted)
    slug = "asia-motor-score"

    async def run():
        return await asyncio.gather(*(compare._kept_or_computed(db, slug, {}) for _ in range(3)))

    results = asyncio.run(run())
    assert computed == [slug]
    assert all(r is results[0] for r in results) and results[0]["c"]["rows"]


def test_a_measures_rows_are_read_within_the_comparisons_own_limit(two_study_db, monkeypatch):
    compare = compare_plugin()
    db = database(two_study_db, 3000)

    schema_only = db.execute

    async def refused(sql, *args, **kwargs):
        # (what the schema holds may be asked the usual way: it is no read of the measure's rows)
        if "sqlite_master" in sql or sql.lstrip().lower().startswith("pragma"):
            return await schema_only(sql, *args, **kwargs)
        raise AssertionError(f"a comparison's read went through Datasette's limited execute: {sql[:60]}")

    monkeypatch.setattr(db, "execute", refused)
    data = asyncio.run(compare.measure_data(db, "asia-motor-score"))
    assert data["measurements"] and data["studies"]
    # (and that limit holds: past it, the read is interrupted as any query is)
    monkeypatch.setattr(compare, "COMPUTE_MS", 50)
    try:
        asyncio.run(compare._read(db, SLOW))
        interrupted = False
    except QueryInterrupted:
        interrupted = True
    assert interrupted


def test_every_visitor_of_an_unknown_measure_gets_not_found_and_nothing_stays_pending(two_study_db):
    from datasette.utils.asgi import NotFound

    compare = compare_plugin()
    db = database(two_study_db, 3000)

    async def run():
        return await asyncio.gather(*(compare._kept_or_computed(db, "no-such-measure", {}) for _ in range(3)),
                                    return_exceptions=True)

    results = asyncio.run(run())
    assert all(isinstance(r, NotFound) for r in results)
    assert compare._PENDING == {}


def test_comparisons_with_other_filters_share_the_measures_rows(two_study_db, monkeypatch):
    compare = compare_plugin()
    db = database(two_study_db, 3000)
    reads = []
    real = compare.measure_data

    async def counted(db, slug):
        reads.append(slug)
        return await real(db, slug)

    monkeypatch.setattr(compare, "measure_data", counted)

    async def run():
        a = await compare._kept_or_computed(db, "asia-motor-score", {})
        b = await compare._kept_or_computed(db, "asia-motor-score", {"method": "REML"})
        return a, b

    a, b = asyncio.run(run())
    assert reads == ["asia-motor-score"] and a is not b and a["data"] is b["data"]
