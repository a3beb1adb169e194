"""Outcome tables printed as bars with section headings: a heading names the outcome (and, when
it says so, the time and what the bare numbers are: means, or shares of patients); a row that
is only a time point ("Week 2") is that outcome at that time; a column of "P = …" cells is the
p column whatever its heading says. Each table here is written for this test."""

from ingest.extract import extract
from ingest.read import read_bytes

TABLE = """Dressing versus ointment for plaque psoriasis: a randomised trial
Patients were randomised to the dressing or the ointment.
Table 2.
Dressing | Ointment | Significance of the difference | |
---|---|---|---|
Itch score mean total | |||
Week 1 | 5.120 | 5.010 | P = 0.330 |
Week 3 | 3.410 | 2.870 | P = 0.004 |
{window}
Itch subscores mean at week 3 | |||
Redness | 1.210 | 0.980 | P = 0.041 |
Cleared lesions at week 3 (% of patients) | |||
Investigator rated | 41.5 | 52.2 | P = 0.020 |
Satisfaction at week 3, VAS (mm) | 71.200 | 75.900 | P = 0.310 |
"""


def study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def cells(s):
    return {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["stat"], m["value"]) for m in s["measurements"]}


def test_time_rows_under_a_heading_of_means_are_that_outcome_then():
    got = cells(study(TABLE.format(window="")))
    assert ("Itch score mean total", "dressing", 1, "mean", 5.12) in got
    assert ("Itch score mean total", "ointment", 3, "mean", 2.87) in got


def test_a_heading_gives_its_time_to_the_rows_under_it():
    got = cells(study(TABLE.format(window="")))
    assert ("Redness", "dressing", 3, "mean", 1.21) in got


def test_a_heading_of_shares_makes_bare_numbers_percentages():
    got = cells(study(TABLE.format(window="")))
    assert ("Investigator rated", "ointment", 3, "percent", 52.2) in got


def test_a_row_with_a_unit_of_its_own_is_no_share():
    got = cells(study(TABLE.format(window="")))
    assert not [c for c in got if c[4] in (71.2, 75.9) and c[3] == "percent"]


def test_p_cells_make_the_p_column_and_each_row_an_effect():
    s = study(TABLE.format(window=""))
    ps = {(e["measure"], (e["time"] or {}).get("value"), e["p"]) for e in s["effects"]}
    assert ("Itch score mean total", 3, 0.004) in ps
    assert all(e["group"] == "dressing" and e["versus"] == "ointment" for e in s["effects"])
    # (the p column is no arm: no measurement holds a p-value)
    assert not [m for m in s["measurements"] if m["value"] in (0.33, 0.004)]


def test_a_window_in_a_heading_is_no_time_of_its_rows():
    text = TABLE.format(window="Flares from 14 days after week 1 | |||\nOverall | 12.0 | 9.0 | P = 0.200 |")
    got = cells(study(text))
    assert not [c for c in got if c[4] in (12.0, 9.0) and c[2] == 14]


SPLIT_HEADER = """Table 3 Outcomes in the modified intention-to-treat analysis.
Variables | Drug K (n = 30) | Drug K + yoga (n = 31) | Placebo (n = 30) | Between-arm statistics | Pairwise comparisons | |||
|---|---|---|---|---|---|---|---|---|
F | P | K + yoga vs. placebo | ||||||
MD (95% CI) | Effect size | ||||||||
Anxiety score, mean (SD) | |||||||||
Week 2 | 11.2 (3.1)† | 10.4 (2.9)† | 12.8 (3.3) | 4.10 | 0.020 | −2.4 (−4.0 to −0.8) | −0.77 | ||
Week 4 | 9.6 (2.8)†* | 8.1 (2.5)†*# | 12.2 (3.0) | 9.30 | <0.001 | −4.1 (−5.6 to −2.6) | −1.46 | ||
Sleep score, mean (SD) | 2.10 | 0.130 | ||||||
Week 2 | 7.4 (2.2) | 7.0 (2.4) | 7.9 (2.1) | 1.20 | 0.310 | −0.9 (−2.1 to 0.3) | −0.40 | ||
"""


def test_a_header_split_over_lines_keeps_its_arms_and_marks_leave_the_values():
    (s,) = extract(read_bytes(SPLIT_HEADER.encode("utf-8"), path="t.txt")).to_json()["studies"]
    got = {(m["measure"].lower(), m["group"], m["value"], (m["time"] or {}).get("value")) for m in s["measurements"]}
    # (each arm's value with its footnote marks cut, at the time its row names, under its section's outcome)
    assert {("anxiety score", "Drug K", 9.6, 4), ("anxiety score", "Drug K + yoga", 8.1, 4), ("sleep score", "placebo", 7.9, 2)} <= got
    # (the columns of F statistics and p-values the header does not name are no arms)
    assert {m["group"] for m in s["measurements"]} == {"Drug K", "Drug K + yoga", "placebo"}
    assert not [m for m in s["measurements"] if m["value"] in (4.10, 9.30, 2.10, 1.20)]


def test_a_record_page_of_label_and_value_bars_breaks_nothing():
    # (a record page laid out as "Label: | value |" lines with empty "| |" lines between them)
    text = ("Tea and stroke: a meta-analysis |\n| |\nAuthors: | Lee Ann Chan Bo |\n| |\nAbstract: | We pooled 12 cohort "
            "studies (n = 4000). Tea drinking lowered the risk of stroke (RR 0.82, 95% CI 0.70-0.95). |\n| |\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="t.txt")).to_json()["studies"]
    assert s["design"] in ("meta_analysis", "cohort")  # (read at all: the page once crashed the table reader)
