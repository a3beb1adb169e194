"""Measure Evidence KB at literature scale and print a results table.

    python -m bench.run            # full: 1k and 10k ingest, a 100k-study database (make bench)
    python -m bench.run --quick    # under a minute; the last line gives the ratios (make bench-quick)

What it measures, each against a bare baseline so the figures mean something on a busy
machine:

- ingest: the real ``evidence ingest`` over generated articles (``bench/generate.py``), in
  articles/s and peak memory, against the bare time to read, decode and parse the same
  files (``ingest.read.read_path``); with ``--jobs 1`` and ``--jobs 2`` when the command
  offers ``--jobs``.
- serving: a real Datasette (this project's options, ``ingest.cli.datasette_options``) on
  127.0.0.1 over a large database, median and p95 latency of each page, against the bare
  SQL time of the queries the page ran (collected with Datasette's ``?_trace=1`` and
  re-run with sqlite3 on the same file).
- database size per study.

The large database is not ingested article by article: that would take hours. It is built
by cloning the rows that the real writer stored for a few hundred generated articles
(every table, the search index included) with new ids, inside SQLite; measurements get
extra time points so there are at least ten per study, and measures are split into
numbered variants so that a measure is shared by about a thousand studies, as the
comparison page needs.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import platform
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from bench.generate import generate

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable

TARGETS = {  # p95 in ms on the 2-core reference machine (#16: every page the site links to, ≤ 200)
    "home page": 200, "studies + facets": 200, "search 脊髓": 100, "search English": 100, "search rare term": 100,
    "study page": 50, "measurements + facets": 200, "comparison SQL": 500, "comparison table page": 500,
    "comparison page": 500, "comparison page, first view": 200, "side-by-side chooser": 200, "chooser search": 200,
}
INGEST_TARGET = 200  # articles/s
PAGE_RATIO_TARGET = 3.0


# ---------------------------------------------------------------- ingest


def bare_read_seconds(folder: Path) -> tuple[float, int]:
    """Time to read, decode and parse every article file: what ingest cannot avoid."""
    from ingest.commands import article_files
    from ingest.read import read_path

    files = article_files([str(folder)])
    start = time.perf_counter()
    for f in files:
        read_path(f)
    return time.perf_counter() - start, len(files)


def has_jobs_option() -> bool:
    out = subprocess.run([PYTHON, "-m", "ingest", "ingest", "--help"], capture_output=True, text=True, cwd=REPO)
    return "--jobs" in out.stdout


# Runs `evidence ingest` as a child and reports its peak memory, so the figure is the
# ingest's own and not this process's (which holds the generator and the server client).
PEAK_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter(); rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)\n"
)


def timed_ingest(folder: Path, db: Path, jobs: int | None = None, cluster: str | None = None) -> tuple[float, float]:
    """(seconds, peak MB) of one ``evidence ingest`` of ``folder`` into a fresh ``db``."""
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    cmd = [PYTHON, "-m", "ingest", "ingest", str(folder), "--db", str(db)]
    if jobs is not None:
        cmd += ["--jobs", str(jobs)]
    if cluster is not None:
        cmd += ["--cluster", cluster]
    out = subprocess.run([PYTHON, "-c", PEAK_WRAPPER, *cmd], capture_output=True, text=True, cwd=REPO)
    seconds, peak_kb, rc = out.stdout.split()
    if rc != "0":
        raise SystemExit(f"bench: evidence ingest failed ({rc}): {out.stderr[-1000:]}")
    return float(seconds), int(peak_kb) / 1024


def bench_ingest(count: int, work: Path, seed: int = 0) -> dict:
    folder = generate(count, work / f"articles-{count}", seed=seed)
    bare, files = bare_read_seconds(folder)
    result = {"articles": files, "bare_s": bare, "db": work / f"ingest-{count}.db"}
    runs = [None] if not has_jobs_option() else [1, 2]
    for jobs in runs:
        seconds, peak = timed_ingest(folder, result["db"] if jobs in (None, 1) else work / f"ingest-{count}-j{jobs}.db",
                                     jobs)
        result[f"jobs{jobs or 1}"] = {"s": seconds, "rate": files / seconds, "peak_mb": peak,
                                      "ratio": seconds / bare}
    result["jobs_option"] = runs != [None]
    conn = sqlite3.connect(result["db"])
    result["studies"] = conn.execute("select count(*) from studies").fetchone()[0]
    conn.close()
    result["bytes_per_study"] = db_bytes(result["db"]) / max(result["studies"], 1)
    return result


def has_dask() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def bench_cluster(folder: Path, work: Path, serial: dict) -> dict | None:
    """``evidence ingest --cluster tcp://...`` on the same articles as ``--jobs 1``, against a
    running local Dask cluster of 2 workers (started and warmed first, as a deployed cluster
    is), in articles/s against the single process's; whether its database is the same
    (tests/test_cluster.py checks that on 1,000 articles)."""
    if not has_dask():
        return None
    from distributed import Client, LocalCluster

    from ingest import vocab

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.wait_for_workers(2)
        client.run(vocab.load)  # (the workers' vocabularies built, as on a cluster that has run before)
        seconds, peak = timed_ingest(folder, work / "cluster.db", cluster=cluster.scheduler_address)
    rate = serial["articles"] / seconds
    from bench.faults import contents

    return {"articles": serial["articles"], "s": seconds, "rate": rate, "peak_mb": peak,
            "ratio": rate / serial["jobs1"]["rate"], "same": contents(work / "cluster.db") == contents(serial["db"])}


# Reads a MEDLINE file the way ingest does (in chunks, each parsed into Documents) and
# prints its time, articles and the process's peak memory.
STREAM_READER = (
    "import resource, sys, time\n"
    "from ingest.commands import units_of\n"
    "from ingest.read import read_all\n"
    "t = time.perf_counter(); n = 0\n"
    "for u in units_of([sys.argv[1]]):\n"
    "    n += len(read_all(u.raw, path=sys.argv[1])) if u.raw is not None else 0\n"
    "print(time.perf_counter() - t, n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


def bench_medline_stream(work: Path, articles: int) -> dict:
    """Peak memory of reading a gzipped MEDLINE file of ``articles`` abstracts, in chunks,
    against a process that only imports the same modules: flat whatever the file's size."""
    from bench.generate import write_medline

    path = write_medline(articles, work / "medline" / "pubmed-bench.xml.gz")
    out = subprocess.run([PYTHON, "-c", STREAM_READER, str(path)], capture_output=True, text=True, cwd=REPO)
    seconds, n, peak_kb = out.stdout.split()
    idle = subprocess.run([PYTHON, "-c", "import resource; import ingest.commands, ingest.read, lxml.etree; "
                           "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"],
                          capture_output=True, text=True, cwd=REPO)
    xml_mb = sum(len(c) for c in __import__("gzip").open(path)) / 2**20
    return {"articles": int(n), "s": float(seconds), "peak_mb": int(peak_kb) / 1024,
            "idle_mb": int(idle.stdout) / 1024, "xml_mb": xml_mb, "gz_mb": path.stat().st_size / 2**20}


