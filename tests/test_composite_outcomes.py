"""An outcome made of several events ("a composite of worsening heart failure or
cardiovascular death", "stroke or death") is one measure: read apart, its numbers were
stored as those of its last event, a number a reader would take for the deaths alone."""

import pytest

from ingest.extract import extract
from ingest.read.document import Document

TRIAL = ("Drug K in heart failure: a randomised trial\n\nIn this randomised, placebo-controlled trial, 4744 patients "
         "were assigned to drug K or placebo. {sentence}\n")


def study(sentence: str) -> dict:
    return extract(Document(text=TRIAL.format(sentence=sentence), path="x.txt", sha256="0")).to_json()["studies"][0]


@pytest.mark.parametrize("sentence, measure", [
    ("The primary outcome, a composite of worsening heart failure or cardiovascular death, occurred in 386 patients "
     "(16.3%) in the drug K group and in 502 patients (21.2%) in the placebo group (hazard ratio, 0.74; 95% CI, 0.65 "
     "to 0.85).", "worsening heart failure or cardiovascular death"),
    ("Stroke or death occurred less often with drug K (hazard ratio, 0.74; 95% CI, 0.65 to 0.85).", "Stroke or death"),
    ("The composite heart failure hospitalization and cardiovascular death was lower with drug K (hazard ratio, 0.74; "
     "95% CI, 0.65 to 0.85).", "heart failure hospitalization and cardiovascular death"),
])
def test_a_composite_is_one_measure_not_its_last_event(sentence, measure):
    effects = study(sentence)["effects"]
    assert [(e["measure"], e["value"]) for e in effects if e["type"] == "hazard_ratio"] == [(measure, 0.74)]


def test_two_scores_joined_by_or_stay_two():
    # "pain or function" are no events: nothing joins them
    s = study("Neither pain nor function improved; the WOMAC pain or WOMAC function score did not differ (P = 0.41).")
    assert not any(" or " in e["measure"] for e in s["effects"])

