"""Write one article's record in one transaction. The only code that writes to the database.

Every row's id is derived from content (``ids.py``), so writing the same article twice
leaves the database as it was; and an article already stored by this extractor version
is not touched at all. Effect sizes, checks and the studies' evidence columns are computed
from the record (``ingest.stats``) and written in the same transaction, the same way.

An article's own rows are written by plain SQL (``executemany``: one statement per table)
on the tables' columns read once per connection (``_load_schema``); merging then updates
the study rows it joins, one by one: sqlite-utils' ``insert_all``
looked the schema up again on every call, which cost more than the writing itself.
"""

from __future__ import annotations

import datetime
import json
import operator
import sqlite3

from sqlite_utils.db import NotFoundError, jsonify_if_needed

from .. import EXTRACTOR_VERSION, vocab
from ..extract.record import Record, Study
from ..read.document import Document
from ..stats.rows import CHECK_KEY, EFFECT_SIZE_KEY, study_stats
from ..vocab.chinese import to_simplified
from .comparisons import refresh_stale
from .ids import stable_id
from .merge import (
    CROSS_SOURCE_KINDS,
    FORMAT_RANK,
    SourceStudy,
    cluster_study_id,
    clusters,
    merged_row,
    study_conflicts,
    trial_ids,
)
from .search_text import index_text

FACT_TABLES = ("interventions", "groups", "measurements", "effects", "adverse_events")
# Computed from the record at write time (ingest/stats), stored and replaced like facts.
STATS_TABLES = ("effect_sizes", "checks")


# ---------------------------------------------------------------- plain SQL writes

# json.dumps(value, ensure_ascii=False) (and with sort_keys=True), without building an
# encoder a call.
_dumps = json.JSONEncoder(ensure_ascii=False).encode
_dumps_sorted = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode

_SCHEMA_ATTR = "_evidence_schema"
_PLAIN = frozenset({str, int, float, bytes, type(None)})


def _load_schema(db) -> None:
    """Read every table's columns once per connection, and again only when the schema
    changed (a migration): one ``PRAGMA schema_version`` per article, none per insert."""
    version = db.conn.execute("pragma schema_version").fetchone()[0]
    cached = getattr(db, _SCHEMA_ATTR, None)
    if cached is not None and cached[0] is db.conn and cached[1] == version:
        return
    tables = [r[0] for r in db.conn.execute("select name from sqlite_master where type = 'table'")]
    columns = {t: tuple(r[1] for r in db.conn.execute(f"pragma table_info([{t}])")) for t in tables}
    setattr(db, _SCHEMA_ATTR, (db.conn, version, columns, {}))


def _schema(db) -> tuple[dict, dict]:
    cached = getattr(db, _SCHEMA_ATTR, None)
    if cached is None or cached[0] is not db.conn:
        _load_schema(db)
        cached = getattr(db, _SCHEMA_ATTR)
    return cached[2], cached[3]


def _value(v):
    """A value as sqlite-utils stores it: lists, dicts and tuples as JSON, dates as ISO text."""
    return v if type(v) in _PLAIN else jsonify_if_needed(v)


def _insert(db, table: str, rows: list[dict], *, replace: bool = False, upsert: str | None = None) -> None:
    """Insert ``rows`` with one ``executemany``: as ``db[table].insert_all(rows)`` (``replace=True``:
    ``insert or replace``; ``upsert=pk``: ``.upsert_all(rows, pk=pk)``, which updates only the
    columns the rows give), without looking the table up again. Rows are written in order."""
    if not rows:
        return
    known, statements = _schema(db)
    first = rows[0].keys()
    complete = all(row.keys() == first for row in rows)
    if complete:
        keys = tuple(first)  # (the same as below when every row has the first row's keys)
    else:
        keys = tuple(dict.fromkeys(k for row in rows for k in row))
    key = (table, keys, replace, upsert)
    sql = statements.get(key)
    if sql is None:
        if table not in known:
            raise sqlite3.OperationalError(f"no such table: {table}")
        unknown = [k for k in keys if k not in known[table]]
        if unknown:
            raise sqlite3.OperationalError(f"table {table} has no column named {unknown[0]}")
        names = ", ".join(f"[{k}]" for k in keys)
        sql = (f"insert{' or replace' if replace else ''} into [{table}] ({names}) "
               f"values ({', '.join('?' for _ in keys)})")
        if upsert:
            sets = ", ".join(f"[{k}] = excluded.[{k}]" for k in keys if k != upsert)
            sql += f" on conflict([{upsert}]) do " + (f"update set {sets}" if sets else "nothing")
        statements[key] = sql
    if complete and len(keys) > 1:
        values = list(map(operator.itemgetter(*keys), rows))
    else:
        values = [tuple(row.get(k) for k in keys) for row in rows]
    # Most rows hold only plain values: those go as they are, the others through _value.
    db.conn.executemany(sql, [v if _PLAIN.issuperset(map(type, v)) else tuple(map(_value, v)) for v in values])


