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
