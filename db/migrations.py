"""The database schema, as sqlite-utils migrations (applied in order, each exactly once).

Never edit a migration that has shipped: add a new one. ``evidence ingest`` applies any
pending migrations before it writes; ``ingest.store.schema.migrate`` is the entry point.

Ids are stable text keys derived from content (see ``ingest/store/ids.py``), so an
upsert of the same article writes the same rows.
"""

from sqlite_utils.migrations import Migrations

migrations = Migrations("evidence")

# Columns every fact table shares: which study, which source stated it, the quote.
FACT = {"id": str, "study_id": str, "source_id": str}


@migrations()
def m001_initial(db):
    db["sources"].create(
        {
            "id": str, "path": str, "url": str, "sha256": str, "title": str,
            "language": str, "encoding": str, "site_name": str, "published": str,
            "text": str, "extractor_version": str, "ingested_at": str,
        },
        pk="id",
    )
    db["sources"].create_index(["path"])
    db["sources"].create_index(["sha256"], unique=True)

    db["studies"].create(
        {
            "id": str, "title": str, "doi": str, "pmid": str, "journal": str, "year": int,
            "authors": str, "first_author": str,
            "design": str, "phase": str, "conditions": str, "condition": str,
            "interventions": str, "comparator": str, "language": str,
            "enrollment_start": str, "enrollment_end": str,
            "follow_up_value": float, "follow_up_unit": str, "follow_up": str,
            "screened": int, "excluded": int, "enrolled": int, "analyzed": int,
            "age_mean": float, "age_sd": float, "age_median": float,
            "male": int, "female": int, "male_pct": float,
            "adverse_events_total": int, "serious_adverse_events": int, "deaths": int,
            "participants_quotes": str, "safety_quotes": str, "record": str,
        },
        pk="id",
    )
    for col in ("design", "condition", "language", "doi"):
        db["studies"].create_index([col])

    db["study_sources"].create(
        {"study_id": str, "source_id": str, "position": int},
        pk=("study_id", "source_id"),
        foreign_keys=[("study_id", "studies", "id"), ("source_id", "sources", "id")],
    )

    fk = [("study_id", "studies", "id"), ("source_id", "sources", "id")]
    db["interventions"].create(
        {**FACT, "name": str, "route": str, "origin": str, "tissue": str, "dose": str, "quote": str},
        pk="id", foreign_keys=fk,
    )
    db["groups"].create(
        {**FACT, "name": str, "role": str, "n": int, "pct": float, "quote": str},
        pk="id", foreign_keys=fk,
    )
    db["measurements"].create(
        {
            **FACT, "measure": str, "measure_slug": str, "group_name": str,
            "time_value": float, "time_unit": str, "time_days": float, "time_label": str,
            "stat": str, "value": float, "dispersion": str, "dispersion_value": float,
            "dispersion_low": float, "dispersion_high": float, "n": int, "quote": str,
        },
        pk="id", foreign_keys=fk,
    )
    db["effects"].create(
        {
            **FACT, "measure": str, "measure_slug": str, "group_name": str, "versus": str,
            "time_value": float, "time_unit": str, "time_days": float, "time_label": str,
            "type": str, "value": float, "ci_low": float, "ci_high": float,
            "p": float, "p_relation": str, "significant": int, "quote": str,
        },
        pk="id", foreign_keys=fk,
    )
    db["adverse_events"].create(
        {**FACT, "event": str, "n": int, "pct": float, "grade": str, "serious": int, "quote": str},
        pk="id", foreign_keys=fk,
    )
    for table in ("interventions", "groups", "measurements", "effects", "adverse_events"):
        db[table].create_index(["study_id"])
    db["measurements"].create_index(["measure_slug", "study_id"])
    db["effects"].create_index(["measure_slug", "study_id"])

    # Search: one row per study. Chinese has no spaces, so ``ingest.store.search_text``
    # writes each run of Han characters as overlapping bigrams; the search plugin cuts a
    # query the same way, which makes two-character terms such as 脊髓 findable.
    # Not named studies_fts on purpose: Datasette's own ?_search would then claim the
    # table and quote the query whole, which can never match a bigram index.
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "study_id UNINDEXED, title, body, tokenize = 'porter unicode61 remove_diacritics 2')"
    )


