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

    async def counted(db, slug, args):
        computed.append(slug)
        await asyncio.sleep(0.2)  # (long enough for the others to arrive while it runs)
        return await real(db, slug, args)

    monkeypatch.setattr(compare, "_computed", counted)
    slug = "asia-motor-score"

    async def run():
        return await asyncio.gather(*(compare._kept_or_computed(db, slug, {}) for _ in range(3)))

    results = asyncio.run(run())
    assert computed == [slug]
    assert all(r is results[0] for r in results) and results[0]["c"]["rows"]
