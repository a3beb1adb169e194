"""A results table printed without cell marks (as PMC pages copy): the groups come from
the header with their sizes, the measure from the line above its rows, each row's values
go to the groups in order, and its p-value compares them.

The table here is written for this test.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

TABLE = """Table 4.

Outcomes by visit.

Variables Yoga group (n = 30) Waiting list group (n = 31) t P
Pain score
Week 4 4.12 ± 1.05 5.34 ± 1.21 −4.21 0.001
Week 12 3.20 ± 1.10 5.01 ± 1.30 −5.87 0.000
Response
Responders 21 (70.0%) 9 (29.0%)
Total response ratea 70.0% 29.0% −3.1 0.002

Data are presented as the mean ± SD or number (%).

a

Responders divided by all patients.
"""


def study() -> dict:
    studies = extract(read_bytes(TABLE.encode("utf-8"), path="table.txt")).to_json()["studies"]
    assert len(studies) == 1
    return studies[0]


def test_each_groups_value_at_each_visit():
    got = {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"], m["dispersion_value"])
           for m in study()["measurements"]}
    assert {("Pain score", "Yoga", 4, 4.12, 1.05), ("Pain score", "Waiting list", 4, 5.34, 1.21),
            ("Pain score", "Yoga", 12, 3.2, 1.1), ("Pain score", "Waiting list", 12, 5.01, 1.3)} <= got, got


def test_counts_with_their_percentage_and_a_footnoted_rate():
    got = {(m["measure"], m["group"], m["stat"], m["value"]) for m in study()["measurements"]}
    assert {("Responders", "Yoga", "percent", 70.0), ("Responders", "Waiting list", "percent", 29.0),
            ("Total response rate", "Yoga", "percent", 70.0)} <= got, got


def test_a_rows_p_value_compares_the_two_groups():
    got = {(e["measure"], (e["time"] or {}).get("value"), e["group"], e["versus"], e["p"]) for e in study()["effects"]}
    assert {("Pain score", 4, "Yoga", "Waiting list", 0.001), ("Total response rate", None, "Yoga", "Waiting list", 0.002)} <= got, got
    # The test statistic is no p-value, and the footnote is no row.
    assert not [e for e in study()["effects"] if e["p"] in (4.21, -4.21)]


# A PMC table copied with each header cell on its own line, a total column, rows that are
# parts of the line above them ("Length" under each margin), and "n (%)" said in the label.
CELL_A_LINE = """Table 2.

Short-term outcomes of the open and laparoscopic groups in the matched cohort

Open
(n = 400) (%)
Laparoscopic
(n = 400) (%)
Total
(n = 800) (%)
p-value
Proximal margin
Length, mean ± SD, cm 19.4 ± 12.5 14.2 ± 9.1 16.8 ± 11.0 < 0.001
Distal margin
Length, mean ± SD, cm 16.1 ± 8.8 14.9 ± 7.0 15.5 ± 8.0 0.042
Total operation time (min) 141 ± 60 168 ± 52 154 ± 57 < 0.001
Wound infection, n (%) 31 (7.8) 9 (2.3) 40 (5.0) < 0.001
Ileus 22 (5.5) 25 (6.3) 47 (5.9) 0.66
Drain output (ml) 12 (3.0) 44 (9.9) 33 (8.1) 0.01
"""


def cell_a_line_study() -> dict:
    studies = extract(read_bytes(CELL_A_LINE.encode("utf-8"), path="table.txt")).to_json()["studies"]
    assert len(studies) == 1
    return studies[0]


def test_a_header_printed_a_cell_a_line_with_a_total_column():
    got = {(m["measure"], m["group"], m["stat"], m["value"]) for m in cell_a_line_study()["measurements"]}
    assert {("Proximal margin length", "open", "mean", 19.4), ("Proximal margin length", "laparoscopic", "mean", 14.2),
            ("Proximal margin length", "all", "mean", 16.8), ("Distal margin length", "open", "mean", 16.1),
            ("Total operation time", "laparoscopic", "mean", 168), ("Wound infection", "open", "percent", 7.8)} <= got
    # (each column's group is the arm the article's prose names, "the open and laparoscopic groups": one group each)
    study = cell_a_line_study()
    assert {m["group"] for m in study["measurements"]} <= {g["name"] for g in study["groups"]} | {"all"}


def test_the_p_of_a_row_sets_the_new_approach_against_open_surgery_with_its_relation():
    got = {(e["measure"], e["group"], e["versus"], e["p"], e["p_relation"]) for e in cell_a_line_study()["effects"]}
    assert {("Proximal margin length", "laparoscopic", "open", 0.001, "<"),
            ("Distal margin length", "laparoscopic", "open", 0.042, "=")} <= got


def test_a_row_whose_brackets_are_each_cells_share_of_its_column_holds_counts():
    # No "n (%)" in the row: 22 of 400 is 5.5%, 25 of 400 6.3%, 47 of 800 5.9%, so these are
    # counts and shares. In the drain row "12 (3.0)" agrees by chance (12 of 400 is 3.0%) but
    # 44 of 400 is 11%, not 9.9: a row where one cell agrees stays means and SDs.
    got = {(m["measure"], m["group"], m["stat"], m["value"], m["n"]) for m in cell_a_line_study()["measurements"]}
    assert {("Ileus", "open", "percent", 5.5, 22), ("Ileus", "laparoscopic", "percent", 6.3, 25),
            ("Ileus", "all", "percent", 5.9, 47)} <= got
    assert not any(measure == "Ileus" and stat == "mean" for measure, _, stat, _, _ in got)
    drain = {(group, stat, value) for measure, group, stat, value, _ in got if measure.startswith("Drain output")}
    assert ("open", "mean", 12) in drain and not any(stat == "percent" for _, stat, _ in drain)


DIFFERENCE_TABLE = """Table 2.

 Secondary outcomes by group

