"""Store: the schema and the one place that writes a record to the database."""

from .schema import DEFAULT_DB, open_db
from .write import write_article

__all__ = ["DEFAULT_DB", "open_db", "write_article"]
