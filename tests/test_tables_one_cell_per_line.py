"""Tables a page printed one cell per line, as copied journal pages print them: the cells
parted by blank lines, or by lines of a bar alone (an empty cell where two bars meet). Each
row is a label and one cell per column of values; a label with no values heads the rows
under it; "Baseline" under such a heading is that measure before treatment; a footnote
that says what the data are ("mean (SD)") says how to read the cells; a row the page
shifted (a cell short) is not read. Written for this test."""

import pytest

from ingest.extract import extract, stacked_tables
from ingest.read import read_bytes


def blank_parted(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


def bar_parted(*cells: str) -> str:
    # (a header's rule, "---|", closes the cell before it with its own bar)
    return "".join(c + "\n" if c == "---|" else c + "\n|\n" for c in cells)


INTRO = ("A randomised trial of knee osteoarthritis compared platelet-rich plasma (PRP) with saline in 80 "
         "adults, 40 in each arm, followed for 12 months.\n\n")
TABLE = blank_parted(
    "Table 2 Knee scores before and after injection", "Score", "Time", "PRP", "Saline",
    "Pain", "Baseline", "7.2 (2.1)", "7.0 (2.4)", "6 months", "4.1 (2.0)*", "5.8 (2.2)", "12 months", "4.4 (1.9)", "6.1 (2.5)",
    "Stiffness", "Baseline", "3.1 (1.2)", "3.3 (1.1)", "6 months", "2.0 (1.0)", "2.9 (1.3)", "12 months", "2.2 (0.9)", "3.0 (1.0)",
) + "Data are presented as mean (SD). *p < 0.05 against baseline.\n"


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def readings(s: dict) -> set:
    return {(m["measure"].lower(), m["group"].lower(), (m["time"] or {}).get("value"), m["stat"], m["value"], m["dispersion_value"])
            for m in s["measurements"]}


def test_each_arms_value_at_each_time_under_its_measure():
    got = readings(study(INTRO + TABLE))
    # (the column "PRP" is the arm the article spelled out, "platelet-rich plasma (PRP)")
    prp = "platelet-rich plasma"
    assert {("pain", prp, 0, "mean", 7.2, 2.1), ("pain", "saline", 0, "mean", 7.0, 2.4),
            (("pain", prp, 6, "mean", 4.1, 2.0)), ("pain", "saline", 12, "mean", 6.1, 2.5),
            ("stiffness", prp, 0, "mean", 3.1, 1.2), ("stiffness", "saline", 12, "mean", 3.0, 1.0)} <= got
    assert len(got) == 12


def test_a_row_quotes_its_cells_as_printed():
    s = study(INTRO + TABLE)
    (row,) = [m for m in s["measurements"] if m["value"] == 4.1]
    assert row["quote"].split() == "6 months 4.1 (2.0)* 5.8 (2.2)".split()


def test_without_a_footnote_a_brackets_kind_is_left_unsaid():
    # ("7.2 (2.1)": a mean, decimals and one bound; its spread an SD or an SE, the page does not say)
    text = INTRO + TABLE.replace("Data are presented as mean (SD). ", "")
    read = [m for m in study(text)["measurements"] if m["value"] in (7.2, 4.1)]
    assert read and all(m["stat"] == "mean" and m["dispersion"] is None and m["dispersion_value"] in (2.1, 2.0) for m in read)


def test_a_shifted_row_is_not_read():
    # (the page lost a cell: "12 months" has one value where the table has two)
    text = INTRO + TABLE.replace("12 months\n\n4.4 (1.9)\n\n6.1 (2.5)", "12 months\n\n4.4 (1.9)")
    got = readings(study(text))
    assert not any(v in (4.4, 6.1) for *_, v, _ in got)
    assert ("pain", "platelet-rich plasma", 6, "mean", 4.1, 2.0) in got


BAR_TABLE = bar_parted(
    "Table 3 Outcomes at 24 months", "", "Surgery (n=150)", "Physiotherapy (n=148)", "Difference (95% CI)", "P value",
    "Disability index", "(n=120)", "(n=125)", "", "", "24 months", "30.5 (18.2)", "33.9 (19.0)", "-3.2 (-6.9 to 0.5)", "0.09",
    "Walking distance", "", "", "", "", "Baseline", "210 (90)", "205 (95)", "", "", "24 months", "330 (150)", "300 (140)",
    "25 (-10 to 60)", "0.16",
    "Mood score", "", "", "", "", "24 months", "-0.4 (2.0)", "0.2 (2.1)", "-0.6 (-1.2 to 0.0)", "0.05",
) + "Data are presented as mean (SD).\n"


def test_bars_keep_empty_cells_and_the_difference_column():
    s = study("Spinal surgery or physiotherapy for back pain, a randomised trial.\n\n" + BAR_TABLE)
    got = readings(s)
    assert ("disability index", "surgery", 24, "mean", 30.5, 18.2) in got
    assert ("walking distance", "physiotherapy", 0, "mean", 205, 95) in got
    assert ("walking distance", "surgery", 24, "mean", 330, 150) in got
    differences = {(e["measure"].lower(), e["value"], tuple(e["ci"] or ()), e["p"]) for e in s["effects"] if e["versus"] != "baseline"}
    assert ("disability index", -3.2, (-6.9, 0.5), 0.09) in differences


def test_a_minus_sign_alone_on_its_line_is_no_bullet():
    s = study("Spinal surgery or physiotherapy for back pain, a randomised trial.\n\n" + BAR_TABLE)
    assert ("mood score", "surgery", 24, "mean", -0.4, 2.0) in readings(s)


def test_a_header_in_two_lines_names_the_split_columns_by_both():
    text = bar_parted("Table 4", "Score", "Time", "Saline", "Stem cells", "---|", "Low dose", "High dose", "---|",
                      "Pain", "Baseline", "6 (5, 7)", "7 (5, 8)", "6.5 (4, 8)", "6 months", "5 (4, 6)", "3 (2, 5)", "2 (1, 4)",
                      "Function", "Baseline", "20 (15, 25)", "22 (18, 27)", "21 (14, 26)", "6 months", "18 (12, 22)", "12 (8, 16)",
                      "9 (6, 14)")
    (t,) = stacked_tables.find(text)
    assert t.header == ["Score Time", "Saline", "Stem cells Low dose", "Stem cells High dose"]
    assert t.rows[1].cells == ["Baseline", "6 (5, 7)", "7 (5, 8)", "6.5 (4, 8)"]


@pytest.mark.parametrize("text", [
    # the same names twice over the columns: each arm's N, mean and p, the arms' own line lost
    blank_parted("N", "Mean", "p", "N", "Mean", "p", "Weight", "120", "-2.1", "0.01", "118", "-0.4", "0.30",
                 "Waist", "110", "-3.0", "0.02", "109", "-1.1", "0.20", "BMI", "120", "-0.8", "0.01", "118", "-0.1", "0.40"),
    # prose with a number on each line is no table
    blank_parted("The trial enrolled", "120", "patients in", "2019", "and followed them for", "12", "months", "with",
                 "3", "visits"),
])
def test_no_table_where_the_columns_cannot_be_named(text):
    assert stacked_tables.find(text) == []