def _update(db, table: str, pk: str, row: dict) -> None:
    """``db[table].update(row[pk], row)``: the row must exist."""
    sets = ", ".join(f"[{k}] = ?" for k in row)
    cursor = db.conn.execute(f"update [{table}] set {sets} where [{pk}] = ?",
                             [*(_value(v) for v in row.values()), row[pk]])
    if cursor.rowcount != 1:
        raise NotFoundError(f"{table}: no row {row[pk]!r} to update")


def _dicts(db, sql: str, params) -> list[dict]:
    """Rows as dicts (``db.query`` without its savepoint per query)."""
    cursor = db.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


# ---------------------------------------------------------------- rows


def _time_columns(time) -> dict:
    if time is None:
        return {"time_value": None, "time_unit": None, "time_days": None, "time_label": None}
    return {"time_value": time.value, "time_unit": time.unit, "time_days": round(time.days, 2),
            "time_label": time.label}


def _pair(value):
    """Dispersion as (single value, low, high): an SD is one number, an IQR two."""
    if isinstance(value, (list, tuple)):
        return None, value[0], value[1]
    return value, None, None


def _with_ids(rows: list[dict], study_id: str, source_id: str, kind: str, key_fields,
              position: int = 0) -> list[dict]:
    """Give each row a content-derived id; identical facts get an occurrence counter.

    The id is keyed on the source and the study's position in it, not on the study id,
    so a fact keeps its id when its study merges with another source's.
    """
    seen: dict[str, int] = {}
    for row in rows:
        key = tuple(row.get(k) for k in key_fields)
        base = stable_id(source_id, position, kind, *key)
        seen[base] = seen.get(base, 0) + 1
        row["id"] = base if seen[base] == 1 else stable_id(base, seen[base])
        row["study_id"], row["source_id"] = study_id, source_id
    return rows


def study_row(study: Study, study_id: str, source_title: str | None, language: str | None,
              record: dict | None = None) -> dict:
    """The study's columns as this source states them; ``record`` is ``study.to_json()``
    when the caller has it already."""
    c, p, s = study.citation, study.participants, study.safety
    return {
        "id": study_id,
        "title": c.title or source_title,
        "doi": c.doi, "pmid": c.pmid, "journal": c.journal, "year": c.year,
        "authors": _dumps(c.authors),
        "first_author": c.first_author or (c.authors[0] if c.authors else None),
        "design": study.design, "phase": study.phase,
        "conditions": _dumps(study.conditions),
        "condition": study.conditions[0] if study.conditions else None,
        "interventions": _dumps(sorted({i.name for i in study.interventions})),
        "comparator": study.comparator, "language": language,
        "enrollment_start": study.enrollment.start, "enrollment_end": study.enrollment.end,
        "follow_up_value": study.follow_up.value if study.follow_up else None,
        "follow_up_unit": study.follow_up.unit if study.follow_up else None,
        "follow_up": study.follow_up.label if study.follow_up else None,
        "screened": p.screened, "excluded": p.excluded, "enrolled": p.enrolled,
        "analyzed": p.analyzed, "age_mean": p.age_mean, "age_sd": p.age_sd,
        "age_median": p.age_median, "male": p.male, "female": p.female, "male_pct": p.male_pct,
        "adverse_events_total": s.adverse_events_total,
        "serious_adverse_events": s.serious_adverse_events, "deaths": s.deaths,
        "participants_quotes": _dumps(p.quotes),
        "safety_quotes": _dumps(s.quotes),
        "registry_id": (study.registration or {}).get("id"),
        "registered": (study.registration or {}).get("registered"),
        "registration": _dumps(study.registration) if study.registration else None,
        "primary_outcomes": _dumps(study.primary_outcomes) if study.primary_outcomes else None,
        "record": _dumps(study.to_json() if record is None else record),
    }


