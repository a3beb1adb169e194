"""Outcomes named by a threshold people reached: "weight loss of 5% or more", "lost at least
15% of their starting weight", "a 50% or greater reduction in migraine days", "体重减轻至少5%".

The share of people past a threshold is an outcome of its own, reported by arm ("44.5% lost at
least 5% of their weight, compared with 18.9% on placebo", the weight always said); its threshold is part of its name,
never one of its values. The names follow the endpoints' usual form, so that trials that word
them differently line up: "weight loss ≥5%", "≥50% reduction in migraine days".

>>> [(m.name, m.text) for m in threshold_measures("44.5% lost at least 5% of their weight, and 20% lost 10 percent or more of their weight.")]
[('weight loss ≥5%', 'lost at least 5% of their weight'), ('weight loss ≥10%', 'lost 10 percent or more of their weight')]
>>> [m.name for m in threshold_measures("The percentage who had a weight reduction of 5% or more was 85%")]
['weight loss ≥5%']
>>> [m.name for m in threshold_measures("A 50% or greater reduction in the mean number of migraine days per month was achieved")]
['≥50% reduction in migraine days']
>>> [m.name for m in threshold_measures("体重减轻至少5%的受试者比例高于安慰剂组；约一半减重超过20%")]
['weight loss ≥5%', 'weight loss >20%']
>>> [m.name for m in threshold_measures("a weight loss ≥5% (68.0%) and ≥10% (37.7%)")]
['weight loss ≥5%', 'weight loss ≥10%']
>>> threshold_measures("at least 5% of patients lost weight; weight fell by 5%; 手术机率减少72%以上; lost 50% or more of their hair")
[]
>>> threshold_measures("a 50% or greater reduction in the risk of death"), threshold_measures("over 20% reduction in mortality")
([], [])
>>> [m.name for m in threshold_measures("a weight loss ≥5% (68.0% vs 20.1%), and at least 10% of patients had nausea")]
['weight loss ≥5%']
>>> [m.name for m in threshold_measures("93.2% of participants achieved at least a 5% weight loss")]
['weight loss ≥5%']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import vocab


class Threshold(NamedTuple):
    name: str
    start: int
    end: int
    text: str


_CMP = r"(?P<cmp>at\s+least|more\s+than|greater\s+than|over|≥|>=|≧|>|至少|超过|超過|大于|大於)"
_N = r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>%|percent|per\s*cent|％)"
_MORE = r"(?P<more>\s*(?:or\s+(?:more|greater|higher|above)|及以上|或以上|以上))"
_WEIGHT = r"(?:body\s+)?weight"
_DOWN = r"loss|reductions?|decreases?"
_UP = r"gains?|increases?"

WEIGHT_THRESHOLDS = [
    # "weight loss of 5% or more", "a weight reduction of at least 10 percent", "weight loss ≥5%"
    re.compile(rf"\b{_WEIGHT}\s+(?P<dir>{_DOWN}|{_UP})\s+(?:of\s+)?(?:{_CMP}\s*)?{_N}{_MORE}?", re.I),
    # "reduction in body weight of 20% or more"
    re.compile(rf"\b(?P<dir>{_DOWN}|{_UP})\s+in\s+{_WEIGHT}\s+of\s+(?:{_CMP}\s*)?{_N}{_MORE}?", re.I),
    # "lost at least 5% of their weight", "lose 10 percent or more of their starting weight" (the weight
    # said: "lost 50% or more of their hair" is no weight loss)
    re.compile(rf"\b(?P<dir>lost|lose|loses|losing|gained|gain|gains|gaining)\s+(?:{_CMP}\s*)?(?:an?\s+)?{_N}{_MORE}?"
               rf"\s+of\s+(?:their|his|her|the)\s+(?:(?:starting|initial|baseline|total|original)\s+)?(?:body\s+)?weight", re.I),
    # "≥5% weight loss", "at least 15% weight loss", "a 5% or greater weight reduction"
    # ("at least a 5% weight loss")
    re.compile(rf"(?:{_CMP}\s*(?:an?\s+)?)?{_N}{_MORE}?\s+(?:of\s+)?(?:body\s+)?weight\s+(?P<dir>{_DOWN}|{_UP})", re.I),
    # "体重减轻至少5%", "體重下降≥5%" (the weight named: "减少53%" alone is any fall)
    re.compile(rf"(?:体重|體重|体质量|體質量)(?P<dir>减轻|減輕|下降|降低|减少|減少|增加)了?\s*(?:{_CMP}\s*)?{_N}{_MORE}?"),
    # "减重超过20%", "减重至少5%的体重"
    re.compile(rf"(?P<dir>减重|減重)\s*(?:{_CMP}\s*)?{_N}{_MORE}?(?:的(?:体重|體重))?"),
    # "20%及以上的体重降幅"
    re.compile(rf"(?:{_CMP}\s*)?{_N}{_MORE}?的?(?:体重|體重)(?P<dir>降幅|减轻|減輕|下降)"),
]
# "a 50% or greater reduction in the mean number of migraine days", "≥50% reduction in seizure frequency"
RESPONSE = re.compile(rf"(?:{_CMP}\s*)?(?:an?\s+)?{_N}{_MORE}?\s+(?P<dir>reduction|decrease|improvement|increase)\s+in\s+"
                      r"(?P<what>[A-Za-z][\w-]*(?:[ ][A-Za-z][\w-]*){0,7})", re.I)
# What a response is of ends before the words that tell where, when or whose it was.
WHAT_ENDS = re.compile(r"\s+(?:was|were|is|are|from|at|in|per|during|by|compared|versus|vs|among|after|over|with|and|or|than)\b.*$", re.I)
WHAT_LEAD = re.compile(r"^(?:(?:the|their|mean|average|total|monthly|baseline)\s+)*(?:(?:number|frequency)\s+of\s+)?", re.I)
# "… ≥5% (68.0%) and ≥10% (37.7%)": further thresholds of the same outcome, each with its bound.
NEXT_THRESHOLD = re.compile(rf"\s*(?:[(（][^()（）]{{0,40}}[)）])?\s*[,;，；]?\s*(?:and|or|和|及|或|、)?\s*{_CMP}\s*{_N}{_MORE}?", re.I)
NOT_A_RESPONSE = re.compile(r"(?:(?:the\s+)?(?:risk|odds|hazard|rate|incidence|likelihood)\b|mortality\b|deaths?\b)", re.I)
DOWN = re.compile(r"loss|reduc|decreas|lost|los|减|減|下降|降低|降幅", re.I)
# Whose share of what is no threshold an outcome is named by: "at least 5% of patients".
OF_PEOPLE = re.compile(r"\s*of\s+(?:the\s+)?(?:patients|participants|subjects|people|adults|children|women|men)\b", re.I)


def _sign(m: re.Match) -> str | None:
    cmp = " ".join((m["cmp"] or "").lower().split())
    if cmp in ("more than", "greater than", "over", ">", "超过", "超過", "大于", "大於"):
        return ">"
    if cmp or m["more"]:
        return "≥"
    return None  # ("lost 5% of their weight": a mean, said of everyone, no threshold)


def threshold_measures(text: str) -> list[Threshold]:
    """Each threshold outcome ``text`` names, with its span (see the module's examples)."""
    found: list[Threshold] = []
    # (what a threshold of body weight is called, by direction, is the vocabulary's: "weight loss")
    names = vocab.info("body weight")["threshold"]

    def add(m: re.Match, name: str) -> None:
        if not any(t.start < m.end() and m.start() < t.end for t in found):
            found.append(Threshold(name, m.start(), m.end(), m.group()))

    for pattern in WEIGHT_THRESHOLDS:
        for m in pattern.finditer(text):
            sign = _sign(m)
            if sign is None or OF_PEOPLE.match(text, m.end()):
                continue
            change = names["down"] if DOWN.search(m["dir"]) else names["up"]
            add(m, f"{change} {sign}{m['n']}%")
            # "a weight loss ≥5% (68.0%) and ≥10% (37.7%)": the next thresholds of the same
            end = m.end()
            while (more := NEXT_THRESHOLD.match(text, end)) and _sign(more) and not OF_PEOPLE.match(text, more.end()):
                add(more, f"{change} {_sign(more)}{more['n']}%")
                end = more.end()
    for m in RESPONSE.finditer(text):
        sign = _sign(m)
        what = WHAT_LEAD.sub("", WHAT_ENDS.sub("", m["what"])).strip()
        # (not a relative reduction of an event's risk: "a 50% or greater reduction in the risk of death")
        if sign is None or not what or re.compile(r"weight\b", re.I).match(what) or NOT_A_RESPONSE.match(what):
            continue
        add(m, f"{sign}{m['n']}% {m['dir'].lower()} in {what}")
    return sorted(found, key=lambda t: t.start)
