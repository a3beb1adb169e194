"""News of a trial in its usual words: "reduced the relative risk of X by 14%", a drug by its
brand where the design names it by its generic name, a change named as the subject of its
values, and arms labelled by letters after a colon.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes


def study_of(text: str) -> dict:
    (study,) = extract(read_bytes(text.encode("utf-8"), path="news.txt")).to_json()["studies"]
    return study


def effects(study: dict) -> set:
    return {(e["measure"], e["group"], e["versus"], e.get("type"), e["value"]) for e in study["effects"]}


def test_a_reduction_of_the_relative_risk_is_an_effect_of_the_treatment():
    text = ("Trial results\n\nIn the HEART-7 trial, adults were randomised to drug K or placebo.\n"
            "Drug K reduced the relative risk of stroke by 14%, driven by a 38% reduction in the relative risk of "
            "cardiovascular death.\n")
    found = effects(study_of(text))
    assert ("stroke", "drug k", "placebo", "effect_size", -14) in found
    assert ("cardiovascular death", "drug k", "placebo", "effect_size", -38) in found


def test_a_drug_by_its_brand_is_the_arm_the_vocabulary_names_otherwise():
    text = ("A drugmaker reports results from a trial assessing Jardiance and placebo, both added to standard of care, "
            "in adults with type 2 diabetes.\n\nJardiance reduced the relative risk of stroke by 14%.\n\n"
            "The findings were published in a journal.\n")
    study = study_of(text)
    assert ("stroke", "empagliflozin", "placebo", "effect_size", -14) in effects(study)
    assert "Jardiance" not in {g["name"] for g in study["groups"]}


def test_a_value_bracketed_after_an_arm_in_the_subject_of_a_change_is_that_arms_change():
    text = ("Methods: Forty patients were randomly assigned to group A (n = 20) or group B (n = 20).\n"
            "Results: The increase in LVEF after 12 months in group B (11.7 ± 2.6%) was significantly greater than that "
            "in group A (7.2 ± 1.6%, P < 0.001).\n")
    study = study_of(text)
    changes = {(e["group"], e["value"]) for e in study["effects"] if e.get("type") == "mean_change"}
    assert ("group B", 11.7) in changes and ("group A", 7.2) in changes
    assert not any(m["value"] == 11.7 for m in study["measurements"])


def test_a_terms_words_across_a_colon_name_nothing():
    text = ("Thirty-nine patients were randomly assigned to three groups after percutaneous coronary intervention: "
            "Group A (n = 12) received one infusion of cells; Group B (n = 15) received two infusions.\n"
            "Results: ejection fraction rose more in group B (P < 0.001).\n")
    groups = {(g["name"], g.get("n")) for g in study_of(text)["groups"]}
    assert ("group A", 12) in groups and ("group B", 15) in groups
    assert not any(name == "treatment" for name, _ in groups)