def fact_rows(study: Study, study_id: str, source_id: str, position: int = 0) -> dict[str, list[dict]]:
    """The rows of every fact table for one study as stated by one source."""
    measurements = []
    for m in study.measurements:
        single, low, high = _pair(m.dispersion_value)
        measurements.append({
            "measure": m.measure, "measure_slug": vocab.slug(m.measure), "group_name": m.group,
            **_time_columns(m.time), "stat": m.stat, "value": m.value,
            "dispersion": m.dispersion, "dispersion_value": single,
            "dispersion_low": low, "dispersion_high": high, "n": m.n, "quote": m.quote, "unit": m.unit,
        })
    effects = []
    for e in study.effects:
        effects.append({
            "measure": e.measure, "measure_slug": vocab.slug(e.measure), "group_name": e.group,
            "versus": e.versus, **_time_columns(e.time), "type": e.type, "value": e.value,
            "ci_low": e.ci[0] if e.ci else None, "ci_high": e.ci[1] if e.ci else None,
            "p": e.p, "p_relation": e.p_relation,
            "significant": None if e.significant is None else int(e.significant), "quote": e.quote,
        })
    rows = {
        "interventions": [i.to_json() for i in study.interventions],
        "groups": [g.to_json() for g in study.groups],
        "measurements": measurements,
        "effects": effects,
        "adverse_events": [
            {**{k: v for k, v in a.to_json().items() if k != "group"}, "group_name": a.group,
             "serious": None if a.serious is None else int(a.serious)}
            for a in study.adverse_events
        ],
    }
    keys = {
        "interventions": ("name",), "groups": ("name", "role"),
        "measurements": ("measure", "group_name", "time_label", "stat", "value"),
        "effects": ("measure", "group_name", "versus", "time_label", "type", "value", "p"),
        "adverse_events": ("event", "group_name", "n", "pct"),
    }
    return {t: _with_ids(r, study_id, source_id, t, keys[t], position) for t, r in rows.items()}


def search_body(names: list[str], texts: list[str]) -> str:
    """What search sees: the articles' text plus canonical names in English and Chinese.

    The canonical names make a study found in either language whatever language its
    articles are in (Schwann cells finds a Chinese article about 许旺细胞). Traditional
    Chinese is indexed as simplified, and the search plugin simplifies queries the same way.
    """
    words = []
    for name in names:
        words.append(name)
        words.extend(vocab.other_names(name))
    return index_text(to_simplified(" ".join(words) + "\n" + "\n".join(texts)))


def search_rowid(study_id: str) -> int:
    """The study's rowid in ``search_index``, derived from its id (m005_scale numbers old rows
    the same way): study_id is UNINDEXED in the FTS table, so finding a row by it read every
    row, and ingest slowed as the database grew (bench/run.py: 116 -> 34 articles/s).

    >>> search_rowid("136b4eefdeed9f41") == int("136b4eefdeed9f4", 16)
    True
    """
    return int(study_id[:15], 16)


def _delete_search_row(db, study_id: str) -> None:
    db.execute("delete from search_index where rowid = ? and study_id = ?", [search_rowid(study_id), study_id])


# The names a study's search row holds besides its conditions: each table's distinct names in
# order, the tables one after another (one statement, as four "select distinct ... order by 1").
_NAMES_SQL = " union all ".join(
    f"select distinct {i}, [{column}] from [{table}] where study_id = ?1"
    for i, (table, column) in enumerate((("interventions", "name"), ("measurements", "measure"),
                                         ("effects", "measure"), ("adverse_events", "event")))) + " order by 1, 2"


