"""Which version of a database file a page was computed from, to keep what it computed.

>>> data_version(None) is None  # (a database in memory has no version: nothing is kept)
True
"""

from __future__ import annotations

import os


def data_version(path: str | None) -> tuple | None:
    """The database file's and its write-ahead log's (mtime, size), or None without a file.
    A write changes one of them, the WAL's time at least (after a checkpoint the log is reused
    at the same size): what was computed before it is not reused after, save where two
    writes fall within one tick of the file system's clock."""
    if not path:
        return None
    version = []
    for name in (path, f"{path}-wal"):
        try:
            st = os.stat(name)
            version.append((st.st_mtime_ns, st.st_size))
        except OSError:
            version.append(None)
    return tuple(version)