@migrations()
def m002_statistics(db):
    """Statistics computed at ingest (``ingest/stats``), never read from an article.

    ``effect_sizes``: standardised effects with their inputs, formula and assumptions;
    ``checks``: consistency checks of the article's numbers. Both are keyed and replaced
    like the fact tables. ``studies`` gains its evidence level, bias flags and a summary
    of its checks, for faceting. Sources stored before this migration have no statistics
    yet: they are marked for re-extraction, so the next ``evidence ingest`` of their files
    computes them.
    """
    fk = [("study_id", "studies", "id"), ("source_id", "sources", "id")]
    db["effect_sizes"].create(
        {
            **FACT, "measure": str, "measure_slug": str, "group_name": str, "versus": str,
            "time_label": str, "time_days": float, "comparison": str, "formula": str,
            "formula_text": str, "estimate": float, "ci_low": float, "ci_high": float,
            "scale": str, "yi": float, "vi": float, "se": float,
            "n": int, "n1": int, "n2": int,
            "assumed_r": float, "implied_r": float, "implied_r_relation": str, "implied_r_basis": str,
            "inputs": str, "assumptions": str, "quotes": str,
        },
        pk="id", foreign_keys=fk,
    )
    db["checks"].create(
        {
            **FACT, "kind": str, "severity": str, "subject": str, "message": str,
            "fields": str, "field_values": str, "quotes": str,
        },
        pk="id", foreign_keys=fk,
    )
    for table in ("effect_sizes", "checks"):
        db[table].create_index(["study_id"])
    db["effect_sizes"].create_index(["measure_slug", "formula"])
    db["checks"].create_index(["kind"])
    studies = db["studies"]
    studies.add_column("evidence_level", int)
    studies.add_column("evidence_level_basis", str)
    studies.add_column("bias_flags", str)
    studies.add_column("check_kinds", str)
    studies.add_column("warnings", int)
    studies.create_index(["evidence_level"])
    db.execute("update sources set extractor_version = null")


@migrations()
def m004_sources(db):
    """One study, many sources.

    ``source_studies``: each study as one source states it (the record's JSON, its
    identifiers and fingerprint), and the study it was merged into. ``study_keys``: the
    keys that find merge candidates (``doi:``, ``pmid:``, ``trial:`` and the fingerprint
    block ``fp:condition|enrolled``). ``curation``: merges a curator undid or forced
    (``evidence split``), kept across re-ingests because they name sources, not rows.
    ``sources`` gains its format (text, html, pdf, jats, medline, crossref) and its part
    (the PMID of an article inside a PubMed file of many). Facts are re-keyed on their
    source, so stored sources are marked for re-extraction.
    """
    db["source_studies"].create(
        {
            "id": str, "source_id": str, "position": int, "study_id": str,
            "doi": str, "pmid": str, "trial_ids": str, "title": str, "condition": str,
            "design": str, "enrolled": int, "interventions": str, "measurement_values": str,
            "rank": int, "filled": int, "study_row": str,
        },
        pk="id", foreign_keys=[("source_id", "sources", "id")],
    )
    db["source_studies"].create_index(["source_id"])
    db["source_studies"].create_index(["study_id"])
    db["study_keys"].create({"source_study_id": str, "key": str}, pk=("source_study_id", "key"),
                            foreign_keys=[("source_study_id", "source_studies", "id")])
    db["study_keys"].create_index(["key"])
    db["curation"].create(
        {"id": str, "action": str, "source_a": str, "source_b": str, "note": str, "created_at": str},
        pk="id",
    )
    db["sources"].add_column("format", str)
    db["sources"].add_column("part", str)
    db["sources"].create_index(["path", "part"])
    db.execute("update sources set extractor_version = null")



# Studies' JSON-array columns faceted on the studies page (metadata.yml, `- array:`).
ARRAY_FACETS = ("interventions", "bias_flags", "check_kinds")


def _facet_values_select(row: str, tables: str = "") -> str:
    """SQL selecting (facet, value, study_id) of every array item of the studies row ``row``
    (``new`` in a trigger; ``studies`` with ``tables="studies, "`` for every row)."""
    return " union ".join(
        f"select '{col}', j.value, {row}.id from {tables}json_each(case when json_valid({row}.[{col}])"
        f" and json_type({row}.[{col}]) = 'array' then {row}.[{col}] else '[]' end) j"
        for col in ARRAY_FACETS
    )


