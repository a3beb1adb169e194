"""Tables whose header runs over three rows or over lines of its own: each arm over its values
at each visit and its change, visits counted from a dose, and the cells such tables print
("13/24 (54·2% [32·8–74·5])", a geometric mean titre with its interval, an age band's row).

Every table here is written for this test, in its own words and numbers.
"""

from ingest.extract import extract
from ingest.read import read_bytes


def study_of(text: str) -> dict:
    (study,) = extract(read_bytes(text.encode("utf-8"), path="table.txt")).to_json()["studies"]
    return study


def measurements(study: dict) -> set:
    return {(m["measure"], m["group"], (m.get("time") or {}).get("value"), m["value"],
             tuple(m["dispersion_value"]) if isinstance(m.get("dispersion_value"), list) else m.get("dispersion_value"))
            for m in study["measurements"]}


def effects(study: dict) -> set:
    return {(e["measure"], e["group"], e["versus"], (e.get("time") or {}).get("value"), e.get("type"), e["value"],
             tuple(e.get("ci") or ())) for e in study["effects"]}


# Each arm over "Mean (SD)" at two visits and its change, then the difference of the arms.
THREE_ROWS = (
    "Table 2. Outcomes by study group.\n"
    "Outcome | Intervention group | Control group | Between-group difference, mean (95% CI)a | ||||\n"
    "---|---|---|---|---|---|---|---|\n"
    "Mean (SD) | Change, mean (95% CI)a | Mean (SD) | Change, mean (95% CI)a | ||||\n"
    "Baseline | 12 mo | Baseline | 12 mo | ||||\n"
    "Blood pressure, mm Hg | |||||||\n"
    "Systolicb | 131.2 (11.0) | 126.0 (10.4) | −5.1 (−7.0 to −3.2) | 130.4 (12.1) | 129.9 (11.8) | −0.4 (−2.2 to 1.4) | "
    "−4.7 (−7.3 to −2.1) |\n"
    "Body mass indexc | 31.5 (4.2) | 30.1 (4.0) | −1.4 (−1.8 to −1.0) | 31.9 (4.4) | 31.6 (4.3) | −0.3 (−0.7 to 0.1) | "
    "−1.1 (−1.7 to −0.5) |\n"
    "Glycated hemoglobin A1C, % | 7.2 (1.1) | 6.8 (1.0) | −0.4 (−0.6 to −0.2) | 7.1 (1.2) | 7.0 (1.1) | −0.1 (−0.3 to 0.1) | "
    "−0.3 (−0.6 to 0.0) |\n"
)


def test_each_arm_over_its_visits_and_its_change():
    study = study_of(THREE_ROWS)
    found = measurements(study)
    assert ("Systolic", "intervention", 0, 131.2, 11.0) in found
    assert ("Systolic", "intervention", 12, 126.0, 10.4) in found
    assert ("Systolic", "control", 12, 129.9, 11.8) in found
    assert ("body mass index", "control", 0, 31.9, 4.4) in found
    changes = effects(study)
    assert ("Systolic", "intervention", "baseline", 12, "mean_change", -5.1, (-7.0, -3.2)) in changes
    assert ("body mass index", "control", "baseline", 12, "mean_change", -0.3, (-0.7, 0.1)) in changes
    assert ("Systolic", "intervention", "control", 12, "difference_in_change", -4.7, (-7.3, -2.1)) in changes
    # (no value of one visit read at another, no change read as a level)
    assert not any(m["value"] in (-5.1, -4.7) for m in study["measurements"])


def test_a_label_ending_on_a_percent_sign_is_a_unit_of_means():
    study = study_of(THREE_ROWS)
    assert ("HbA1c", "intervention", 0, 7.2, 1.1) in measurements(study)
    assert ("HbA1c", "control", "baseline", 12, "mean_change", -0.1, (-0.3, 0.1)) in effects(study)


def test_a_footnote_letter_glued_to_a_label_is_no_part_of_its_name():
    names = {m["measure"] for m in study_of(THREE_ROWS)["measurements"]}
    assert not any(name.endswith(("Systolicb", "indexc")) for name in names)


def test_the_arm_keeps_the_name_the_article_gives_its_role():
    groups = {g["name"] for g in study_of(THREE_ROWS)["groups"]}
    assert "intervention" in groups and "treatment" not in groups


# Visits printed a line each above a header of empty cells; each visit over its run of arms and p.
DOSES = (
    "Table 3.\n"
    "Antibody responses 28 days after each dose in the phase 1 trial\n"
    "Day 28 after first dose |\n"
    "Day 28 after second dose |\n"
    "|||||\n"
    "---|---|---|---|---|---|---|\n"
    "5 μg group | 10 μg group | p value | 5 μg group | 10 μg group | p value | |\n"
    "Seroconversion rate | ||||||\n"
    "Total | 11/20 (55·0% [31·5–76·9]) | 14/20 (70·0% [45·7–88·1]) | 0·327 | 20/20 (100·0% [83·2–100·0]) | "
    "19/20 (95·0% [75·1–99·9]) | 0·500 |\n"
    "60–64 years | 6/10 (60·0% [26·2–87·8]) | 7/10 (70·0% [34·8–93·3]) | 0·639 | 10/10 (100·0% [69·2–100·0]) | "
    "9/10 (90·0% [55·5–99·7]) | 0·500 |\n"
    "Geometric mean titre | ||||||\n"
    "Total | 7·1 (4·9–10·3) | 9·8 (6·8–14·1) | 0·210 | 51·2 (36·0–72·8) | 60·3 (40·2–90·4) | 0·511 |\n"
    "Geometric mean titres are shown with 95% CIs.\n"
)


def test_visits_printed_above_an_empty_header_each_head_their_arms():
    found = measurements(study_of(DOSES))
    assert ("seroconversion rate", "5 μg group", 28, 55.0, (31.5, 76.9)) in found


def test_a_visit_counted_from_a_later_dose_is_not_on_the_studys_clock():
    study = study_of(DOSES)
    after_second = [m for m in study["measurements"] if m["value"] in (100.0, 95.0, 51.2, 60.3)]
    assert after_second and all(m.get("time") is None for m in after_second)
    first = [m for m in study["measurements"] if m["value"] in (55.0, 70.0, 7.1, 9.8)]
    assert first and all(m["time"] == {"value": 28, "unit": "day"} for m in first)


def test_a_count_its_share_and_the_shares_interval_in_one_cell():
    study = study_of(DOSES)
    (cell,) = [m for m in study["measurements"] if m["value"] == 70.0 and m["group"] == "10 μg group"]
    assert (cell["stat"], cell["dispersion"], cell["dispersion_value"], cell["n"]) == ("percent", "ci95", [45.7, 88.1], 14)


def test_a_geometric_mean_titres_bracket_is_its_interval():
    study = study_of(DOSES)
    (gmt,) = [m for m in study["measurements"] if m["value"] == 7.1]
    assert (gmt["measure"], gmt["stat"], gmt["dispersion"], gmt["dispersion_value"]) == (
        "geometric mean titre", "mean", "ci95", [4.9, 10.3])


def test_an_age_band_row_is_a_subgroup_not_a_time():
    study = study_of(DOSES)
    band = [m for m in study["measurements"] if m["value"] == 60.0]
    assert band and band[0]["group"] == "5 μg group, 60–64 years" and band[0]["time"] == {"value": 28, "unit": "day"}


def test_an_intervals_level_in_a_note_is_no_value():
    # (the 95.0% of a cell is its count's share; the note's "95% CIs" no value)
    assert not any(m["value"] == 95 and m.get("n") is None for m in study_of(DOSES)["measurements"])
