"""A ratio or a difference named before its value ("HR: 0.75 (0.71–0.79)") is an effect
with its confidence interval, never also a mean with a range: read twice, the interval's
bounds were stored as the spread of a measurement that no arm had."""

import pytest

from ingest.extract import extract
from ingest.read.document import Document

TRIAL = ("Drug K in heart failure: a randomised trial\n\nIn this randomised, placebo-controlled trial, 4744 patients "
         "were assigned to drug K or placebo. {sentence}\n")


def study(sentence: str) -> dict:
    return extract(Document(text=TRIAL.format(sentence=sentence), path="x.txt", sha256="0")).to_json()["studies"][0]


@pytest.mark.parametrize("bracket", ["[HR: 0.75 (0.71–0.79); P <0.001]", "(OR 0.75 (0.71-0.79), P<0.001)",
                                     "(mean difference: 0.75 (0.71 to 0.79))"])
def test_a_named_ratio_and_its_interval_are_no_mean_and_range(bracket):
    s = study(f"Drug K reduced hospitalization for heart failure {bracket}.")
    assert not [m for m in s["measurements"] if m["value"] == 0.75]
