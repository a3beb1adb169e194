"""Tables whose header has a second row under it, as PMC pages print them: the arms over their
statistics ("Mean | SD | N" under each arm), or a heading over the arms ("Mean change from
baseline (95% CI)" over "Drug (n = 40) | Placebo (n = 38)").

The tables here are written for these tests (no text from ../shared).
"""
import pytest

from ingest.extract import extract, sub_headers
from ingest.read import read_bytes

ARMS_OVER_STATISTICS = (
    "Supplementary Table 2.\n"
    "Measure | Drug Q | Sham | ||||\n"
    "---|---|---|---|---|---|---|\n"
    "Mean | SD | N with data | Mean | SD | N with data | |\n"
    "PHQ-9 total score | ||||||\n"
    "Day 0 (pre-dose) | 18.2 | 4.1 | 30 | 17.9 | 3.8 | 29 |\n"
    "Day 7 | 9.4 | 5.2 | 29 | 14.1 | 5.0 | 28 |\n"
    "n/N in trial | % | n/N in trial | % | |||\n"
    "Response on PHQ-9 | ||||||\n"
    "Day 7 | 16/29 | 55.2 | 6/28 | 21.4 | ||\n")

HEADING_OVER_ARMS = (
    "Table 2. Efficacy outcomes.\n"
    "Outcome | Mean change from baseline (95% CI) | Mean difference (95% CI) | P value | |\n"
    "---|---|---|---|---|\n"
    "Drug Q (n = 40) | Sham (n = 38) | Drug Q vs sham | ||\n"
    "PHQ-9 total score | ||||\n"
    "Week 4 | −8.1 (−9.6 to −6.6) | −3.2 (−4.8 to −1.6) | −4.9 (−7.1 to −2.7) | <.001 |\n"
    "Week 8 | −9.0 (−10.7 to −7.3) | −4.4 (−6.1 to −2.7) | −4.6 (−7.0 to −2.2) | .002 |\n")