Outcomes Exercise group Usual care group Adjusted difference (exercise−usual care) Adjusted difference with imputation (exercise−usual care)
No Mean (SD) No Mean (SD) Mean (95% CI) Effect size P value Mean (95% CI) Effect size P value
Fatigue inventory—total score:
 Baseline 88 41.2 (7.9) 87 40.6 (8.3)
 12 weeks 70 35.4 (8.1) 72 39.9 (8.0) –4.8 (–7.1 to –2.5) –0.6 <0.001 –4.1 (–6.5 to –1.7) –0.5 0.001
Quality of life index 2.0—physical score:
 Baseline 88 52.3 (10.2) 87 51.7 (9.8)
 12 weeks 70 58.9 (9.6) 72 54.0 (10.1) 4.7 (1.6 to 7.8) 0.5 0.003 4.2 (1.0 to 7.4) 0.4 0.01
"""


def test_columns_of_the_difference_between_groups_after_them():
    (s,) = extract(read_bytes(DIFFERENCE_TABLE.encode("utf-8"), path="table.txt")).to_json()["studies"]
    got = {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"], m["dispersion_value"]) for m in s["measurements"]}
    assert got == {
        ("Fatigue inventory—total score", "Exercise", 0, 41.2, 7.9), ("Fatigue inventory—total score", "Usual care", 0, 40.6, 8.3),
        ("Fatigue inventory—total score", "Exercise", 12, 35.4, 8.1), ("Fatigue inventory—total score", "Usual care", 12, 39.9, 8.0),
        ("Quality of life index 2.0—physical score", "Exercise", 0, 52.3, 10.2),
        ("Quality of life index 2.0—physical score", "Usual care", 0, 51.7, 9.8),
        ("Quality of life index 2.0—physical score", "Exercise", 12, 58.9, 9.6),
        ("Quality of life index 2.0—physical score", "Usual care", 12, 54.0, 10.1)}
    # (no share of 95 from "(95% CI)", no count of people as a label's part or a value)
    assert not [m for m in s["measurements"] if m["value"] in (95, 88, 87, 70, 72)]
    differences = {(e["measure"], e["type"], e["value"], tuple(e["ci"] or ()), e["p"], e["p_relation"])
                   for e in s["effects"] if e["group"] == "Exercise" and e["versus"] == "Usual care"}
    assert differences == {
        ("Fatigue inventory—total score", "mean_difference", -4.8, (-7.1, -2.5), 0.001, "<"),
        ("Fatigue inventory—total score", "effect_size", -0.6, (), None, None),
        ("Fatigue inventory—total score", "mean_difference", -4.1, (-6.5, -1.7), 0.001, "="),
        ("Fatigue inventory—total score", "effect_size", -0.5, (), None, None),
        ("Quality of life index 2.0—physical score", "mean_difference", 4.7, (1.6, 7.8), 0.003, "="),
        ("Quality of life index 2.0—physical score", "effect_size", 0.5, (), None, None),
        ("Quality of life index 2.0—physical score", "mean_difference", 4.2, (1.0, 7.4), 0.01, "="),
        ("Quality of life index 2.0—physical score", "effect_size", 0.4, (), None, None)}


@pytest.mark.parametrize("replace", [
    # the difference said the other way round: no difference is read, so none has the wrong sign
    ("(exercise−usual care)", "(usual care−exercise)"),
    # the p-value before the effect size: each where the column names put it
    ("Effect size P value Mean (95% CI) Effect size P value", "P value Effect size Mean (95% CI) P value Effect size"),
])
def test_the_difference_columns_as_their_names_say(replace):
    text = DIFFERENCE_TABLE.replace(*replace)
    if "P value Effect size" in replace[1]:
        text = text.replace("–0.6 <0.001 –4.1", "<0.001 –0.6 –4.1").replace("–0.5 0.001", "0.001 –0.5")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="table.txt")).to_json()["studies"]
    got = {(e["type"], e["value"], e["p"]) for e in s["effects"] if e["measure"].startswith("Fatigue")}
    if "usual care−exercise" in replace[1]:
        assert not [x for x in got if x[0] == "mean_difference"]
    else:
        assert {("mean_difference", -4.8, 0.001), ("effect_size", -0.6, None), ("mean_difference", -4.1, 0.001),
                ("effect_size", -0.5, None)} <= got


VISITS = """Table 2.

