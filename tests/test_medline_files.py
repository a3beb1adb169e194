"""MEDLINE baseline files (``pubmed*.xml.gz``): streamed in chunks, each article its own source,
the same sources as the same articles read from a whole file; faults reported by file."""

from __future__ import annotations

import gzip
import sqlite3

import pytest
from click.testing import CliRunner

from bench.generate import medline_article, write_medline
from ingest.cli import cli
from ingest.commands import Unit, article_files, batches, in_order, ingest_paths, units_of
from ingest.read.pubmed_stream import pubmed_chunks


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """Two gzipped files of generated abstracts, 30 and 12 articles."""
    folder = tmp_path_factory.mktemp("medline")
    write_medline(30, folder / "pubmed-0001.xml.gz", seed=5)
    write_medline(12, folder / "pubmed-0002.xml.gz", seed=5, first=30)
    return folder


def source_ids(db) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("select id from sources order by id")]
    finally:
        conn.close()


def test_a_gzipped_file_is_found_in_a_folder_and_read_in_chunks(baseline):
    files = article_files([baseline])
    assert [f.rsplit("/", 1)[-1] for f in files] == ["pubmed-0001.xml.gz", "pubmed-0002.xml.gz"]
    chunks = list(pubmed_chunks(files[0], size=8))
    assert [c.count(b"<PubmedArticle>") for c in chunks] == [8, 8, 8, 6]
    units = list(units_of(files[:1]))
    # (the default chunk holds 200 articles: one chunk, which is the file's last piece)
    assert [(u.raw is not None, u.last) for u in units] == [(True, True)]


def test_streamed_articles_are_the_sources_a_whole_file_gives(baseline, tmp_path):
    whole = tmp_path / "whole.xml"
    whole.write_bytes(gzip.open(baseline / "pubmed-0002.xml.gz").read())
    streamed = ingest_paths([baseline / "pubmed-0002.xml.gz"], tmp_path / "s.db")
    read_whole = ingest_paths([whole], tmp_path / "w.db")
    assert len(streamed.ingested) == len(read_whole.ingested) == 12
    assert source_ids(tmp_path / "s.db") == source_ids(tmp_path / "w.db")
    # Each article is named by its file and PMID.
    assert streamed.ingested[0].endswith("pubmed-0002.xml.gz#90000031")


def test_a_second_ingest_of_the_same_files_changes_nothing(baseline, tmp_path):
    db = tmp_path / "e.db"
    first = ingest_paths([baseline], db)
    assert len(first.ingested) == 42 and not first.failed
    again = ingest_paths([baseline], db)
    assert len(again.unchanged) == 42 and not again.ingested and not again.updated


def complete_articles(gz: bytes) -> int:
    """How many articles end before the gzip stream is cut."""
    import zlib

    return zlib.decompressobj(31).decompress(gz).count(b"</PubmedArticle>")