def reindex_study(db, study_id: str) -> None:
    """Rebuild a study's search row from everything stored about it, from all its sources."""
    row = db.execute("select title, conditions from studies where id = ?", [study_id]).fetchone()
    if row is None:
        _delete_search_row(db, study_id)
        return
    title, conditions = row
    names = list(json.loads(conditions or "[]"))
    names += [r[1] for r in db.execute(_NAMES_SQL, [study_id])]
    texts = [r[0] or "" for r in db.execute(
        "select s.text from sources s join study_sources ss on ss.source_id = s.id "
        "where ss.study_id = ? order by s.id", [study_id])]
    fresh = (index_text(to_simplified(title or "")), search_body(list(dict.fromkeys(names)), texts))
    rowid = search_rowid(study_id)
    stored = db.execute("select title, body from search_index where rowid = ? and study_id = ?",
                        [rowid, study_id]).fetchall()
    if stored == [fresh]:
        return  # unchanged: leave the index (and its shadow tables) exactly as it was
    if stored:
        _delete_search_row(db, study_id)
    db.execute("insert into search_index (rowid, study_id, title, body) values (?, ?, ?, ?)",
               [rowid, study_id, *fresh])


def _remove_source(db, source_id: str) -> None:
    """Delete a source, its facts, and studies no other source supports; the studies it
    was merged into are re-clustered, since it may have been what joined their sources."""
    study_ids = [r[0] for r in db.execute(
        "select study_id from study_sources where source_id = ?", [source_id])]
    for table in FACT_TABLES + STATS_TABLES:
        db.execute(f"delete from [{table}] where source_id = ?", [source_id])
    db.execute("delete from study_sources where source_id = ?", [source_id])
    _forget_source_studies(db, source_id)
    db.execute("delete from sources where id = ?", [source_id])
    recluster(db, [], study_ids)
    for sid in study_ids:
        if not db.execute("select 1 from study_sources where study_id = ?", [sid]).fetchone():
            _drop_if_orphan(db, sid)


def _forget_source_studies(db, source_id: str) -> None:
    db.execute("delete from study_keys where source_study_id in "
               "(select id from source_studies where source_id = ?)", [source_id])
    db.execute("delete from source_studies where source_id = ?", [source_id])


def _source_study_row(ss: SourceStudy, position: int) -> dict:
    return {
        "id": ss.id, "source_id": ss.source_id, "position": position, "study_id": None,
        "doi": ss.doi, "pmid": ss.pmid, "trial_ids": json.dumps(list(ss.trials)), "title": ss.title,
        "condition": ss.condition, "design": ss.design, "enrolled": ss.enrolled,
        "interventions": _dumps(sorted(ss.interventions)),
        "measurement_values": _dumps(sorted(ss.values, key=lambda v: (v[0] or "", v[1]))),
        "rank": ss.rank, "filled": ss.filled, "study_row": _dumps_sorted(ss.row),
    }


def _own_text(study: Study) -> str:
    """The sentences and rows one study's facts were read from."""
    quotes = [x.quote for items in (study.measurements, study.effects, study.groups, study.adverse_events)
              for x in items if x.quote]
    return "\n".join(dict.fromkeys(quotes))


def source_study(study: Study, row: dict, source_id: str, position: int, fmt: str | None, text: str) -> SourceStudy:
    """What merging needs to know about one study as one source states it."""
    c = study.citation
    return SourceStudy(
        id=stable_id("source_study", source_id, position), source_id=source_id,
        doi=(c.doi or "").strip().lower() or None, pmid=(c.pmid or "").strip() or None,
        trials=tuple(trial_ids(text)), title=c.title or row.get("title"),
        condition=study.conditions[0] if study.conditions else None, design=study.design,
        enrolled=study.participants.enrolled,
        interventions=frozenset(i.name for i in study.interventions),
        values=frozenset((vocab.slug(m.measure), m.value) for m in study.measurements if m.value is not None),
        rank=FORMAT_RANK.get(fmt or "text", 2),
        filled=sum(1 for k, v in row.items() if v not in (None, "", "[]", "{}") and not k.startswith("_")),
        row={**row, "_position": position},
    )


