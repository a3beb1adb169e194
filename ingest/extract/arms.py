"""Trial arms named by what they received: "randomly assigned 1:1 to corvagliptan 25 mg
or matching placebo", "45 to corvagliptan and 45 to placebo", "X vs Placebo" headlines.

An arm is named as written (a new drug the vocabulary has never seen is still an arm);
its size comes from "45 to X" or "X (n = 45)". Arms found here become group mentions for
the whole article, so "8.4% in the corvagliptan group" and "fell by 1.2% with
corvagliptan" are read against the right arm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import Context

ALLOCATION = re.compile(
    r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated|divided)|assigned|allocated)\s*(?:\(\s*\d+\s*:\s*\d+\s*\)\s*|\d+\s*:\s*\d+\s+|"
    r"in\s+a\s+\d+\s*:\s*\d+\s+ratio\s+)?(?:to|into)\s+(?:receive\s+|either\s+|one\s+of\s+\w+\s+(?:groups|arms)\s*:?\s*)*"
    r"(?P<list>[^.;]{3,200})", re.I)
N_TO = re.compile(r"(?<![\d.])(?P<n>\d{1,5})\s+(?:were\s+(?:randomi[sz]ed|assigned|allocated)\s+)?to\s+(?:the\s+)?(?P<name>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)(?=\s*(?:,|\.|;|\band\b|\bor\b|\(|$))", re.I)
TITLE_VS = re.compile(r"(?P<a>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)\s+(?:vs\.?|versus|compared with)\s+(?P<b>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)(?=\s+(?:in|for|on|among|as|after)\b|\s*[:,.]|$)", re.I)
DOSE = re.compile(r"\s*\d[\d.,]*\s*(?:mg|g|µg|mcg|μg|ml|mL|IU|units?|cells|×|x)\b.*$", re.I)
DROP_WORDS = re.compile(r"^(?:the|a|an|matching|identical|oral|once-daily|once|daily|twice|a\s+matching)\s+|"
                        r"\s+(?:group|arm|groups|arms|once daily|twice daily|daily|alone|therapy|treatment)$", re.I)
NOT_ARMS = {"group", "groups", "one", "two", "three", "either", "each", "receive", "the", "treatment", "study",
            "patients", "participants", "week", "weeks", "month", "months", "day", "days", "baseline", "end"}


@dataclass
class Arm:
    name: str
    n: int | None = None
    dose: str | None = None
    quote: str | None = None


def _clean(item: str) -> tuple[str | None, str | None, int | None]:
    n = None
    m = re.search(r"\(\s*n\s*=\s*(\d+)\s*\)", item)
    if m:
        n = int(m.group(1))
        item = item[:m.start()] + item[m.end():]
    item = re.sub(r"\(.*?\)", "", item).strip(" ,")
    dose = None
    d = DOSE.search(item)
    if d:
        dose = d.group().strip()
        item = item[:d.start()]
    for _ in range(3):
        item = DROP_WORDS.sub("", item.strip())
    words = item.split()
    if not words or len(words) > 4 or item.lower() in NOT_ARMS or re.search(r"\d", item):
        return None, None, None
    return item.lower(), dose, n


def extract(ctx: Context) -> list[Arm]:
    arms: dict[str, Arm] = {}

    def add(name, dose, n, quote):
        if not name:
            return
        arm = arms.setdefault(name, Arm(name))
        arm.dose = arm.dose or dose
        arm.n = arm.n if arm.n is not None else n
        arm.quote = arm.quote or quote

    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        for m in ALLOCATION.finditer(s.text):
            items = re.split(r",\s*(?:or|and)\s+|\s+or\s+|\s+and\s+|,\s*", m.group("list"))
            parsed = [_clean(i) for i in items]
            if sum(1 for p in parsed if p[0]) >= 2:
                for name, dose, n in parsed:
                    add(name, dose, n, s.text)
        found = [(m, _clean(m.group("name"))) for m in N_TO.finditer(s.text)]
        if len([1 for _, p in found if p[0]]) >= 2:
            for m, (name, dose, _) in found:
                add(name, dose, int(m.group("n")), s.text)
    if not arms and ctx.title:
        m = TITLE_VS.search(ctx.title)
        if m:
            for part in ("a", "b"):
                name, dose, n = _clean(m.group(part))
                add(name, dose, n, ctx.title)
    return list(arms.values())


def as_groups(found: list[Arm]) -> list:
    from .record import Group
    return [Group(a.name, "arm", a.n, None, a.quote) for a in found]