HAM-D Total Score: Change From Baseline to Week 6; Double-blind Phase

Category Drug 10 (N = 50) Drug 20 (N = 52) Placebo (N = 51)
Baseline
 N 50 52 51
 Mean (SD) 24.1 (3.05) 23.8 (3.40) 24.4 (2.95)
 Median (Range) 24.0 (18; 31) 23.5 (17; 33) 24.0 (19; 30)
Week 6
 N 46 47 45
 Mean (SD) 14.0 (6.10) 13.1 (6.52) 16.2 (6.33)
Change from baseline to Week 6 (DB)
 N 46 47 45
 Mean (SD) - 10.2 (6.81) - 10.6 (7.02) - 8.3 (6.64)
"""


def visits_study() -> dict:
    (s,) = extract(read_bytes(VISITS.encode("utf-8"), path="visits.txt")).to_json()["studies"]
    return s


def test_rows_of_means_under_visits_are_the_captions_measure_at_each_visit():
    got = {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["stat"], m["value"], m["dispersion_value"])
           for m in visits_study()["measurements"]}
    assert ("HAMD", "Drug 10", 0, "mean", 24.1, 3.05) in got
    assert ("HAMD", "Placebo", 6, "mean", 16.2, 6.33) in got
    assert len(got) == 6  # (the medians' ranges, "(18; 31)", are not read)


def test_a_minus_printed_apart_from_its_number_keeps_the_changes_sign():
    changes = {(e["group"], e["versus"], e["type"], e["value"]) for e in visits_study()["effects"]}
    assert ("Drug 10", "baseline", "mean_change", -10.2) in changes
    assert ("Placebo", "baseline", "mean_change", -8.3) in changes
    assert not any(v in (10.2, 10.6, 8.3) for *_, v in changes)


def test_a_dash_before_the_first_value_alone_is_no_sign():
    text = VISITS.replace(" Mean (SD) - 10.2 (6.81) - 10.6 (7.02) - 8.3 (6.64)", " Mean (SD) - 10.2 (6.81) 10.6 (7.02) 8.3 (6.64)")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="visits.txt")).to_json()["studies"]
    assert not any(abs(e["value"] or 0) == 10.2 for e in s["effects"])
    assert not any(m["value"] == 10.2 for m in s["measurements"])


CAPITALIZED = """Table 2. Mean changes in outcomes.

