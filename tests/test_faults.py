"""Faults: an ingest killed with SIGKILL half-way, and a Datasette serving while ingest writes.

A few hundred small generated articles (``bench/generate.py``) keep these to seconds; the
10k-article version of the kill test runs in ``make bench`` (``bench/faults.py``).
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse

import httpx
import pytest

from bench.generate import generate
from paths import REPO

ARTICLES = 240
TABLES = ("sources", "studies", "study_sources", "interventions", "groups", "measurements", "effects",
          "adverse_events", "effect_sizes", "checks")


def ingest_cmd(folder, db) -> list[str]:
    return [sys.executable, "-m", "ingest", "ingest", str(folder), "--db", str(db)]


def ingest(folder, db) -> None:
    done = subprocess.run(ingest_cmd(folder, db), capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


def count(db, table: str) -> int:
    """Rows in ``table``, read as Datasette reads: read-only, beside a live writer."""
    if not os.path.exists(db):
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(f"select count(*) from [{table}]").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet
    finally:
        conn.close()


def contents(db) -> dict[str, set]:
    conn = sqlite3.connect(db)
    out = {}
    for table in TABLES:
        key = "study_id || ':' || source_id" if table == "study_sources" else "id"
        out[table] = {r[0] for r in conn.execute(f"select {key} from [{table}]")}
    out["search_index"] = {r for r in conn.execute("select study_id, title, body from search_index")}
    conn.close()
    return out


def consistency_problems(db) -> list[str]:
    """Every way a half-written article would show; empty when each article is whole."""
    conn = sqlite3.connect(db)
    problems = [r[0] for r in conn.execute("pragma integrity_check") if r[0] != "ok"]
    problems += [f"foreign key: {r}" for r in conn.execute("pragma foreign_key_check")]
    checks = {
        "source without a study": "select id from sources where id not in (select source_id from study_sources)",
        "study without a source": "select id from studies where id not in (select study_id from study_sources)",
        "study not in the search index": "select id from studies where id not in (select study_id from search_index)",
        "search row of no study": "select study_id from search_index where study_id not in (select id from studies)",
    }
    for table in TABLES[3:]:
        checks[f"{table} row of a missing study or source"] = (
            f"select id from [{table}] where study_id not in (select id from studies)"
            f" or source_id not in (select id from sources)")
    for name, sql in checks.items():
        problems += [f"{name}: {r[0]}" for r in conn.execute(sql)]
    conn.close()
    return problems


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    return generate(ARTICLES, tmp_path_factory.mktemp("fault-articles"), seed=11)


@pytest.fixture(scope="module")
def clean_db(articles, tmp_path_factory):
    db = tmp_path_factory.mktemp("clean") / "evidence.db"
    ingest(articles, db)
    return db


def test_kill_9_mid_ingest_leaves_whole_articles_and_a_rerun_completes_without_duplicates(
        articles, clean_db, tmp_path):
    db = tmp_path / "evidence.db"
    proc = subprocess.Popen(ingest_cmd(articles, db), cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while count(db, "sources") < ARTICLES // 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = count(db, "sources")
    assert 0 < stored < ARTICLES, f"the kill was not mid-way ({stored} of {ARTICLES} stored)"

    assert consistency_problems(db) == []
    clean = contents(clean_db)
    partial = contents(db)
    for table, rows in partial.items():
        assert rows <= clean[table], f"{table}: rows a clean ingest does not have"

    ingest(articles, db)  # the rerun stores the rest and leaves what was stored alone
    assert consistency_problems(db) == []
    assert contents(db) == clean
    for table in TABLES:
        assert count(db, table) == count(clean_db, table), table


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_datasette_serving_during_an_ingest_never_answers_5xx(articles, tmp_path):
    first, rest = tmp_path / "first", tmp_path / "rest"
    first.mkdir()
    rest.mkdir()
    for i, path in enumerate(sorted(articles.glob("*.txt"))):
        (first if i < 20 else rest).joinpath(path.name).write_bytes(path.read_bytes())
    db = tmp_path / "evidence.db"
    ingest(first, db)
    study_id = sqlite3.connect(db).execute("select id from studies order by id limit 1").fetchone()[0]

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "ingest", "serve", "--db", str(db), "--port", str(port)],
                              cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    paths = ["/evidence/studies", "/evidence/studies.json", f"/evidence/studies?_search={urllib.parse.quote('脊髓')}",
             "/evidence/studies?_search=placebo", f"/evidence/studies/{study_id}", "/evidence/measurements",
             "/evidence/effects.json?_facet=measure", "/evidence.json?sql=select+count(*)+from+measurements"]
    statuses = []
    writer = None
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for _ in range(200):
                try:
                    client.get("/-/versions.json")
                    break
                except httpx.TransportError:
                    assert server.poll() is None, server.stderr.read().decode()[-1000:]
                    time.sleep(0.1)
            writer = subprocess.Popen(ingest_cmd(rest, db), cwd=REPO, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE)
            while writer.poll() is None:
                for path in paths:
                    statuses.append((path, client.get(path).status_code))
            for path in paths:  # and after it
                statuses.append((path, client.get(path).status_code))
        assert writer.returncode == 0, writer.stderr.read().decode()[-2000:]
    finally:
        for proc in (writer, server):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                proc.wait(10)
    errors = [(p, s) for p, s in statuses if s >= 500]
    assert not errors, errors[:10]
    assert {s for _, s in statuses} == {200}
    assert len(statuses) >= 2 * len(paths), "the ingest ended before the server was asked anything"
    assert count(db, "studies") == ARTICLES
