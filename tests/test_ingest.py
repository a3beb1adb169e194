"""evidence ingest: one transaction per article, idempotent, bad files reported and skipped."""

import sqlite3

import pytest
from click.testing import CliRunner

from ingest.cli import cli
from ingest.commands import ingest_paths
from tests.paths import EXAMPLES

TABLES = ("sources", "studies", "study_sources", "interventions", "groups", "measurements",
          "effects", "adverse_events", "search_index")

ARTICLE = """干细胞治疗膝骨关节炎一年随访研究
本研究为单臂试验，共纳入40例膝骨关节炎患者，接受关节腔内注射自体脂肪间充质干细胞。
WOMAC总分从基线的52.1 (±10.3) 降至12个月时的30.4 (±9.8) (p<0.001)。
不良事件包括关节肿胀(n=6, 15.0%)和发热(n=2, 5.0%)，无患者死亡。
"""


def counts(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def dump(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return {t: sorted(map(repr, conn.execute(f"select * from [{t}]").fetchall())) for t in TABLES}
    finally:
        conn.close()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "knee.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_ingest_writes_every_table(tmp_path, article):
    db = tmp_path / "e.db"
    report = ingest_paths([article], db)
    assert report.ingested == [str(article)] and not report.failed
    c = counts(db)
    for table in ("sources", "studies", "study_sources", "measurements", "effects", "adverse_events", "search_index"):
        assert c[table] >= 1, table


def test_ingesting_twice_changes_nothing(tmp_path, article):
    db = tmp_path / "e.db"
    ingest_paths([article], db)
    before = dump(db)
    report = ingest_paths([article], db)
    assert report.unchanged == [str(article)]
    assert dump(db) == before
    # Forcing a re-extraction rewrites the same rows with the same ids.
    ingest_paths([article], db, force=True)
    after = dump(db)
    assert {t: len(v) for t, v in after.items()} == {t: len(v) for t, v in before.items()}
    assert after["measurements"] == before["measurements"]


def test_changed_file_replaces_its_old_facts(tmp_path, article):
    db = tmp_path / "e.db"
    ingest_paths([article], db)
    article.write_text(ARTICLE.replace("30.4", "31.4"), encoding="utf-8")
    report = ingest_paths([article], db)
    assert report.updated == [str(article)]
    conn = sqlite3.connect(db)
    values = {r[0] for r in conn.execute("select value from measurements")}
    assert 31.4 in values and 30.4 not in values
    assert conn.execute("select count(*) from sources").fetchone()[0] == 1


def test_bad_files_are_reported_and_the_rest_ingested(tmp_path, article):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "nostudy.txt").write_text("今天天气很好，我们去公园散步。\n", encoding="utf-8")
    db = tmp_path / "e.db"
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("evidence: ")]
    reasons = {ln.split(": ")[1].rsplit("/", 1)[-1]: ln.split(": ", 2)[2] for ln in lines}
    assert reasons == {"binary.txt": "binary file, not text", "empty.txt": "empty file",
                       "nostudy.txt": "no study found"}
    assert "1 ingested" in result.stderr
    assert counts(db)["sources"] == 1


def test_a_failing_write_leaves_nothing_half_written(tmp_path, article, monkeypatch):
    from ingest.store import write as write_module

    db = tmp_path / "e.db"

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(write_module, "search_body", explode)
    with pytest.raises(RuntimeError):
        ingest_paths([article], db)
    assert all(n == 0 for n in counts(db).values())


def test_database_is_in_wal_mode(tmp_path, article):
    db = tmp_path / "e.db"
    ingest_paths([article], db)
    assert sqlite3.connect(db).execute("pragma journal_mode").fetchone()[0] == "wal"


def test_bundled_examples_all_ingest(tmp_path):
    report = ingest_paths([EXAMPLES], tmp_path / "e.db")
    assert not report.failed, report.failed
    assert len(report.ingested) == len([p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html")])


def ingest_with_one_bad(tmp_path, article, monkeypatch, misbehave):
    """Ingest ``article`` and a copy of it (``other.txt``) on which extraction runs
    ``misbehave()`` first: what the report and the database say."""
    from ingest import commands

    other = tmp_path / "other.txt"
    other.write_text(ARTICLE.replace("40例", "41例"), encoding="utf-8")
    real = commands.extract

    def extract(document):
        if document.path.endswith("other.txt"):
            misbehave()
        return real(document)

    monkeypatch.setattr(commands, "extract", extract)
    return ingest_paths([article, other], tmp_path / "e.db"), str(other)


def test_an_article_that_takes_too_long_is_skipped(tmp_path, article, monkeypatch):
    import time

    from ingest import limits

    monkeypatch.setattr(limits, "SECONDS_PER_ARTICLE", 0.2)
    report, slow = ingest_with_one_bad(tmp_path, article, monkeypatch, lambda: time.sleep(5))
    assert report.ingested == [str(article)]
    assert report.failed == [(slow, "took longer than 0.2 s to extract; skipped")]


def test_an_article_the_extractor_fails_on_gets_one_line_and_the_others_are_stored(tmp_path, article, monkeypatch):
    def fault():
        raise ValueError("a fault\nwith a second line")

    report, bad = ingest_with_one_bad(tmp_path, article, monkeypatch, fault)
    assert report.ingested == [str(article)]
    assert report.failed == [(bad, "could not be extracted (ValueError: a fault)")]
    assert sqlite3.connect(tmp_path / "e.db").execute("select count(*) from sources").fetchone() == (1,)
