"""Conditions studied: those the headline names, else the one the article names most."""

from __future__ import annotations

from ..plain import Counter

from ..vocab.lexicon import Tokens
from .. import vocab
from .context import Context


def extract(ctx: Context) -> list[str]:
    titles = [t for t in (ctx.title,) if t]
    found: list[str] = []
    for t in titles:
        for m in vocab.lexicon("conditions").find(Tokens(t)):
            if m.name not in found:
                found.append(m.name)
    counts = Counter()
    for m in ctx.mentions("conditions"):
        s = ctx.sentence_at(m.start)
        if s is not None and not ctx.is_other_work(s):
            counts[m.name] += 1
    if not found and counts:
        name, n = counts.most_common(1)[0]
        found.append(name)
    return found
