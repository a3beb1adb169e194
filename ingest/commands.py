"""What the commands do, without the command-line parsing: ``cli.py`` is a thin layer
over these functions."""

from __future__ import annotations

import glob
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import EXTRACTOR_VERSION, vocab
from .extract import extract
from .extract.record import Study
from .hints import apply_hints
from .identifiers import fetch_documents, is_remote
from .limits import time_limit
from .read import MAX_BYTES, ReadError, read_all, read_documents
from .read.pubmed_stream import is_streamed, pubmed_chunks

# (".xml.gz": a MEDLINE baseline or update file, read in chunks: read/pubmed_stream.py)
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".xml", ".nxml", ".pdf", ".xml.gz")


def extract_document(document):
    """The Record of one Document: extraction, then what a structured source knows for
    certain (``hints``). A paper named by DOI is kept as a study even when Crossref gives
    no abstract to read results from, so its citation can join the study's other sources."""
    with time_limit():
        try:
            record = extract(document)
            fmt = (document.metadata or {}).get("format")
            if fmt == "crossref" and not record.studies:
                record.studies = [Study()]
            if fmt in ("jats", "medline", "crossref", "html"):
                apply_hints(record, document)
        except ReadError:
            raise
        except Exception as e:
            raise as_read_error(e) from e
    return record


def as_read_error(e: Exception) -> ReadError:
    """A fault met on one article as that article's one-line error, so that the run goes on
    with the others.

    >>> str(as_read_error(ValueError("a fault\\non two lines"))), str(as_read_error(KeyError()))
    ('could not be extracted (ValueError: a fault)', 'could not be extracted (KeyError)')
    """
    if isinstance(e, ReadError):
        return e
    reason = (str(e).splitlines() or [""])[0][:200]
    return ReadError(f"could not be extracted ({type(e).__name__}{': ' + reason if reason else ''})")


def extract_file(path: str) -> dict:
    """The record of one article file (the first, for a PubMed file of several), as the
    JSON-ready dict of the contract."""
    vocab.load()
    with time_limit():  # one budget for reading and extracting the article
        return extract_document(read_documents(path)[0]).to_json()


def extract_command(paths: list[str], out=None, jsonl: bool = False) -> int:
    """Print the record of each article (indented JSON, or one record a line with
    ``jsonl``); a bad file gets one line on stderr and exit code 1.

    One process reads every file: the vocabulary and the patterns are built once, so this
    is the path for evaluations and batches (``evidence extract a.txt b.txt ...``).
    """
    out = out or sys.stdout
    vocab.load()
    indent = None if jsonl else 2
    status = 0
    for path in paths:
        try:
            with time_limit():  # one budget for reading and extracting the article
                records = [extract_document(d).to_json() for d in read_documents(path)]
        except Exception as e:  # (a ReadError, or a fault turned into one)
            e = as_read_error(e)
            print(f"evidence: {path}: {e}", file=sys.stderr)
            status = 1
            continue
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")
    return status


def article_files(paths) -> list[str]:
    """Files named, files a glob matches, and the article files under folders, in a stable order.

    URLs, ``doi:`` and ``pmid:`` targets are passed through as they are.
    """
    out = []
    for p in paths:
        p = str(p)
        if is_remote(p):
            out.append(p)
            continue
        path = Path(p)
        if not path.exists() and any(ch in p for ch in "*?["):

            matched = sorted(glob.glob(p, recursive=True))
            out.extend(article_files(matched) if matched else [p])
            continue
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(str(Path(root) / f) for f in sorted(files)
                           if f.lower().endswith(ARTICLE_SUFFIXES) and not f.startswith(".")
                           and f.lower() != "readme.md")
        else:
            out.append(str(path))
    return list(dict.fromkeys(out))


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        """One line: the counts. ``merged`` counts articles whose study other sources also describe."""
        return (f"{len(self.ingested)} ingested, {len(self.updated)} updated, "
                f"{len(self.unchanged)} unchanged, {len(self.merged)} merged, {len(self.failed)} failed")

    def failure_lines(self) -> list[str]:
        return [f"  {target}: {reason}" for target, reason in self.failed]


@dataclass(frozen=True)
class Unit:
    """One piece of extraction work: a target (a file, URL, ``doi:`` or ``pmid:``), or one
    chunk of a streamed MEDLINE file (``raw``: a small ``PubmedArticleSet``). ``last`` marks
    a target's last piece: progress and a file's "no study found" count targets, not chunks.
    ``fault``: the reason a streamed file stopped being readable (its earlier chunks are
    still stored). ``read_from``: where a worker reads the file (an absolute path, whatever
    its working directory), while ``target`` stays as the user named it."""

    target: str
    raw: bytes | None = None
    last: bool = True
    fault: str | None = None
    read_from: str | None = None


@dataclass
class Extracted:
    """What a worker made of a unit: its (document, record) pairs, or the reason it failed
    whole; ``failures``: (article, reason) of single articles of a chunk that failed alone."""

    target: str
    pairs: list | None = None
    error: str | None = None
    failures: list = field(default_factory=list)