@migrations()
def m005_scale(db):
    """What 100,000 studies need (measured by ``bench/run.py``; README, Benchmarks).

    - Indexes on ``source_id``, by which the writer replaces an article's rows, and search
      rows numbered by their study id (``search_rowid``): ingest no longer slows as it grows.
    - Indexes on the columns the site sorts by (``sort``/``sort_desc`` in metadata.yml):
      without them every table page sorts the whole table (100 ms at 100k studies).
    - ``study_facet_values``: the items of the studies' JSON-array columns, one row per
      study and item, kept by triggers whatever writes ``studies``. Datasette's array facet
      de-duplicates whole rows (``distinct j.value, inner.*``), which at 100k studies
      takes seconds and times out; ``plugins/counted_facets.py`` counts this table instead.
    """
    # The writer finds and deletes an article's rows by source_id in every fact table: without
    # these, each article scanned every table, and ingest slowed from 116 to 34 articles/s
    # between 1k and 10k articles.
    for table in ("study_sources", "interventions", "groups", "measurements", "effects", "adverse_events",
                  "effect_sizes", "checks"):
        db[table].create_index(["source_id"], if_not_exists=True)
    # Search rows get the rowid ingest.store.write.search_rowid derives from the study id, by
    # which the writer now finds them (study_id is UNINDEXED: a lookup by it read every row).
    rows = db.execute("select study_id, title, body from search_index").fetchall()
    db.execute("delete from search_index")
    for study_id, title, body in rows:
        db.execute("insert into search_index (rowid, study_id, title, body) values (?, ?, ?, ?)",
                   [int(study_id[:15], 16), study_id, title, body])
    for table, column in (("studies", "year"), ("sources", "ingested_at"), ("measurements", "measure"),
                          ("effects", "measure"), ("effect_sizes", "measure"), ("interventions", "name"),
                          ("groups", "name"), ("adverse_events", "n"), ("adverse_events", "event")):
        db[table].create_index([column], if_not_exists=True)
    db.execute(
        "create table study_facet_values (facet text not null, value text not null, study_id text not null,"
        " primary key (facet, value, study_id)) without rowid"
    )
    db.execute("create index study_facet_values_study on study_facet_values (study_id)")
    # Delete-then-insert on insert too: an INSERT OR REPLACE of a study fires no delete trigger.
    db.execute(
        "create trigger study_facet_values_insert after insert on studies begin"
        " delete from study_facet_values where study_id = new.id;"
        f" insert or ignore into study_facet_values (facet, value, study_id) {_facet_values_select('new')};"
        " end"
    )
    db.execute(
        f"create trigger study_facet_values_update after update of id, {', '.join(ARRAY_FACETS)} on studies begin"
        " delete from study_facet_values where study_id = old.id;"
        f" insert or ignore into study_facet_values (facet, value, study_id) {_facet_values_select('new')};"
        " end"
    )
    db.execute(
        "create trigger study_facet_values_delete after delete on studies begin"
        " delete from study_facet_values where study_id = old.id; end"
    )
    db.execute("insert or ignore into study_facet_values (facet, value, study_id) "
               + _facet_values_select("studies", tables="studies, "))


@migrations()
def m006_adverse_event_groups(db):
    """Adverse events per arm: "3 (7.5%) had fever in the cell group, 1 (2.5%) with placebo"
    are two rows. Sources stored before are re-extracted on the next ingest."""
    db["adverse_events"].add_column("group_name", str)
    db.execute("update sources set extractor_version = null")


@migrations()
def m007_rate_units(db):
    """Rates: a measurement with stat "rate" says what it is counted per ("per 1,000
    person-years") in ``unit``. Sources stored before are re-extracted on the next ingest."""
    db["measurements"].add_column("unit", str)
    db.execute("update sources set extractor_version = null")


@migrations()
def m008_registrations(db):
    """Trial registries: a ClinicalTrials.gov record is a source, its study joins the papers
    and news naming its id. ``registry_id`` and ``registered`` (the date the record was
    first submitted), ``registration`` (the registry's id, dates, enrolment and registered
    outcomes, JSON), and ``primary_outcomes`` (what an article says its primary outcomes
    were, JSON), which the checks for outcome switching set side by side."""
    for column in ("registry_id", "registered", "registration", "primary_outcomes"):
        db["studies"].add_column(column, str)
    db["studies"].create_index(["registry_id"], if_not_exists=True)
    db.execute("update sources set extractor_version = null")


@migrations()
def m009_registered_status(db):
    """``registered``: whether a registry's record is one of the study's sources ("registry
    record"), else whether a source names a registration id ("id named"), else "none named";
    a facet on the studies table."""
    db["studies"].add_column("registration_status", str)
    db.execute("update sources set extractor_version = null")


