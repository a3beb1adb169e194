"""A results table printed as plain text, as NEJM tables are copied from PMC: its header's
groups on lines of their own, a section line that says what its rows' cells are ("Best overall
response — no. (%)"), a row that says only that its cells are shares with their intervals ("%
of patients (95% CI)"), and a row of one ratio between the two groups ("Estimated odds ratio
(95% CI) 0.70 (0.46–1.06)").

Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes

TABLE = ("Velomab versus chemotherapy in advanced lung cancer: a randomized trial\n\n"
         "Patients were randomly assigned to velomab or chemotherapy.\n\n"
         "Table 2.\n\nTumor Response.*\n\n"
         "Variable Velomab\n(N = 150)\nChemotherapy\n(N = 148)\n"
         "Objective response\n"
         " % of patients (95% CI) 31 (24–39) 22 (16–30)\n"
         " Estimated odds ratio (95% CI) 1.52 (0.91–2.54)\n"
         "Best overall response — no. (%)\n"
         " Partial response 44 (29) 30 (20)\n"
         " Stable disease 52 (35) 61 (41)\n")


def study() -> dict:
    studies = extract(read_bytes(TABLE.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_a_section_line_that_says_no_percent_makes_its_rows_counts_and_shares():
    got = {(m["measure"], m["group"], m["stat"], m["value"], m["n"]) for m in study()["measurements"]}
    assert {("Stable disease", "velomab", "percent", 35, 52), ("Stable disease", "chemotherapy", "percent", 41, 61)} <= got
    # (never a mean of 44 with an SD of 29)
    assert not any(stat == "mean" for _, _, stat, _, _ in got)


def test_a_row_of_shares_and_a_row_of_one_ratio_under_their_measure():
    s = study()
    shares = {(m["group"], m["value"], tuple(m["dispersion_value"] or ())) for m in s["measurements"]
              if m["measure"] == "objective response rate"}
    assert shares == {("velomab", 31, (24, 39)), ("chemotherapy", 22, (16, 30))}
    assert [(e["measure"], e["group"], e["versus"], e["type"], e["value"], e["ci"]) for e in s["effects"]] == [
        ("objective response rate", "velomab", "chemotherapy", "odds_ratio", 1.52, [0.91, 2.54])]


def test_a_table_a_cell_a_line_whose_difference_column_some_rows_leave_out():
    # (BMC tables copied a cell a line: the rows of levels have no difference cell, the rows of
    # changes have one; read by two columns, the placebo column would be the first arm's)
    from ingest.extract import stacked_tables
    text = ("Table 2 Primary end points\nEfficacy variable\nDrug K + Metformin (n = 74)\nPlacebo + Metformin (n = 86)\n"
            "Difference vs placebo\nHbA1c, %\nBaseline mean (SE)\n7.90 (0.11)\n7.95 (0.09)\nWeek 12 mean (SE)\n7.30 (0.13)\n"
            "7.70 (0.12)\nWeek 12 change from baseline (SE)\n-0.60 (0.09)\n-0.25 (0.08)\n-0.35 (0.12) P = 0.005\n"
            "FPG, mg/dL\nBaseline mean (SE)\n160.2 (5.5)\n161.0 (4.6)\nWeek 12 change from baseline (SE)\n-13.1 (4.5)\n"
            "-4.0 (4.2)\n-9.1 (6.2) P = 0.14\n")
    (t,) = stacked_tables.find(text)
    assert t.header[1:] == ["Drug K + Metformin (n = 74)", "Placebo + Metformin (n = 86)", "Difference vs placebo"]
    rows = {r.cells[0]: r.cells[1:] for r in t.rows if len(r.cells) > 1}
    assert rows["Baseline mean (SE)"] == ["160.2 (5.5)", "161.0 (4.6)", ""]
    assert rows["Week 12 change from baseline (SE)"] == ["-13.1 (4.5)", "-4.0 (4.2)", "-9.1 (6.2) P = 0.14"]


def test_a_cells_minus_before_a_decimal_is_kept_whatever_follows_it():
    from ingest.read import read_bytes as read
    assert "\n-0.35 (0.12) P = 0.005\n" in read(b"Outcome\n-0.35 (0.12) P = 0.005\nnext\n", path="t.txt").text
