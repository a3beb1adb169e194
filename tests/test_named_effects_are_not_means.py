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


def test_a_rate_difference_by_its_abbreviation_is_no_mean():
    s = study("Drug K's effect on hospitalization was greater in women (HR 0.59, RD −4.57 cases/100 person-years) than "
              "in men (HR 0.94, RD −0.38 cases/100 person-years).")
    assert not [m for m in s["measurements"] if m["value"] in (-4.57, -0.38)]
    assert 0.59 in {e["value"] for e in s["effects"] if e["type"] == "hazard_ratio"}
