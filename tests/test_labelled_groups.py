"""A cohort whose groups the article names in brackets with their sizes ("either drug A 2 mg
(drug A 2 mg group, n=51) or drug B (drug B group, n=49)"); values "in 80.4% and 87.8% of
patients in the drug A 2 mg and drug B groups, respectively" (the dose inside a group's name is
no value between them); a change "from 0.59±0.51 (Snellen equivalent, 20/77) at baseline to …"
(an aside in brackets); and a sentence that goes on about the arm the one before opened on
("In the drug A 2 mg group, … Correspondingly, mean CRT decreased …").

Written for this test (no text from ../shared)."""

import sqlite3

from ingest.commands import ingest_paths
from ingest.extract import extract
from ingest.read import read_bytes

PAGE = ("Drug A 2 mg versus drug B in macular degeneration: a retrospective cohort study\n\n"
        "Methods: This retrospective study included 100 eyes given three monthly injections of either drug A 2 mg "
        "(drug A 2 mg group, n=51) or drug B (drug B group, n=49).\n"
        "Results: In the drug A 2 mg group, mean BCVA improved from 0.61±0.50 (Snellen equivalent, 20/81) at baseline "
        "to 0.41±0.42(20/51) at 3 months (P <0.001). Correspondingly, mean CRT decreased from 452.1±150.0 µm to "
        "289.9±80.0 µm (P <0.001). In the drug B group, mean BCVA improved from 0.63±0.45 to 0.47±0.36 (P <0.001). "
        "Complete fluid resolution was observed in 80.4% and 87.8% of patients in the drug A 2 mg and drug B groups, "
        "respectively (P =0.234).\n")


def study() -> dict:
    (s,) = extract(read_bytes(PAGE.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def test_groups_named_in_brackets_with_their_sizes_are_the_arms():
    arms = {(g["name"], g["n"]) for g in study()["groups"] if g["role"] == "arm"}
    assert arms == {("drug A 2 mg", 51), ("drug B", 49)}


def test_each_value_on_its_arm_measure_and_time():
    got = {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"]) for m in study()["measurements"]}
    assert {("BCVA", "drug A 2 mg", 0, 0.61), ("BCVA", "drug A 2 mg", 3, 0.41),
            ("BCVA", "drug B", 0, 0.63), ("BCVA", "drug B", 3, 0.47)} <= got
    # (the sentence after "In the drug A 2 mg group" goes on about that arm)
    crt = {(g, v) for m, g, _, v in got if m != "BCVA" and v in (452.1, 289.9)}
    assert crt == {("drug A 2 mg", 452.1), ("drug A 2 mg", 289.9)}
    shares = {(g, v) for m, g, _, v in got if v in (80.4, 87.8)}
    assert shares == {("drug A 2 mg", 80.4), ("drug B", 87.8)}
    # (the Snellen equivalents in brackets are no values)
    assert not {v for *_, v in got} & {20, 81, 51}


def test_into_the_database(tmp_path):
    page = tmp_path / "cohort.txt"
    page.write_text(PAGE, encoding="utf-8")
    db = tmp_path / "e.db"
    ingest_paths([str(page)], str(db))
    rows = sqlite3.connect(db).execute("select group_name, value from measurements where value in (80.4, 87.8) "
                                       "order by value").fetchall()
    assert rows == [("drug A 2 mg", 80.4), ("drug B", 87.8)]
