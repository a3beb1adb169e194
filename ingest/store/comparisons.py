"""Keep ``comparison_rows`` (migration m015) up to date: the studies whose facts changed are
marked by triggers in ``comparison_stale``; ``refresh_stale`` recomputes their rows
(``ingest.site.comparison_table``) in the writer's transaction, so a comparison page never
sees an article's facts without its rows.

    >>> from ingest.store import open_db
    >>> db = open_db(":memory:")
    >>> refresh_stale(db), comparison_problems(db)
    (0, [])

Triggers, not a list the writer keeps: an article's facts move between studies when
sources merge (``write.recluster``), when a curator parts them (``write.curate``) and when a
study loses its last source; every such write touches the facts' rows, and each marks its
study.
"""

from __future__ import annotations

from ..site.comparison_table import COLUMNS, HEAVY_STUDY_COLUMNS, comparison_study, table_rows

_INSERT = (f"insert into comparison_rows ({', '.join(COLUMNS)}) "
           f"values ({', '.join('?' for _ in COLUMNS)})")


def _conn(db):
    """The sqlite3 connection of ``db`` (a sqlite_utils Database or a connection)."""
    return getattr(db, "conn", db)


def _dicts(db, sql: str, params) -> list[dict]:
    cursor = _conn(db).execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _study_select(conn) -> str:
    """The statement that reads a study's row, its columns read once per connection and schema."""
    version = conn.execute("pragma schema_version").fetchone()[0]
    kept = _STUDY_SELECT[0]
    if kept is None or kept[0] is not conn or kept[1] != version:
        columns = [r[1] for r in conn.execute("pragma table_info(studies)") if r[1] not in HEAVY_STUDY_COLUMNS]
        kept = _STUDY_SELECT[0] = (conn, version, f"select {', '.join(f'[{c}]' for c in columns)} from studies where id = ?")
    return kept[2]


_STUDY_SELECT: list = [None]  # (the last connection's: one writer at a time)


def study_rows(db, study_id: str) -> list[dict]:
    """The comparison rows of one study, computed from what the database holds of it now."""
    found = _dicts(db, _study_select(_conn(db)), [study_id])
    if not found:
        return []
    study = comparison_study(found[0])
    # (source by source, each in the order it was written: the same whatever order the sources were
    # ingested in, as every table is; the page computed from the facts reads them so too)
    facts = [_dicts(db, f"select * from [{t}] where study_id = ? order by source_id, rowid", [study_id])
             for t in ("measurements", "effects", "effect_sizes")]
    groups = _dicts(db, "select study_id, name, role, n from groups where study_id = ? order by source_id, rowid",
                    [study_id])
    return table_rows(study, *facts, groups)


def refresh(db, study_ids) -> None:
    """Replace the comparison rows of ``study_ids`` by rows computed afresh (none for a study
    no longer stored)."""
    conn = _conn(db)
    for study_id in study_ids:
        conn.execute("delete from comparison_rows where study_id = ?", [study_id])
        rows = study_rows(db, study_id)
        if rows:
            conn.executemany(_INSERT, [tuple(r[c] for c in COLUMNS) for r in rows])


def refresh_stale(db, batch: int = 500) -> int:
    """Recompute the rows of every study marked stale, and unmark them; returns how many.
    Call it inside the transaction that wrote the facts."""
    conn, done = _conn(db), 0
    while True:
        ids = [r[0] for r in conn.execute("select study_id from comparison_stale limit ?", [batch])]
        if not ids:
            return done
        refresh(db, ids)
        conn.executemany("delete from comparison_stale where study_id = ?", [(i,) for i in ids])
        done += len(ids)


def comparison_problems(db) -> list[str]:
    """Every study whose kept rows differ from rows computed afresh (at most five reported);
    empty when the table kept up."""
    problems = []
    kept: dict[str, list] = {}
    for row in _dicts(db, f"select {', '.join(COLUMNS)} from comparison_rows order by study_id, measure_slug, kind, seq", []):
        kept.setdefault(row["study_id"], []).append(tuple(row[c] for c in COLUMNS))
    for (study_id,) in _conn(db).execute("select id from studies order by id").fetchall():
        fresh = sorted((tuple(r[c] for c in COLUMNS) for r in study_rows(db, study_id)), key=lambda t: (t[0], t[1], t[3]))
        if fresh != kept.pop(study_id, []):
            problems.append(f"comparison_rows of {study_id} differ from its facts")
    problems += [f"comparison_rows kept for {s}, a study not stored" for s in kept]
    return problems[:5]
