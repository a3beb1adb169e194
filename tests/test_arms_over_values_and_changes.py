"""Tables whose arms each head the same columns of people, value, change and its p ("Drug K |
Placebo" over "Visit | n | Score | Change | P value | n | Score | …"), rows that are visits, the
measure named in the caption: each arm's value with its people at each visit, and its change
from baseline with its own p. A visit analysed another way as well ("Week 12 (LOCF)") is not
read twice.

The table here is written for these tests (no text from ../shared).
"""
from ingest.extract import extract
from ingest.read import read_bytes

VISITS = (
    "Table 3.\n"
    "Change in MADRS total score from baseline (full analysis set)\n"
    "Drug K | Placebo | ||||||||\n"
    "---|---|---|---|---|---|---|---|---|\n"
    "Visit | n | Score | Change a | P value b | n | Score | Change a | P value b |\n"
    "Screening | 41 | 31.2 ± 5.1 | - | - | 40 | 30.8 ± 4.9 | - | - |\n"
    "Week 6 | 38 | 22.0 ± 7.3 | −9.1 ± 6.2 | P < 0.001* | 36 | 26.5 ± 6.8 | −4.4 ± 5.9 | P = 0.012* |\n"
    "Week 12 | 35 | 18.4 ± 8.0 | −12.6 ± 7.7 | P < 0.001* | 33 | 25.1 ± 7.4 | −5.6 ± 6.6 | P = 0.003* |\n"
    "Week 12 (LOCF) | 41 | 19.9 ± 8.8 | −11.2 ± 8.1 | P < 0.001 | 40 | 25.9 ± 7.6 | −4.9 ± 6.3 | P = 0.004 |\n"
    "a A negative change is an improvement.\n")


def study_of(text):
    studies = extract(read_bytes(text.encode("utf-8"), path="table.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_each_arms_value_with_its_people_at_each_visit():
    study = study_of(VISITS)
    values = {(m["group"].lower(), (m["time"] or {}).get("value")): (m["value"], m.get("dispersion_value"), m.get("n"))
              for m in study["measurements"] if m["measure"] == "MADRS"}
    assert values[("drug k", 0)] == (31.2, 5.1, 41)  # (screening: before treatment)
    assert values[("placebo", 12)] == (25.1, 7.4, 33)
    assert len(values) == 6


def test_each_arms_change_with_its_own_p():
    study = study_of(VISITS)
    changes = {(e["group"].lower(), e["time"]["value"]): (e["type"], e["versus"], e["value"], e["p"], e["p_relation"])
               for e in study["effects"] if e["measure"] == "MADRS"}
    assert changes[("drug k", 6)] == ("mean_change", "baseline", -9.1, 0.001, "<")
    assert changes[("placebo", 12)] == ("mean_change", "baseline", -5.6, 0.003, "=")


def test_a_visit_analysed_another_way_is_not_read_again():
    study = study_of(VISITS)
    read = [x["value"] for x in study["measurements"] + study["effects"]]
    assert 18.4 in read and -12.6 in read
    assert 19.9 not in read and -11.2 not in read