# The facets the site shows on whole tables (metadata.yml), counted as rows are written.
COUNTED_FACETS = {
    "studies": ("design", "condition", "language", "evidence_level", "registration_status"),
    "measurements": ("measure", "group_name", "time_label"),
    "effects": ("measure", "type", "significant"),
    "adverse_events": ("event", "group_name"),
    "effect_sizes": ("formula", "comparison", "measure"),
    "sources": (),  # (its rows counted only)
}


def _count_up(table: str, row: str) -> str:
    """Trigger statements adding row ``row`` (new) of ``table`` to the counts."""
    out = [f"insert into table_counts (tbl, count) values ('{table}', 1) on conflict do update set count = count + 1;"]
    for col in COUNTED_FACETS[table]:
        out.append(f"insert into facet_counts (tbl, facet, value, count) select '{table}', '{col}', {row}.[{col}], 1"
                   f" where {row}.[{col}] is not null on conflict do update set count = count + 1;")
    return " ".join(out)


def _count_down(table: str, row: str) -> str:
    """Trigger statements taking row ``row`` (old) of ``table`` out of the counts."""
    out = [f"update table_counts set count = count - 1 where tbl = '{table}';"]
    for col in COUNTED_FACETS[table]:
        where = f"tbl = '{table}' and facet = '{col}' and value = {row}.[{col}]"
        out.append(f"update facet_counts set count = count - 1 where {where};")
        out.append(f"delete from facet_counts where {where} and count <= 0;")
    return " ".join(out)


@migrations()
def m010_precomputed_counts(db):
    """Counts kept as rows are written, so the home page and the facets of a whole table
    read a few rows instead of grouping a million (#16; bench/run.py):

    - ``table_counts``: rows per table; ``facet_counts``: rows per value of each column in
      ``COUNTED_FACETS`` and per item of the studies' array facets (``study_facet_values``);
      ``counted_facets`` lists what is counted, so a reader knows an absent value is a zero.
    - ``measure_counts``: per measure, its values and the number of studies that report it
      (``measure_studies`` holds each study's count of values, so that a study is counted
      once however many values it gives).

    Kept by triggers, whatever writes the tables. The writer replaces rows (``insert or
    replace``), whose implicit deletes fire delete triggers only with ``recursive_triggers``
    on, which ``ingest.store.schema.open_db`` sets.
    """
    db.execute("create table table_counts (tbl text primary key, count integer not null)")
    # (value untyped: a facet of numbers keeps its numbers)
    db.execute("create table facet_counts (tbl text not null, facet text not null, value not null,"
               " count integer not null, primary key (tbl, facet, value)) without rowid")
    db.execute("create table counted_facets (tbl text not null, facet text not null, primary key (tbl, facet))")
    db.execute("create table measure_studies (measure_slug text not null, study_id text not null,"
               " n integer not null, primary key (measure_slug, study_id)) without rowid")
    db.execute("create table measure_counts (measure_slug text primary key, measure text, studies integer not null,"
               " values_ integer not null)")
    db.execute("create index measure_counts_studies on measure_counts (studies desc, values_ desc)")
    for table, columns in COUNTED_FACETS.items():
        db.execute(f"create trigger {table}_counts_insert after insert on [{table}] begin {_count_up(table, 'new')} end")
        db.execute(f"create trigger {table}_counts_delete after delete on [{table}] begin {_count_down(table, 'old')} end")
        if columns:
            db.execute(f"create trigger {table}_counts_update after update of {', '.join(f'[{c}]' for c in columns)}"
                       f" on [{table}] begin {_count_down(table, 'old')} {_count_up(table, 'new')} end")
        db.execute("insert into table_counts (tbl, count) select ?, count(*) from [" + table + "]", [table])
        for col in columns:
            db.execute("insert into counted_facets (tbl, facet) values (?, ?)", [table, col])
            db.execute(f"insert into facet_counts (tbl, facet, value, count) select ?, ?, [{col}], count(*)"
                       f" from [{table}] where [{col}] is not null group by [{col}]", [table, col])
    for col in ARRAY_FACETS:
        db.execute("insert into counted_facets (tbl, facet) values ('studies', ?)", [col])
    db.execute("insert into facet_counts (tbl, facet, value, count) select 'studies', facet, value, count(*)"
               " from study_facet_values group by facet, value")
    db.execute("create trigger study_facet_values_counts_insert after insert on study_facet_values begin"
               " insert into facet_counts (tbl, facet, value, count) values ('studies', new.facet, new.value, 1)"
               " on conflict do update set count = count + 1; end")
    db.execute("create trigger study_facet_values_counts_delete after delete on study_facet_values begin"
               " update facet_counts set count = count - 1 where tbl = 'studies' and facet = old.facet and value = old.value;"
               " delete from facet_counts where tbl = 'studies' and facet = old.facet and value = old.value and count <= 0;"
               " end")
    # Measures: values per measure, and studies per measure through each study's count.
    measure_up = (
        "insert into measure_counts (measure_slug, measure, studies, values_) select new.measure_slug, new.measure, 0, 1"
        " where coalesce(new.measure_slug, '') != '' on conflict do update set values_ = values_ + 1;"
        " insert into measure_studies (measure_slug, study_id, n) select new.measure_slug, new.study_id, 1"
        " where coalesce(new.measure_slug, '') != '' and new.study_id is not null on conflict do update set n = n + 1;")
    measure_down = (
        "update measure_studies set n = n - 1 where measure_slug = old.measure_slug and study_id = old.study_id;"
        " delete from measure_studies where measure_slug = old.measure_slug and study_id = old.study_id and n <= 0;"
        " update measure_counts set values_ = values_ - 1 where measure_slug = old.measure_slug;"
        " delete from measure_counts where measure_slug = old.measure_slug and values_ <= 0;")
    db.execute(f"create trigger measure_counts_insert after insert on measurements begin {measure_up} end")
    db.execute(f"create trigger measure_counts_delete after delete on measurements begin {measure_down} end")
    db.execute("create trigger measure_counts_update after update of measure_slug, study_id, measure on measurements"
               f" begin {measure_down} {measure_up} end")
    db.execute("create trigger measure_studies_insert after insert on measure_studies begin"
               " update measure_counts set studies = studies + 1 where measure_slug = new.measure_slug; end")
    db.execute("create trigger measure_studies_delete after delete on measure_studies begin"
               " update measure_counts set studies = studies - 1 where measure_slug = old.measure_slug; end")
    # (measure_studies first: its trigger adds to measure_counts rows not there yet)
    db.execute("insert into measure_studies (measure_slug, study_id, n) select measure_slug, study_id, count(*)"
               " from measurements where coalesce(measure_slug, '') != '' and study_id is not null"
               " group by measure_slug, study_id")
    db.execute("insert into measure_counts (measure_slug, measure, studies, values_) select measure_slug, min(measure),"
               " count(distinct study_id), count(*) from measurements where coalesce(measure_slug, '') != ''"
               " group by measure_slug")