def units_of(targets, limit: int = MAX_BYTES):
    """The work for ``targets``: one unit per target, a MEDLINE file's chunks one by one.

    A lazy generator: a baseline file is read while its first chunks are being extracted."""
    for target in targets:
        if is_remote(target) or not is_streamed(target, limit):
            yield Unit(target)
            continue
        previous = None
        try:
            for raw in pubmed_chunks(target):
                if previous is not None:
                    yield Unit(target, previous, last=False)
                previous = raw
        except ReadError as e:
            # (the chunks before the fault are stored; the file is reported with its reason)
            if previous is not None:
                yield Unit(target, previous, last=False)
            yield Unit(target, fault=str(e))
            continue
        yield Unit(target, previous) if previous is not None else Unit(target, fault="no article in this PubMed file")


def extract_unit(unit: Unit, cache_dir=None) -> Extracted:
    """Read and extract one unit. Runs in a worker; never raises."""
    target = unit.target
    if unit.fault is not None:
        return Extracted(target, error=unit.fault)
    if unit.raw is not None:
        return _extract_chunk(unit)
    try:
        # One time budget for reading and extracting an article; a PubMed file of many
        # articles is read within one budget and each of its articles gets its own.
        with time_limit():
            source = unit.read_from or target
            docs = fetch_documents(target, cache_dir) if is_remote(target) else read_documents(source)
            if unit.read_from:
                docs = [d if d.path != source else replace(d, path=target) for d in docs]
            first = extract_document(docs[0])
        pairs = []
        for doc, record in [(docs[0], first)] + [(d, extract_document(d)) for d in docs[1:]]:
            if not record.studies:
                if len(docs) == 1:
                    raise ReadError("no study found")
                continue
            pairs.append((doc, record))
        if not pairs:
            raise ReadError("no study found")
        return Extracted(target, pairs)
    except Exception as e:  # (a ReadError, or a fault turned into one)
        return Extracted(target, error=str(as_read_error(e)))


def _extract_chunk(unit: Unit) -> Extracted:
    """A MEDLINE chunk's articles, each extracted on its own: one that fails is named
    (``file#PMID``) and the others are kept. A chunk with no study reports nothing: whether
    the file had none is said once, after its last chunk."""
    try:
        with time_limit():
            docs = read_all(unit.raw, path=unit.target)
    except Exception as e:
        return Extracted(unit.target, error=str(as_read_error(e)))
    out = Extracted(unit.target, [])
    for doc in docs:
        try:
            record = extract_document(doc)
        except Exception as e:
            out.failures.append((f"{unit.target}#{doc.metadata.get('part')}", str(as_read_error(e))))
            continue
        if record.studies:
            out.pairs.append((doc, record))
    return out


def extract_units(units, cache_dir=None) -> list:
    """``extract_unit`` of each unit, in order: one task of a process pool or a cluster."""
    vocab.load()  # (built once per worker process; a no-op after)
    return [extract_unit(u, cache_dir) for u in units]


def _stored_unchanged(db, target: str) -> bool:
    """A file whose bytes are stored by this extractor version: skip reading it at all."""
    try:
        raw = Path(target).read_bytes()
    except OSError:
        return False
    sha = hashlib.sha256(raw).hexdigest()
    row = db.execute("select extractor_version, path from sources where id = ?", [sha[:16]]).fetchone()
    return bool(row and row[0] == EXTRACTOR_VERSION and row[1] == target)


# Work sent to a pool or a cluster in batches: one task per this many files (a chunk of a
# MEDLINE file is a task of its own), and at most WINDOW tasks per worker in flight, so a
# million inputs are never all submitted, nor all their results held, at once.
FILES_PER_TASK = 4
WINDOW = 4


def batches(units, size: int = FILES_PER_TASK):
    """Units grouped into tasks: files ``size`` at a time, each MEDLINE chunk alone.

    >>> [[u.target for u in b] for b in batches([Unit("a"), Unit("b"), Unit("m", b"<x/>"), Unit("c")], 2)]
    [['a', 'b'], ['m'], ['c']]
    """
    batch: list[Unit] = []
    for unit in units:
        if unit.raw is not None:
            if batch:
                yield batch
                batch = []
            yield [unit]
            continue
        batch.append(unit)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def in_order(submit, tasks, window):
    """(task, result) for each task, in the order given, with at most ``window`` submitted
    and unfinished (a number, or a function giving it now). ``submit(task)`` returns a
    future (concurrent.futures or Dask)."""
    from collections import deque

    pending: deque = deque()
    for task in tasks:
        pending.append((task, submit(task)))
        if len(pending) >= (window() if callable(window) else window):
            done, future = pending.popleft()
            yield done, future.result()
    while pending:
        done, future = pending.popleft()
        yield done, future.result()


