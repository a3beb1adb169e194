"""A results table whose second column is the visit ("Parameter | Timepoint | Group RR | Group CR
| P value"), each measure printed once on its first visit's row and the later visits' rows
opening on their time ("1st month | …"): every arm's value at every visit. An arm's column named
by letters that read as a ratio ("Group RR") is an arm's, not a risk ratio's. "Pre-rehabilitation"
is before treatment; "the 1st month", "on the 90th day" are visits.

Every table here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes

TABLE = """Table III. —Grip and dexterity after two kinds of training.
Parameter | Timepoint | Group RR | Group VR | Group RR-VR | P value a |
---|---|---|---|---|---|
Box and Block Test | Pre-rehabilitation | 12.4±5.1 | 11.9±4.8 | 12.1±5.5 | 0.611 |
1st month | 18.2±6.0 | 17.5±5.2 | 24.8±6.1 | 0.004* | |
P value b | 0.001* | 0.002* | 0.001* | ||
Nine Hole Peg Test | Pre-rehabilitation | 61.2±14.0 | 60.5±15.3 | 62.8±13.1 | 0.702 |
1st month | 52.3±12.2 | 53.0±13.8 | 44.1±10.9 | 0.011* | |
P value b | 0.003* | 0.004* | 0.001* | ||
a Kruskal Wallis Test; b Wilcoxon Sign Test.
"""


def measured() -> set:
    (study,) = extract(read_bytes(TABLE.encode(), path="table.txt")).to_json()["studies"]
    return {(m["group"], (m["time"] or {}).get("value"), m["value"], m["dispersion_value"]) for m in study["measurements"]}


def test_every_arm_at_every_visit():
    found = measured()
    for row in [("Group RR", 0, 12.4, 5.1), ("Group VR", 0, 11.9, 4.8), ("Group RR-VR", 0, 12.1, 5.5),
                ("Group RR", 1, 18.2, 6.0), ("Group VR", 1, 17.5, 5.2), ("Group RR-VR", 1, 24.8, 6.1),
                ("Group RR", 1, 52.3, 12.2), ("Group RR-VR", 0, 62.8, 13.1)]:
        assert row in found, (row, sorted(found))


def test_no_p_value_is_a_measurement():
    assert not [x for x in measured() if x[2] in (0.611, 0.004, 0.001, 0.702, 0.011)]


def test_ordinal_visits_in_prose():
    text = ("Methods: 64 patients were randomised to herbal porridge or placebo. Results: At the 6th week, more patients "
            "on porridge were free of symptoms (45.7% vs. 20.7%, p = .036).")
    (study,) = extract(read_bytes(text.encode(), path="a.txt")).to_json()["studies"]
    times = {(m["value"], (m["time"] or {}).get("value"), (m["time"] or {}).get("unit")) for m in study["measurements"]}
    assert (45.7, 6, "week") in times, times


def test_before_whatever_the_treatment_was_is_the_baseline():
    text = ("Table 2. Pain after two kinds of repair\nParameter | Time point | Group A | Group B | P |\n---|---|---|---|---|\n"
            "VAS pain | Preoperative | 6.1±1.2 | 6.3±1.1 | 0.41 |\n3rd month | 2.2±0.9 | 3.0±1.0 | 0.003 | |\n")
    (study,) = extract(read_bytes(text.encode(), path="table.txt")).to_json()["studies"]
    found = {(m["group"], (m["time"] or {}).get("value"), m["value"]) for m in study["measurements"]}
    assert {("group A", 0, 6.1), ("group B", 0, 6.3), ("group A", 3, 2.2), ("group B", 3, 3.0)} <= found, found
