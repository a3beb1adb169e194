"""The served site as a Datasette object, configured as ``evidence serve`` configures it, and
as an ASGI app for ``evidence serve --workers N`` (uvicorn starts one per worker process).

    uvicorn --factory ingest.serve:app_from_environment --workers 2   # EVIDENCE_DB=db/evidence.db
"""

from __future__ import annotations

import os
from pathlib import Path

from .cli import datasette_options


def datasette_for(db) -> object:
    """A Datasette over ``db`` with the options ``evidence serve`` passes on its command line."""
    import yaml
    from datasette.app import Datasette

    opts = datasette_options()
    kwargs, settings = {}, {}
    i = 0
    while i < len(opts):
        if opts[i] == "--setting":
            value = opts[i + 2]
            settings[opts[i + 1]] = (int(value) if value.isdigit() else
                                     {"on": True, "true": True, "off": False, "false": False}.get(value, value))
            i += 3
            continue
        kwargs[opts[i].lstrip("-").replace("-", "_")] = opts[i + 1]
        i += 2
    with open(kwargs.pop("metadata"), encoding="utf-8") as f:
        metadata = yaml.safe_load(f)
    return Datasette([str(db)], metadata=metadata, settings=settings, **kwargs)


def app_from_environment():
    """The ASGI app over the database ``EVIDENCE_DB`` names (each worker process builds its own;
    Datasette runs its startup hooks on the first request)."""
    db = os.environ.get("EVIDENCE_DB", "")
    if not db or not Path(db).exists():
        raise SystemExit(f"evidence serve: EVIDENCE_DB={db!r}: no database")
    return datasette_for(db).app()