# The other tables that grow with the studies: their rows counted too, so a page listing the
# tables (the database page) reads every count instead of timing out on each (#16).
MORE_COUNTED_TABLES = ("interventions", "groups", "checks", "study_sources", "source_studies", "study_keys",
                       "study_facet_values", "measure_studies")


@migrations()
def m011_more_table_counts(db):
    """Rows of the other growing tables in ``table_counts`` (see m010), by triggers."""
    for table in MORE_COUNTED_TABLES:
        _count_rows(db, table)


def _count_rows(db, table: str) -> None:
    """Keep ``table``'s rows counted in ``table_counts``, by triggers, from its rows now."""
    db.execute(f"create trigger {table}_rows_insert after insert on [{table}] begin"
               f" insert into table_counts (tbl, count) values ('{table}', 1) on conflict do update set count = count + 1;"
               " end")
    db.execute(f"create trigger {table}_rows_delete after delete on [{table}] begin"
               f" update table_counts set count = count - 1 where tbl = '{table}'; end")
    db.execute("insert or replace into table_counts (tbl, count) select ?, count(*) from [" + table + "]", [table])


def search_rowid_sql(expr: str) -> str:
    """SQL for ``ingest.store.write.search_rowid`` of the study id ``expr``: its first 15
    hex digits as an integer (SQLite has no hex-to-integer function; this is pure SQL so
    that the triggers below run in any connection, the sqlite3 shell's included)."""
    return "(" + " + ".join(
        f"(instr('0123456789abcdef', lower(substr({expr}, {i + 1}, 1))) - 1) * {16 ** (14 - i)}"
        for i in range(15)) + ")"


# The studies' columns a search page facets (metadata.yml) and can filter by, copied next to
# the study's search row.
SEARCH_FACET_COLUMNS = COUNTED_FACETS["studies"]


