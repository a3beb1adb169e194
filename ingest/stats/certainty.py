"""A GRADE-style certainty rating of one pooled comparison, computed from the data, every
reason written out. Computed, not a panel judgement.

>>> pooled = {"k": 2, "estimate": -0.4, "ci_low": -0.7, "ci_high": -0.1, "I2": 0.0, "weights": [0.6, 0.4]}
>>> studies = [{"design": "rct", "bias_flags": [], "n": 120}, {"design": "rct", "bias_flags": ["not_blinded"], "n": 90}]
>>> r = rate(pooled, studies, "between_arms")
>>> r["start"], r["rating"], [d["domain"] for d in r["domains"] if d["down"]]
('high', 'low', ['imprecision', 'few studies'])

GRADE (Guyatt et al., BMJ 2008; J Clin Epidemiol 2011, GRADE guidelines 1–9) rates the
body of evidence for one outcome: it starts high for randomised trials and low for
observational or uncontrolled evidence, and goes down one level (or two) for risk of bias,
inconsistency, indirectness, imprecision and publication bias. What a panel judges by
reading the trials is approximated here by rules on what the database holds:

- **risk of bias**: down one when studies carrying half the weight or more have a bias
  flag of ``ingest.stats.evidence_level`` (not blinded, retrospective, not randomised,
  no control, single arm), save those the starting level already holds;
- **inconsistency**: down one when I² is 50% or more, or (τ² above zero) the 95%
  prediction interval crosses no effect while the confidence interval does not; two when
  I² is 75% or more and the prediction interval crosses no effect;
- **imprecision**: down one when the 95% CI crosses no effect, and one more when the
  people in the pooled studies are fewer than the optimal information size (GRADE's
  rule of thumb: 300 events where the events per arm are known, else 400 people; not
  judged, and said so, when a study's size is unknown);
- **few studies**: down one when only two studies are pooled (heterogeneity cannot be
  judged); with fewer than ten, publication bias cannot be tested (said, not rated down);
- **indirectness** is not rated: it needs the question a reader brings.

Ratings: high, moderate, low, very low. Within-arm (pre-post) evidence starts low.
"""

from __future__ import annotations

import json

LEVELS = ("very low", "low", "moderate", "high")
BIAS_FLAGS = {"not_blinded", "retrospective", "not_randomised", "no_control", "single_arm"}
RANDOMISED = {"rct"}
OPTIMAL_INFORMATION_SIZE = 400
OPTIMAL_EVENTS = 300
# Bias flags a starting level already holds: no control group (within one arm), not randomised.
REFLECTED_IN_START = {"within_arm": {"single_arm", "no_control", "not_randomised"},
                      "observational": {"not_randomised"}}
LABEL = "computed, not a panel judgement"


def bias_flags(study: dict) -> list[str]:
    """A study's bias flags, stored as a JSON array or given as a list.

    >>> bias_flags({"bias_flags": '["not_blinded"]'}), bias_flags({"bias_flags": ["small_n"]}), bias_flags({})
    (['not_blinded'], ['small_n'], [])
    """
    flags = study.get("bias_flags")
    if isinstance(flags, str):
        try:
            flags = json.loads(flags)
        except ValueError:
            flags = []
    return [f for f in flags or [] if isinstance(f, str)]


def _information(studies: list[dict]) -> tuple[str | None, bool]:
    """How much information the pooled studies hold, said in words, and whether it reaches
    GRADE's rule-of-thumb optimal information size: 300 events where every study's events
    are known, else 400 people.

    >>> _information([{"n": 300, "events": 12}, {"n": 300, "events": 9}])
    ('21 events', False)
    >>> _information([{"n": 300}, {"n": 250}]), _information([{"n": 300}, {"n": None}])
    (('550 people', True), (None, False))
    """
    if studies and all(isinstance(s.get("events"), int) for s in studies):
        events = sum(s["events"] for s in studies)
        return f"{events} events", events >= OPTIMAL_EVENTS
    if not studies or not all(isinstance(s.get("n"), int) for s in studies):
        return None, False
    people = sum(s["n"] for s in studies)
    return f"{people} people", people >= OPTIMAL_INFORMATION_SIZE


def crosses_no_effect(low, high, null: float = 0.0) -> bool:
    """Whether an interval (on the pooling scale: logs for ratios) holds the null.

    >>> crosses_no_effect(-0.2, 0.3), crosses_no_effect(0.1, 0.3), crosses_no_effect(None, 0.3)
    (True, False, False)
    """
    return low is not None and high is not None and low <= null <= high