def study_of(text):
    studies = extract(read_bytes(text.encode("utf-8"), path="table.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_each_arms_cells_read_as_one_value_at_each_time():
    study = study_of(ARMS_OVER_STATISTICS)
    got = {(m["measure"], m["group"], (m["time"] or {}).get("value"), (m["time"] or {}).get("unit"), m["stat"], m["value"],
            m["dispersion_value"]) for m in study["measurements"]}
    assert got == {
        ("PHQ-9 total score", "Drug Q", 0, "month", "mean", 18.2, 4.1), ("PHQ-9 total score", "sham", 0, "month", "mean", 17.9, 3.8),
        ("PHQ-9 total score", "Drug Q", 7, "day", "mean", 9.4, 5.2), ("PHQ-9 total score", "sham", 7, "day", "mean", 14.1, 5.0),
        ("Response on PHQ-9", "Drug Q", 7, "day", "percent", 55.2, None), ("Response on PHQ-9", "sham", 7, "day", "percent", 21.4, None)}
    # every value quotes its row as printed
    assert all(m["quote"] in ARMS_OVER_STATISTICS and str(m["value"]) in m["quote"] for m in study["measurements"])


def test_a_heading_over_the_arms_says_their_cells_are_changes():
    study = study_of(HEADING_OVER_ARMS)
    assert not study["measurements"]  # (changes are no levels of the score)
    changes = {(e["group"], e["time"]["value"], e["value"], tuple(e["ci"])) for e in study["effects"] if e["type"] == "mean_change"}
    assert changes == {("Drug Q", 4, -8.1, (-9.6, -6.6)), ("sham", 4, -3.2, (-4.8, -1.6)),
                       ("Drug Q", 8, -9.0, (-10.7, -7.3)), ("sham", 8, -4.4, (-6.1, -2.7))}
    # (a difference of the arms' changes)
    between = {(e["group"], e["versus"], e["time"]["value"], e["value"], e["p"]) for e in study["effects"] if e["type"] == "difference_in_change"}
    assert between == {("Drug Q", "sham", 4, -4.9, 0.001), ("Drug Q", "sham", 8, -4.6, 0.002)}


@pytest.mark.parametrize("header, first_row", [
    # a second row of measures, not arms: the header is left as it was
    (["Period", "Vaccine efficacy, % (95% CI)"], ["RSV LRTD", "Medically attended RSV LRTD"]),
    # statistics that differ under the arms: no arm's columns can be told
    (["Measure", "A", "B"], ["Mean", "SD", "Median", "IQR"]),
    # a first row of values is no header
    (["Outcome", "A (n = 20)", "B (n = 20)"], ["Pain", "3.1", "4.2"]),
    # arms, then something that is no comparison: its heading's span is unknown
    (["Outcome", "Mean (SD)", "Effect"], ["A (n = 20)", "B (n = 20)", "Total"]),
])
def test_second_rows_that_are_no_header_are_left_alone(header, first_row):
    assert sub_headers.resolve(header, [first_row, ["Week 4", "1", "2", "3", "4"]]) is None


def test_a_heading_that_says_its_columns_are_arms_and_blank_lines_between_rows():
    from ingest.extract import tables
    text = ("Variables | Values for children receiving the indicated vaccine | P | |\n---|---|---|---|\n\n"
            "Vaccine T | Vaccine H | ||\n\n"
            "Antibody GMC (95% CI), week 6 | 812.5 (700.1–943.0) | 80.2 (71.9–89.4) | <0.001 |\n\n"
            "Seroconversion, n (%) | 90 (88.2) | 3 (3.1) | <0.001 |\n")
    found = tables.find_tables(text)
    assert [(t.header, t.arms_heading, [r.cells[0] for r in t.rows]) for t in found] == [
        (["Variables", "Vaccine T", "Vaccine H", "P"], "Values for children receiving the indicated vaccine",
         ["Antibody GMC (95% CI), week 6", "Seroconversion, n (%)"])]


HEADINGS_OVER_THE_ARMS_AGAIN = (
    "Antibody | Geometric mean titre (95% CI) | Geometric mean ratio (95% CI) | Responder rate* (%) (95% CI) | ||\n"
    "10 µg | Placebo | 10 µg | 10 µg | Placebo | |\n"
    "Binding antibody | |||||\n"
    "Day 0 | 0.31 (0.25 to 0.38) | 0.33 (0.24 to 0.45) | 0.94 (0.66 to 1.34) | N/A | N/A |\n"
    "Day 35 | 9.12 (7.40 to 11.24) | 0.52 (0.31 to 0.87) | 17.5 (9.9 to 30.9) | 71.30 (64.10 to 77.70) | 18.18 (9.08 to 30.91) |\n")


def test_headings_that_span_the_arms_again_are_each_a_measure_and_a_ratio_an_effect():
    study = study_of(HEADINGS_OVER_THE_ARMS_AGAIN)
    got = {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["stat"], m["value"], tuple(m["dispersion_value"]))
           for m in study["measurements"]}
    assert got == {
        ("Binding antibody geometric mean titre", "10 µg", 0, "mean", 0.31, (0.25, 0.38)),
        ("Binding antibody geometric mean titre", "placebo", 0, "mean", 0.33, (0.24, 0.45)),
        ("Binding antibody geometric mean titre", "10 µg", 35, "mean", 9.12, (7.40, 11.24)),
        ("Binding antibody geometric mean titre", "placebo", 35, "mean", 0.52, (0.31, 0.87)),
        ("Binding antibody responder rate", "10 µg", 35, "percent", 71.30, (64.10, 77.70)),
        ("Binding antibody responder rate", "placebo", 35, "percent", 18.18, (9.08, 30.91))}
    ratios = {(e["measure"], e["group"], e["versus"], e["time"]["value"], e["value"], tuple(e["ci"])) for e in study["effects"]}
    assert ratios == {("Binding antibody geometric mean titre", "10 µg", "placebo", 0, 0.94, (0.66, 1.34)),
                      ("Binding antibody geometric mean titre", "10 µg", "placebo", 35, 17.5, (9.9, 30.9))}


@pytest.mark.parametrize("second_row", [
    "Events/total | Rate (%) | Events/total | Rate (%) | |",
    "Baseline | Endpoint | Baseline | Endpoint | |",
    "Estimate | 95% CI | Estimate | 95% CI | |",
])
def test_statistics_or_visits_under_the_arms_never_put_one_arms_value_under_the_other(second_row):
    text = ("Drug Q for depression: a randomized trial\n"
            "In a randomized trial, 60 adults with depression received drug Q or placebo for 8 weeks.\n\n"
            "Table 3. Response and remission.\n"
            "Outcome | Drug Q | Placebo | ||\n---|---|---|---|---|\n"
            f"{second_row}\n"
            "Response | 17 (56.7) | 37.4 to 74.5 | 8 (26.7) | 12.3 to 45.9 |\n"
            "Remission | 11 (36.7) | 19.9 to 56.1 | 5 (16.7) | 5.6 to 34.7 |\n")
    study = study_of(text)
    by_arm = {(m["group"].lower(), m["value"]) for m in study["measurements"]}
    # (whatever is read, placebo's cells are never drug Q's and drug Q's never placebo's)
    assert not by_arm & {("drug q", 26.7), ("drug q", 16.7), ("placebo", 56.7), ("placebo", 36.7)}


def test_a_comparison_that_names_the_second_arm_first_gives_no_difference_of_the_wrong_sign():
    text = HEADING_OVER_ARMS.replace("Drug Q vs sham", "Sham vs drug Q").replace("−4.9 (−7.1 to −2.7)", "4.9 (2.7 to 7.1)") \
        .replace("−4.6 (−7.0 to −2.2)", "4.6 (2.2 to 7.0)")
    study = study_of(text)
    assert not [e for e in study["effects"] if e["value"] in (4.9, 4.6, -4.9, -4.6)]
    assert {(e["group"], e["value"]) for e in study["effects"] if e["type"] == "mean_change"} >= {("Drug Q", -8.1), ("sham", -3.2)}


def test_those_analysed_are_no_count_of_events():
    text = ARMS_OVER_STATISTICS.replace("n/N in trial | % | n/N in trial | %", "N analysed | % | N analysed | %") \
        .replace("Day 7 | 16/29 | 55.2 | 6/28 | 21.4", "Day 7 | 29 | 55.2 | 28 | 21.4")
    study = study_of(text)
    assert not [m for m in study["measurements"] if m["stat"] == "percent" and m["n"] in (29, 28)]


VISITS_OVER_THE_ARMS = (
    "Drug Q for depression: a randomized trial\n"
    "In a randomized trial, 60 adults with depression received drug Q or placebo for 8 weeks.\n\n"
    "Table 2. Depression scores, mean (SD).\n"
    "Measure | Week 4 | Week 8 | ||\n---|---|---|---|---|\n"
    "Drug Q | Placebo | Drug Q | Placebo | |\n"
    "HAM-D total score | 16.1 (3.2) | 19.3 (4.1) | 12.8 (3.0) | 18.2 (4.4) |\n"
    "BDI-II total score | 22.4 (5.1) | 25.0 (5.3) | 17.9 (4.8) | 24.1 (5.6) |\n")


def test_visits_over_the_arms_give_each_value_its_visit():
    study = study_of(VISITS_OVER_THE_ARMS)
    got = {(m["measure"], m["group"].lower(), (m["time"] or {}).get("value"), m["value"]) for m in study["measurements"]}
    assert {x for x in got if x[0] == "HAM-D total score"} == {
        ("HAM-D total score", "drug q", 4, 16.1), ("HAM-D total score", "placebo", 4, 19.3),
        ("HAM-D total score", "drug q", 8, 12.8), ("HAM-D total score", "placebo", 8, 18.2)}
    assert len(got) == 8
