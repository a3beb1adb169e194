"""The ``evidence`` command line: thin click commands over ``commands.py``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .store.schema import DEFAULT_DB, REPO_ROOT


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="evidence")
def cli():
    """Evidence KB: structured records of clinical studies, from articles to Datasette."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def extract(files):
    """Print the study record (JSON, contract evidence-record/1) of each article FILE.

    \b
        evidence extract ../shared/seed/000_79a45c65e407ca67.txt
    """
    from .commands import extract_command

    sys.exit(extract_command(list(files)))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", "db_path", default=str(DEFAULT_DB), show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to write (created and migrated as needed).")
@click.option("--force", is_flag=True, help="Re-extract articles even when already stored by this version.")
def ingest(paths, db_path, force):
    """Extract the articles in PATHS (files or folders) and store them in the database.

    One transaction per article; ingesting the same file twice changes nothing. A file
    that cannot be read or reports no study gets one line on stderr, and the exit code is
    1 when any file failed.

    \b
        evidence ingest examples/ ../shared/seed/
    """
    from .commands import ingest_paths

    report = ingest_paths(paths, db_path, force=force, echo=click.echo)
    click.echo(f"{report.summary()} -> {db_path}", err=True)
    sys.exit(1 if report.failed else 0)


@cli.command()
@click.option("--db", "db_path", default=str(DEFAULT_DB), show_default=True, type=click.Path(dir_okay=False))
@click.option("-p", "--port", default=8001, show_default=True, type=int)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; loopback by default.")
def serve(db_path, port, host):
    """Serve the database with Datasette, this project's metadata, templates and plugins.

    \b
        evidence serve --port 8001
    """
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path}: no database; run `evidence ingest` first")
    args = [sys.executable, "-m", "datasette", "serve", str(db_path), "--host", host, "--port", str(port),
            *datasette_options()]
    os.execv(sys.executable, args)


def datasette_options() -> list[str]:
    """Datasette's options for this project: metadata, templates, plugins, limits."""
    return ["--metadata", str(REPO_ROOT / "metadata.yml"),
            "--template-dir", str(REPO_ROOT / "templates"),
            "--plugins-dir", str(REPO_ROOT / "plugins"),
            "--setting", "sql_time_limit_ms", "3000",
            # Suggestions cost a query per column on every table page (140 on studies): bench/.
            "--setting", "suggest_facets", "off",
            "--setting", "default_page_size", "50"]
