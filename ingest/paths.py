"""Where the project's files are: the repository root and the default database.

Kept apart from ``store.schema`` so that the command line can name the default database
without importing the store (sqlite-utils, which imports pandas and numpy when they are
installed: ~0.3 s of every ``evidence extract``)."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = REPO_ROOT / "db" / "evidence.db"