def _curation(db) -> tuple[set, set]:
    apart, together = set(), set()
    for action, a, b in db.execute("select action, source_a, source_b from curation"):
        (apart if action == "apart" else together).add(frozenset({a, b}))
    return apart, together


def recluster(db, seeds: list[str], old_study_ids) -> dict[str, str]:
    """Re-cluster the source studies around ``seeds`` and the members of ``old_study_ids``;
    store each cluster's study row, re-point facts and links, drop emptied studies, and
    record disagreements between sources. Returns {source_study_id: study_id}.

    The set re-clustered is closed under 'shares a key' and 'was in the same study', so the
    result is what clustering every source at once would give, whatever the order.
    """
    todo = list(dict.fromkeys(seeds))
    if old_study_ids:
        todo += [r[0] for r in db.execute(
            "select id from source_studies where study_id in (select value from json_each(?))",
            [json.dumps(sorted(set(old_study_ids)))])]
    seen: set[str] = set()
    while todo:
        ssid = todo.pop()
        if ssid in seen:
            continue
        seen.add(ssid)
        for (other,) in db.execute(
                "select distinct k2.source_study_id from study_keys k1 join study_keys k2 on k1.key = k2.key "
                "where k1.source_study_id = ? union select s2.id from source_studies s1 "
                "join source_studies s2 on s1.study_id = s2.study_id where s1.id = ?", [ssid, ssid]):
            if other not in seen:
                todo.append(other)
    if not seen:
        return {}
    rows = _dicts(db, "select * from source_studies where id in (select value from json_each(?))",
                  [json.dumps(sorted(seen))])
    nodes = [SourceStudy.from_db(r) for r in rows]
    previous = {r["id"]: r["study_id"] for r in rows}
    apart, together = _curation(db)
    assigned: dict[str, str] = {}
    touched = set(old_study_ids) | {v for v in previous.values() if v}
    # Studies whose sources changed other than by the seeds joining: their search row and
    # conflicts are refreshed here; the seeds' own studies are refreshed by their writer.
    refresh = set(old_study_ids)
    seeds = set(seeds)
    for members in clusters(nodes, apart, together):
        study_id = cluster_study_id(members)
        if all(previous.get(m.id) == study_id and m.id not in seeds for m in members):
            assigned.update((m.id, study_id) for m in members)
            continue  # nobody joined, left or changed: its row, links and checks stand
        _insert(db, "studies", [merged_row(members, study_id)], upsert="id")
        for m in members:
            assigned[m.id] = study_id
            old = previous.get(m.id)
            if old == study_id:
                continue
            position = m.row.get("_position", 0)
            if m.id not in seeds:
                refresh.add(study_id)
            if old:
                refresh.add(old)
            db.execute("update source_studies set study_id = ? where id = ?", [study_id, m.id])
            _insert(db, "study_sources", [{"study_id": study_id, "source_id": m.source_id, "position": position}],
                    replace=True)
            if old:
                for table in FACT_TABLES + STATS_TABLES:
                    db.execute(f"update [{table}] set study_id = ? where source_id = ? and study_id = ?",
                               [study_id, m.source_id, old])
                if not db.execute("select 1 from source_studies where source_id = ? and study_id = ?",
                                  [m.source_id, old]).fetchone():
                    db.execute("delete from study_sources where study_id = ? and source_id = ?",
                               [old, m.source_id])
        touched.add(study_id)
    for study_id in sorted(touched):
        if not db.execute("select 1 from study_sources where study_id = ?", [study_id]).fetchone():
            _drop_if_orphan(db, study_id)
            refresh.discard(study_id)
    for study_id in sorted(refresh):
        write_conflicts(db, study_id)
        reindex_study(db, study_id)
    return assigned


