"""What the triggers of migrations m010, m012 and m016 keep (counts, the narrow copies of the
studies' faceted columns a search reads, a comparison's sums per measure), computed afresh:
to check them.

    >>> from ingest.store import open_db
    >>> count_problems(open_db(":memory:"))
    []
"""

from __future__ import annotations

import re

from ingest.store.write import search_rowid

# m016's tables (see ``comparison_summaries``)
COMPARISON_SUMMARIES = ("comparison_counts", "comparison_studies", "comparison_options", "comparison_times",
                        "stated_counts")
HEX_ID = re.compile(r"[0-9a-fA-F]{16}")


def _search_rowid(study_id: str) -> int | None:
    """``search_rowid`` of an id the writer makes (16 hex digits); None for any other, which
    then differs from what the triggers kept and is reported, not raised."""
    return search_rowid(study_id) if HEX_ID.fullmatch(study_id or "") else None


def narrow_columns(db) -> list[str]:
    """The studies' columns ``search_facets`` copies (after its key)."""
    return [r[1] for r in db.execute("pragma table_info(search_facets)")][2:]


def stored(db) -> dict[str, set]:
    """The kept counts, as sets of rows."""
    return {
        "table_counts": set(db.execute("select tbl, count from table_counts where count != 0")),
        "facet_counts": set(db.execute("select tbl, facet, value, count from facet_counts")),
        "measure_counts": set(db.execute("select measure_slug, studies, values_ from measure_counts")),
        "search_facets": set(db.execute("select * from search_facets")),
        "search_facet_items": set(db.execute("select search_rowid, study_id, facet, value from search_facet_items")),
        **{t: set(db.execute(f"select * from {t}")) for t in COMPARISON_SUMMARIES},
    }


def recounted(db) -> dict[str, set]:
    """The same counts, grouped from the tables themselves."""
    counted = list(db.execute("select tbl, facet from counted_facets order by 1, 2"))
    tables = sorted({t for t, _ in counted} | {t for (t,) in db.execute("select tbl from table_counts")})
    facets = set()
    for table, facet in counted:
        if table == "studies" and db.execute(
                "select 1 from study_facet_values where facet = ? limit 1", [facet]).fetchone() is not None:
            facets |= {("studies", facet, v, n) for v, n in db.execute(
                "select value, count(*) from study_facet_values where facet = ? group by value", [facet])}
            continue
        facets |= {(table, facet, v, n) for v, n in db.execute(
            f"select [{facet}], count(*) from [{table}] where [{facet}] is not null group by [{facet}]")}
    return {
        "table_counts": {(t, n) for t in tables for (n,) in db.execute(f"select count(*) from [{t}]") if n},
        "facet_counts": facets,
        "measure_counts": set(db.execute(
            "select measure_slug, count(distinct study_id), count(*) from measurements"
            " where coalesce(measure_slug, '') != '' group by measure_slug")),
        "search_facets": {(_search_rowid(row[0]), *row) for row in db.execute(
            "select id" + "".join(f", [{c}]" for c in narrow_columns(db)) + " from studies")},
        "search_facet_items": {(_search_rowid(study_id), study_id, facet, value) for facet, value, study_id in db.execute(
            "select facet, value, study_id from study_facet_values")},
        **comparison_summaries(db),
    }


def comparison_summaries(db) -> dict[str, set]:
    """m016's tables, grouped from ``comparison_rows`` and ``effects``."""
    grouped = {
        "comparison_counts": "select measure_slug, kind, count(*), count(distinct study_id) from comparison_rows"
                             " group by measure_slug, kind",
        "comparison_studies": "select measure_slug, kind, study_id, count(*) from comparison_rows"
                              " group by measure_slug, kind, study_id",
        "comparison_options": "select measure_slug, kind, conditions, design, count(*) from comparison_rows"
                              " group by measure_slug, kind, conditions, design",
        "comparison_times": "select measure_slug, kind, metric_order, time_null, time_days, time_label, count(*)"
                            " from comparison_rows group by measure_slug, kind, metric_order, time_null, time_days,"
                            " time_label",
        "stated_counts": "select measure_slug, count(*) from effects where measure_slug is not null and versus is not null"
                         " and versus != 'baseline' group by measure_slug",
    }
    return {t: set(db.execute(grouped[t])) for t in COMPARISON_SUMMARIES}


def count_problems(db) -> list[str]:
    """Every kept count that differs from a fresh one; empty when the triggers kept up."""
    kept, fresh = stored(db), recounted(db)
    problems = []
    for name in kept:
        for row in sorted(kept[name] - fresh[name], key=repr)[:5]:
            problems.append(f"{name}: kept {row}, not so in the tables")
        for row in sorted(fresh[name] - kept[name], key=repr)[:5]:
            problems.append(f"{name}: the tables give {row}, not kept")
    return problems
