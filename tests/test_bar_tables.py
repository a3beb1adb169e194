"""Tables pasted as lines of cells parted by "|", without a rule under their header and
with rows of different widths: headings of one cell between the rows ("Secondary outcome |
||"), the run of empty cells after the last value. Two layouts: the arms as columns (each
row an outcome), and the arms as rows under an outcome's row with the times as columns
("Baseline | 3 months versus baseline | …") and rows of one arm against another ("B
versus A").

Every article here is written for this test (no text from ../shared).
"""

import sqlite3

from ingest.commands import ingest_paths
from ingest.extract import extract, row_tables, tables
from ingest.read import read_bytes

ARMS_AS_COLUMNS = ("Results of a randomised trial of two doses of drug Q in acute stroke\n\n"
                   "Table 2. Efficacy and safety outcomes\n"
                   "Drug Q 0.1 mg/kg (n=40) | Drug Q 0.2 mg/kg (n=41) | |\n"
                   "Primary outcome | ||\n"
                   "Efficacy | ||\n"
                   "Recanalisation† | 12 (30.0%) | 19 (46.3%) |\n"
                   "Early neurological improvement§ | 9 (22.5%) | 14 (34.1%) |\n"
                   "Safety | ||\n"
                   "Symptomatic haemorrhage | 2 (5.0%) | 3 (7.3%) |\n")

ARMS_AS_ROWS = ("A randomized trial of self-management support in type 2 diabetes: HbA1c over six months\n\n"
                "Table 3.\n"
                "Outcome and time point | Baseline | 3 months versus baseline | 6 months versus baseline |\n"
                "HbA1c (%) | |||\n"
                "Usual care | 8.10 (7.80 to 8.40) | −0.20 (−0.40 to 0.00) | −0.10 (−0.30 to 0.10) |\n"
                "Coaching | 8.20 (7.90 to 8.50) | −0.70 (−0.90 to −0.50) *** | −0.60 (−0.80 to −0.40) ** |\n"
                "Coaching versus Usual care | −0.50 (−0.78 to −0.22) ** | −0.40 (−0.70 to −0.10) * | |\n")


def study(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="page.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_a_table_with_heading_rows_between_its_rows_is_one_table():
    found = tables.find_tables(ARMS_AS_COLUMNS)
    assert len(found) == 1
    t = found[0]
    # (The header lost the empty cell over the labels; the run of empty cells is no column.)
    assert t.header == ["", "Drug Q 0.1 mg/kg (n=40)", "Drug Q 0.2 mg/kg (n=41)"]
    assert [r.cells for r in t.rows][:3] == [["Primary outcome"], ["Efficacy"], ["Recanalisation†", "12 (30.0%)", "19 (46.3%)"]]


def test_each_arm_column_is_read_and_a_heading_that_names_no_outcome_is_passed_over():
    s = study(ARMS_AS_COLUMNS)
    got = {(m["measure"], m["group"].lower(), m["value"]) for m in s["measurements"]}
    assert ("Recanalisation", "drug q 0.1 mg/kg", 30.0) in got and ("Recanalisation", "drug q 0.2 mg/kg", 46.3) in got
    values = sorted(m["value"] for m in s["measurements"])
    assert values == [5.0, 7.3, 22.5, 30.0, 34.1, 46.3]
    # (a footnote's mark is no part of the outcome's name)
    assert {m["measure"].lower() for m in s["measurements"]} >= {"early neurological improvement"}
    assert all(m["measure"] not in ("Efficacy", "Safety", "Primary outcome") for m in s["measurements"])


def test_a_row_table_reads_its_times_and_its_rows_of_one_arm_against_another():
    t = row_tables.find(ARMS_AS_ROWS)[0]
    assert [(c.role, c.time) for c in t.columns] == [("value", 0), ("change", 3), ("change", 6)]
    assert [(r.arm, r.versus) for r in t.rows] == [("Usual care", None), ("Coaching", None), ("Coaching", "Usual care")]
    # The row of two arms has no baseline cell: its cells are the last two columns'.
    assert t.rows[2].cells[0] == ""


def test_arms_as_rows_give_baselines_changes_and_differences_at_their_times():
    s = study(ARMS_AS_ROWS)
    baselines = {(m["group"], m["value"], m["dispersion"], tuple(m["dispersion_value"])) for m in s["measurements"]}
    assert baselines == {("Usual care", 8.1, "ci95", (7.8, 8.4)), ("Coaching", 8.2, "ci95", (7.9, 8.5))}
    changes = {(e["group"], e["versus"], e["type"], e["time"]["value"], e["value"]) for e in s["effects"]}
    assert ("Coaching", "baseline", "mean_change", 3, -0.7) in changes
    assert ("Usual care", "baseline", "mean_change", 6, -0.1) in changes
    # (Its first cell under "3 months", its second under "6 months": none at baseline.)
    assert ("Coaching", "Usual care", "difference_in_change", 3, -0.5) in changes
    assert ("Coaching", "Usual care", "difference_in_change", 6, -0.4) in changes
    assert all(e["measure"] == "HbA1c" for e in s["effects"])
    assert len(s["effects"]) == 6


def test_a_value_outside_its_interval_is_not_read_as_an_estimate():
    text = ARMS_AS_ROWS.replace("−0.70 (−0.90 to −0.50)", "−0.70 (−0.40 to −0.20)")
    s = study(text)
    assert -0.7 not in [e["value"] for e in s["effects"]]


def test_the_table_reaches_the_database_with_its_quotes(tmp_path):
    page = tmp_path / "trial.txt"
    page.write_text(ARMS_AS_ROWS, encoding="utf-8")
    db = tmp_path / "e.db"
    ingest_paths([str(page)], str(db))
    conn = sqlite3.connect(db)
    rows = conn.execute("select group_name, versus, time_value, value, ci_low, ci_high, quote from effects "
                        "where type = 'difference_in_change' order by time_value").fetchall()
    assert [r[:6] for r in rows] == [("Coaching", "Usual care", 3.0, -0.5, -0.78, -0.22),
                                     ("Coaching", "Usual care", 6.0, -0.4, -0.7, -0.1)]
    assert all(r[6].startswith("Coaching versus Usual care |") for r in rows)
