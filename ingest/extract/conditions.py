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
    if not found and counts:
        name, n = counts.most_common(1)[0]
        found.append(name)
    return found


def _negated(text: str, sentence_start: int, at: int) -> bool:
    """Whether the clause holding ``at`` opens with a negation before it."""
    lo = max((m.end() for m in CLAUSE_START.finditer(text, sentence_start, at)), default=sentence_start)
    return bool(NEGATION.search(text, lo, at))