def write_conflicts(db, study_id: str) -> None:
    """The study's ``source_conflict`` checks, recomputed from all its sources' facts.

    A study with one source has none (``study_conflicts``): its members and measurements
    are not read back. The study row's summary is updated only when it changes (the same
    values written again would only fire the facet trigger, which writes the same rows)."""
    sources = {r[0] for r in db.execute("select source_id from source_studies where study_id = ?", [study_id])}
    rows = []
    if len(sources) >= 2:
        members = [SourceStudy.from_db(r) for r in _dicts(
            db, "select * from source_studies where study_id = ? order by id", [study_id])]
        measurements = _dicts(
            db, "select measure, group_name, time_label, stat, value, quote, source_id from measurements "
            "where study_id = ? order by source_id, id", [study_id])
        rows = study_conflicts(members, measurements)
    for row in rows:
        row["id"] = stable_id(study_id, row["kind"], row["subject"], row["message"])
        row["study_id"], row["source_id"] = study_id, None
    db.execute("delete from checks where study_id = ? and kind in (select value from json_each(?)) and id not in "
               "(select value from json_each(?))",
               [study_id, json.dumps(CROSS_SOURCE_KINDS), json.dumps([r["id"] for r in rows])])
    _insert(db, "checks", rows, replace=True)
    # The study row's check summary counts the conflicts too.
    study = db.execute("select check_kinds, warnings from studies where id = ?", [study_id]).fetchone()
    if study is not None:
        found = db.execute("select kind, severity from checks where study_id = ?", [study_id]).fetchall()
        summary = (json.dumps(sorted({kind for kind, _ in found})),
                   sum(1 for _, severity in found if severity == "warning"))
        if summary != tuple(study):
            db.execute("update studies set check_kinds = ?, warnings = ? where id = ?", [*summary, study_id])


def _drop_if_orphan(db, study_id: str) -> None:
    """A study no source supports any more goes; one still supported is re-indexed."""
    if db.execute("select 1 from study_sources where study_id = ?", [study_id]).fetchone():
        reindex_study(db, study_id)
    else:
        _delete_search_row(db, study_id)
        db.execute("delete from checks where study_id = ? and source_id is null", [study_id])
        db.execute("delete from studies where id = ?", [study_id])