Coaching plus app App only Usual care P value
No. of participants 120 118 121
Body weight, kg
At baseline 88.4 87.9 88.1
Change at 6 mo (95% CI) –2.6 (–3.2 to –2.0) –1.5 (–2.1 to –0.9) –0.8 (–1.4 to –0.2) <.001
Change at 12 mo (95% CI) –2.9 (–3.6 to –2.2) –1.2 (–1.9 to –0.5) –0.9 (–1.6 to –0.2) .002
Participants had ≥5% weight loss at 12 mo, % (95% CI) 28.4 (20.1 to 36.7) 17.5 (10.6 to 24.4) 11.2 (5.6 to 16.8) <.001
"""


def capitalized_study() -> dict:
    (s,) = extract(read_bytes(CAPITALIZED.encode("utf-8"), path="capitalized.txt")).to_json()["studies"]
    return s


def test_a_header_of_capitalized_arm_names_confirmed_by_its_rows():
    s = capitalized_study()
    assert [g["name"] for g in s["groups"]][:3] == ["Coaching plus app", "App only", "Usual care"]


def test_change_rows_are_each_arms_change_with_its_interval_at_the_rows_time():
    changes = {(e["group"], (e["time"] or {}).get("value"), e["value"], tuple(e["ci"] or ())) for e in capitalized_study()["effects"]
               if e["versus"] == "baseline" and e["type"] == "mean_change"}
    assert ("Coaching plus app", 6, -2.6, (-3.2, -2.0)) in changes
    assert ("Usual care", 12, -0.9, (-1.6, -0.2)) in changes
    # (a change is no level of body weight)
    assert not any(m["value"] in (-2.6, -2.9, -0.9) for m in capitalized_study()["measurements"])


def test_a_bound_in_a_rows_name_is_no_cell_and_its_shares_are_percentages():
    shares = {(m["group"], m["stat"], m["value"], m["dispersion"]) for m in capitalized_study()["measurements"]
              if "5%" in m["measure"]}
    assert shares == {("Coaching plus app", "percent", 28.4, "ci95"), ("App only", "percent", 17.5, "ci95"),
                      ("Usual care", "percent", 11.2, "ci95")}


# (a second reading's cases, in its spirit: two measures under visits, the caption on the "Table N." line,
# dashes that part cells, SEs, rows of means under a measure's own line)
TWO_MEASURES = """Table 3. HAM-D Total Score and CGI-S by visit

Category Drug K (N = 50) Placebo (N = 51)
HAM-D total score
Baseline
 Mean (SD) 24.1 (3.05) 24.4 (2.95)
Week 6
 Mean (SD) 14.0 (6.10) 16.2 (6.33)
Change from baseline to Week 6
 Mean (SD) 10.1 (6.81) 8.2 (6.64)
CGI-S score
Baseline
 Mean (SD) 4.8 (0.61) 4.7 (0.72)
Week 6
 Mean (SD) 3.1 (1.02) 3.6 (1.10)