def _results(units, jobs: int, cache_dir, cluster: str | None = None):
    """(unit, Extracted) in input order: here, in ``jobs`` processes, or on a cluster."""
    if cluster:
        from .cluster import cluster_results

        yield from cluster_results(units, cluster, cache_dir)
        return
    vocab.load()
    if jobs <= 1:
        for unit in units:
            yield unit, extract_unit(unit, cache_dir)
        return

    # Imported here: only --jobs uses them, and they cost every `evidence extract` ~20 ms.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork keeps start-up cheap: the workers inherit the vocabulary built above.
    ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        for batch, results in in_order(lambda b: pool.submit(extract_units, b, cache_dir), batches(units),
                                       WINDOW * jobs):
            yield from zip(batch, results)


def ingest_paths(paths, db_path, force: bool = False, echo=None, jobs: int = 1, progress=None,
                 cache_dir=None, curation_file=None, cluster: str | None = None) -> IngestReport:
    """Read, extract and store each article; one transaction per article.

    Extraction runs in ``jobs`` worker processes, or on a Dask ``cluster`` (``local:N`` or
    a scheduler's ``tcp://host:port``), while this process, the one writer, commits each
    article in input order, so the database is the same however the work was spread. A
    file that cannot be read, or that reports no study, is reported and skipped; the
    others are still ingested. ``progress(n)`` is called as targets are done.
    """
    # The store, here and not at the top: it brings the statistics (numpy), which
    # extracting never needs.
    from . import curation
    from .store import open_db, write_article

    db = open_db(db_path)
    if str(db_path) != ":memory:":
        curation.apply_file(db, curation_file or curation.default_path(db_path))
    if cache_dir is None:
        cache_dir = Path(db_path).parent / "fetch-cache" if str(db_path) != ":memory:" else ".fetch-cache"
    report = IngestReport()
    targets = []
    # An empty database stores nothing unchanged: its files are not read and hashed twice.
    stored = not force and db.execute("select 1 from sources limit 1").fetchone() is not None
    for t in article_files(paths):
        if stored and not is_remote(t) and not is_streamed(t, MAX_BYTES) and _stored_unchanged(db, t):
            report.unchanged.append(t)
            if progress:
                progress(1)
        else:
            targets.append(t)
    streamed_with_study: set[str] = set()
    failed_targets: set[str] = set()

    def fail(name: str, reason: str) -> None:
        if (name, reason) in report.failed:
            return  # (a file whose chunks fail alike is reported once)
        report.failed.append((name, reason))
        failed_targets.add(name)
        if echo:
            echo(f"evidence: {name}: {reason}", err=True)

    for unit, done in _results(units_of(targets), jobs, cache_dir, cluster):
        target = done.target
        if done.error is not None:
            fail(target, done.error)
        for name, reason in done.failures:
            fail(name, reason)
        for document, record in done.pairs or []:
            one = len(done.pairs) == 1 and unit.raw is None
            name = target if one else f"{target}#{document.metadata.get('part')}"
            try:
                status = write_article(db, document, record, force=force)
            except ReadError as e:
                fail(name, str(e))
                continue
            getattr(report, status).append(name)
            if status != "unchanged" and _shares_study(db, document.sha256[:16]):
                report.merged.append(name)
        if unit.raw is not None and done.pairs:
            streamed_with_study.add(target)
        if unit.last and (unit.raw is not None or unit.fault is not None) and target not in streamed_with_study \
                and target not in failed_targets:
            fail(target, "no study found")  # (a MEDLINE file none of whose articles reports a study)
        if progress and unit.last:
            progress(1)
    db.close()
    return report


def _shares_study(db, source_id: str) -> bool:
    return bool(db.execute(
        "select 1 from study_sources a join study_sources b on a.study_id = b.study_id "
        "where a.source_id = ? and b.source_id != ? limit 1", [source_id, source_id]).fetchone())


def split_command(db_path, source_id: str, from_source: str | None = None, curation_file=None) -> list[str]:
    """Undo a merge: ``source_id`` is kept apart from every other source of its study (or
    only from ``from_source``). The rule goes in the database and in ``curation.yml``
    (``curation.py``). Returns the study ids the source now belongs to."""
    from . import curation
    from .store import open_db
    from .store.write import curate

    db = open_db(db_path)
    try:
        source = _resolve_source(db, source_id)
        if from_source:
            others = [_resolve_source(db, from_source)]
        else:
            others = [r[0] for r in db.execute(
                "select distinct b.source_id from study_sources a join study_sources b on a.study_id = b.study_id "
                "where a.source_id = ? and b.source_id != ? order by 1", [source, source])]
        if not others:
            raise ReadError(f"source {source} shares no study with another source")
        result: list[str] = []
        for other in others:
            result = curate(db, "apart", source, other, note="evidence split")
            curation.append(curation_file or curation.default_path(db_path), "apart", source, other,
                            "evidence split")
        return result
    finally:
        db.close()


def _resolve_source(db, ref: str) -> str:
    """A source by id, id prefix or file path."""
    rows = db.execute("select id from sources where id like ? or path = ? order by id",
                      [ref + "%", ref]).fetchall()
    if len(rows) != 1:
        raise ReadError(f"{ref}: {'no' if not rows else 'more than one'} source matches")
    return rows[0][0]
