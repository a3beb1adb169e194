"""A results table copied from a journal page whose cells ran together and whose arm sizes were
lost: a header naming the groups without their sizes ("Drug K group ( )Placebo group ( ) P"),
a measure's line, then rows "Baseline4.48 ± 4.12(3.59, 5.36)4.13 ± 4.33(2.78, 5.47)0.572".
Each arm's value at each time is read, a row of changes from baseline is each arm's change at
the time of the row above, and the rows of who took part above the outcomes are no outcomes.

Every article here is written for this test (no text from ../shared).
"""

import sqlite3

import pytest

from ingest.commands import ingest_paths
from ingest.extract import extract
from ingest.extract.text_tables import find
from ingest.read import read_bytes

PAGE = ("Research Article\n\n"
        "Herbal granule K for migraine prophylaxis: a randomized, double-blind, placebo-controlled trial\n\n"
        "Table 2\n\nPrimary outcome measures (per protocol).\n\n"
        "Granule K group ( )Placebo group ( ) values\n"
        "Mean ± SD95% CIMean ± SD95% CI\n\n"
        "Age, years41.20 ± 10.50(39.01, 43.39)40.10 ± 9.90(37.02, 43.18)0.610\n"
        "Migraine days§\n"
        " Baseline5.10 ± 3.20(4.43, 5.77)5.30 ± 3.60(4.18, 6.42)0.700\n"
        " 4 w3.90 ± 2.80(3.32, 4.48)4.60 ± 3.10(3.64, 5.56)0.210\n"
        " Improvement from baseline−1.20 ± 2.10(−1.64, −0.76)−0.70 ± 2.40(−1.45, 0.05)0.030\n"
        " 8 w2.60 ± 2.20(2.14, 3.06)4.10 ± 2.90(3.20, 5.00)0.004\n")


def study(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="page.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_a_header_without_sizes_is_known_by_the_rows_below_it():
    tables = find(PAGE)
    assert [t.arms for t in tables] == [["Granule K", "Placebo"]]
    assert [r.label for r in tables[0].rows][:2] == ["Age, years", "Baseline"]


def test_a_heading_that_names_two_groups_is_no_header():
    text = "一、治疗前观察组和对照组基本资料之比较\n观察组年龄(45.2±8.1)岁，对照组(44.9±7.6)岁。\n"
    assert find(text) == []


def test_each_arms_value_at_each_time_and_no_value_of_who_took_part():
    got = {(m["measure"], m["group"], (m["time"] or {}).get("value"), (m["time"] or {}).get("unit"), m["value"], m["dispersion_value"])
           for m in study(PAGE)["measurements"]}
    assert got == {
        ("migraine days", "Granule K", 0, "month", 5.10, 3.20), ("migraine days", "Placebo", 0, "month", 5.30, 3.60),
        ("migraine days", "Granule K", 4, "week", 3.90, 2.80), ("migraine days", "Placebo", 4, "week", 4.60, 3.10),
        ("migraine days", "Granule K", 8, "week", 2.60, 2.20), ("migraine days", "Placebo", 8, "week", 4.10, 2.90)}


def test_a_row_of_changes_is_each_arms_change_at_the_time_above_with_its_sign_and_interval():
    changes = {(e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"] or ()), e["p"], (e["time"] or {}).get("value"))
               for e in study(PAGE)["effects"] if e["type"] in ("mean_change", "difference_in_change")}
    assert changes == {("Granule K", "baseline", "mean_change", -1.20, (-1.64, -0.76), None, 4),
                       ("Placebo", "baseline", "mean_change", -0.70, (-1.45, 0.05), None, 4),
                       ("Granule K", "Placebo", "difference_in_change", None, (), 0.030, 4)}


def test_a_glued_table_end_to_end_database(tmp_path):
    article = tmp_path / "page.txt"
    article.write_text(PAGE, encoding="utf-8")
    db = tmp_path / "evidence.db"
    assert not ingest_paths([article], db).failed
    rows = set(sqlite3.connect(db).execute(
        "select group_name, value from measurements where measure = 'migraine days' and time_value = 8"))
    assert rows == {("Granule K", 2.6), ("Placebo", 4.1)}


# A second reading of these rules; its failures, mended.

def test_a_sentence_that_names_two_groups_opens_no_table():
    text = ("Acupuncture for neck pain: a randomized trial\n\n"
            "Pain fell more between the acupuncture group and the sham group\n"
            "at week 4 (3.1 ± 0.5 vs 4.2 ± 0.6) and at week 8 (2.0 ± 0.4 vs 3.3 ± 0.7), P<0.05.\n")
    assert find(text) == []


def test_an_outcome_row_that_opens_on_a_demographic_word_is_read():
    table = ("Drug K for fever in children: a randomized trial\n\n"
             "Drug K group ( )Placebo group ( ) values\n"
             "Age, years 6.1 ± 2.0 6.3 ± 2.2 0.61\n"
             "Fever clearance\n"
             " Duration of fever, h 28.5 ± 6.1 41.3 ± 7.0 <0.001\n"
             " Duration of hospital stay, d 5.2 ± 1.1 7.1 ± 1.4 <0.001\n")
    names = {m["measure"] for m in study(table)["measurements"]}
    assert not {n for n in names if n.lower().startswith("age")}
    assert len(names) >= 1


@pytest.mark.parametrize("row, label", [
    (" Reduction from baseline 1.10 ± 0.80 0.30 ± 0.90 <0.001", "printed positive, the levels fell"),
    (" Change from baseline−1.10 ± 0.80−0.30 ± 0.90<0.001", "glued, both signs kept"),
])
def test_a_row_of_changes_takes_the_levels_sign(row, label):
    text = ("Drug K for type 2 diabetes: a randomized trial\n\n"
            "Drug K group ( )Placebo group ( ) values\n"
            "HbA1c\n"
            " Baseline 8.20 ± 0.90 8.10 ± 0.80 0.61\n"
            " 24 w 7.10 ± 0.90 7.80 ± 1.00 <0.001\n" + row + "\n")
    changes = {(e["group"], e["value"]) for e in study(text)["effects"] if e["type"] == "mean_change"}
    assert changes == {("Drug K", -1.1), ("Placebo", -0.3)}, label


def test_a_time_glued_to_its_value_is_no_reading():
    # "Week 247.10": week 24's 7.10 or week 2's 47.10, the page does not say.
    text = ("Drug K for type 2 diabetes: a randomized trial\n\n"
            "Drug K group ( )Placebo group ( ) values\n"
            "HbA1c\n"
            " Baseline8.20 ± 0.90 8.10 ± 0.80 0.61\n"
            " Week 247.10 ± 0.90 7.80 ± 1.00 <0.001\n")
    assert not [m for m in study(text)["measurements"] if m["value"] in (247.1, 47.1, 7.1)]
