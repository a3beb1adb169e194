"""The ``evidence`` command line: thin click commands over ``commands.py``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .commands import article_files, extract_command, ingest_paths, split_command
from .paths import DEFAULT_DB, REPO_ROOT  # not from the store: extract never imports it
from .read import ReadError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="evidence")
def cli():
    """Evidence KB: structured records of clinical studies, from articles to Datasette."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--jsonl", is_flag=True, help="One record a line instead of indented JSON.")
def extract(files, jsonl):
    """Print the study record (JSON, contract evidence-record/1) of each article FILE.

    All FILES are read by one process, which builds the vocabulary once: pass many files
    at a time for evaluations and batches.

    \b
        evidence extract ../shared/seed/000_79a45c65e407ca67.txt
        evidence extract --jsonl tests/holdout/articles/* > records.jsonl
    """
    sys.exit(extract_command(list(files), jsonl=jsonl))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", default=str(DEFAULT_DB), show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to write (created and migrated as needed).")
@click.option("--force", is_flag=True, help="Re-extract articles even when already stored by this version.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extract in this many processes; one writer commits.")
@click.option("--cluster", metavar="local:N|tcp://HOST:PORT",
              help="Extract on Dask: a local cluster of N workers, or a running scheduler; one writer commits.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
              help="Where fetched URLs, DOIs and PMIDs are cached [default: fetch-cache beside the database].")
def ingest(paths, db_path, force, jobs, cluster, cache_dir):
    """Extract the articles in PATHS and store them in the database.

    PATHS are files (text, HTML, PDF, JATS/PMC XML, PubMed XML, MEDLINE .xml.gz),
    folders, globs, URLs, doi:10.xxx/yyy or pmid:NNN. One transaction per article;
    ingesting the same file twice changes nothing. A target that cannot be read or reports
    no study gets one line on stderr, and the exit code is 1 when any failed.

    \b
        evidence ingest examples/ ../shared/seed/
        evidence ingest 'papers/**/*.pdf' --jobs 2
        evidence ingest doi:10.1186/s13287-025-04312-7 pmid:40325467
        evidence ingest 'baseline/pubmed26n*.xml.gz' --cluster tcp://scheduler:8786
    """
    if cluster and jobs > 1:
        raise click.UsageError("--jobs and --cluster: choose one")
    if cluster:
        from .cluster import parse_address

        try:
            parse_address(cluster)
        except ReadError as e:
            raise click.BadParameter(str(e), param_hint="--cluster") from None
    show_bar = sys.stderr.isatty()
    try:
        if show_bar:
            total = len(article_files(paths))
            with click.progressbar(length=total, label="Ingesting", file=sys.stderr) as bar:
                # Failures are listed after the bar, so the bar is not broken by them.
                report = ingest_paths(paths, db_path, force=force, jobs=jobs, progress=bar.update,
                                      cache_dir=cache_dir, cluster=cluster)
        else:
            report = ingest_paths(paths, db_path, force=force, echo=click.echo, jobs=jobs, cache_dir=cache_dir,
                                  cluster=cluster)
    except ReadError as e:  # (a cluster that cannot be reached; articles' own faults are reported)
        raise click.ClickException(str(e)) from None
    if show_bar and report.failed:
        click.echo("Failed:", err=True)
        for line in report.failure_lines():
            click.echo(line, err=True)
    click.echo(f"{report.summary()} -> {db_path}", err=True)
    sys.exit(1 if report.failed else 0)


@cli.command()
@click.argument("source")
@click.option("--from", "from_source", help="Keep SOURCE apart only from this source (default: from all).")
@click.option("--db", "db_path", default=str(DEFAULT_DB), show_default=True, type=click.Path(dir_okay=False))
def split(source, from_source, db_path):
    """Undo a wrong merge: SOURCE (an id, id prefix or file path) becomes its own study.

    The rule is stored in the database's curation table and in curation.yml beside the
    database, and names sources by the hash of their content, so it holds when the files
    are ingested again, even into a new database.

    \b
        evidence split 3f2a9c1d --db db/evidence.db
    """
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path}: no database")
    try:
        studies = split_command(db_path, source, from_source)
    except ReadError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"{source}: now in study {', '.join(studies)}", err=True)


@cli.command()
@click.option("--db", "db_path", default=str(DEFAULT_DB), show_default=True, type=click.Path(dir_okay=False))
@click.option("-p", "--port", default=8001, show_default=True, type=int)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; loopback by default.")
@click.option("-w", "--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes sharing the port: one per core serves more readers at once.")
def serve(db_path, port, host, workers):
    """Serve the database with Datasette, this project's metadata, templates and plugins.

    \b
        evidence serve --port 8001
        evidence serve --workers 4     # four processes: as many readers at once as cores
    """
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path}: no database; run `evidence ingest` first")
    # A database written by an older version gets the migrations it lacks (the counts the
    # pages read, say) before it is served.
    from .store import open_db

    open_db(db_path).close()
    if workers > 1:
        # Datasette's own server is one process; uvicorn starts the same app in several, which
        # share the port (a read-only site: nothing is shared but the database file).
        os.environ["EVIDENCE_DB"] = str(Path(db_path).resolve())
        os.execv(sys.executable, [sys.executable, "-m", "uvicorn", "--factory", "ingest.serve:app_from_environment",
                                  "--host", host, "--port", str(port), "--workers", str(workers),
                                  "--log-level", "warning"])
    args = [sys.executable, "-m", "datasette", "serve", str(db_path), "--host", host, "--port", str(port),
            *datasette_options()]
    os.execv(sys.executable, args)


def datasette_options() -> list[str]:
    """Datasette's options for this project: metadata, templates, plugins, limits."""
    return ["--metadata", str(REPO_ROOT / "metadata.yml"),
            "--template-dir", str(REPO_ROOT / "templates"),
            "--plugins-dir", str(REPO_ROOT / "plugins"),
            # (a broad search's first view at a million studies, its pages not yet cached, took
            # 3-4 s: an answer, not the 400 a 3 s limit made of it; bench/README.md)
            "--setting", "sql_time_limit_ms", "5000",
            # A filtered page's facets are counted over the matching studies (narrow tables, one
            # query each, run at once): at a million studies a broad search's took 100-300 ms each,
            # and Datasette's 200 ms default showed some as "timed out" (bench/README.md).
            "--setting", "facet_time_limit_ms", "1000",
            # Suggestions cost a query per column on every table page (140 on studies): bench/.
            "--setting", "suggest_facets", "off",
            "--setting", "default_page_size", "50"]
