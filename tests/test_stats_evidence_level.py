"""Evidence level (Oxford CEBM 2011) and bias flags."""

import pytest

from ingest.extract.record import Group, Participants, Study
from ingest.stats.evidence_level import assess, bias_flags, evidence_level


@pytest.mark.parametrize("design, level", [
    ("meta_analysis", 1), ("systematic_review", 1), ("rct", 2), ("non_randomized_controlled", 3),
    ("cohort", 3), ("case_control", 4), ("case_series", 4), ("single_arm_trial", 4), ("case_report", 4),
    ("narrative_review", 5), ("preclinical", 5), ("other", None), (None, None),
])
def test_levels(design, level):
    assert evidence_level(design)[0] == level


def test_case_series_like_the_seed():
    s = Study(design="case_series", participants=Participants(enrolled=106))
    assert assess(s, "本病例系列研究评估了106例患者") == {
        "evidence_level": 4,
        "evidence_level_basis": "case series, case-control, cross-sectional or uncontrolled study",
        "bias_flags": ["single_arm", "no_control", "not_randomised", "not_blinded"],
    }


def test_blinded_placebo_controlled_rct_has_only_its_real_flags():
    s = Study(design="rct", comparator="placebo", participants=Participants(enrolled=80),
              groups=[Group("treatment", "arm", 40), Group("placebo", "arm", 40)])
    assert bias_flags(s, "A randomised, double-blind, placebo-controlled trial") == []
    assert bias_flags(s, "随机双盲安慰剂对照试验") == []
    assert bias_flags(s, "An open-label randomised trial") == ["not_blinded"]


def test_retrospective_and_small_n():
    s = Study(design="cohort", participants=Participants(enrolled=24))
    flags = bias_flags(s, "本研究回顾性分析了24例患者")
    assert {"retrospective", "small_n", "no_control", "not_randomised", "not_blinded"} == set(flags)
    assert "retrospective" in bias_flags(s, "A retrospective review of 24 charts")


def test_reviews_get_no_primary_study_flags():
    assert bias_flags(Study(design="meta_analysis", participants=Participants(enrolled=12)), "meta-analysis") == []
    assert bias_flags(Study(design="preclinical"), "in mice") == []
