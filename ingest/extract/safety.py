"""Adverse events with their counts, and the safety totals: events, serious events, deaths."""

from __future__ import annotations

from ..regex import re

from .context import Context
from .numbers import counts, stats
from .record import AdverseEvent, Safety
from ..regex import rx

AE_CONTEXT = rx(r"不良事件|不良反应|副作用|并发症|安全性|adverse|side[- ]effects?|complications?|safety|toxicit", re.I)
# Words that make a counted event an adverse event without the word "adverse" nearby.
HAPPENED = rx(r"occurred|reported|experienced|developed|发生|出现|报告", re.I)
NEGATED = rx(r"(?:无|未|没有|未见|未出现|未发生|\bno|\bwithout|\bnot)\s*(?:患者|病例)?\s*$", re.I)
# A clause that opens with a negation and lists events without a number: "No serious
# adverse events or deaths were reported", "未出现发热或头痛".
NEGATED_CLAUSE = rx(r"^\s*(?:(?:there|which|and)\s+(?:were|was)\s+)?(?:no|without|neither|none of the)\b[^\d]*$|^[^\d]*?(?:无|未|没有)[^\d]*$", re.I)
SOFT_END = rx(r"[，；;。]|,(?!(?<=\d,)\d{3}(?!\d))")
AE_TOTAL = rx(
    r"(?<![\d.])(?P<n>\d+)\s*(?:例|起|次|项|个|件)?\s*(?<!严重)不良(?:事件|反应)|(?<![\d.])(?P<n2>\d+)\s+(?:treatment-related\s+)?adverse (?:events|reactions)"
    # "共有22名患者(32.4%)报告了至少一项不良事件", "22 patients (32.4%) reported at least one adverse event"
    r"|(?<![\d.])(?P<n3>\d+)\s*(?:名|例|位)?\s*(?:患者|受试者|participants|patients|subjects)?\s*(?:[(（][^)）]{0,12}[)）])?\s*"
    r"(?:报告了?|发生了?|出现了?|reported|experienced|had)\s*(?:至少一[项次个种]|at least one|any)?\s*(?:不良(?:事件|反应)|adverse (?:events?|reactions?))",
    re.I)
SERIOUS_TOTAL = rx(r"(?<![\d.])(?P<n>\d+)\s*(?:例|起|次|项|个|件|宗|名|人)?\s*严重不良(?:事件|反应)|(?<![\d.])(?P<n2>\d+)\s+serious adverse (?:events|reactions)", re.I)
NO_SERIOUS = rx(r"(?:无|未(?:出现|发生|观察到|见)|没有)(?:任何)?严重不良(?:事件|反应)|\bno serious adverse|\bno (?:treatment-related )?serious", re.I)
# "Three patients died": a count in words.
WORD_DEATHS = rx(r"\b(?P<w>[A-Za-z]+(?:-[a-z]+)?)\s+(?:patients?\s+|participants?\s+|people\s+)?(?:died|deaths\s+occurred)\b")
NO_DEATH = rx(r"(?:无|未(?:出现|发生)|没有)(?:患者|病例|受试者|人)?(?:死亡)|无死亡|no (?:patients? |participants? )?(?:died|deaths?)(?!\s+(?:was|were)\s+(?:attributed|related|considered|judged))|"
               r"\bno [a-z ,-]{0,40}?\b(?:or|and|nor) deaths?\b|no deaths? (?:occurred|were)|none of the patients died|without (?:any )?deaths?", re.I)
DEATHS = rx(r"(?<![\d.])(?P<n>\d+)\s*(?:例|名|位|人)(?:患者|受试者)?[^，,。；;\d]{0,12}?(?:死亡|过世|去世|病逝|猝死)|(?<![\d.])(?P<n2>\d+)\s+(?:patients?\s+)?(?:deaths?|died)", re.I)