EXTRACT_TARGET_RATIO = 20.0  # extraction in one process, against the bare read-and-scan
EI_CORPUS = REPO.parent / "shared" / "corpora" / "evidence-inference"
SCAN = re.compile(r"\d+(?:\.\d+)?")


def bench_extract(generated: Path) -> dict:
    """Extraction alone, in one warm process (as ``evidence extract FILE...`` runs), against
    the bare read-and-scan of the same files: read, decode and find every number once.
    On the Evidence Inference abstracts when ../shared is there (real text), else on the
    generated articles."""
    from ingest import vocab
    from ingest.commands import article_files, extract_document
    from ingest.read import read_documents, read_path

    corpus = EI_CORPUS if EI_CORPUS.is_dir() else generated
    files = article_files([str(corpus)])
    vocab.load()

    def bare() -> float:
        start = time.perf_counter()
        for f in files:
            SCAN.findall(read_path(f).text)
        return time.perf_counter() - start

    def full() -> float:
        start = time.perf_counter()
        for f in files:
            for document in read_documents(f):
                extract_document(document)
        return time.perf_counter() - start

    bare_s, extract_s = min(bare() for _ in range(3)), min(full() for _ in range(2))
    return {"corpus": "Evidence Inference abstracts" if corpus == EI_CORPUS else "generated articles",
            "articles": len(files), "bare_s": bare_s, "s": extract_s, "rate": len(files) / extract_s,
            "ratio": extract_s / bare_s}


