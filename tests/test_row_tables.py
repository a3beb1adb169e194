"""Tables whose rows are the arms, as pages copied from PMC print them: the header names the
time points, a row with a label only names the measure, each arm's row its values.

The table here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes

TABLE = (
    "Baseline | 6 months | Change^{*} | P value^{**} | |\n"
    "---|---|---|---|---|\n\n"
    "Mean (SD) | Mean (SD) | Mean (SD) | ||\n\n"
    "HAMD score | ||||\n\n"
    "Exercise (n = 80) | 20.1 (4.2) | 11.3 (5.0) | −8.8 (5.1) | <0.001 |\n\n"
    "Stretching (n = 76) | 19.8 (4.0) | 14.9 (5.3) | −4.9 (4.8) | 0.020 |\n\n"
    "Waiting list (n = 79) | 20.4 (3.9) | 17.6 (5.1) | −2.8 (4.4) | – |\n\n"
    "NNT | P value | |\n\n"
    "% | n | |\n\n"
    "Remission (HAMD <8) | ||||\n\n"
    "Exercise (n = 80) | 45 | 4 | 0.002 |\n")


def record():
    studies = extract(read_bytes(TABLE.encode("utf-8"), path="table.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_each_arms_values_at_each_time_and_its_change():
    study = record()
    got = {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["stat"], m["value"], m["dispersion_value"])
           for m in study["measurements"]}
    assert got == {("HAMD score", arm, t, "mean", v, sd) for arm, t, v, sd in (
        ("Exercise", 0, 20.1, 4.2), ("Exercise", 6, 11.3, 5.0), ("Stretching", 0, 19.8, 4.0),
        ("Stretching", 6, 14.9, 5.3), ("Waiting list", 0, 20.4, 3.9), ("Waiting list", 6, 17.6, 5.1))}
    changes = {(e["group"], e["value"]) for e in study["effects"] if e["type"] == "mean_change"}
    assert changes == {("Exercise", -8.8), ("Stretching", -4.9), ("Waiting list", -2.8)}


def test_the_arms_are_the_rows_with_their_sizes_and_misaligned_rows_are_not_read():
    study = record()
    assert {(g["name"], g["n"]) for g in study["groups"] if g["role"] == "arm"} == {
        ("Exercise", 80), ("Stretching", 76), ("Waiting list", 79)}
    values = {m["value"] for m in study["measurements"]}
    assert not values & {45, 4}  # the remission rows do not line up with a header of times