@migrations()
def m012_search_facets(db):
    """What a search page reads, keyed by the study's row in ``search_index`` (#16).

    A search gives ``search_index`` rowids. Mapping them to study ids read each match's
    row of the index's content table (title and body: large rows), and each facet then
    read the matching studies' rows (with their ``record`` JSON): at 100,000 studies a
    search matching 14% of them took 760 ms, at a million it passed the 3 s limit.
    ``search_facets`` (one narrow row per study: its id and its faceted columns) and
    ``search_facet_items`` (the items of its array facets) are ordered by that rowid,
    so a search's facets read a few bytes per match, in order. Kept by triggers on
    ``studies`` and ``study_facet_values`` whatever writes those (their rows' counts in
    ``table_counts``, m013, only where recursive triggers are on, as for m010's counts).
    """
    rowid = search_rowid_sql
    columns = ", ".join(f"[{c}]" for c in SEARCH_FACET_COLUMNS)
    # (each column with its type in studies: a filter's value comes as text, "evidence_level=4",
    # and only a column of the same affinity compares it as studies does)
    types = {r[1]: r[2] for r in db.execute("pragma table_info(studies)").fetchall()}
    declared = ", ".join(f"[{c}] {types.get(c, '')}".rstrip() for c in SEARCH_FACET_COLUMNS)
    db.execute(f"create table search_facets (search_rowid integer not null, study_id text not null, {declared},"
               " primary key (search_rowid, study_id)) without rowid")
    db.execute("create table search_facet_items (search_rowid integer not null, study_id text not null,"
               " facet text not null, value text not null, primary key (search_rowid, study_id, facet, value))"
               " without rowid")

    def insert(row: str) -> str:
        return (f"insert or replace into search_facets (search_rowid, study_id, {columns}) values"
                f" ({rowid(f'{row}.id')}, {row}.id, {', '.join(f'{row}.[{c}]' for c in SEARCH_FACET_COLUMNS)});")

    def delete(row: str) -> str:
        return f"delete from search_facets where search_rowid = {rowid(f'{row}.id')} and study_id = {row}.id;"

    db.execute(f"create trigger search_facets_insert after insert on studies begin {insert('new')} end")
    db.execute(f"create trigger search_facets_update after update of id, {columns} on studies"
               f" begin {delete('old')} {insert('new')} end")
    db.execute(f"create trigger search_facets_delete after delete on studies begin {delete('old')} end")
    db.execute("create trigger search_facet_items_insert after insert on study_facet_values begin"
               " insert or ignore into search_facet_items (search_rowid, study_id, facet, value) values"
               f" ({rowid('new.study_id')}, new.study_id, new.facet, new.value); end")
    db.execute("create trigger search_facet_items_delete after delete on study_facet_values begin"
               f" delete from search_facet_items where search_rowid = {rowid('old.study_id')}"
               " and study_id = old.study_id and facet = old.facet and value = old.value; end")
    db.execute(f"insert into search_facets (search_rowid, study_id, {columns})"
               f" select {rowid('id')}, id, {columns} from studies")
    db.execute("insert or ignore into search_facet_items (search_rowid, study_id, facet, value)"
               f" select {rowid('study_id')}, study_id, facet, value from study_facet_values")


@migrations()
def m013_search_facet_counts(db):
    """Rows of m012's tables in ``table_counts`` (see m011): SQLite counts a table in one step
    that no time limit interrupts, and the database page counted these two on every visit
    (200 ms at a million studies)."""
    for table in ("search_facets", "search_facet_items"):
        _count_rows(db, table)


@migrations()
def m014_studies_by_year_then_id(db):
    """An index in the order a studies page is shown and paged, newest year first and by id
    within a year (Datasette pages on with ``order by year desc, id``): a broad search walks
    it and stops after a page of matches, checking each entry's id against the matches
    without reading its row (#16; ``plugins/search.py``)."""
    db.execute("create index if not exists idx_studies_year_desc_id on studies (year desc, id)")