def bench_warm_ingest(folder: Path, db: Path, bare_s: float) -> dict:
    """``evidence ingest`` of ``folder`` in one warm process (the vocabularies loaded, the
    modules imported), as a long-running worker runs it, with the share of it spent reading
    and extracting (the rest is statistics, checks and writing): where the time of a process
    that ingests for hours goes, without the ~1 s of start-up a 200-article run pays once."""
    from ingest import commands, vocab
    from ingest.store import write  # noqa: F401 (ingest_paths imports the store on first use)

    # Imported and built before the clock starts: the store's import (sqlite-utils, which here
    # brings pandas and numpy, ~0.35 s) was counted as "statistics, checks and writing".
    vocab.load()
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    read_and_extract, spent = commands.extract_unit, [0.0]

    def timed(*args, **kwargs):  # our own step, timed where ingest calls it
        start = time.perf_counter()
        try:
            return read_and_extract(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    commands.extract_unit = timed
    try:
        start = time.perf_counter()
        report = commands.ingest_paths([str(folder)], str(db))
        total = time.perf_counter() - start
    finally:
        commands.extract_unit = read_and_extract
    articles = len(report.ingested) + len(report.updated) + len(report.failed)
    return {"articles": articles, "s": total, "rate": articles / total, "ratio": total / bare_s,
            "extract_share": spent[0] / total,
            # The one writer's own rate: what is left of the run once reading and extracting
            # (which workers do on a cluster) are taken out.
            "writer_rate": articles / max(total - spent[0], 1e-9)}


MEDLINE_RCTS = 1_500_000  # randomised-trial abstracts in MEDLINE (#16)
MEDLINE_RECORDS = 36_000_000
CORE_HOUR_USD = 0.04  # an on-demand vCPU-hour of a general-purpose cloud machine, roughly


def projection(extract_rate: float, writer_rate: float, workers=(1, 4, 16, 64)) -> list[str]:
    """Hours (and core-hours, dollars) for MEDLINE on N workers, from measured rates: each
    worker extracts ``extract_rate`` articles/s, the one writer stores ``writer_rate``; the
    run takes as long as the slower of the two."""
    out = []
    for name, articles in (("1.5 million RCT abstracts", MEDLINE_RCTS), ("all 36 million records", MEDLINE_RECORDS)):
        cells = []
        for n in workers:
            hours = max(articles / (n * extract_rate), articles / writer_rate) / 3600
            cells.append(f"{n} worker{'s' if n > 1 else ''}: {hours:,.1f} h")
        core_hours = articles / extract_rate / 3600
        limit = writer_rate / extract_rate
        out.append(f"{name}: " + ", ".join(cells) + f"; {core_hours:,.0f} core-hours of extraction "
                   f"(~${core_hours * CORE_HOUR_USD:,.2f} at ${CORE_HOUR_USD}/core-hour); the writer is the limit "
                   f"past {limit:.1f} workers")
    return out


def bench_worst_case() -> dict:
    from bench.worst_case import TARGET_MS, timings

    results = timings()
    worst = max(results, key=lambda r: r[1])
    return {"articles": len(results), "worst": worst[0], "max_ms": worst[1], "target_ms": TARGET_MS,
            "over": sum(1 for _, ms, _ in results if ms > TARGET_MS),
            "median_ms": statistics.median(ms for _, ms, _ in results)}


def db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())


# ---------------------------------------------------------------- the large database


def table_columns(conn, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"pragma {schema}.table_info([{table}])")]


# 16 hex digits, unique per copy k, with k inside the first 15 digits: the search row's
# rowid (ingest.store.write.search_rowid) is then the template's with its low 24 bits = k.
NEW_ID = "substr({col}, 1, 9) || printf('%06x', :k) || substr({col}, 16, 1)"
NEW_SEARCH_ROWID = "((rowid >> 24) << 24) + :k"
VARIANTS = 10  # each measure becomes this many numbered variants (see the module docstring)