# Where a sub-clause ends: a count belongs to the event named in its own clause
# ("3人(7.5%)出现发烧、2人出现头痛"). Delimiters inside brackets ("(n=34, 70.8%)") do not count.
CLAUSE_END = rx(r"[，；;。、:：]|,(?!(?<=\d,)\d{3}(?!\d))|\b(?:and|while|whereas)\b")
HARD_END = rx(r"[；;。、]")
HARD_LIST_END = rx(r"[；;。]")
LATER_COUNT = rx(r"\b(?:in|experienced|reported|occurred|developed|affected|had|among|by)\b|出现|发生|见于", re.I)
LIST_SEPARATOR = rx(r"\s*(?:[、，,]|和|及|与|與|\band\b)?\s*", re.I)
ARM_COUNT = rx(r"\s*(?:有|共)?\s*(\d+)\s*(?:人|例|名|位)(?![\d.])")
WORD_WITH_PERCENT = rx(r"\b(?P<word>[A-Za-z]+(?:-[a-z]+)?)\s*[(（]\s*(?P<pct>\d+(?:\.\d+)?)\s*%\s*[)）]")
OPEN, CLOSE = "(（[", ")）]"


def _clause_ends(text: str) -> list[int]:
    """Offsets of the clause delimiters of ``text`` that stand outside brackets."""
    depth, inside = 0, []
    for i, ch in enumerate(text):
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        inside.append(depth)
    return [m.start() for m in CLAUSE_END.finditer(text) if not inside[m.start()]]


def extract(ctx: Context) -> tuple[list[AdverseEvent], Safety]:
    """Adverse events (one per event and arm) and the safety totals.

    >>> from ..read.document import Document
    >>> text = "安全性方面，治疗组有3人（7.5%）出现发烧，2人（5.0%）头痛；对照组则有1人（2.5%）发烧。无患者死亡。"
    >>> events, safety = extract(Context(Document(text)))
    >>> [(e.event, e.group, e.n, e.pct) for e in events], safety.deaths
    ([('fever', 'treatment', 3, 7.5), ('headache', 'treatment', 2, 5.0), ('fever', 'control', 1, 2.5)], 0)
    """
    events: dict[tuple[str, str], AdverseEvent] = {}
    safety = Safety()
    for s in ctx.sentences:
        if ctx.is_other_work(s) or s.text.rstrip().endswith(("?", "？")):
            continue  # a question ("what if I develop an infection?") reports nothing
        text = s.text
        previous = ctx.sentences[s.index - 1] if s.index else None
        about_safety = bool(AE_CONTEXT.search(text) or AE_CONTEXT.search(s.heading or "")
                            or (previous is not None and previous.paragraph == s.paragraph
                                and AE_CONTEXT.search(previous.text)))
        if about_safety or HAPPENED.search(text):
            mentions = ctx.mentions("adverse_events", s.start, s.end)
            ends, event_starts = _clause_ends(text), [m.start - s.start for m in mentions]
            for m in mentions:
                if NEGATED.search(text[max(0, m.start - s.start - 6):m.start - s.start]):
                    continue  # "无死亡病例", "no deaths": not an event that happened
                lo = max((x.end() for x in SOFT_END.finditer(text, 0, m.start - s.start)), default=0)
                if NEGATED_CLAUSE.search(text[lo:m.start - s.start]):
                    continue
                arm_counts = _arm_counts_before(ctx, s, m)
                if len(arm_counts) >= 2:
                    # "幹細胞組5人、對照組3人出現關節腫脹": one event, a count per arm.
                    for group, n in arm_counts:
                        if (m.name, group) not in events:
                            events[(m.name, group)] = AdverseEvent(m.name, n, None, None, None, text, group)
                    continue
                n, pct = _count_of(text, m.start - s.start, m.end - s.start, ends, event_starts)
                if n is None and not AE_CONTEXT.search(text):
                    continue  # an event named without a count counts only in a sentence about safety
                if n is None and any(c.start < m.end and m.start < c.end for c in ctx.mentions("conditions", s.start, s.end)):
                    continue  # "缺血性脑卒中" is the condition studied, not an event
                groups = ctx.mentions("groups", s.start, m.start)
                group = groups[-1].name if groups else "all"
                known = events.get((m.name, group))
                if known is None or (known.n is None and n is not None):
                    events[(m.name, group)] = AdverseEvent(m.name, n, pct, None, None, text, group)
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
            # A counted death outweighs "no deaths" in another arm of the same sentence.
            if m := DEATHS.search(text):
                safety.deaths = int(m["n"] or m["n2"])
                safety.quotes["deaths"] = text
            elif (m := WORD_DEATHS.search(text)) and _english_number(m["w"]) is not None:
                safety.deaths = _english_number(m["w"])
                safety.quotes["deaths"] = text
            elif NO_DEATH.search(text):
                safety.deaths = 0
                safety.quotes["deaths"] = text
    return list(events.values()), safety