@migrations()
def m015_comparison_rows(db):
    """Each study's comparison rows, kept (``ingest.site.comparison_table``): a comparison page
    over 17,500 studies computed 164,500 rows from the facts on every first view, 22 s at a
    million studies, and every article ingested made a new first view (#16). Triggers mark the
    studies whose facts change in ``comparison_stale``; the writer recomputes their rows in the
    same transaction (``ingest.store.comparisons.refresh_stale``). The rows of the studies
    stored already are computed here, once."""
    from ingest.site.comparison_table import METRICS, NUMBERS, VERSION
    from ingest.store.comparisons import refresh_stale

    numbers = ", ".join(f"{x}{k} real" for k in range(len(METRICS)) for x in NUMBERS)
    db.execute(
        "create table comparison_rows (measure_slug text not null, kind text not null, study_id text not null,"
        " seq integer not null, time_null integer not null, time_days real, time_label text, study text,"
        " subgroup integer, is_control integer, group_name text, metric_order integer, reported integer,"
        " population text, design text, condition text, conditions text, bias_flags text, n integer, metric text,"
        # (a rowid table: its rows, ~0.5 KB compressed, are too large for a table without rowid,
        # which kept them in overflow pages at 4.7 KB a row; the index below orders and finds them)
        f" {numbers}, pooled integer not null default 0, row blob not null, metric_rows blob)")
    # Every narrow column in the order a comparison shows its rows: the page's count, options, pooled
    # numbers and most precise rows read this index alone, never the rows' JSON (164,500 rows of
    # ~1.3 KB for one measure at a million studies); its shown rows are its first 200 entries.
    db.execute("create index comparison_rows_shown on comparison_rows (measure_slug, kind, time_null, time_days,"
               " time_label, study, study_id, subgroup, is_control, group_name, seq, pooled, population, design,"
               f" condition, conditions, bias_flags, n, {', '.join(f'{x}{k}' for k in range(len(METRICS)) for x in NUMBERS)})")
    db.execute("create index comparison_rows_study on comparison_rows (study_id)")
    # (the version the kept rows were computed by: the page reads them only at its own)
    db.execute("create table comparison_meta (key text primary key, value) without rowid")
    db.execute("insert into comparison_meta (key, value) values ('version', ?)", [VERSION])
    db.execute("create table comparison_stale (study_id text primary key) without rowid")

    # (not "insert or ignore": a statement that names a conflict policy, as the writer's "insert or
    # replace" and any "insert or abort" do, imposes it on its triggers' statements; a study marked
    # twice must never be a conflict)
    def mark(row: str) -> str:
        return (f"insert into comparison_stale (study_id) select {row} where {row} is not null and not exists"
                f" (select 1 from comparison_stale where study_id = {row});")

    for table in ("measurements", "effects", "effect_sizes", "groups"):
        for event, row in (("insert", "new"), ("delete", "old")):
            db.execute(f"create trigger {table}_comparison_{event} after {event} on [{table}] begin"
                       f" {mark(f'{row}.study_id')} end")
        db.execute(f"create trigger {table}_comparison_update after update on [{table}] begin"
                   f" {mark('old.study_id')} {mark('new.study_id')} end")
    for event, rows in (("insert", ("new",)), ("delete", ("old",)), ("update", ("old", "new"))):
        db.execute(f"create trigger studies_comparison_{event} after {event} on studies begin "
                   + " ".join(mark(f"{r}.id") for r in rows) + " end")
    db.execute("insert or ignore into comparison_stale (study_id) select id from studies")
    refresh_stale(db)


# What a comparison page's first view counts over every kept row of its measure, kept per
# measure by triggers on ``comparison_rows`` (m016). Columns that may be null are compared with
# ``is``; (measure_slug, kind) is never null.
COMPARISON_SUMMARIES = {
    # table: the columns of comparison_rows it is keyed by, after measure_slug and kind
    "comparison_options": ("conditions", "design"),
    "comparison_times": ("metric_order", "time_null", "time_days", "time_label"),
}


def _summary_up(table: str, columns: tuple, row: str) -> str:
    match = " and ".join(["measure_slug = {r}.measure_slug", "kind = {r}.kind"]
                         + [f"[{c}] is {{r}}.[{c}]" for c in columns]).format(r=row)
    names = ", ".join(["measure_slug", "kind", *(f"[{c}]" for c in columns)])
    values = ", ".join(f"{row}.{c}" for c in ["measure_slug", "kind", *(f"[{c}]" for c in columns)])
    # (insert, then add: a key holding a null can't be a unique key, so no upsert)
    return (f"insert into {table} ({names}, n) select {values}, 0 where not exists"
            f" (select 1 from {table} where {match});"
            f" update {table} set n = n + 1 where {match};")


def _summary_down(table: str, columns: tuple, row: str) -> str:
    match = " and ".join(["measure_slug = {r}.measure_slug", "kind = {r}.kind"]
                         + [f"[{c}] is {{r}}.[{c}]" for c in columns]).format(r=row)
    return f"update {table} set n = n - 1 where {match}; delete from {table} where {match} and n <= 0;"