"""


def text_study(text: str) -> dict:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="t.txt")).to_json()["studies"]
    return s


def test_rows_under_visits_belong_to_the_measure_line_above_them():
    got = {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"]) for m in text_study(TWO_MEASURES)["measurements"]}
    assert ("CGI-S", "Placebo", 6, 3.6) in got and ("HAMD", "Placebo", 6, 16.2) in got
    assert not any(measure == "HAMD" and value in (4.8, 4.7, 3.1, 3.6) for measure, _, _, value in got)


def test_a_change_under_visits_is_signed_by_the_visits_means():
    changes = {(e["group"], e["value"]) for e in text_study(TWO_MEASURES)["effects"] if e["versus"] == "baseline"}
    assert changes == {("K", -10.1), ("Placebo", -8.2)}


def test_the_caption_on_the_table_line_names_the_measure_not_the_pages_title():
    text = ("Systolic blood pressure with drug K: a randomised trial\n\nTable 2. Diastolic blood pressure (mmHg) by visit\n\n"
            "Category Drug K (N = 100) Placebo (N = 100)\nBaseline\n Mean (SD) 92.0 (6.1) 91.5 (6.4)\nWeek 12\n"
            " Mean (SD) 84.2 (6.0) 90.1 (6.3)\n")
    assert {m["measure"] for m in text_study(text)["measurements"]} == {"diastolic blood pressure"}


def test_dashes_between_cells_part_them_and_standard_errors_are_said():
    text = TWO_MEASURES.replace(" Mean (SD) 24.1 (3.05) 24.4 (2.95)", " LS Mean (SE) 24.1 (3.05) - 24.4 (2.95)")
    got = {(m["value"], m["dispersion"]) for m in text_study(text)["measurements"] if (m["time"] or {}).get("value") == 0}
    assert (24.4, "se") in got and (24.1, "se") in got and not any(v < 0 for v, _ in got)


# (a second reading's cases, written anew: columns that are no arms, bounds that are cells, signs of changes)
def test_a_difference_column_or_a_header_of_measures_is_no_arm():
    text = ("Table 2. Outcomes\n\nDiet plan Usual care Difference P value\nBody weight, kg\n"
            "Change at 6 mo (95% CI) –2.9 (–3.5 to –2.3) –1.0 (–1.9 to –0.1) –1.9 (–2.8 to –1.0) .01\n"
            "Change at 12 mo (95% CI) –3.1 (–3.7 to –2.5) –1.2 (–2.1 to –0.3) –1.9 (–2.9 to –0.9) .02\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="t.txt")).to_json()["studies"]
    assert not any(g["name"] == "Difference" for s in studies for g in s["groups"])
    text = ("Table 1. Pressures\n\nSystolic pressure Diastolic pressure\nDrug K 130.2 (10.1) 80.1 (5.2)\n"
            "Placebo 136.5 (11.0) 84.3 (6.0)\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="t.txt")).to_json()["studies"]
    assert not any("pressure" in g["name"] for s in studies for g in s["groups"])


def test_a_first_cell_printed_with_its_bound_keeps_its_place():
    text = ("Drug K for heart failure: a randomized trial\n\nMethods: 200 adults were randomized to drug K (n = 100) or "
            "placebo (n = 100).\n\nTable 2. Outcomes\n\nDrug K group (n = 100) Placebo group (n = 100) HR (95% CI)\n"
            "Median survival, mo >36.0 (30.1 to 40.0) 24.5 (20.1 to 28.9) 0.65 (0.50 to 0.80)\n"
            "Peak VO2, mL/kg/min 18.2 ± 3.1 16.0 ± 3.3 —\n")
    got = {(m["group"], m["value"]) for s in extract(read_bytes(text.encode("utf-8"), path="t.txt")).to_json()["studies"]
           for m in s["measurements"]}
    assert ("placebo", 0.65) not in got and ("placebo", 24.5) in got


def test_rows_that_name_no_measure_of_their_own_keep_the_lines_and_changes_keep_their_sign():
    text = ("Drug K for depression: a randomized trial\n\nMethods: 200 adults were randomized to drug K (n = 100) or "
            "placebo (n = 100).\n\nTable 2. Outcomes\n\nDrug K group (n = 100) Placebo group (n = 100)\nHAMD total score\n"
            "Score at week 8 12.2 (5.1) 16.3 (6.2)\nValue, median (IQR) at week 8 12 (9-15) 16 (12-20)\n"
            "Reduction at week 8 11.9 (5.0) 7.5 (6.0)\nBody weight, kg\nChange at 12 mo 0.8 (2.1) - 1.5 (2.3)\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="t.txt")).to_json()["studies"]
    got = {(m["measure"], m["stat"], m["value"]) for m in s["measurements"]}
    assert ("HAMD total score", "median", 12) in got and not any(name in ("Score", "Value", "Reduction") for name, _, _ in got)
    assert not any(v in (11.9, 7.5) for _, _, v in got)
    assert not any(e["value"] == 1.5 for e in s["effects"])


# A header of two roles, then the estimates between them, each column with its interval; the
# line above says the groups' cells are counts and shares.
ESTIMATE_COLUMNS = """Table 3. Outcomes at the end of the trial, nurse-led clinics against usual visits.

Counts at end of study, n (%) Estimates from the adjusted model
Control Intervention OR (95% CI) RR (95% CI)
Foot ulcer healed (primary outcome) 410 (41.0) 505 (50.5) 1.47 (1.21, 1.78) 1.23 (1.11, 1.36)
Amputation 52 (5.2) 31 (3.1) 0.58 (0.37, 0.91) 0.60 (0.39, 0.92)
"""


def test_estimate_columns_after_the_roles_are_each_rows_ratios_and_the_cells_counts():
    (s,) = extract(read_bytes(ESTIMATE_COLUMNS.encode("utf-8"), path="estimates.txt")).to_json()["studies"]
    shares = {(m["measure"].lower(), m["group"].lower(), m["stat"], m["value"], m["n"]) for m in s["measurements"]}
    assert ("foot ulcer healed", "control", "percent", 41.0, 410) in shares
    assert ("amputation", "intervention", "percent", 3.1, 31) in shares
    ratios = {(e["measure"].lower(), e["group"].lower(), e["versus"].lower(), e["type"], e["value"], tuple(e["ci"]))
              for e in s["effects"]}
    assert ratios == {("foot ulcer healed", "intervention", "control", "odds_ratio", 1.47, (1.21, 1.78)),
                      ("foot ulcer healed", "intervention", "control", "risk_ratio", 1.23, (1.11, 1.36)),
                      ("amputation", "intervention", "control", "odds_ratio", 0.58, (0.37, 0.91)),
                      ("amputation", "intervention", "control", "risk_ratio", 0.60, (0.39, 0.92))}
