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
  no control, single arm);
- **inconsistency**: down one when I² is 50% or more, or the 95% prediction interval
  crosses no effect while the confidence interval does not; two when I² is 75% or more
  and the prediction interval crosses no effect;
- **imprecision**: down one when the 95% CI crosses no effect, and one more when the
  people in the pooled studies are fewer than the optimal information size (GRADE's
  rule of thumb: 400 for a continuous outcome, 300 events otherwise, here counted as 400
  people when events are unknown);
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
LABEL = "computed, not a panel judgement"


def _flags(study: dict) -> list[str]:
    flags = study.get("bias_flags")
    if isinstance(flags, str):
        try:
            flags = json.loads(flags)
        except ValueError:
            flags = []
    return [f for f in flags or [] if isinstance(f, str)]


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

    flagged = [(w, s) for w, s in zip(weights, studies) if BIAS_FLAGS & set(_flags(s))]
    share = sum(w for w, _ in flagged)
    if flagged and share >= 0.5:
        named = sorted({f for _, s in flagged for f in _flags(s) if f in BIAS_FLAGS})
        domains.append({"domain": "risk of bias", "down": 1,
                        "reason": f"studies carrying {share:.0%} of the weight are flagged: "
                                  + ", ".join(f.replace("_", " ") for f in named)})
    else:
        domains.append({"domain": "risk of bias", "down": 0,
                        "reason": "no bias flag on studies carrying half the weight or more"
                        if flagged else "no study carries a bias flag"})

    i2, ci = pooled.get("I2"), (pooled.get("ci_low"), pooled.get("ci_high"))
    pi = (pooled.get("pi_low"), pooled.get("pi_high"))
    pi_crosses = crosses_no_effect(*pi) and not crosses_no_effect(*ci)
    if i2 is not None and i2 >= 75 and crosses_no_effect(*pi):
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

    total = sum(s["n"] for s in studies if isinstance(s.get("n"), int))
    known = all(isinstance(s.get("n"), int) for s in studies)
    reasons, down = [], 0
    if crosses_no_effect(*ci):
        reasons.append("the 95% CI includes no effect")
        down += 1
    if not known:
        reasons.append("the number of people is not known for every study")
    elif total < OPTIMAL_INFORMATION_SIZE:
        reasons.append(f"{total} people, fewer than the optimal information size ({OPTIMAL_INFORMATION_SIZE})")
        down += 1
    domains.append({"domain": "imprecision", "down": down,
                    "reason": "; ".join(reasons) if reasons else
                    f"the 95% CI excludes no effect and {total} people reach the optimal information size"})

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
