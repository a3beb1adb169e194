"""Tables whose visits head runs of columns, each run the arms and then their difference and
its p ("Mean changes at 8 weeks" over "Drug Q | Sham | Adjusted difference [95% CI] | P"), with
a measure's heading over the rows that are ways of taking it ("SBP" over "Clinic", "Home").

The table here is written for these tests (no text from ../shared).
"""
from ingest.extract import extract, sub_headers
from ingest.read import read_bytes

VISITS_OVER_ARMS = (
    "TABLE 4.\n"
    "Blood pressure lowering by drug Q in untreated adults (n = 48)\n"
    "Mean changes at 8 weeks | Mean changes at 20 weeks | |||||||\n"
    "---|---|---|---|---|---|---|---|---|\n"
    "Drug Q | Sham | Adjusted difference [95% CI] | p‐Value a | Drug Q | Sham | Adjusted difference [95% CI] | p‐Value a | |\n"
    "SBP | ||||||||\n"
    "Clinic | −7.2 | 0.9 | −8.0 [−12 to − 2.5] | .004 | −5.5 | −1.1 | −4.2 [−9.9 to 1.4] | .15 |\n"
    "Home | −4.4 | 1.2 | −5.3 [−9.1 to − 1.6] | .006 | −3.0 | 0.40 | −3.6 [−8.0 to 0.8] | .11 |\n"
    "DBP | ||||||||\n"
    "Clinic | −3.9 | 0.3 | −4.1 [−6.6 to − 1.7] | .001 | −2.2 | −0.6 | −1.7 [−4.5 to 1.1] | .23 |\n"
    "a Adjusted for site.\n")


def effects_of(text):
    studies = extract(read_bytes(text.encode("utf-8"), path="table.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return {(e["measure"], e["group"].lower(), e["versus"].lower(), e["time"]["value"] if e.get("time") else None): e
            for e in studies[0]["effects"]}


def test_each_visit_is_a_table_of_the_arms_and_their_difference():
    parts = sub_headers.resolve(["Mean changes at 8 weeks", "Mean changes at 20 weeks"],
                                [["drug q", "sham", "Difference (95% CI)", "P", "drug q", "sham", "Difference (95% CI)", "P"],
                                 ["SBP"], ["Clinic", "-7", "1", "-8 (-12 to -3)", ".004", "-5", "-1", "-4 (-9 to 1)", ".15"]])
    assert [(head, heading, kind) for head, _, heading, kind, _ in parts] == [
        (["", "drug q", "sham", "Difference (95% CI)", "P"], "Mean changes at 8 weeks", "visit"),
        (["", "drug q", "sham", "Difference (95% CI)", "P"], "Mean changes at 20 weeks", "visit")]
    assert [rows[-1][1] for _, rows, _, _, _ in parts] == [["Clinic", "-7", "1", "-8 (-12 to -3)", ".004"],
                                                           ["Clinic", "-5", "-1", "-4 (-9 to 1)", ".15"]]


def test_each_arms_change_and_the_difference_at_each_visit():
    effects = effects_of(VISITS_OVER_ARMS)
    change = effects[("SBP, Clinic", "drug q", "baseline", 8)]
    assert (change["type"], change["value"]) == ("mean_change", -7.2)
    assert effects[("SBP, Clinic", "sham", "baseline", 20)]["value"] == -1.1
    difference = effects[("SBP, Clinic", "drug q", "sham", 8)]
    # (the bound's minus printed apart from its digits; the p without its leading zero)
    assert (difference["type"], difference["value"], difference["ci"], difference["p"]) == \
        ("difference_in_change", -8.0, [-12, -2.5], 0.004)
    assert effects[("SBP, Home", "drug q", "sham", 20)]["p"] == 0.11


def test_rows_under_each_measures_heading_keep_it():
    # ("Clinic" under "DBP" is no second clinic SBP)
    effects = effects_of(VISITS_OVER_ARMS)
    assert effects[("DBP, Clinic", "drug q", "sham", 8)]["value"] == -4.1
    assert effects[("SBP, Clinic", "drug q", "sham", 8)]["value"] == -8.0
    assert all(not measure.startswith("Clinic") for measure, _, _, _ in effects)


def test_a_heading_that_names_a_measure_at_a_visit_is_no_visit_alone():
    assert not sub_headers._is_visit("Seroconversion rate at day 28")
    assert sub_headers._is_visit("Mean changes at 16 weeks") and sub_headers._is_visit("Week 4")