@migrations()
def m016_comparison_summaries(db):
    """Per measure, what a comparison page's first view counted over all the measure's kept
    rows (at a million studies 164,500 rows of the most reported measure, ~200 ms on each
    first view, #16): its rows and studies per kind (``comparison_counts``, with each study's
    rows in ``comparison_studies`` so a study counts once), its condition and design options
    (``comparison_options``), its time points (``comparison_times``), and the between-group
    results the articles state (``stated_counts``, from ``effects``). Kept by triggers, as
    m010's counts are; a filtered view still counts its own rows."""
    db.execute("create table comparison_counts (measure_slug text not null, kind text not null,"
               " rows integer not null, studies integer not null, primary key (measure_slug, kind)) without rowid")
    db.execute("create table comparison_studies (measure_slug text not null, kind text not null, study_id text not null,"
               " n integer not null, primary key (measure_slug, kind, study_id)) without rowid")
    for table, columns in COMPARISON_SUMMARIES.items():
        db.execute(f"create table {table} (measure_slug text not null, kind text not null,"
                   f" {', '.join(f'[{c}]' for c in columns)}, n integer not null)")
        db.execute(f"create index {table}_key on {table} (measure_slug, kind, {', '.join(f'[{c}]' for c in columns)})")
    db.execute("create table stated_counts (measure_slug text primary key, n integer not null) without rowid")

    def up(row: str) -> str:
        return (f"insert into comparison_counts (measure_slug, kind, rows, studies) values ({row}.measure_slug, {row}.kind,"
                " 1, 0) on conflict do update set rows = rows + 1;"
                f" insert into comparison_studies (measure_slug, kind, study_id, n) values ({row}.measure_slug, {row}.kind,"
                f" {row}.study_id, 1) on conflict do update set n = n + 1; "
                + " ".join(_summary_up(t, c, row) for t, c in COMPARISON_SUMMARIES.items()))

    def down(row: str) -> str:
        match = f"measure_slug = {row}.measure_slug and kind = {row}.kind"
        return (f"update comparison_studies set n = n - 1 where {match} and study_id = {row}.study_id;"
                f" delete from comparison_studies where {match} and study_id = {row}.study_id and n <= 0;"
                f" update comparison_counts set rows = rows - 1 where {match};"
                f" delete from comparison_counts where {match} and rows <= 0; "
                + " ".join(_summary_down(t, c, row) for t, c in COMPARISON_SUMMARIES.items()))

    db.execute(f"create trigger comparison_summaries_insert after insert on comparison_rows begin {up('new')} end")
    db.execute(f"create trigger comparison_summaries_delete after delete on comparison_rows begin {down('old')} end")
    db.execute(f"create trigger comparison_summaries_update after update on comparison_rows begin"
               f" {down('old')} {up('new')} end")
    db.execute("create trigger comparison_studies_insert after insert on comparison_studies begin"
               " update comparison_counts set studies = studies + 1 where measure_slug = new.measure_slug"
               " and kind = new.kind; end")
    db.execute("create trigger comparison_studies_delete after delete on comparison_studies begin"
               " update comparison_counts set studies = studies - 1 where measure_slug = old.measure_slug"
               " and kind = old.kind; end")
    stated = "{r}.measure_slug is not null and {r}.versus is not null and {r}.versus != 'baseline'"
    stated_up = ("insert into stated_counts (measure_slug, n) select new.measure_slug, 1 where "
                 + stated.format(r="new") + " on conflict do update set n = n + 1;")
    stated_down = ("update stated_counts set n = n - 1 where measure_slug = old.measure_slug and "
                   + stated.format(r="old") + "; delete from stated_counts where measure_slug = old.measure_slug"
                   " and n <= 0;")
    db.execute(f"create trigger stated_counts_insert after insert on effects begin {stated_up} end")
    db.execute(f"create trigger stated_counts_delete after delete on effects begin {stated_down} end")
    db.execute("create trigger stated_counts_update after update of measure_slug, versus on effects begin"
               f" {stated_down} {stated_up} end")
    # The rows kept already: counted once here (comparison_studies first: its trigger adds to
    # comparison_counts rows not there yet).
    db.execute("insert into comparison_studies (measure_slug, kind, study_id, n) select measure_slug, kind, study_id,"
               " count(*) from comparison_rows group by measure_slug, kind, study_id")
    db.execute("insert into comparison_counts (measure_slug, kind, rows, studies) select measure_slug, kind, count(*),"
               " count(distinct study_id) from comparison_rows group by measure_slug, kind")
    for table, columns in COMPARISON_SUMMARIES.items():
        cols = ", ".join(["measure_slug", "kind", *(f"[{c}]" for c in columns)])
        db.execute(f"insert into {table} ({cols}, n) select {cols}, count(*) from comparison_rows group by {cols}")
    db.execute("insert into stated_counts (measure_slug, n) select measure_slug, count(*) from effects where "
               + stated.format(r="effects") + " group by measure_slug")
