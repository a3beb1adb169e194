"""A single-arm study's values before and after treatment, as abstracts write them: "increased
from 34.8 ± 11.6% before therapy to 37 ± 11.3% at 6 months" (the unit between a value and its
time), "… and 37.2 ± 13.8% at months after the 2nd infusion" (a value after treatment is no
baseline value, whatever time the clause named before it). Written for this test."""
from ingest.extract import extract
from ingest.read import read_bytes

HEAD = ("Stem cells for COPD: a phase 1 study\n\nIn a phase 1 single-arm trial, 24 patients with COPD received "
        "autologous bone marrow stem cells. ")


def measurements(sentence: str) -> set:
    (s,) = extract(read_bytes((HEAD + sentence + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(m["measure"], (m["time"] or {}).get("value"), m["value"]) for m in s["measurements"]}


def test_a_unit_between_a_value_and_its_time():
    assert measurements("FEV1 increased from 33.9 ± 10.4% before therapy to 36.5 ± 10.9% at 6 months (p < 0.05).") == {
        ("FEV1", 0, 33.9), ("FEV1", 6, 36.5)}


def test_a_glued_unit_and_before_infusion():
    assert measurements("The six-minute walk distance rose from 371.5 ± 101.2m before infusion to 402.6 ± 88.0m at "
                        "6 months (p < 0.05).") == {("six-minute walk distance", 0, 371.5), ("six-minute walk distance", 6, 402.6)}


def test_a_value_after_the_second_infusion_is_no_baseline_value():
    got = measurements("Average FEV1 increased from 33.9 ± 10.4% before therapy to 36.5 ± 10.9% at months after the "
                       "1st infusion and 36.9 ± 12.1% at months after the 2nd infusion (p < 0.05).")
    assert ("FEV1", 0, 33.9) in got
    assert not [v for _, t, v in got if t == 0 and v != 33.9]


def test_a_part_after_and_that_names_its_own_measure():
    # CHAQ is no measure of the vocabulary's: its value is still no second ESR
    assert measurements("At baseline, the median ESR was 7.5 (IQR 3-13.2) mm/hr and the median CHAQ score was 0.75 "
                        "(IQR 0.5-1.25).") == {("erythrocyte sedimentation rate", 0, 7.5), ("CHAQ score", 0, 0.75)}


def test_a_change_whose_values_carry_a_unit_and_a_range_in_brackets():
    # (each value with its unit and its range, "(range, 2.0-40.5)", then its time: the first value at
    # baseline, the second at week 12, each with its range; the ranges' ends are no values)
    from ingest.extract import extract
    from ingest.read import read_bytes
    text = ("Drug K in leg ulcers: a case series\n\nEighteen patients with leg ulcers were treated with drug K. "
            "The median target ulcer area fell from 10.5 cm2 (range, 2.0-40.5) at baseline to 3.9 cm2 "
            "(range, 0-22.5) at week 12 (P<.001).\n")
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    got = {(m["measure"], (m["time"] or {}).get("value"), m["stat"], m["value"], m["dispersion"], tuple(m["dispersion_value"] or ()))
           for m in s["measurements"]}
    assert got == {("wound area", 0, "median", 10.5, "range", (2.0, 40.5)), ("wound area", 12, "median", 3.9, "range", (0, 22.5))}, got
