"""An abbreviation means what the article says it means. "Human rotavirus vaccine (HRV; i.e.,
Rotarix)" spells HRV out as a vaccine: no heart rate variability is measured, and the product's
name after it is no abbreviation of anything ("Rotarix" was once read as heart rate
variability). "minimal disease activity (MDA)" is no malondialdehyde. An abbreviation spelled
out in words the vocabulary's measure shares ("red blood cell (RBC)") keeps its measure.
Written for this test."""
from ingest.extract import extract
from ingest.extract.context import Context
from ingest.read import read_bytes
from ingest.read.document import Document


def measures(text: str) -> set:
    return {m["measure"] for s in extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
            for m in s["measurements"] + s["effects"]}


def test_an_abbreviation_spelled_out_as_something_else_is_not_the_vocabularys_measure():
    got = measures("Rotavirus vaccine in infants\n\nHuman rotavirus vaccine (HRV; i.e., Rotarix) reduces severe "
                   "gastroenteritis. In this randomized trial, 1,300 infants received HRV or placebo. Over two seasons, "
                   "Rotarix efficacy against severe gastroenteritis was 59% (95% CI 1 to 83); HRV was 65% (95% CI 20 "
                   "to 85) in the first season.\n")
    assert "heart rate variability" not in got


def test_a_products_name_after_the_abbreviation_defines_nothing():
    ctx = Context(Document("Human rotavirus vaccine (HRV; i.e., Rotarix) was given."))
    assert "Rotarix" not in ctx.abbreviations["measures"]
    assert ctx._spelled_out == {"HRV": {"human", "rotavirus", "vaccine"}}


def test_an_abbreviation_spelled_out_in_the_measures_own_words_keeps_it():
    ctx = Context(Document("Samples were analysed for red blood cell (RBC) membrane fatty acids. RBC counts rose."))
    assert "red blood cell count" in {m.name for m in ctx.mentions("measures")}


def test_an_abbreviation_spelled_out_in_square_brackets():
    # ("least-squares mean [LSM]" is no liver stiffness measurement)
    got = measures("Drug V in insomnia\n\nIn this randomized trial, 600 patients received drug V or placebo. Sleep "
                   "latency improved with drug V compared to placebo (differences of the least-squares mean [LSM] "
                   "changes from baseline, -10.2 min [95% CI -14.0, -6.4] p<.001).\n")
    assert "liver stiffness measurement" not in got
