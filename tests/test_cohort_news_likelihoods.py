"""News of a cohort that reports a trait's risk as a likelihood with its ratio: "Among adults
without kidney disease, those with gout were 40% more likely to have a stroke through an
average of about 6 years of follow-up after adjusting for other risk factors (HR 1.40, 95%
CI 1.10-1.78)". The page is a study (a ratio and its interval is a result), the outcome is
what they were likely to have (not the follow-up or what the result was adjusted for), and
the sides are those with the trait against those without it.

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

LEAD = "Gout may raise the risk of stroke, researchers reported.\n"


def studies_of(text: str) -> list:
    return extract(read_bytes(text.encode("utf-8"), path="news.txt")).to_json()["studies"]


@pytest.mark.parametrize("sentence", [
    "Among adults without kidney disease, those with gout were 40% more likely to have a stroke through an average of "
    "about 6 years of follow-up after adjusting for other risk factors (HR 1.40, 95% CI 1.10-1.78), according to a "
    "team of neurologists.",
    "Those with gout were 40% more likely to have a stroke after accounting for age and sex (HR 1.40, 95% CI 1.10-1.78).",
])
def test_a_likelihood_with_its_ratio_is_the_traits_ratio_of_the_outcome(sentence):
    (study,) = studies_of(LEAD + sentence + "\n")
    ratios = {(e["measure"], e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"])) for e in study["effects"]}
    assert ("stroke", "gout", "no gout", "hazard_ratio", 1.4, (1.1, 1.78)) in ratios, ratios


def test_a_page_of_no_result_stays_no_study():
    assert studies_of("Gout and stroke\n\nGout is common, and strokes are common; whether one raises the other "
                      "is not known.\n") == []


def test_an_adjustment_then_a_new_clause_keeps_the_result():
    # (an Evidence Inference abstract: "even after adjusting for each student and CR, but show a better
    # satisfaction … in the CPOE group (p = 0.035*)"; the adjustment once swallowed the clause after it)
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "evidence-inference" / "train" / "PMC4569055.txt"
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is beside the repository in CI)")
    studies = extract(read_bytes(path.read_bytes(), path=str(path))).to_json()["studies"]
    assert any(e["p"] == 0.035 for s in studies for e in s["effects"]), studies