def test_a_file_cut_short_keeps_every_article_before_the_cut_and_is_reported_once(tmp_path, monkeypatch):
    monkeypatch.setattr("ingest.read.pubmed_stream.CHUNK_ARTICLES", 7)
    whole = gzip.compress(b"<PubmedArticleSet>" + b"".join(medline_article(i, seed=2) for i in range(60))
                          + b"</PubmedArticleSet>")
    cut = tmp_path / "cut.xml.gz"
    cut.write_bytes(whole[: len(whole) * 6 // 10])
    expected = complete_articles(cut.read_bytes())
    assert 7 < expected < 60 and expected % 7  # (a partial chunk is pending at the cut)
    report = ingest_paths([cut], tmp_path / "e.db")
    assert len(report.ingested) == expected
    assert [(t, "gzip" in r) for t, r in report.failed] == [(str(cut), True)]


def test_one_article_that_fails_is_named_and_the_chunk_is_kept(tmp_path, monkeypatch):
    import ingest.commands as commands

    extract = commands.extract_document

    def failing(document):
        if document.metadata.get("part") == "90000003":
            raise ValueError("a fault of this one article")
        return extract(document)

    monkeypatch.setattr(commands, "extract_document", failing)
    path = write_medline(10, tmp_path / "pubmed.xml.gz", seed=4)
    report = ingest_paths([path], tmp_path / "e.db")
    assert len(report.ingested) == 9
    assert report.failed == [(f"{path}#90000003", "could not be extracted (ValueError: a fault of this one article)")]


def test_a_book_article_or_a_deletion_is_dropped_as_the_stream_goes(tmp_path):
    body = (b"<PubmedBookArticle><BookDocument><PMID>7</PMID></BookDocument></PubmedBookArticle>"
            b"<DeleteCitation><PMID>8</PMID></DeleteCitation>") * 50
    path = tmp_path / "mixed.xml.gz"
    path.write_bytes(gzip.compress(b"<PubmedArticleSet>" + body + medline_article(0) + body + b"</PubmedArticleSet>"))
    chunks = list(pubmed_chunks(path))
    assert len(chunks) == 1 and chunks[0].count(b"<PubmedArticle>") == 1 and b"BookDocument" not in chunks[0]


def _gzipped(data):
    """gzip with a fixed header time, so every test worker collects the same parameters."""
    return gzip.compress(data, mtime=0)


@pytest.mark.parametrize("content, reason", [
    (_gzipped(b"<html><body>not a set</body></html>"), "not a PubMed/MEDLINE XML set"),
    (b"", "empty file"),
    (_gzipped(b'<PubmedArticleSet><PubmedArticle a="\x00"></PubmedArticle></PubmedArticleSet>'),
     "no article with text"),  # (repaired as a whole file is: one line, not two)
    (b"plain bytes, not gzip", "not a readable gzip file"),
    (_gzipped(b"<PubmedArticleSet></PubmedArticleSet>"), "no article in this PubMed file"),
], ids=["html", "empty", "no-text", "not-gzip", "no-article"])
def test_bad_gzipped_files_get_one_line_naming_the_file_and_the_reason(tmp_path, content, reason):
    bad = tmp_path / "bad.xml.gz"
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, ["ingest", str(bad), "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 1
    assert f"evidence: {bad}: " in result.output and reason in result.output


def test_pubmed_chunks_refuses_entities_it_would_have_to_expand(tmp_path):
    bomb = gzip.compress(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
                         b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>"
                         b"<Article><ArticleTitle>&a;&a;</ArticleTitle></Article></MedlineCitation>"
                         b"</PubmedArticle></PubmedArticleSet>")
    path = tmp_path / "bomb.xml.gz"
    path.write_bytes(bomb)
    chunks = list(pubmed_chunks(path))
    assert b"aaaaaaaaaa" not in b"".join(chunks)


def test_batches_keep_order_and_put_each_chunk_in_a_task_of_its_own():
    units = [Unit("a"), Unit("b"), Unit("c"), Unit("m", b"<x/>", last=False), Unit("m", b"<y/>"), Unit("d")]
    tasks = list(batches(units, size=2))
    assert [[u.target for u in t] for t in tasks] == [["a", "b"], ["c"], ["m"], ["m"], ["d"]]


def test_in_order_never_has_more_than_its_window_in_flight():
    submitted, finished = [], []

    class Done:
        def __init__(self, value):
            self.value = value

        def result(self):
            finished.append(self.value)
            return self.value * 10

    def submit(task):
        submitted.append(task)
        assert len(submitted) - len(finished) <= 3
        return Done(task)

    assert [r for _, r in in_order(submit, range(10), window=3)] == [i * 10 for i in range(10)]


def test_cluster_and_jobs_options_are_checked_before_any_work(tmp_path):
    runner = CliRunner()
    both = runner.invoke(cli, ["ingest", str(tmp_path), "--jobs", "2", "--cluster", "local:2"])
    assert both.exit_code == 2 and "choose one" in both.output
    bad = runner.invoke(cli, ["ingest", str(tmp_path), "--cluster", "somewhere"])
    assert bad.exit_code == 2 and "expected local:N or a scheduler's tcp://host:port" in bad.output
    for wrong in ("tcp://127.0.0.1", "tls://127.0.0.1:8786", "inproc://x"):
        assert runner.invoke(cli, ["ingest", str(tmp_path), "--cluster", wrong]).exit_code == 2, wrong
    assert not (tmp_path / "evidence.db").exists()


def test_an_unreachable_scheduler_is_one_clear_line(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("ingest.cluster.CONNECT_SECONDS", 2.0)
    (tmp_path / "a.txt").write_text("A trial of 40 patients.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "e.db"),
                                      "--cluster", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "tcp://127.0.0.1:9: no scheduler answers" in result.output
    assert "Traceback" not in result.output


def test_a_service_that_is_no_scheduler_is_one_line_not_a_hang(tmp_path, monkeypatch):
    """Something answers on the port, but never speaks Dask: the handshake is bounded."""
    pytest.importorskip("distributed")
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = []
    threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True).start()
    monkeypatch.setattr("ingest.cluster.CONNECT_SECONDS", 2.0)
    (tmp_path / "a.txt").write_text("A trial of 40 patients.", encoding="utf-8")
    port = listener.getsockname()[1]
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "e.db"),
                                      "--cluster", f"tcp://127.0.0.1:{port}"])
    listener.close()
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"tcp://127.0.0.1:{port}: no scheduler answers" in result.output
