"""Adverse events with their counts, and the safety totals: events, serious events, deaths."""

from __future__ import annotations

import re

from .context import Context
from .numbers import counts, stats
from .record import AdverseEvent, Safety
from ..regex import rx

AE_CONTEXT = rx(r"不良事件|不良反应|副作用|并发症|安全性|adverse|side[- ]effects?|complications?|safety|toxicit", re.I)
# Words that make a counted event an adverse event without the word "adverse" nearby.
HAPPENED = rx(r"occurred|reported|experienced|developed|发生|出现|报告", re.I)
NEGATED = rx(r"(?:无|未|没有|未见|未出现|未发生|\bno|\bwithout|\bnot)\s*(?:患者|病例)?\s*$", re.I)
AE_TOTAL = rx(
    r"(?<![\d.])(?P<n>\d+)\s*(?:例|起|次|项|个)?\s*不良(?:事件|反应)|(?<![\d.])(?P<n2>\d+)\s+(?:treatment-related\s+)?adverse (?:events|reactions)"
    # "共有22名患者(32.4%)报告了至少一项不良事件", "22 patients (32.4%) reported at least one adverse event"
    r"|(?<![\d.])(?P<n3>\d+)\s*(?:名|例|位)?\s*(?:患者|受试者|participants|patients|subjects)?\s*(?:[(（][^)）]{0,12}[)）])?\s*"
    r"(?:报告了?|发生了?|出现了?|reported|experienced|had)\s*(?:至少一[项次个种]|at least one|any)?\s*(?:不良(?:事件|反应)|adverse (?:events?|reactions?))",
    re.I)
SERIOUS_TOTAL = rx(r"(?<![\d.])(?P<n>\d+)\s*(?:例|起|次|项|个)?\s*严重不良(?:事件|反应)|(?<![\d.])(?P<n2>\d+)\s+serious adverse (?:events|reactions)", re.I)
NO_SERIOUS = rx(r"(?:无|未(?:出现|发生|观察到|见)|没有)(?:任何)?严重不良(?:事件|反应)|\bno serious adverse|\bno (?:treatment-related )?serious", re.I)
NO_DEATH = rx(r"(?:无|未(?:出现|发生)|没有)(?:患者|病例|受试者|人)?(?:死亡)|无死亡|no (?:patients? |participants? )?(?:died|deaths?)|no deaths? (?:occurred|were)|none of the patients died|without (?:any )?deaths?", re.I)
DEATHS = rx(r"(?<![\d.])(?P<n>\d+)\s*(?:例|名|位)(?:患者)?死亡|(?<![\d.])(?P<n2>\d+)\s+(?:patients?\s+)?(?:deaths?|died)", re.I)


def extract(ctx: Context) -> tuple[list[AdverseEvent], Safety]:
    events: dict[str, AdverseEvent] = {}
    safety = Safety()
    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        text = s.text
        previous = ctx.sentences[s.index - 1] if s.index else None
        about_safety = bool(AE_CONTEXT.search(text) or AE_CONTEXT.search(s.heading or "")
                            or (previous is not None and previous.paragraph == s.paragraph
                                and AE_CONTEXT.search(previous.text)))
        if about_safety or HAPPENED.search(text):
            for m in ctx.mentions("adverse_events", s.start, s.end):
                rel = m.end - s.start
                if NEGATED.search(text[max(0, m.start - s.start - 6):m.start - s.start]):
                    continue  # "无死亡病例", "no deaths": not an event that happened
                window = text[rel:rel + 24]
                found = [x for x in stats(window) if isinstance(x.value, int) and not x.percent]
                n = found[0].value if found and found[0].start < 8 else None
                pct = found[0].count_pct if n is not None else None
                if n is None and not AE_CONTEXT.search(text):
                    continue  # an event named without a count counts only in a sentence about safety
                known = events.get(m.name)
                if known is None or (known.n is None and n is not None):
                    events[m.name] = AdverseEvent(m.name, n, pct, None, None, text)
        if safety.adverse_events_total is None and (m := AE_TOTAL.search(text)):
            safety.adverse_events_total = int(m["n"] or m["n2"] or m["n3"])
            safety.quotes["adverse_events_total"] = text
        if safety.serious_adverse_events is None:
            if m := SERIOUS_TOTAL.search(text):
                safety.serious_adverse_events = int(m["n"] or m["n2"])
                safety.quotes["serious_adverse_events"] = text
            elif NO_SERIOUS.search(text):
                safety.serious_adverse_events = 0
                safety.quotes["serious_adverse_events"] = text
        if safety.deaths is None:
            if NO_DEATH.search(text):
                safety.deaths = 0
                safety.quotes["deaths"] = text
            elif m := DEATHS.search(text):
                safety.deaths = int(m["n"] or m["n2"])
                safety.quotes["deaths"] = text
    return list(events.values()), safety