def build_large_db(template_db: Path, db: Path, studies: int, measurement_copies: int = 4) -> dict:
    """A database of ``studies`` studies cloned from the rows of ``template_db``."""
    from ingest.store import open_db
    from ingest.store.comparisons import refresh_stale

    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    open_db(db).close()  # the schema, every migration applied
    start = time.perf_counter()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("pragma journal_mode = off")
    conn.execute("pragma synchronous = off")
    conn.execute("attach ? as tpl", [str(template_db)])
    per_copy = conn.execute("select count(*) from tpl.studies").fetchone()[0]
    copies = -(-studies // per_copy)
    fact_tables = ("sources", "studies", "study_sources", "interventions", "groups", "measurements",
                   "effects", "adverse_events", "effect_sizes", "checks")
    statements = {}
    for table in fact_tables:
        cols = table_columns(conn, "main", table)
        exprs = []
        for c in cols:
            if c in ("id", "study_id", "source_id") and not (table == "study_sources" and c == "position"):
                exprs.append(NEW_ID.format(col=f"[{c}]"))
            elif table == "sources" and c in ("sha256", "path"):
                exprs.append(f"[{c}] || '-' || :k")
            elif table == "studies" and c in ("doi", "title"):
                exprs.append(f"[{c}] || ' #' || :k")
            elif c == "measure_slug":
                exprs.append(f"[{c}] || '-v' || (:k % {VARIANTS})")
            elif c == "measure":
                exprs.append(f"[{c}] || ' v' || (:k % {VARIANTS})")
            else:
                exprs.append(f"[{c}]")
        if table == "measurements":
            # Extra time points: copy j is the same measure j*3 months later, a new value.
            exprs = [e if c not in ("id", "time_days", "time_value", "value", "time_label") else {
                "id": "substr(id, 1, 9) || printf('%06x', :k) || t.j",
                "time_days": "coalesce(time_days, 0) + t.j * 91.3",
                "time_value": "coalesce(time_value, 0) + t.j * 3",
                "value": "value + t.j * 0.5",
                "time_label": "coalesce(time_label, '') || case t.j when 0 then '' else ' +' || (t.j * 3) || ' months' end",
            }[c] for c, e in zip(cols, exprs)]
            source = ("tpl.measurements, (" + " union all ".join(f"select {j} as j" for j in range(measurement_copies))
                      + ") as t")
        else:
            source = f"tpl.[{table}]"
        statements[table] = (f"insert into main.[{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                             f"select {', '.join(exprs)} from {source}")
    conn.execute("begin")
    for k in range(copies):
        for table, sql in statements.items():
            if table == "studies" and k == copies - 1:
                sql += f" limit {studies - per_copy * k}"
            conn.execute(sql, {"k": k})
        conn.execute("insert into main.search_index (rowid, study_id, title, body) select "
                     + NEW_SEARCH_ROWID + ", " + NEW_ID.format(col="study_id") + ", title, body from tpl.search_index",
                     {"k": k})
    # The last copy may be partial: drop what belongs to studies not kept.
    for table in ("study_sources", "interventions", "groups", "measurements", "effects", "adverse_events",
                  "effect_sizes", "checks", "search_index"):
        conn.execute(f"delete from main.[{table}] where study_id not in (select id from main.studies)")
    conn.execute("delete from main.sources where id not in (select source_id from main.study_sources)")
    # Each study's comparison rows (m015), as the writer keeps them: the cloning marked every
    # study, and its rows are computed from its facts like an ingested study's.
    compared = time.perf_counter()
    refresh_stale(conn)
    compared = time.perf_counter() - compared
    conn.execute("commit")
    conn.execute("detach tpl")
    conn.execute("analyze")
    conn.execute("pragma journal_mode = wal")
    counts = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in ("studies", "measurements")}
    conn.close()
    return {**counts, "build_s": time.perf_counter() - start, "comparison_rows_s": compared,
            "bytes_per_study": db_bytes(db) / counts["studies"]}


def comparison_slug(db: Path, target: int = 1000) -> tuple[str, int]:
    """The measure shared by the number of studies nearest ``target``."""
    conn = sqlite3.connect(db)
    rows = conn.execute("select measure_slug, count(distinct study_id) as n from measurements "
                        "group by measure_slug").fetchall()
    conn.close()
    return min(rows, key=lambda r: (abs(r[1] - target), r[0]))


# The SQL a comparison page over one measure runs: every study's values of that measure
# with the study's design and size, in the order the page shows them.
COMPARISON_SQL = (
    "select s.id, s.title, s.design, s.enrolled, s.evidence_level, m.group_name, m.time_label,"
    " m.time_days, m.stat, m.value, m.dispersion, m.dispersion_value, m.n"
    " from measurements m join studies s on s.id = m.study_id"
    " where m.measure_slug = :slug order by s.id, m.group_name, m.time_days"
)


# ---------------------------------------------------------------- serving


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def datasette_server(db: Path, extra: tuple = (), workers: int = 1):
    """Datasette as `evidence serve` starts it (same options), on a free loopback port; with
    ``workers``, `evidence serve --workers N` itself."""
    from ingest.cli import datasette_options

    port = free_port()
    cmd = ([PYTHON, "-m", "datasette", "serve", str(db), "--host", "127.0.0.1", "--port", str(port),
            *datasette_options(), *extra] if workers == 1 else
           [PYTHON, "-m", "ingest", "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)])
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(300):
                try:
                    if client.get("/-/versions.json").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if proc.poll() is not None:
                    raise SystemExit(f"bench: datasette exited: {proc.stderr.read().decode()[-1000:]}")
                time.sleep(0.1)
            yield client
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def in_process_datasette(db: Path):
    """A Datasette object configured from the same options `evidence serve` passes."""
    from ingest.serve import datasette_for

    return datasette_for(db)


def comparison_page_queries(ds, slug: str) -> list[tuple[str, dict]]:
    """The SQL a comparison page runs on the kept rows, captured in-process."""
    import asyncio
    import importlib.util

    from ingest.paths import REPO_ROOT

    spec = importlib.util.spec_from_file_location("compare_traced", REPO_ROOT / "plugins" / "compare.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    seen, real = [], module._read

    async def traced(db, sql, params=None):
        seen.append((sql, dict(params or {})))
        return await real(db, sql, params)

    module._read = traced
    asyncio.run(module.kept_comparison(ds.get_database("evidence"), slug, {}))
    return seen


def traced_queries(ds, path: str) -> list[tuple[str, dict]]:
    """The SQL statements Datasette ran to answer ``path``, captured in-process.

    (``?_trace=1`` over HTTP truncates pages over 256 KB in Datasette 0.65.)
    """
    import asyncio

    from datasette.tracer import capture_traces

    async def run():
        await ds.invoke_startup()
        traces = []
        with capture_traces(traces):
            r = await ds.client.get(path)
        assert r.status_code == 200, (path, r.status_code)
        return traces

    traces = asyncio.run(run())
    return [(t["sql"], t.get("params") or {}) for t in traces if t.get("type") == "sql"]


def bare_sql_ms(db: Path, queries, repeat: int) -> list[float]:
    """Times of running ``queries`` back to back with sqlite3, read-only, fetching every row."""
    from ingest.store.search_text import fts_query  # noqa: F401  (same process cost as the plugin)

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for sql, params in queries:
            try:
                conn.execute(sql, params or {}).fetchall()
            except sqlite3.Error:
                pass  # Datasette tolerates some (a facet suggestion on a column that cannot be faceted)
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return times


class PageFailed(Exception):
    """A page that did not answer 200 (at a million studies, a query past the SQL time limit),
    or answered without some of its facets (past the facet time limit: "These facets timed
    out"), which is as good as not answering for the reader who came for them."""

    def __init__(self, path: str, status: int, ms: float, why: str = ""):
        super().__init__(f"{path} answered {status}{why} after {ms:.0f} ms")
        self.status, self.ms, self.why = status, ms, why


def page_ms(client, path: str, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        r = client.get(path)
        elapsed = (time.perf_counter() - start) * 1000
        if r.status_code != 200:
            raise PageFailed(path, r.status_code, elapsed)
        if b'class="facets-timed-out"' in r.content:
            raise PageFailed(path, r.status_code, elapsed, " with facets timed out")
        times.append(elapsed)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def search_matches(db: Path, path: str) -> int | None:
    """How many studies the page's ``_search`` matches (None when it has none)."""
    from ingest.store.search_text import fts_query

    query = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query).get("_search")
    if not query:
        return None
    conn = sqlite3.connect(db)
    n = conn.execute("select count(*) from search_index where search_index match ?", [fts_query(query[0])]).fetchone()[0]
    conn.close()
    return n


def bench_serving(db: Path, repeat: int, compare_studies: int = 1000) -> list[dict]:
    slug, slug_studies = comparison_slug(db, compare_studies)
    conn = sqlite3.connect(db)
    study_id = conn.execute("select id from studies order by id limit 1 offset 777").fetchone()[0]
    conn.close()
    q = urllib.parse.quote
    pages = [
        # Datasette's fixed cost per request (routing, ASGI, HTTP), with next to no SQL: a
        # page's ratio to its bare SQL cannot be under (floor + SQL) / SQL.
        ("floor: /-/versions.json", "/-/versions.json"),
        ("home page", "/"),
        ("studies + facets", "/evidence/studies"),
        ("search 脊髓", f"/evidence/studies?_search={q('脊髓')}"),
        ("search English", "/evidence/studies?_search=ejection"),
        # The DOI number of one generated article: the copies of that one article match.
        ("search rare term", "/evidence/studies?_search=000007"),
        ("study page", f"/evidence/studies/{study_id}"),
        ("measurements + facets", "/evidence/measurements"),
        ("comparison table page", f"/evidence/measurements?measure_slug={q(slug)}"
                                   "&_facet=group_name&_facet=time_label"),
        ("side-by-side chooser", "/-/compare"),
        ("chooser search", "/-/compare?q=ejection"),
    ]
    rows = []
    ds = in_process_datasette(db)
    conn = sqlite3.connect(db)
    largest, largest_studies = conn.execute(
        "select measure_slug, studies from measure_counts order by studies desc, measure_slug limit 1").fetchone()
    conn.close()
    with datasette_server(db) as client:
        # The first view of the comparison of the most reported measure, nothing kept by the server
        # yet: as the first reader after each new article finds it (a new version of the database).
        start = time.perf_counter()
        if client.get(f"/-/compare/{q(largest)}").status_code == 200:
            first_ms = (time.perf_counter() - start) * 1000
            rows.append({"name": "comparison page, first view", "path": f"/-/compare/{q(largest)}", "median": first_ms,
                         "p95": first_ms, "bare_median": None, "queries": None, "first_view": True,
                         "studies": largest_studies})
        if client.get(f"/-/compare/{q(slug)}").status_code == 200:
            pages.append(("comparison page", f"/-/compare/{q(slug)}"))
        for name, path in pages:
            for _ in range(2):
                client.get(path)  # warm: first-request costs are not what a reader sees (nor counted)
            try:
                page_ms(client, path, 1)  # (a page that fails warm, once its first costs are paid, fails)
            except PageFailed as e:
                # (reported as a miss, and the bench goes on with the other pages)
                rows.append({"name": name, "path": path, "failed": e.status, "why": e.why, "ms": e.ms})
                continue
            # The comparison page is our own route, outside Datasette's tracer: its bare SQL is
            # the queries it runs on the kept rows (plugins/compare.py ``kept_comparison``).
            queries = (traced_queries(ds, path) if not path.startswith("/-/compare/")
                       else comparison_page_queries(ds, slug))
            served = page_ms(client, path, repeat)
            bare = bare_sql_ms(db, queries, repeat)
            rows.append({"name": name, "path": path, "median": statistics.median(served), "p95": p95(served),
                         "bare_median": statistics.median(bare), "queries": len(queries),
                         "matches": search_matches(db, path)})
    # The comparison as bare SQL alone (no page), and the same SQL served as a query page.
    bare = bare_sql_ms(db, [(COMPARISON_SQL, {"slug": slug})], repeat)
    rows.append({"name": "comparison SQL", "path": f"(sqlite3) measure_slug={slug}",
                 "median": statistics.median(bare), "p95": p95(bare), "bare_median": statistics.median(bare),
                 "queries": 1})
    for r in rows:
        if "failed" not in r and not r.get("first_view"):
            r["ratio"] = r["median"] / r["bare_median"] if r["bare_median"] else float("nan")
    rows.append({"slug": slug, "slug_studies": slug_studies})
    return rows


CLIENTS = 16


def bench_concurrency(db: Path, seconds: float, clients: int = CLIENTS, workers: int = 1) -> dict:
    """``clients`` readers at once, each going round the site's pages (home, studies, a search,
    a study, measurements, a comparison, the chooser) for ``seconds``: requests answered per
    second and their p95, on one `evidence serve` process."""
    import threading

    import httpx

    conn = sqlite3.connect(db)
    study_id = conn.execute("select id from studies order by id limit 1 offset 7").fetchone()[0]
    slug = conn.execute("select measure_slug from measure_counts order by studies desc limit 1").fetchone()[0]
    conn.close()
    q = urllib.parse.quote
    paths = ["/", "/evidence/studies", "/evidence/studies?_search=ejection", f"/evidence/studies/{q(study_id)}",
             "/evidence/measurements", f"/-/compare/{q(slug)}", "/-/compare", "/-/compare?q=trial"]
    times: list[float] = []
    errors: list[str] = []
    with datasette_server(db, workers=workers) as warm:
        for _ in range(2 * workers):
            for path in paths:
                warm.get(path)  # (the comparison's computation is cached per database version, per process)
        base = str(warm.base_url)
        stop = time.perf_counter() + seconds

        def reader(k: int):
            with httpx.Client(base_url=base, timeout=60) as client:
                i = k
                while time.perf_counter() < stop:
                    start = time.perf_counter()
                    r = client.get(paths[i % len(paths)])
                    times.append((time.perf_counter() - start) * 1000)
                    if r.status_code != 200:
                        errors.append(f"{paths[i % len(paths)]}: {r.status_code}")
                    i += 1

        began = time.perf_counter()
        threads = [threading.Thread(target=reader, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - began
    return {"clients": clients, "workers": workers, "requests": len(times), "rate": len(times) / elapsed,
            "p95": p95(times), "median": statistics.median(times), "errors": errors[:5]}


# ---------------------------------------------------------------- report


def machine() -> str:
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor() or "?"
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"


def verdict(value: float, target: float, higher_is_better: bool = False) -> str:
    ok = value >= target if higher_is_better else value <= target
    return "met" if ok else "MISSED"


def report(ingests: list[dict], large: dict, serving: list[dict], quick: bool, faults: dict | None = None,
           extract: dict | None = None, worst: dict | None = None, cluster: dict | None = None,
           medline: dict | None = None, concurrency: list | None = None) -> str:
    meta = serving[-1]
    lines = [f"Evidence KB bench ({'quick' if quick else 'full'}), "
             f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {machine()}", ""]
    lines.append("| ingest | articles | articles/s | bare read+parse /s | ratio | peak MB | DB bytes/study | target |")
    lines.append("|---|---|---|---|---|---|---|---|")
    for r in ingests:
        for jobs in (1, 2):
            run = r.get(f"jobs{jobs}")
            if run is None:
                lines.append(f"| --jobs {jobs} | {r['articles']} | n/a (no --jobs option) | | | | | |")
                continue
            label = f"--jobs {jobs}" if r["jobs_option"] else "evidence ingest"
            lines.append(f"| {label} | {r['articles']} | {run['rate']:.0f} | {r['articles'] / r['bare_s']:.0f} | "
                         f"{run['ratio']:.1f}x | {run['peak_mb']:.0f} | {r['bytes_per_study']:.0f} | "
                         f"≥ {INGEST_TARGET}/s {verdict(run['rate'], INGEST_TARGET, True)} |")
    if cluster:
        lines.append(f"| --cluster (2 local workers) | {cluster['articles']} | {cluster['rate']:.0f} | | | {cluster['peak_mb']:.0f} "
                     f"(the writer) | | {cluster['ratio']:.2f}x the rate of --jobs 1; "
                     f"{'the same database' if cluster['same'] else 'A DIFFERENT DATABASE'} |")
    if medline:
        lines += ["", f"MEDLINE file streamed: {medline['articles']:,} abstracts ({medline['gz_mb']:.1f} MB gzipped, "
                  f"{medline['xml_mb']:.0f} MB of XML) read in chunks in {medline['s']:.1f} s "
                  f"({medline['articles'] / medline['s']:.0f} articles/s); peak memory {medline['peak_mb']:.0f} MB, "
                  f"against {medline['idle_mb']:.0f} MB for a process that only imports the reader"]
    if extract:
        lines += ["", f"Extraction in one process: {extract['articles']} {extract['corpus']} in {extract['s']:.2f} s "
                  f"({extract['rate']:.0f} articles/s), {extract['ratio']:.1f}x the bare read-and-scan "
                  f"({extract['bare_s'] * 1000:.0f} ms); target ≤ {EXTRACT_TARGET_RATIO:.0f}x "
                  f"{verdict(extract['ratio'], EXTRACT_TARGET_RATIO)}"]
        warm = extract.get("warm_ingest")
        if warm:
            lines += ["", "Projected for MEDLINE (extraction at the rate above per worker, one writer at "
                      f"{warm['writer_rate']:.0f} articles/s: its measured share of the warm ingest below):",
                      *(f"- {x}" for x in projection(extract["rate"], warm["writer_rate"])), ""]
            lines += [f"Ingest in one warm process (no start-up): {warm['articles']} generated articles in {warm['s']:.2f} s "
                      f"({warm['rate']:.0f} articles/s), {warm['ratio']:.1f}x their bare read; reading and extracting "
                      f"{100 * warm['extract_share']:.0f}% of it, statistics, checks and writing the rest"]
    if worst:
        lines += [f"Worst-case articles (bench/worst_case.py, {worst['articles']} of ≤ 20,000 characters): median "
                  f"{worst['median_ms']:.0f} ms, slowest {worst['max_ms']:.0f} ms ({worst['worst']}), "
                  f"{worst['over']} over the {worst['target_ms']:.0f} ms target"]
    lines += ["", f"Large database: {large['studies']:,} studies, {large['measurements']:,} measurements, "
              f"{large['bytes_per_study']:.0f} bytes/study, built in {large['build_s']:.0f} s by bulk insert "
              f"({large.get('comparison_rows_s', 0):.0f} s of it computing each study's comparison rows) "
              f"(cloned rows of really ingested articles; ingesting this many through the extractor would "
              f"take too long for a bench). Comparison measure: {meta['slug']} ({meta['slug_studies']} studies).", ""]
    lines.append("| page | median ms | p95 ms | bare SQL ms | ratio | queries | target p95 | within 3x |")
    lines.append("|---|---|---|---|---|---|---|---|")
    for r in serving[:-1]:
        if "failed" in r:
            lines.append(f"| {r['name']} | failed: HTTP {r['failed']}{r.get('why', '')} after {r['ms']:.0f} ms | | | | | "
                         f"≤ {TARGETS[r['name']]} MISSED | MISSED |")
            continue
        if r["name"].startswith("floor"):
            lines.append(f"| {r['name']} | {r['median']:.1f} | {r['p95']:.1f} | – | – | 0 | – | – |")
            continue
        if r.get("first_view"):
            lines.append(f"| {r['name']} ({r['studies']:,} studies, one request) | {r['median']:.1f} | {r['p95']:.1f} | – | – | – | "
                         f"≤ {TARGETS[r['name']]} {verdict(r['p95'], TARGETS[r['name']])} | – |")
            continue
        target = TARGETS[r["name"]]
        name = r["name"] + (f" ({r['matches']:,} studies match)" if r.get("matches") is not None else "")
        lines.append(f"| {name} | {r['median']:.1f} | {r['p95']:.1f} | {r['bare_median']:.1f} | "
                     f"{r['ratio']:.2f}x | {r['queries']} | ≤ {target} {verdict(r['p95'], target)} | "
                     f"{verdict(r['ratio'], PAGE_RATIO_TARGET)} |")
    for run in concurrency or []:
        lines += ["" if run is concurrency[0] else "",
                  f"{run['clients']} clients at once, each going round eight pages of the site, "
                  f"{run['workers']} server process{'es' if run['workers'] > 1 else ''}: "
                  f"{run['rate']:.0f} requests/s, median {run['median']:.0f} ms, p95 {run['p95']:.0f} ms "
                  f"({run['requests']} requests" + (f"; errors: {run['errors']}" if run["errors"] else "") + ")"]
    if faults:
        ok = (not faults["problems_after_kill"] and not faults["rows_a_clean_ingest_lacks"]
              and not faults["problems_after_rerun"] and faults["same_as_clean"])
        lines += ["", f"kill -9 after {faults['stored_at_kill']:,} of {faults['total']:,} articles: "
                  f"integrity and consistency {'ok' if not faults['problems_after_kill'] else faults['problems_after_kill'][:3]}; "
                  f"rerun ({faults['rerun_s']:.0f} s) {'equals a clean ingest, no duplicates' if ok else 'DIFFERS: ' + str(faults)[:300]}"]
    first = ingests[0]["jobs1"]
    ratios = " · ".join(f"{r['name']} {r['ratio']:.1f}x" if "failed" not in r else f"{r['name']} failed"
                        for r in serving[:-1] if r["name"] != "comparison SQL" and not r["name"].startswith("floor")
                        and not r.get("first_view"))
    head = ""
    if extract:
        head += f"extract/bare-read {extract['ratio']:.1f}x ({extract['rate']:.0f} articles/s, one process) · "
    head += f"ingest/bare-read {first['ratio']:.1f}x ({first['rate']:.0f} articles/s) · "
    warm = (extract or {}).get("warm_ingest")
    if warm:
        head += (f"warm ingest/bare-read {warm['ratio']:.1f}x ({warm['rate']:.0f} articles/s, "
                 f"{100 * warm['extract_share']:.0f}% of it reading and extracting) · ")
    if cluster:
        head += f"cluster of 2 workers / --jobs 1 {cluster['ratio']:.2f}x ({cluster['rate']:.0f} articles/s) · "
    for run in concurrency or []:
        head += f"{run['clients']} clients, {run['workers']} process(es): {run['rate']:.0f} req/s p95 {run['p95']:.0f} ms · "
    if worst:
        head += f"worst case {worst['max_ms']:.0f} ms (≤ {worst['target_ms']:.0f}: {worst['articles'] - worst['over']}/{worst['articles']}) · "
    lines += ["", f"ratios: {head}page/bare-SQL: {ratios}"]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Evidence KB benchmarks")
    parser.add_argument("--quick", action="store_true", help="a reduced run, under a minute")
    parser.add_argument("--keep", help="keep the work folder here instead of a temporary one")
    parser.add_argument("--studies", type=int, default=1_000_000,
                        help="studies in the served database of the full run (default: a million; ~25 GB, ~25 min to build)")
    args = parser.parse_args(argv)
    work = Path(args.keep or tempfile.mkdtemp(prefix="evidence-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        sizes, studies, repeat = ((200,), 5_000, 12) if args.quick else ((1_000, 10_000), args.studies, 40)
        ingests = []
        for n in sizes:
            print(f"bench: ingesting {n} generated articles ...", file=sys.stderr)
            ingests.append(bench_ingest(n, work))
        print("bench: extraction in one process, and the worst-case articles ...", file=sys.stderr)
        extract = bench_extract(work / f"articles-{sizes[0]}")
        warm = bench_warm_ingest(work / f"articles-{sizes[0]}", work / "warm.db", ingests[0]["bare_s"])
        extract["warm_ingest"] = warm
        # (before the cluster: a closed LocalCluster's threads still wind down for a while)
        worst = bench_worst_case()
        print("bench: the same articles on a local Dask cluster of 2 workers, and a MEDLINE file streamed ...",
              file=sys.stderr)
        cluster = bench_cluster(work / f"articles-{sizes[-1]}", work, ingests[-1])
        medline = bench_medline_stream(work, 5_000 if args.quick else 30_000)
        faults = None
        if not args.quick:
            from bench.faults import kill_and_rerun
            biggest = ingests[-1]
            print(f"bench: kill -9 half-way through ingesting {biggest['articles']} articles ...", file=sys.stderr)
            faults = kill_and_rerun(work / f"articles-{biggest['articles']}", work / "killed.db", biggest["db"],
                                    biggest["articles"])
        print(f"bench: building a {studies:,}-study database by bulk insert ...", file=sys.stderr)
        large_db = work / "large" / "evidence.db"
        large_db.parent.mkdir(exist_ok=True)
        large = build_large_db(ingests[0]["db"], large_db, studies)
        print("bench: timing Datasette pages ...", file=sys.stderr)
        # (a comparison of about 1% of the studies: 10,000 at a million, #16)
        serving = bench_serving(large_db, repeat, max(100, studies // 100))
        print(f"bench: {CLIENTS} clients at once ...", file=sys.stderr)
        concurrency = [bench_concurrency(large_db, 2.5 if args.quick else 20, workers=w)
                       for w in (1, os.cpu_count() or 1)]
        print(report(ingests, large, serving, args.quick, faults, extract, worst, cluster, medline, concurrency))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