def _count_of(text: str, start: int, end: int, ends: list[int], event_starts: list[int]) -> tuple[int | None, float | None]:
    """The count (and its %) of the event named at text[start:end]: written right after it
    ("头痛3例", "headache (n=34, 70.8%)", "headache, in 9 participants"), unless that count
    opens a clause naming its own event ("发烧，2人出现头痛"); else before it in its clause
    ("3人(7.5%)出现发烧"); else later, before the next event is named ("headache,
    experienced by five patients (42%)", "back pain in four (33%)")."""
    stop = next((e for e in ends if e >= end), len(text))
    found = [x for x in stats(text[end:end + 48]) if isinstance(x.value, int) and not x.percent]
    if found and found[0].start < 8:
        x = found[0]
        between = text[end:end + x.start]
        count_end = end + x.end
        its_clause_end = next((e for e in ends if e >= count_end), len(text))
        owns_event = any(count_end <= e < its_clause_end for e in event_starts)
        if not HARD_END.search(between) and not (end + x.start > stop and owns_event):
            return x.value, x.count_pct
    lo = max((e + 1 for e in ends if e < start), default=0)
    before = _counts_in(text[lo:start])
    if before:
        return before[-1][:2]
    nxt = min([e for e in event_starts if e >= end] + [len(text)])
    hard = HARD_END.search(text, end, nxt)
    later = _counts_in(text[end:hard.start() if hard else nxt])
    if later and LATER_COUNT.search(text[end:end + later[0][2]]):
        # "experienced by five patients", "in four (33%)": a count of those affected, not
        # "...的安全性，共纳入42例患者".
        return later[0][:2]
    return None, None


def _arm_counts_before(ctx: Context, s, m) -> list[tuple[str, int]]:
    """(arm, count) pairs written just before an event, each count right after its arm."""
    lo = max((x.end() for x in HARD_LIST_END.finditer(ctx.text, s.start, m.start)), default=s.start)
    pairs, last_end = [], None
    for g in ctx.mentions("groups", lo, m.start):
        c = ARM_COUNT.match(ctx.text, g.end)
        if not c:
            continue
        if last_end is not None and not LIST_SEPARATOR.fullmatch(ctx.text[last_end:g.start]):
            pairs = []  # not one list: "3人(7.5%)出现发烧，安慰剂组有1人" names its own event between
        pairs.append((g.name, int(c.group(1))))
        last_end = c.end()
    return pairs


def _english_number(word: str) -> int | None:
    from .numbers import english_number
    return english_number(word)


def _counts_in(segment: str) -> list[tuple[int, float | None, int]]:
    """Counts of people in a segment, each with the percentage printed right after it:
    "3人(7.5%)", "five patients (42%)", "four (33%)", "n=6"."""
    from .numbers import english_number

    found = []
    for c in counts(segment):
        pct = rx(r"\s*(?:患者|病人|受试者|patients?|participants?)?\s*[(（]\s*(\d+(?:\.\d+)?)\s*%", re.I).match(segment, c.end)
        found.append((c.n, float(pct.group(1)) if pct else None, c.start))
    for m in WORD_WITH_PERCENT.finditer(segment):
        n = english_number(m["word"])
        if n is not None and not any(start <= m.start() < start + 1 for _, _, start in found):
            found.append((n, float(m["pct"]), m.start()))
    for x in stats(segment):
        if x.count_pct is not None and isinstance(x.value, int) and not any(x.start == st for _, _, st in found):
            found.append((x.value, x.count_pct, x.start))
    return sorted(found, key=lambda f: f[2])
