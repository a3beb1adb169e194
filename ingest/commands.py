"""What the commands do, without the command-line parsing: ``cli.py`` and the fast path in
``__main__.py`` are thin layers over these functions."""

from __future__ import annotations

import json
import os
import sys
from .plain import field, record

from .read import ReadError, read_path

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md")


def extract_file(path: str) -> dict:
    """The record of one article file, as the JSON-ready dict of the contract."""
    from .extract import extract
    from .limits import time_limit

    with time_limit():  # reading too: deeply nested HTML took minutes to parse (tests/test_hostile_input.py)
        return extract(read_path(path)).to_json()


def extract_command(paths: list[str], out=None) -> int:
    """Print the record of each file; a bad file gets one line on stderr and exit code 1."""
    out = out or sys.stdout
    status = 0
    for path in paths:
        try:
            record = extract_file(path)
        except ReadError as e:
            print(f"evidence: {path}: {e}", file=sys.stderr)
            status = 1
            continue
        out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    return status


def article_files(paths) -> list[str]:
    """Files named, and the article files found under folders named, in a stable order."""
    from pathlib import Path  # not at the top: `evidence extract` starts without it

    out = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(str(Path(root) / f) for f in sorted(files)
                           if f.lower().endswith(ARTICLE_SUFFIXES) and not f.startswith(".")
                           and f.lower() != "readme.md")
        else:
            out.append(str(path))
    return out


@record
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.ingested)} ingested, {len(self.updated)} updated, "
                f"{len(self.unchanged)} unchanged, {len(self.failed)} failed")


def ingest_paths(paths, db_path, force: bool = False, echo=None) -> IngestReport:
    """Read, extract and store each article; one transaction per article.

    A file that cannot be read, or that reports no study, is reported and skipped; the
    others are still ingested.
    """
    from .extract import extract
    from .limits import time_limit
    from .store import open_db, write_article

    db = open_db(db_path)
    report = IngestReport()
    for path in article_files(paths):
        try:
            with time_limit():  # reading too: deeply nested HTML took minutes to parse
                document = read_path(path)
                record = extract(document)
            if not record.studies:
                raise ReadError("no study found")
            status = write_article(db, document, record, force=force)
        except ReadError as e:
            report.failed.append((path, str(e)))
            if echo:
                echo(f"evidence: {path}: {e}", err=True)
            continue
        getattr(report, status).append(path)
    db.close()
    return report
