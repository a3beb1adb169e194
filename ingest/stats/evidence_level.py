"""Level of evidence (Oxford CEBM 2011) and risk-of-bias flags from a study's design.

>>> assess({"design": "case_series", "participants": {"enrolled": 106}})["evidence_level"]
4
>>> assess({"design": "case_series", "participants": {"enrolled": 106}})["bias_flags"]
['single_arm', 'no_control', 'not_randomised', 'not_blinded']

The level answers CEBM's question "does this intervention help?": 1 systematic review of
randomised trials, 2 randomised trial, 3 non-randomised controlled cohort, 4 case series,
case-control or historically controlled study, 5 mechanism-based reasoning. It is read
from the design alone, before any grading down for bias or imprecision (which the flags
invite a reader to do).

Flags (facetable on ``studies.bias_flags``):

- ``single_arm``: one group only (single-arm trial, case series, case report);
- ``no_control``: no comparator arm stated;
- ``retrospective``: the article says the data were looked at retrospectively;
- ``small_n``: fewer than 30 analysed (or enrolled);
- ``not_randomised``: a primary study whose design is not a randomised trial;
- ``not_blinded``: the article says open-label, or never mentions blinding.

The flags that read the article's text (retrospective, blinding) look for a handful of
words in either language; a flag is a prompt to check, never a verdict.
"""

from __future__ import annotations

import re

from . import view

LEVELS = {
    "systematic_review": 1, "meta_analysis": 1, "rct": 2, "non_randomized_controlled": 3, "cohort": 3,
    "case_control": 4, "case_series": 4, "single_arm_trial": 4, "case_report": 4, "cross_sectional": 4,
    "narrative_review": 5, "preclinical": 5,
}
BASIS = {
    1: "systematic review or meta-analysis (level 1 when it pools randomised trials)",
    2: "randomised trial",
    3: "non-randomised controlled study (cohort or controlled trial)",
    4: "case series, case-control, cross-sectional or uncontrolled study",
    5: "mechanism-based reasoning (review or preclinical study)",
}
SINGLE_ARM = {"single_arm_trial", "case_series", "case_report"}
CONTROLLED = {"rct", "non_randomized_controlled", "case_control"}
SECONDARY = {"systematic_review", "meta_analysis", "narrative_review", "preclinical"}
CONTROL_WORDS = {"control", "placebo", "sham", "standard care", "usual care"}
SMALL_N = 30

RETROSPECTIVE = re.compile(r"retrospective|回顾性|回顾分析|回顾了", re.I)
BLINDED = re.compile(r"(?:double|single|triple|assessor|observer|evaluator)[- ]?blind|\bblinded\b|\bmasked\b|"
                     r"盲法|双盲|单盲|三盲|设盲|盲态|盲评", re.I)
OPEN_LABEL = re.compile(r"open[- ]label|unblinded|non-blinded|开放标签|开放性|非盲", re.I)
# Every match of BLINDED holds "blind", "mask" or 盲, and every match of OPEN_LABEL "label",
# "blind", 开放 or 盲 (in the same case-insensitive sense): these literal searches scan a text
# for a few first characters, five times faster than the patterns above, whose alternatives
# (\b, ``(?:double|single|...)``) are tried at every position. A text without them cannot match.
BLINDED_HINT = re.compile(r"blind|mask|盲", re.I)
OPEN_LABEL_HINT = re.compile(r"label|blind|开放|盲", re.I)


def evidence_level(design: str | None) -> tuple[int | None, str | None]:
    """CEBM 2011 level for a design, with what it rests on.

    >>> evidence_level("rct")
    (2, 'randomised trial')
    >>> evidence_level("other")
    (None, None)
    """
    level = LEVELS.get(design or "")
    return level, BASIS.get(level) if level else None


def bias_flags(study, text: str | None = None) -> list[str]:
    """Risk-of-bias flags for a study, from its record and, for two of them, the article's text.

    >>> bias_flags({"design": "rct", "comparator": "placebo", "participants": {"enrolled": 24}},
    ...            "A double-blind randomised trial")
    ['small_n']
    """
    study = view.as_dict(study)
    design = study.get("design")
    flags = []
    arms = [g for g in study.get("groups") or () if g.get("role") == "arm" and g.get("name") != "all"]
    has_control = bool(study.get("comparator")) or any(g.get("name") in CONTROL_WORDS for g in arms)
    primary = design not in SECONDARY
    if design in SINGLE_ARM:
        flags.append("single_arm")
    if primary and design and not has_control and design not in CONTROLLED:
        flags.append("no_control")
    if primary and text and RETROSPECTIVE.search(text):
        flags.append("retrospective")
    n, _, _ = view.whole_n(study)
    if primary and n is not None and n < SMALL_N:
        flags.append("small_n")
    if primary and design and design != "rct":
        flags.append("not_randomised")
    if primary and design and (text is None or (OPEN_LABEL_HINT.search(text) and OPEN_LABEL.search(text))
                               or not (BLINDED_HINT.search(text) and BLINDED.search(text))):
        flags.append("not_blinded")
    return flags


def assess(study, text: str | None = None) -> dict:
    """The columns added to ``studies``: evidence_level, evidence_level_basis, bias_flags."""
    study = view.as_dict(study)
    level, basis = evidence_level(study.get("design"))
    return {"evidence_level": level, "evidence_level_basis": basis, "bias_flags": bias_flags(study, text)}
