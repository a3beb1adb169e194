"""Faults: an ingest killed with SIGKILL half-way, and a Datasette serving while ingest writes.

A few hundred small generated articles (``bench/generate.py``) keep these to seconds; the
10k-article version of the kill test runs in ``make bench`` (``bench/faults.py``).
"""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse

import httpx
import pytest
from paths import REPO

from bench.faults import TABLES, consistency_problems, contents, count, ingest, ingest_cmd, kill_mid_ingest
from bench.generate import generate

# (`make test-slow` and CI run these; `make test` leaves them out)
pytestmark = pytest.mark.slow

ARTICLES = 120


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
    stored = kill_mid_ingest(articles, db, ARTICLES, fraction=0.25, timeout=120)
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