def rate(pooled: dict, studies: list[dict], comparison: str) -> dict:
    """The rating of a pooled result over ``studies`` (design, bias_flags, n; in the pooled
    order, so ``pooled["weights"]`` applies), with each domain's reason."""
    k = pooled.get("k") or len(studies)
    randomised = comparison == "between_arms" and studies and all(s.get("design") in RANDOMISED for s in studies)
    start = 3 if randomised else 1
    if randomised:
        start_reason = "every pooled study is a randomised trial"
    elif comparison == "within_arm":
        start_reason = "changes within one arm, before and after: no control group"
    else:
        start_reason = "not every pooled study is a randomised trial (observational or non-randomised evidence)"
    weights = (pooled.get("weights") or [1.0 / len(studies)] * len(studies)) if studies else []
    domains = []

    # (What the starting level already counts is not counted again: evidence within one arm
    # starts low for having no control, observational evidence for not being randomised.)
    counted = BIAS_FLAGS - (REFLECTED_IN_START["within_arm"] if comparison == "within_arm" else
                            set() if randomised else REFLECTED_IN_START["observational"])
    flagged = [(w, s) for w, s in zip(weights, studies) if counted & set(bias_flags(s))]
    share = sum(w for w, _ in flagged)
    if flagged and share >= 0.5:
        named = sorted({f for _, s in flagged for f in bias_flags(s) if f in counted})
        domains.append({"domain": "risk of bias", "down": 1,
                        "reason": f"studies carrying {share:.0%} of the weight are flagged: "
                                  + ", ".join(f.replace("_", " ") for f in named)})
    else:
        domains.append({"domain": "risk of bias", "down": 0,
                        "reason": "no bias flag on studies carrying half the weight or more"
                        if flagged else "no study carries a bias flag"})

    i2, ci = pooled.get("I2"), (pooled.get("ci_low"), pooled.get("ci_high"))
    pi = (pooled.get("pi_low"), pooled.get("pi_high"))
    # (Only where the studies differ at all: with τ² = 0 a prediction interval with few studies
    # is wide for its t quantile alone, t(1) = 12.7 at k = 3, which says nothing of inconsistency.)
    pi_crosses = (pooled.get("tau2") or 0) > 0 and crosses_no_effect(*pi) and not crosses_no_effect(*ci)
    if i2 is not None and i2 >= 75 and (pooled.get("tau2") or 0) > 0 and crosses_no_effect(*pi):
        domains.append({"domain": "inconsistency", "down": 2,
                        "reason": f"I² = {i2:.0f}% and the 95% prediction interval includes no effect"})
    elif (i2 is not None and i2 >= 50) or pi_crosses:
        why = [f"I² = {i2:.0f}%"] if i2 is not None and i2 >= 50 else []
        if pi_crosses:
            why.append("the 95% prediction interval includes no effect though the confidence interval does not")
        domains.append({"domain": "inconsistency", "down": 1, "reason": "; ".join(why)})
    else:
        domains.append({"domain": "inconsistency", "down": 0,
                        "reason": f"I² = {i2:.0f}%" if i2 is not None else "I² not computed"})

    reasons, down = [], 0
    if crosses_no_effect(*ci):
        reasons.append("the 95% CI includes no effect")
        down += 1
    size, enough = _information(studies)
    if size is None:
        reasons.append("the number of people is not known for every study: the information size cannot be judged")
    elif not enough:
        reasons.append(f"{size}, fewer than the optimal information size")
        down += 1
    domains.append({"domain": "imprecision", "down": down,
                    "reason": "; ".join(reasons) if reasons else
                    f"the 95% CI excludes no effect and {size} reach the optimal information size"})

    if k <= 2:
        domains.append({"domain": "few studies", "down": 1,
                        "reason": f"{k} studies: heterogeneity cannot be judged, publication bias not testable"})
    else:
        domains.append({"domain": "few studies", "down": 0,
                        "reason": f"{k} studies" + ("; publication bias not testable with fewer than ten"
                                                     if k < 10 else "")})
    domains.append({"domain": "indirectness", "down": 0, "reason": "not rated: it depends on the reader's question"})

    level = max(0, start - sum(d["down"] for d in domains))
    return {"start": LEVELS[start], "start_reason": start_reason, "rating": LEVELS[level],
            "domains": domains, "label": LABEL}
