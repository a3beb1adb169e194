"""A mean with its SD named after a comma ("mean 12.0 d, SD 3.9"), and an arm given nothing
("no-intervention group"), which holds the words "intervention group" but is no treatment
arm. Every article here is written for this test, in its own words."""

from ingest.extract import extract
from ingest.read import read_bytes

ARTICLE = ("Acupuncture after liver surgery: a randomized trial\n\n"
           "A total of 100 patients were randomly assigned to an acupuncture group (n = 50) or a "
           "no-intervention group (n = 50).\n"
           "Hospital stay was shorter in the acupuncture group (mean 12.0 d, SD 3.9) than in the "
           "no-intervention group (mean 15.5 d, SD 5.8; P = 0.01).\n")


def study() -> dict:
    (s,) = extract(read_bytes(ARTICLE.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return s


def test_the_mean_and_its_sd_after_a_comma_are_one_value():
    got = {(m["measure"], m["group"], m["value"], m["dispersion"], m["dispersion_value"], m["time"])
           for m in study()["measurements"]}
    assert got == {("length of hospital stay", "acupuncture", 12.0, "sd", 3.9, None),
                   ("length of hospital stay", "no-intervention", 15.5, "sd", 5.8, None)}


def test_the_duration_measured_is_no_time_point():
    (effect,) = study()["effects"]
    assert (effect["group"], effect["versus"], effect["p"], effect["time"]) == (
        "acupuncture", "no-intervention", 0.01, None)


def test_a_no_intervention_arm_is_not_a_treatment_arm():
    assert [g["name"] for g in study()["groups"]] == ["acupuncture", "no-intervention"]
