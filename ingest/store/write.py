"""Write one article's record in one transaction. The only code that writes to the database.

Every row's id is derived from content (``ids.py``), so writing the same article twice
leaves the database as it was; and an article already stored by this extractor version
is not touched at all. Effect sizes, checks and the studies' evidence columns are computed
from the record (``ingest.stats``) and written in the same transaction, the same way.
"""

from __future__ import annotations

import datetime
import json

from .. import EXTRACTOR_VERSION
from ..extract.record import Record, Study
from ..read.document import Document
from .. import vocab
from ..stats.rows import CHECK_KEY, EFFECT_SIZE_KEY, study_stats
from .ids import stable_id, study_key
from ..vocab.chinese import to_simplified
from .search_text import index_text

FACT_TABLES = ("interventions", "groups", "measurements", "effects", "adverse_events")
# Computed from the record at write time (ingest/stats), stored and replaced like facts.
STATS_TABLES = ("effect_sizes", "checks")


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


def _with_ids(rows: list[dict], study_id: str, source_id: str, kind: str, key_fields) -> list[dict]:
    """Give each row a content-derived id; identical facts get an occurrence counter."""
    seen: dict[str, int] = {}
    for row in rows:
        key = tuple(row.get(k) for k in key_fields)
        base = stable_id(study_id, source_id, kind, *key)
        seen[base] = seen.get(base, 0) + 1
        row["id"] = base if seen[base] == 1 else stable_id(base, seen[base])
        row["study_id"], row["source_id"] = study_id, source_id
    return rows


def study_row(study: Study, study_id: str, source_title: str | None, language: str | None) -> dict:
    c, p, s = study.citation, study.participants, study.safety
    return {
        "id": study_id,
        "title": c.title or source_title,
        "doi": c.doi, "pmid": c.pmid, "journal": c.journal, "year": c.year,
        "authors": json.dumps(c.authors, ensure_ascii=False),
        "first_author": c.first_author or (c.authors[0] if c.authors else None),
        "design": study.design, "phase": study.phase,
        "conditions": json.dumps(study.conditions, ensure_ascii=False),
        "condition": study.conditions[0] if study.conditions else None,
        "interventions": json.dumps(sorted({i.name for i in study.interventions}), ensure_ascii=False),
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
        "participants_quotes": json.dumps(p.quotes, ensure_ascii=False),
        "safety_quotes": json.dumps(s.quotes, ensure_ascii=False),
        "record": json.dumps(study.to_json(), ensure_ascii=False),
    }


def fact_rows(study: Study, study_id: str, source_id: str) -> dict[str, list[dict]]:
    """The rows of every fact table for one study as stated by one source."""
    measurements = []
    for m in study.measurements:
        single, low, high = _pair(m.dispersion_value)
        measurements.append({
            "measure": m.measure, "measure_slug": vocab.slug(m.measure), "group_name": m.group,
            **_time_columns(m.time), "stat": m.stat, "value": m.value,
            "dispersion": m.dispersion, "dispersion_value": single,
            "dispersion_low": low, "dispersion_high": high, "n": m.n, "quote": m.quote,
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
            {**a.to_json(), "serious": None if a.serious is None else int(a.serious)}
            for a in study.adverse_events
        ],
    }
    keys = {
        "interventions": ("name",), "groups": ("name", "role"),
        "measurements": ("measure", "group_name", "time_label", "stat", "value"),
        "effects": ("measure", "group_name", "versus", "time_label", "type", "value", "p"),
        "adverse_events": ("event", "n", "pct"),
    }
    return {t: _with_ids(r, study_id, source_id, t, keys[t]) for t, r in rows.items()}


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


def reindex_study(db, study_id: str) -> None:
    """Rebuild a study's search row from everything stored about it, from all its sources."""
    row = db.execute("select title, conditions from studies where id = ?", [study_id]).fetchone()
    if row is None:
        _delete_search_row(db, study_id)
        return
    title, conditions = row
    names = list(json.loads(conditions or "[]"))
    for table, column in (("interventions", "name"), ("measurements", "measure"), ("effects", "measure"),
                          ("adverse_events", "event")):
        names += [r[0] for r in db.execute(
            f"select distinct [{column}] from [{table}] where study_id = ? order by 1", [study_id])]
    texts = [r[0] or "" for r in db.execute(
        "select s.text from sources s join study_sources ss on ss.source_id = s.id "
        "where ss.study_id = ? order by s.id", [study_id])]
    fresh = (index_text(to_simplified(title or "")), search_body(list(dict.fromkeys(names)), texts))
    rowid = search_rowid(study_id)
    stored = db.execute("select title, body from search_index where rowid = ? and study_id = ?",
                        [rowid, study_id]).fetchall()
    if stored == [fresh]:
        return  # unchanged: leave the index (and its shadow tables) exactly as it was
    _delete_search_row(db, study_id)
    db.execute("insert into search_index (rowid, study_id, title, body) values (?, ?, ?, ?)",
               [rowid, study_id, *fresh])


