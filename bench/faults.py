"""Kill an ingest half-way and check what it left: the checks tests/test_faults.py and the
10k-article run in ``make bench`` share.

    python -m bench.faults /tmp/articles /tmp/clean.db   # kill, check, rerun, compare with clean.db
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TABLES = ("sources", "studies", "study_sources", "interventions", "groups", "measurements", "effects",
          "adverse_events", "effect_sizes", "checks")


def ingest_cmd(folder, db) -> list[str]:
    return [sys.executable, "-m", "ingest", "ingest", str(folder), "--db", str(db)]


def ingest(folder, db, timeout: float = 3600) -> None:
    done = subprocess.run(ingest_cmd(folder, db), capture_output=True, text=True, cwd=REPO, timeout=timeout)
    if done.returncode != 0:
        raise AssertionError(f"evidence ingest failed: {done.stderr[-2000:]}")


def count(db, table: str) -> int:
    """Rows in ``table``, read as Datasette reads: read-only, beside a live writer."""
    if not os.path.exists(db):
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(f"select count(*) from [{table}]").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet
    finally:
        conn.close()


def contents(db) -> dict[str, set]:
    """Every row's key in every table (and the search index's rows), to compare two databases."""
    conn = sqlite3.connect(db)
    out = {}
    for table in TABLES:
        key = "study_id || ':' || source_id" if table == "study_sources" else "id"
        out[table] = {r[0] for r in conn.execute(f"select {key} from [{table}]")}
    out["search_index"] = set(conn.execute("select study_id, title, body from search_index"))
    conn.close()
    return out


def consistency_problems(db) -> list[str]:
    """Every way a half-written article would show; empty when each article is whole."""
    conn = sqlite3.connect(db)
    problems = [r[0] for r in conn.execute("pragma integrity_check") if r[0] != "ok"]
    problems += [f"foreign key: {r}" for r in conn.execute("pragma foreign_key_check")]
    checks = {
        "source without a study": "select id from sources where id not in (select source_id from study_sources)",
        "study without a source": "select id from studies where id not in (select study_id from study_sources)",
        "study not in the search index": "select id from studies where id not in (select study_id from search_index)",
        "search row of no study": "select study_id from search_index where study_id not in (select id from studies)",
    }
    for table in TABLES[3:]:
        checks[f"{table} row of a missing study or source"] = (
            f"select id from [{table}] where study_id not in (select id from studies)"
            f" or source_id not in (select id from sources)")
    for name, sql in checks.items():
        problems += [f"{name}: {r[0]}" for r in conn.execute(sql)]
    conn.close()
    # The counts the triggers keep (migration m010) and each study's comparison rows (m015) agree
    # with the tables, after a kill too.
    from ingest.store import open_db
    from ingest.store.comparisons import comparison_problems
    from ingest.store.counts import count_problems

    kept = open_db(db)
    problems += count_problems(kept) + comparison_problems(kept)
    kept.close()
    return problems


def kill_mid_ingest(folder, db, total: int, fraction: float = 0.5, timeout: float = 3600) -> int:
    """Start ``evidence ingest``, SIGKILL it once ``fraction`` of ``total`` sources are stored;
    returns how many were stored."""
    proc = subprocess.Popen(ingest_cmd(folder, db), cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while count(db, "sources") < total * fraction and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return count(db, "sources")


def kill_and_rerun(folder, db, clean_db, total: int) -> dict:
    """The whole fault run: kill half-way, check, rerun, compare with a clean ingest."""
    stored = kill_mid_ingest(folder, db, total)
    problems_after_kill = consistency_problems(db)
    clean = contents(clean_db)
    extra = {t: len(rows - clean[t]) for t, rows in contents(db).items() if rows - clean[t]}
    start = time.perf_counter()
    ingest(folder, db)
    rerun_s = time.perf_counter() - start
    return {"stored_at_kill": stored, "total": total, "problems_after_kill": problems_after_kill,
            "rows_a_clean_ingest_lacks": extra, "problems_after_rerun": consistency_problems(db),
            "same_as_clean": contents(db) == clean, "rerun_s": rerun_s}


if __name__ == "__main__":
    folder, clean_db = sys.argv[1], sys.argv[2]
    total = sum(1 for p in Path(folder).iterdir() if p.suffix == ".txt")
    print(kill_and_rerun(folder, Path(clean_db).with_name("killed.db"), clean_db, total))
