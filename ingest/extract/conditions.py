"""Conditions studied: those the headline names, else the one the article names most."""

from __future__ import annotations

import re
from collections import Counter

from .. import vocab
from ..vocab.lexicon import Tokens
from .citation import bylines
from .context import Context

CLAUSE_START = re.compile(r"[，,；;。:：]")
# "均未發生椎間盤炎、神經損傷或其他嚴重不良事件", "no nerve injury occurred": not a condition of anyone.
NEGATION = re.compile(r"未(?:发生|出现|见|观察到)|没有|无一|\bno\b|\bwithout\b|\bneither\b|\bnone\b", re.I)


def extract(ctx: Context) -> list[str]:
    titles = [t for t in (ctx.title,) if t]
    found: list[str] = []
    for t in titles:
        for m in vocab.lexicon("conditions").find(Tokens(t)):
            if m.name not in found:
                found.append(m.name)
    counts = Counter()
    names = bylines(ctx.text)  # "Lindgaard MS": initials, not multiple sclerosis
    for m in ctx.mentions("conditions"):
        s = ctx.sentence_at(m.start)
        if (s is not None and not ctx.is_other_work(s) and not _negated(ctx.text, s.start, m.start)
                and not any(a <= m.start < b for a, b in names)):
            counts[m.name] += 1
    population = _population_conditions(ctx, names)
    if population and not set(found) & set(population):
        # The people studied had one condition; the headline's is what happened to them
        # ("Obesity drug cuts heart attacks": adults with obesity, heart attacks the outcome).
        return population
    if not found and counts:
        name, n = counts.most_common(1)[0]
        found.append(name)
    return found


# Who the people studied were: "adults with obesity", "patients who had a stroke", "2型糖尿病患者",
# "患有高血压的老人". A condition named there is the population's; one named as a risk or an
# event ("the risk of heart attack", "心梗发生率") is an outcome.
WITH_BEFORE = re.compile(r"\b(?:patients|adults|people|participants|persons|individuals|children|adolescents|women|men|"
                         r"subjects|those|volunteers|veterans|infants)\s+(?:\w+\s+){0,2}(?:with|who\s+(?:had|have)|"
                         r"living\s+with|diagnosed\s+with|suffering\s+from)\s+(?:\w+\s+){0,3}$|(?:患有|罹患|确诊为?|確診為?)$", re.I)
PATIENTS_AFTER = re.compile(r"\s*(?:的)?(?:患者|病人|病患|患兒|患儿|人群|受试者|受試者)|\s+patients\b", re.I)
OUTCOME_AROUND = re.compile(r"(?:\brisk\s+of|\bincidence\s+of|\brates?\s+of|\bcases\s+of|\bdeaths?\s+from|\bprevent\w*|"
                            r"\breduc\w*|\blower\w*|发生|發生|预防|預防|降低|减少|減少)\s*(?:\w+\s+){0,2}$", re.I)


def _population_conditions(ctx: Context, names) -> list[str]:
    """The condition the article says its people had, most often so, when it says so."""
    counts: Counter = Counter()
    for m in ctx.mentions("conditions"):
        s = ctx.sentence_at(m.start)
        if s is None or ctx.is_other_work(s) or any(a <= m.start < b for a, b in names):
            continue
        before = ctx.text[max(s.start, m.start - 40):m.start]
        if OUTCOME_AROUND.search(before):
            continue
        if WITH_BEFORE.search(before) or PATIENTS_AFTER.match(ctx.text, m.end):
            counts[m.name] += 1
    if not counts:
        return []
    top = counts.most_common(1)[0][1]
    return [name for name, c in counts.most_common() if c == top][:2]


def _negated(text: str, sentence_start: int, at: int) -> bool:
    """Whether the clause holding ``at`` opens with a negation before it."""
    lo = max((m.end() for m in CLAUSE_START.finditer(text, sentence_start, at)), default=sentence_start)
    return bool(NEGATION.search(text, lo, at))