def _remove_source(db, source_id: str) -> None:
    """Delete a source, its facts, and studies no other source supports."""
    study_ids = [r["study_id"] for r in db.query(
        "select study_id from study_sources where source_id = ?", [source_id])]
    for table in FACT_TABLES + STATS_TABLES:
        db.execute(f"delete from [{table}] where source_id = ?", [source_id])
    db.execute("delete from study_sources where source_id = ?", [source_id])
    db.execute("delete from sources where id = ?", [source_id])
    for sid in study_ids:
        _drop_if_orphan(db, sid)


def _drop_if_orphan(db, study_id: str) -> None:
    """A study no source supports any more goes; one still supported is re-indexed."""
    if db.execute("select 1 from study_sources where study_id = ?", [study_id]).fetchone():
        reindex_study(db, study_id)
    else:
        _delete_search_row(db, study_id)
        db.execute("delete from studies where id = ?", [study_id])


def write_article(db, document: Document, record: Record, *, force: bool = False) -> str:
    """Store one article; returns 'ingested', 'updated' or 'unchanged'.

    One transaction: either everything the article says is stored, or nothing is. Rows
    are upserted on their stable ids and only rows the article no longer supports are
    deleted, so writing the same record again leaves every table as it was.
    """
    source_id = document.sha256[:16]
    existing = db.execute(
        "select extractor_version from sources where id = ?", [source_id]).fetchone()
    if existing and existing[0] == EXTRACTOR_VERSION and not force:
        return "unchanged"
    with db.atomic():
        status = "updated" if existing else "ingested"
        if document.path:
            # The same file with new content replaces what the old content said.
            for (old_id,) in db.execute(
                    "select id from sources where path = ? and id != ?", [document.path, source_id]).fetchall():
                _remove_source(db, old_id)
                status = "updated"
        row = {
            "id": source_id, "path": document.path, "url": document.url,
            "sha256": document.sha256, "title": document.title, "language": document.language,
            "encoding": document.encoding, "site_name": document.site_name,
            "published": document.published, "text": document.text,
            "extractor_version": EXTRACTOR_VERSION,
        }
        if existing:
            db["sources"].update(source_id, row)  # keeps the first ingested_at
        else:
            row["ingested_at"] = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
            db["sources"].insert(row)
        keep: dict[str, list[str]] = {t: [] for t in FACT_TABLES + STATS_TABLES}
        studies = []
        for index, study in enumerate(record.studies):
            study_id = stable_id(*study_key(study.citation.to_json(), source_id, index))
            studies.append(study_id)
            stats = study_stats(study, document.text, document.published)
            db["studies"].upsert({**study_row(study, study_id, document.title, document.language),
                                  **stats["study"]}, pk="id")
            db["study_sources"].insert(
                {"study_id": study_id, "source_id": source_id, "position": index}, replace=True)
            tables = fact_rows(study, study_id, source_id)
            tables["effect_sizes"] = _with_ids(stats["effect_sizes"], study_id, source_id, "effect_sizes",
                                               EFFECT_SIZE_KEY)
            tables["checks"] = _with_ids(stats["checks"], study_id, source_id, "checks", CHECK_KEY)
            for table, rows in tables.items():
                if rows:
                    db[table].insert_all(rows, pk="id", replace=True)
                keep[table] += [r["id"] for r in rows]
        for table, ids in keep.items():
            db.execute(f"delete from [{table}] where source_id = ? and id not in (select value from json_each(?))",
                       [source_id, json.dumps(ids)])
        linked = [r[0] for r in db.execute("select study_id from study_sources where source_id = ?", [source_id])]
        for study_id in set(linked) - set(studies):
            db.execute("delete from study_sources where study_id = ? and source_id = ?", [study_id, source_id])
            _drop_if_orphan(db, study_id)
        for study_id in dict.fromkeys(studies):
            reindex_study(db, study_id)
    return status
