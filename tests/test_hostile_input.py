"""Hostile input: fuzzed and mutated articles, inputs built to make regexes backtrack, huge and
deeply nested files, and attacks on the site's routes.

Every article must give a record or a clear ``ReadError`` within the per-article time limit
(``ingest/limits.py``, which covers reading and extraction). The limit is lowered to
``LIMIT`` seconds here so the inputs that need it cost seconds, not minutes; the
guarantee tested is the same. Which inputs reach the limit (rather than finishing) is
printed by ``pytest -s`` and recorded in the README's Benchmarks section.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
import urllib.parse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paths import EXAMPLES, REPO

import ingest.limits
from ingest.commands import extract_file, ingest_paths
from ingest.extract import extract
from ingest.read import ReadError, read_bytes
from ingest.read.document import Document

LIMIT = 0.25
SLACK = 1.0  # start-up of the timer, and a slow shared machine


@pytest.fixture
def short_limit(monkeypatch):
    monkeypatch.setattr(ingest.limits, "SECONDS_PER_ARTICLE", LIMIT)


def outcome(path) -> tuple[str, float]:
    """('record' | 'ReadError: ...', seconds) for one file through the real pipeline."""
    start = time.perf_counter()
    try:
        record = extract_file(str(path))
        assert record["schema"] == "evidence-record/1"
        result = "record"
    except ReadError as e:
        assert str(e) and "\n" not in str(e)
        result = f"ReadError: {e}"
    return result, time.perf_counter() - start


# ---------------------------------------------------------------- fuzzing


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=3000), path=st.sampled_from(["a.txt", "a.html", "a", None]))
def test_read_bytes_gives_a_document_or_a_read_error(raw, path):
    try:
        doc = read_bytes(raw, path=path)
    except ReadError as e:
        assert str(e)
        return
    assert isinstance(doc.text, str) and doc.text


NUMBERY = st.lists(st.sampled_from(list("0123456789.,;:()[]%±=<>-–— pPnN\n")
                                    + ["mean", "SD", "95% CI", "P", "vs", "治疗", "组", "例", "个月", "评分",
                                       "（", "）", "患者", "n =", "to"]),
                   max_size=300).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NUMBERY)
def test_extract_gives_a_record_for_any_text(text):
    with ingest.limits.time_limit(LIMIT + 8):
        record = extract(Document(text=text, path="x.txt", sha256="0")).to_json()
    assert record["schema"] == "evidence-record/1"


# ---------------------------------------------------------------- mutated real files


def mutations(raw: bytes, rng: random.Random):
    """Truncations (also inside a UTF-8 sequence), flipped bytes, random bytes, a doubled body."""
    for cut in (1, 7, len(raw) // 3, len(raw) // 2 + 1, len(raw) - 1):
        yield f"truncated at {cut}", raw[:cut]
    flipped = bytearray(raw)
    for i in rng.sample(range(len(raw)), k=min(40, len(raw))):
        flipped[i] = rng.randrange(256)
    yield "40 bytes flipped", bytes(flipped)
    yield "random bytes", rng.randbytes(len(raw))
    yield "random prefix", rng.randbytes(64) + raw
    yield "NUL in the middle", raw[: len(raw) // 2] + b"\x00" * 100 + raw[len(raw) // 2:]


EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name)
def test_mutated_example_files_give_a_record_or_a_clear_error(example, tmp_path, short_limit):
    rng = random.Random(example.name)
    raw = example.read_bytes()
    for name, mutated in mutations(raw, rng):
        path = tmp_path / f"mutated{example.suffix}"
        path.write_bytes(mutated)
        result, seconds = outcome(path)
        assert seconds <= LIMIT + SLACK, (name, result, seconds)


# ---------------------------------------------------------------- built to hurt

BAIT = {
    "one-million-character line": "治疗后评分为12.3±4.5，" * 60_000,
    "a million letters": "a" * 1_000_000,
    "digits then ± (backtracking)": "1" * 50_000 + "±",
    "a run of (": "(" * 100_000,
    "a run of p=": "p=" * 50_000,
    "a run of p<0.": "p<0." * 30_000,
    "mean (SD) repeated": "12.3 (4.5) " * 60_000,
    "n (%) repeated": "12 (34.5%) " * 60_000,
    "95% CI repeated": "95% CI " * 100_000,
    "Chinese numerals": "一百二十三" * 100_000,
    "dots": "1." * 200_000,
}


@pytest.mark.parametrize("name", sorted(BAIT))
def test_regex_bait_gives_a_record_or_a_clear_error_within_the_limit(name, tmp_path, short_limit):
    path = tmp_path / "bait.txt"
    path.write_text(BAIT[name], encoding="utf-8")
    result, seconds = outcome(path)
    print(f"{name}: {result} in {seconds:.1f} s")
    assert seconds <= LIMIT + SLACK, (name, result, seconds)


@pytest.mark.parametrize("markup", [
    b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000 + b"</body></html>",
    b"<html><body>" + b"<b><i>" * 100_000 + b"unclosed",
    b"<html><body><p>" + b"<span>" * 5_000 + "治疗后评分为12.3±4.5".encode() + b"</span>" * 5_000 + b"</p></body></html>",
], ids=["100k nested divs", "200k unclosed tags", "5k nested spans around a fact"])
def test_deeply_nested_html_gives_a_record_or_a_clear_error_within_the_limit(markup, tmp_path, short_limit):
    path = tmp_path / "nested.html"
    path.write_bytes(markup)
    result, seconds = outcome(path)
    print(f"nested html: {result} in {seconds:.1f} s")
    assert seconds <= LIMIT + SLACK, (result, seconds)


def test_a_50_mb_file_is_refused_with_a_clear_error_and_nothing_stored(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)  # sparse: no 50 MB written to disk
    with pytest.raises(ReadError, match="file too large"):
        extract_file(str(big))
    db = tmp_path / "evidence.db"
    done = subprocess.run([sys.executable, "-m", "ingest", "ingest", str(big), "--db", str(db)],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("evidence:")]
    assert errors == [f"evidence: {big}: file too large (50 MB; the limit is 50 MB)"]
    assert sqlite3.connect(db).execute("select count(*) from sources").fetchone() == (0,)


def test_an_article_over_the_limit_is_skipped_and_the_others_are_stored(tmp_path, short_limit):
    (tmp_path / "a-bait.txt").write_text(BAIT["digits then ± (backtracking)"] * 3, encoding="utf-8")
    (tmp_path / "b-nested.html").write_bytes(b"<html><body>" + b"<div>" * 100_000 + b"</body></html>")
    good = next(p for p in EXAMPLE_FILES if p.name.startswith("en-abstract"))
    (tmp_path / good.name).write_bytes(good.read_bytes())
    report = ingest_paths([str(tmp_path)], str(tmp_path / "evidence.db"))
    assert [p.rsplit("/", 1)[-1] for p in report.ingested] == [good.name]
    assert all(reason for _, reason in report.failed)


# ---------------------------------------------------------------- the site's routes

ATTACKS = ["../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
           "' or '1'='1", "1; drop table studies; --", '" or 1=1 --', "%00", "\\..\\..\\windows\\win.ini",
           "x" * 5000, "<script>alert(1)</script>", "studies/../../../etc/passwd"]
SEARCHES = ["'; drop table studies; --", '" OR 1=1 --', "*", "NEAR(a b)", '")', "脊髓' OR '1'='1", "\x00",
            "a" * 10_000, "(" * 1000, "p=" * 1000, "search_index MATCH '*'", "-", "^", "脊"]


def study_count(db_path) -> int:
    return sqlite3.connect(db_path).execute("select count(*) from studies").fetchone()[0]


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("template", ["/evidence/studies/{}", "/evidence/studies/{}.json", "/-/compare/{}",
                                      "/-/static/{}", "/evidence/{}", "/{}"])
def test_path_traversal_and_injection_on_routes_never_5xx(client, db_path, template, attack):
    if template == "/-/static/{}" and len(attack) > 255:
        pytest.xfail("Datasette 0.65 core, not a route of ours: a static path longer than a file name "
                     "can be raises ENAMETOOLONG, a 500")
    before = study_count(db_path)
    response = client.get(template.format(attack))
    assert response.status_code < 500, response.text[:300]
    assert "root:x:0:0" not in response.text and "Traceback" not in response.text
    assert "<script>alert(1)</script>" not in response.text
    assert study_count(db_path) == before


@pytest.mark.parametrize("query", SEARCHES)
@pytest.mark.parametrize("table", ["studies", "measurements", "sources"])
def test_search_filter_injection_never_5xx(client, db_path, table, query):
    before = study_count(db_path)
    response = client.get(f"/evidence/{table}?_search={urllib.parse.quote(query)}")
    assert response.status_code == 200, response.text[:300]
    assert "Traceback" not in response.text
    data = client.get(f"/evidence/{table}.json?_search={urllib.parse.quote(query)}&_shape=objects").json()
    assert isinstance(data["rows"], list)
    assert study_count(db_path) == before


@pytest.mark.parametrize("path", ["/evidence/studies", "/evidence", "/evidence/studies/{sci}",
                                  "/evidence/studies/-/insert", "/evidence/-/create", "/-/compare/x",
                                  "/evidence/studies/{sci}/-/delete", "/evidence/-/query"])
def test_no_endpoint_accepts_a_write(client, db_path, study_ids, path):
    before = study_count(db_path)
    url = path.format(sci=study_ids["sci"])
    for body in ({"sql": "delete from studies"}, {"row": {"id": "x"}}):
        response = client.loop.run_until_complete(client.ds.client.post(url, json=body))
        assert response.status_code == 405, (url, response.status_code)
    assert study_count(db_path) == before


@pytest.mark.parametrize("sql", ["delete from studies", "drop table studies", "insert into studies (id) values ('x')",
                                 "select 1; delete from studies", "attach database '/tmp/x.db' as x",
                                 "pragma writable_schema = 1", "vacuum"])
def test_sql_that_writes_is_refused(client, db_path, sql):
    before = study_count(db_path)
    response = client.get(f"/evidence.json?sql={urllib.parse.quote(sql)}")
    assert 400 <= response.status_code < 500, response.text[:300]
    assert study_count(db_path) == before


def test_served_database_is_read_only(client):
    """Datasette reads the file as ``evidence serve`` passes it: ``mode=ro``, not ``immutable``
    (ingest writes while the site serves, which immutable would hide or corrupt). Even
    code running inside the server cannot write through its connections."""
    db = client.ds.get_database("evidence")
    assert db.is_mutable  # mode=ro: sees a concurrent ingest
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        client.loop.run_until_complete(db.execute_fn(lambda conn: conn.execute("create table pwned (x)")))


def test_serve_command_sets_a_sql_time_limit():
    from ingest.cli import datasette_options

    options = datasette_options()
    limit = options[options.index("sql_time_limit_ms") + 1]
    assert 0 < int(limit) <= 5000
