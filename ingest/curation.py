"""``curation.yml``: merge rules that outlive the database.

``evidence split`` stores its rule in the database's ``curation`` table and appends it
here (beside the database by default), and every ``evidence ingest`` applies the file's
rules first, so a wrong merge stays undone even when the database is rebuilt from the
same files. Rules name sources by id, the hash of their bytes::

    apart:
    - {a: 53a70f3d9751fad2, b: 8dfbccd3a4c79762, note: evidence split}
    together: []
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

ACTIONS = ("apart", "together")


def default_path(db_path) -> Path:
    return Path(db_path).parent / "curation.yml"


def load(path) -> list[tuple[str, str, str, str | None]]:
    """(action, source a, source b, note) for every rule in the file; [] when there is none.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "c.yml"
    >>> append(p, "apart", "bbbb", "aaaa", "wrong merge")
    >>> load(p)
    [('apart', 'aaaa', 'bbbb', 'wrong merge')]
    """
    import yaml

    p = Path(path)
    if not p.exists():
        return []
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    rules = []
    for action in ACTIONS:
        for rule in data.get(action) or []:
            a, b = sorted((str(rule["a"]), str(rule["b"])))
            rules.append((action, a, b, rule.get("note")))
    return rules


def append(path, action: str, a: str, b: str, note: str | None = None) -> None:
    """Add (or replace) the rule for a pair; written to a temp file and renamed."""
    import yaml

    a, b = sorted((a, b))
    rules = [r for r in load(path) if (r[1], r[2]) != (a, b)] + [(action, a, b, note)]
    data = {act: [{"a": x, "b": y, **({"note": n} if n else {})} for act2, x, y, n in rules if act2 == act]
            for act in ACTIONS}
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".curation-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("# Merge rules (evidence split); applied by every evidence ingest. Sources are named by id.\n")
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, default_flow_style=None)
    os.replace(tmp, p)


def apply_file(db, path) -> int:
    """Store the file's rules that the database does not hold yet; returns how many."""
    from .store.write import curate

    have = {(r[0], r[1], r[2]) for r in db.execute("select action, source_a, source_b from curation")}
    added = 0
    for action, a, b, note in load(path):
        if (action, a, b) not in have:
            curate(db, action, a, b, note)
            added += 1
    return added
