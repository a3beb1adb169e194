"""Open the database and bring its schema up to date from ``db/migrations.py``."""

import importlib.util
from functools import lru_cache
from pathlib import Path

import sqlite_utils

from ..paths import DEFAULT_DB, REPO_ROOT

MIGRATIONS_FILE = REPO_ROOT / "db" / "migrations.py"


@lru_cache(maxsize=1)
def migrations_module():
    """The module of ``db/migrations.py``, loaded from the file the design card puts in db/."""
    spec = importlib.util.spec_from_file_location("evidence_db_migrations", MIGRATIONS_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def migrations():
    """The project's ``Migrations`` set."""
    return migrations_module().migrations


def open_db(path=DEFAULT_DB) -> sqlite_utils.Database:
    """A migrated database in WAL mode, so a running Datasette keeps serving during ingest.

    >>> db = open_db(":memory:")
    >>> "measurements" in db.table_names()
    True
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path if str(path) != ":memory:" else None, memory=str(path) == ":memory:")
    if str(path) != ":memory:":
        db.enable_wal()
        # In WAL mode NORMAL never corrupts and keeps every transaction atomic, also when the
        # process is killed; it only skips the fsync per commit (one per article), so a power
        # cut can lose the last few articles, which the next ingest stores again.
        db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    # Temporary b-trees (a UNION in the studies' facet trigger, json_each sets) in memory: as
    # files, writing a study opened and deleted one in /var/tmp for most articles.
    db.execute("PRAGMA temp_store = MEMORY")
    # The counts kept by triggers (migration m010) see the rows an ``insert or replace``
    # deletes: SQLite fires delete triggers for them only with recursive triggers on.
    db.execute("PRAGMA recursive_triggers = ON")
    migrations().apply(db)
    return db
