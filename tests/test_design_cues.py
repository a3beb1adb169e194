"""A study's design from what the article says of how it was run, where no phrase names it:
a cohort by its word, its following or its data source; a trial's hints always outweigh them
(trials follow people up too). The cues are vocabulary (ingest/vocab/designs.yaml), not code.
Made-up articles."""

import pytest

from ingest.extract import extract
from ingest.read.document import Document


def design(text: str) -> str | None:
    return extract(Document(text)).studies[0].design


@pytest.mark.parametrize("text, expected", [
    ("Night shifts and death in nurses\n\nIn a cohort of 28,731 nurses, the risk of death was higher with night "
     "shifts (HR 1.10, 95% CI 1.02-1.19).", "cohort"),
    ("Sleep and illness\n\nThe 10,308 officials of the Whitehall II study were followed for a median of 24 years. "
     "Short sleep was associated with a higher risk of multimorbidity (HR 1.30, 95% CI 1.12-1.50).", "cohort"),
    ("鸡蛋与死亡\n\n这项研究基于中国健康与营养调查中18914名成年人的数据，每天吃鸡蛋者死亡风险降低（HR=0.80）。", "cohort"),
    # a trial that follows its people up stays a trial
    ("Velorexin trial\n\nPatients were randomly assigned to velorexin or placebo and were followed up for 12 months. "
     "The response rate was 40% with velorexin and 20% with placebo.", "rct"),
])
def test_design_from_how_the_study_was_run(text, expected):
    assert design(text) == expected