def write_article(db, document: Document, record: Record, *, force: bool = False) -> str:
    """Store one article; returns 'ingested', 'updated' or 'unchanged'.

    One transaction: either everything the article says is stored, or nothing is. Rows
    are upserted on their stable ids and only rows the article no longer supports are
    deleted, so writing the same record again leaves every table as it was. Each study
    joins the study other sources already describe (``recluster``), whatever the order.
    """
    source_id = document.sha256[:16]
    existing = db.execute(
        "select extractor_version from sources where id = ?", [source_id]).fetchone()
    fmt = document.metadata.get("format")
    part = document.metadata.get("part")
    # The same file or URL (or the same article of a PubMed file) with new content
    # replaces what the old content said, even when the new content is stored already.
    stale = []
    if document.path or document.url:
        column, value = ("path", document.path) if document.path else ("url", document.url)
        stale = [r[0] for r in db.execute(
            f"select id from sources where {column} = ? and coalesce(part, '') = ? and id != ?",
            [value, part or "", source_id])]
    if existing and existing[0] == EXTRACTOR_VERSION and not force and not stale:
        return "unchanged"
    with db.atomic():
        _load_schema(db)
        status = "updated" if existing or stale else "ingested"
        for old_id in stale:
            _remove_source(db, old_id)
        row = {
            "id": source_id, "path": document.path, "url": document.url,
            "sha256": document.sha256, "title": document.title, "language": document.language,
            "encoding": document.encoding, "site_name": document.site_name,
            "published": document.published, "text": document.text,
            "extractor_version": EXTRACTOR_VERSION, "format": fmt, "part": part,
        }
        if existing:
            _update(db, "sources", "id", row)  # keeps the first ingested_at
        else:
            row["ingested_at"] = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
            _insert(db, "sources", [row])
        # A source not stored before has no rows of its own anywhere (each article is written
        # in one transaction): nothing to forget, replace or unlink below.
        old_studies = [r[0] for r in db.execute(
            "select study_id from source_studies where source_id = ? and study_id is not null",
            [source_id])] if existing else []
        if existing:
            _forget_source_studies(db, source_id)
        prepared, source_rows, key_rows = [], [], []
        for index, study in enumerate(record.studies):
            as_json = study.to_json()  # once: the record column, then the statistics
            srow = study_row(study, "", document.title, document.language, as_json)
            # (a registry record's posting date is no publication: its trial runs on after it)
            stats = study_stats(as_json, document.text, None if fmt == "ctgov" else document.published)
            srow.update(stats["study"])
            # A page that reports several studies (a table of trials) names each one's registry
            # ids in that study's own rows: the page's ids would merge them all into one.
            ss = source_study(study, srow, source_id, index, fmt,
                              document.text if len(record.studies) == 1 else _own_text(study))
            registered = "registry record" if study.registration else "id named" if ss.trials else "none named"
            srow["registration_status"] = ss.row["registration_status"] = registered
            source_rows.append(_source_study_row(ss, index))
            key_rows += [{"source_study_id": ss.id, "key": k} for k in ss.keys()]
            prepared.append((index, study, stats, ss))
        # One statement per table for the whole article; each table's rows in the same order
        # as one study at a time, so even the rowids are those of writing them one by one.
        _insert(db, "source_studies", source_rows)
        _insert(db, "study_keys", key_rows, replace=True)
        assigned = recluster(db, [p[3].id for p in prepared], old_studies)
        new_rows: dict[str, list[dict]] = {t: [] for t in FACT_TABLES + STATS_TABLES}
        studies = []
        for index, study, stats, ss in prepared:
            study_id = assigned[ss.id]
            studies.append(study_id)
            tables = fact_rows(study, study_id, source_id, index)
            tables["effect_sizes"] = _with_ids(stats["effect_sizes"], study_id, source_id, "effect_sizes",
                                               EFFECT_SIZE_KEY, index)
            tables["checks"] = _with_ids(stats["checks"], study_id, source_id, "checks", CHECK_KEY, index)
            for table, rows in tables.items():
                new_rows[table] += rows
        for table, rows in new_rows.items():
            _insert(db, table, rows, replace=True)
            if existing:
                db.execute(f"delete from [{table}] where source_id = ? and id not in "
                           "(select value from json_each(?))", [source_id, json.dumps([r["id"] for r in rows])])
        # (A new source is linked only to the studies its own studies joined.)
        linked = [r[0] for r in db.execute(
            "select study_id from study_sources where source_id = ?", [source_id])] if existing else []
        for study_id in set(linked) - set(studies):
            db.execute("delete from study_sources where study_id = ? and source_id = ?", [study_id, source_id])
            _drop_if_orphan(db, study_id)
        for study_id in dict.fromkeys(studies):
            write_conflicts(db, study_id)
            reindex_study(db, study_id)
        # (the comparison rows of every study whose facts this article changed: m015's triggers marked them)
        refresh_stale(db)
    return status


def curate(db, action: str, source_a: str, source_b: str, note: str | None = None) -> list[str]:
    """Record that two sources describe different studies ('apart') or the same ('together'),
    and re-cluster. Returns the study ids the two sources now belong to.

    The rule names sources by id (a hash of their bytes), so it holds across re-ingests.
    """
    if action not in ("apart", "together"):
        raise ValueError(f"unknown curation action {action!r}")
    a, b = sorted((source_a, source_b))
    with db.atomic():
        _load_schema(db)
        db.execute("delete from curation where source_a = ? and source_b = ?", [a, b])
        _insert(db, "curation", [{
            "id": stable_id("curation", a, b), "action": action, "source_a": a, "source_b": b, "note": note,
            "created_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        }])
        seeds = [r[0] for r in db.execute(
            "select id from source_studies where source_id in (?, ?)", [a, b])]
        olds = [r[0] for r in db.execute(
            "select study_id from source_studies where source_id in (?, ?)", [a, b])]
        assigned = recluster(db, seeds, olds)
        for study_id in sorted(set(assigned[s] for s in seeds)):
            write_conflicts(db, study_id)
            reindex_study(db, study_id)
        refresh_stale(db)
    return sorted(set(assigned[s] for s in seeds))
