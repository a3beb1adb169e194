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



def test_a_trial_summary_page_with_sized_arms_a_composite_and_pairs_before_ratios():
    """A trial's summary page: the arms as lines that open on their sizes ("N=1200 fixed-dose
    pill (…)"), the composite outcome named "composite outcome of A, B, or C" (its first event
    right after "of"), each result a pair of shares then a ratio in one bracket ("(9.0% vs.
    12.0%; HR 0.74, 95% CI 0.60 to 0.92)"), and an inclusion criterion's "within the previous
    6 months", which is no time a result was measured at."""
    from ingest.extract import extract
    from ingest.read import read_bytes
    text = ("EXAMPLE-PILL\nStudy design\nMulti-center\nOpen label\nRCT\n"
            "Inclusion criteria: older patients with MI within the previous 6 months.\n"
            "Interventions\nN=1200 fixed-dose pill (a single pill of three drugs).\n"
            "N=1190 usual care (standard therapies).\n"
            "Primary outcome\nSignificant decrease in composite outcome of CV death, nonfatal MI, or urgent "
            "revascularization (9.0% vs. 12.0%; HR 0.74, 95% CI 0.60 to 0.92).\n")
    study = extract(read_bytes(text.encode("utf-8"), path="page.txt")).to_json()["studies"][0]
    assert {(g["name"], g["n"]) for g in study["groups"]} >= {("fixed-dose pill", 1200), ("usual care", 1190)}
    composite = "CV death, nonfatal MI, or urgent revascularization"
    assert {(m["measure"], m["group"], m["value"], m["time"]) for m in study["measurements"]} == {
        (composite, "fixed-dose pill", 9.0, None), (composite, "usual care", 12.0, None)}
    assert [(e["measure"], e["type"], e["value"], e["ci"]) for e in study["effects"]] == [
        (composite, "hazard_ratio", 0.74, [0.60, 0.92])]
