"""Table cells that carry the number of people their value is of, in square brackets before
it: "[33] 29.2 (6.7)" under a table that says its cells are means and SDs. A table that says
nothing of its cells leaves them unread, as before: "29.2 (6.7)" may be a mean and its SD or
its SE (pooled, the two differ by √n). Each table here is written for this test."""

import pytest

from ingest.extract import extract, tables
from ingest.read import read_bytes

TABLE = """Table 3.
Cardiac outcomes by visit, mean (SD)
| Cell therapy | Placebo | ||
|---|---|---|---|
| Ejection fraction (%) | |||
| Baseline | [31] 30.12 (5.60) | [29] 31.05 (6.20) | |
| 6 months | [27] 33.40 (6.05) | [28] 30.95 (5.85) | |
| Longitudinal strain (%) | |||
| Baseline | [24] −9.71 (2.41) | [22] −9.20 (2.73) | |
| 6 months | [24] −11.02 (3.10) | [22] −9.44 (2.50) | |
"""


def cells(text: str) -> set:
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["stat"], m["value"], m["dispersion"],
             m["dispersion_value"], m["n"]) for s in studies for m in s["measurements"]}


def test_bracketed_sizes_are_each_values_number_of_people():
    got = cells(TABLE)
    assert ("left ventricular ejection fraction", "cell therapy", 6, "mean", 33.4, "sd", 6.05, 27) in got
    assert ("left ventricular ejection fraction", "placebo", 0, "mean", 31.05, "sd", 6.2, 29) in got
    assert any(c[4] == -11.02 and c[6] == 3.1 and c[7] == 24 for c in got)
    assert len(got) == 8


def test_without_the_tables_word_for_its_cells_their_spread_has_no_kind():
    # ("29.2 (6.7)" with decimals is a mean, no count and no median with one bound; its spread may
    # be an SD or an SE, so its number is kept and its kind left unsaid: nothing pools it as an SD)
    got = cells(TABLE.replace(", mean (SD)", ""))
    assert ("left ventricular ejection fraction", "cell therapy", 6, "mean", 33.4, None, 6.05, 27) in got
    assert len(got) == 8 and all(c[5] is None for c in got)


@pytest.mark.parametrize("cell, read", [
    ("−8.71 (2.50)", ("mean", -8.71, None, 2.5, None)),
    ("0.56 (0.10)", ("mean", 0.56, None, 0.1, None)),
    ("45.2 (113)", None),  # (a share and its count, or a mean and its spread: unsaid)
])
def test_a_decimal_value_with_one_decimal_bound_is_a_mean_with_an_unsaid_spread(cell, read):
    assert tables.read_cell(cell, "") == read


def test_a_table_over_visits_from_baseline_is_no_table_of_baseline_characteristics():
    # ("Primary endpoints … at baseline and follow-up": each visit's outcomes, the first at baseline)
    got = cells(TABLE.replace("Cardiac outcomes by visit, mean (SD)", "Primary endpoints at baseline and follow-up, mean (SD)"))
    assert len(got) == 8
    assert tables.BASELINE_TABLE.search("Baseline characteristics of the patients")
    assert tables.BASELINE_TABLE.search("Outcomes at baseline, 6 and 12 months") is None


@pytest.mark.parametrize("cell, hint, read", [
    ("[33] 29.21 (6.69)", "mean (SD)", ("mean", 29.21, "sd", 6.69, 33)),
    ("[33] 29.21 (6.69)", "", ("mean", 29.21, None, 6.69, 33)),
    # (a count in brackets before a share is no size: "[12] 5 (41.7)" is left unread)
    ("[12] 5 (41.7)", "n (%)", None),
])
def test_a_cell_with_its_size(cell, hint, read):
    assert tables.read_cell(cell, hint) == read


# A row label that opens on its statistic and closes on its spread's name says what its cells
# hold: "Mean stay (range)", "Mean itch score (standard deviation)"; a p column's cells may carry
# a footnote's letter ("0.56d").
LABELLED_ROWS = """A randomised trial of drug K against placebo in 80 infants.
Table 2.
Outcome | Drug K (N=40) | Placebo (N=40) | P Value |
---|---|---|---|
Mean stay on the ward (range) | 12.5 (3 to 40) | 14.0 (4 to 51) | 0.48d |
Mean itch score (standard deviation) | 3.2 (1.1) | 4.4 (1.9) | 0.03e |
"""


def test_a_row_label_names_its_statistic_and_spread_and_its_p_keeps_no_footnote():
    studies = extract(read_bytes(LABELLED_ROWS.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = [(m["measure"], m["group"], m["stat"], m["value"], m["dispersion"], m["dispersion_value"])
           for s in studies for m in s["measurements"]]
    assert ("Mean stay on the ward", "Drug K", "mean", 12.5, "range", [3, 40]) in got
    assert ("Mean itch score", "placebo", "mean", 4.4, "sd", 1.9) in got
    assert sorted(e["p"] for s in studies for e in s["effects"]) == [0.03, 0.48]
