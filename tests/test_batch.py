"""Batches: folders, globs, --jobs N (workers extract, one writer commits), the summary."""

import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.cli import cli
from ingest.commands import article_files, ingest_paths

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.mixed_batch import write_batch

N = 20  # two of every kind the benchmark makes; the suite stays fast


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    write_batch(folder, N)
    return folder


def test_folder_and_glob_find_the_same_article_files(batch):
    in_folder = article_files([batch])
    assert len(in_folder) == N + 2
    assert article_files([str(batch / "*.txt")]) == [f for f in in_folder if f.endswith(".txt")]
    assert {Path(f).suffix for f in in_folder} == {".txt", ".html", ".nxml", ".xml", ".pdf"}


def dump(db):
    conn = sqlite3.connect(db)
    try:
        return {t: sorted(map(repr, conn.execute(f"select * from [{t}]")))
                for t in ("studies", "study_sources", "measurements", "checks", "source_studies")}
    finally:
        conn.close()


def test_parallel_ingest_gives_what_serial_ingest_gives(batch, tmp_path):
    serial = ingest_paths([batch], tmp_path / "serial.db", jobs=1)
    parallel = ingest_paths([batch], tmp_path / "parallel.db", jobs=2)
    assert serial.summary() == parallel.summary()
    assert dump(tmp_path / "serial.db") == dump(tmp_path / "parallel.db")
    # Two files per kind; a PubMed file holds three articles; two bad files.
    assert len(parallel.ingested) == N - 2 + 2 * 3
    assert sorted(Path(p).name for p, _ in parallel.failed) == ["binary.txt", "empty.txt"]
    assert parallel.merged  # every tenth file restates another's DOI


def test_cli_summary_lists_counts_and_failures_with_reasons(batch, tmp_path):
    db = tmp_path / "e.db"
    result = CliRunner().invoke(cli, ["ingest", str(batch), "--db", str(db), "--jobs", "2"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith(f"{N - 2 + 6} ingested, 0 updated, 0 unchanged, ")
    assert any("empty.txt: empty file" in line for line in lines)
    assert any("binary.txt: binary file" in line for line in lines)
    again = CliRunner().invoke(cli, ["ingest", str(batch), "--db", str(db)])
    assert f"{N - 2 + 6} unchanged" in again.output
