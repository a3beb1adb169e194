"""Ingest on Dask: ``--cluster local:2`` and ``--cluster tcp://...`` (a scheduler and two
workers started here) give the database ``--jobs 1`` gives, row for row, on 1,000 generated
articles; a worker killed mid-run loses no article.

(`make test-slow` and CI run these; `make test` leaves them out.)
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest
from paths import REPO

from bench.faults import count, ingest_cmd
from bench.generate import generate, write_medline

pytest.importorskip("distributed")
pytestmark = pytest.mark.slow

ARTICLES = 1000
# Columns that say when, not what: the migration log's and the rows' own timestamps.
WHEN = ("applied_at", "ingested_at", "created_at")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """1,000 generated articles: 800 files of every template, and 200 abstracts in two MEDLINE files."""
    folder = generate(800, tmp_path_factory.mktemp("cluster") / "articles", seed=16)
    write_medline(120, folder / "medline" / "pubmed-0001.xml.gz", seed=16)
    write_medline(80, folder / "medline" / "pubmed-0002.xml.gz", seed=16, first=120)
    return folder


@pytest.fixture(scope="module")
def serial_db(inputs, tmp_path_factory):
    db = tmp_path_factory.mktemp("serial") / "evidence.db"
    run_ingest(inputs, db)
    return db


def run_ingest(folder, db, *options, timeout=600):
    done = subprocess.run(ingest_cmd(folder, db) + list(options), capture_output=True, text=True, cwd=REPO,
                          timeout=timeout)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stderr


def rows(db) -> dict[str, list]:
    """Every row of every table (timestamps aside), sorted: two databases compared whole."""
    conn = sqlite3.connect(db)
    try:
        out = {}
        for (table,) in conn.execute("select name from sqlite_master where type = 'table' order by name"):
            columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])") if r[1] not in WHEN]
            out[table] = sorted(map(repr, conn.execute(
                f"select {', '.join(f'[{c}]' for c in columns)} from [{table}]")))
        return out
    finally:
        conn.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def dask_cluster(workers: int = 2):
    """A scheduler and ``workers`` workers (one thread each, no nanny: a killed worker stays
    dead) on 127.0.0.1, as `dask scheduler` / `dask worker` start them on real machines."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    dask = [sys.executable, "-m", "dask"]
    procs = [subprocess.Popen(dask + ["scheduler", "--host", "127.0.0.1", "--port", str(port),
                                      "--dashboard-address", ":0", "--no-show"],
                              cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(workers):
            procs.append(subprocess.Popen(dask + ["worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                                                  "--no-nanny", "--no-dashboard"],
                                          cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for_workers(address, workers)
        yield address, procs[1:]
    finally:
        for p in reversed(procs):
            p.kill()
            p.wait()


def wait_for_workers(address: str, n: int, timeout: float = 60) -> None:
    from distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(n, timeout=timeout)


def test_a_local_cluster_gives_the_database_jobs_1_gives(inputs, serial_db, tmp_path):
    db = tmp_path / "local.db"
    summary = run_ingest(inputs, db, "--cluster", "local:2")
    assert f"{ARTICLES} ingested" in summary
    assert rows(db) == rows(serial_db)


def test_a_running_scheduler_with_a_worker_killed_mid_run_loses_nothing(inputs, serial_db, tmp_path):
    db = tmp_path / "tcp.db"
    with dask_cluster(2) as (address, workers):
        proc = subprocess.Popen(ingest_cmd(inputs, db) + ["--cluster", address], cwd=REPO,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 300
        while count(db, "sources") < ARTICLES // 4 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest ended before a worker could be killed"
        os.kill(workers[0].pid, signal.SIGKILL)
        _, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 0, stderr[-2000:]
    assert f"{ARTICLES} ingested" in stderr
    assert rows(db) == rows(serial_db)


def test_a_rerun_on_the_cluster_changes_nothing(inputs, serial_db, tmp_path):
    db = tmp_path / "again.db"
    db.write_bytes(serial_db.read_bytes())
    summary = run_ingest(inputs, db, "--cluster", "local:1")
    assert f"0 ingested, 0 updated, {ARTICLES} unchanged" in summary
    assert rows(db) == rows(serial_db)


def test_the_time_limit_holds_on_cluster_workers_as_in_one_process(tmp_path):
    """An article past the limit is skipped with the same reason on a cluster worker (where tasks
    run in threads, which SIGALRM does not reach) as under --jobs 1."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "nested.html").write_bytes(b"<html><body>" + b"<div>" * 100_000 + b"</body></html>")
    generate(3, folder, seed=2)
    env = {**os.environ, "EVIDENCE_SECONDS_PER_ARTICLE": "1"}
    lines = {}
    for name, options in (("jobs1", []), ("local", ["--cluster", "local:1"])):
        started = time.monotonic()
        done = subprocess.run(ingest_cmd(folder, tmp_path / f"{name}.db") + options, capture_output=True, text=True,
                              cwd=REPO, env=env, timeout=300)
        assert time.monotonic() - started < 120, f"{name}: the limit did not hold"
        lines[name] = sorted(line for line in done.stderr.splitlines() if "nested.html" in line)
        assert "3 ingested" in done.stderr and done.returncode == 1, done.stderr[-1500:]
    assert lines["local"] == lines["jobs1"] and "took longer than 1 s" in lines["jobs1"][0]


def test_relative_paths_are_read_by_workers_in_another_directory(tmp_path):
    folder = generate(12, tmp_path / "articles", seed=5)
    serial = tmp_path / "serial.db"
    run_ingest(folder, serial)
    db = tmp_path / "rel.db"
    with dask_cluster(2) as (address, _):  # (workers run in the repository, the ingest beside the files)
        done = subprocess.run([sys.executable, "-m", "ingest", "ingest", "articles", "--db", str(db), "--cluster", address],
                              capture_output=True, text=True, cwd=tmp_path, timeout=300,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "12 ingested" in done.stderr
    assert rows(db)["measurements"] == rows(serial)["measurements"]
