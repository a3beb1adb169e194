"""Arms and subgroups with their sizes: "32名(39.2%)患者患有颈椎SCI", "cervical (n = 32)".

A group is named by ``vocab/groups.yaml``; its size is the count nearest to that name
within the same sub-clause. A "group" as large as the whole cohort is the cohort itself
("106例完全性脊髓损伤患者"), not a subgroup. The percentage is kept as printed, even when
it does not match the count: the consistency checks flag that, the record does not fix it.
"""

from __future__ import annotations

from ..regex import re

from .context import Context
from .numbers import counts, stats
from .record import Group
from ..regex import rx

# Not the comma in 6,524, nor the one in "low dose, n = 52".
SUBCLAUSE = rx(r"[，；;。]|,(?!(?<=\d,)\d{3}(?!\d))(?!\s*[nN]\s*=)|\band\b|和|及")


N_AFTER = rx(r"\s*(?:group|arm|组)?\s*[,:：]?\s*[(（]?\s*[nN]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.])")
EVENTS = rx(r"\b(?:occurred|experienced|developed|died|reported\s+(?:at\s+least|an?|any))\b|发生|出现|死亡", re.I)


def extract(ctx: Context, enrolled: int | None) -> list[Group]:
    groups: dict[str, Group] = {}
    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        mentions = ctx.mentions("groups", s.start, s.end)
        if not mentions:
            continue
        for g in mentions:
            # "(low dose, n = 52; high dose, n = 52)", "placebo (n = 40)": a size written beside its group.
            m = N_AFTER.match(ctx.text, g.end)
            if m and g.name not in groups:
                groups[g.name] = Group(g.name, ctx_role(g.name), int(m["n"].replace(",", "")), None, s.text)
        if EVENTS.search(s.text):
            continue  # "occurred in 2 patients in the low-dose group": who had an event, not group sizes
        pieces = _pieces(s.text, s.start)
        outcome_named = bool(ctx.mentions("measures", s.start, s.end))
        for start, piece in pieces:
            inside = [g for g in mentions if start <= g.start and g.end <= start + len(piece)
                      and not _bracketed(piece, g.start - start)]
            if len(inside) != 1:
                continue
            g = inside[0]
            sized = [(x.value, x.start, x.end, x.count_pct) for x in stats(piece)
                     if isinstance(x.value, int) and x.value > 0 and not x.has_spread
                     and not x.percent and _is_count(piece, x, s.text)
                     # "251 (50.4%) general-ward patients had an mRS score of 0-2": how many
                     # had an outcome, not how many were in the group.
                     and not (x.count_pct is not None and outcome_named)]
            # Counts in words ("二十名(62.5%)", "twelve patients") that stats() does not read.
            sized += [(c.n, c.start, c.end, None) for c in counts(piece)
                      if c.n > 0 and not any(a < c.end and c.start < b for _, a, b, _ in sized)]
            if not sized:
                continue
            value, x_start, x_end, pct = min(sized, key=lambda x: abs(start + x[1] - g.start))
            if enrolled is not None and value >= enrolled:
                continue
            if pct is None:
                after = rx(r"\s*[(（]?\s*(\d+(?:\.\d+)?)\s*%").match(piece[x_end:])
                pct = float(after.group(1)) if after else None
                if pct is None:
                    pcts = [y for y in stats(piece) if y.percent]
                    pct = pcts[0].value if len(pcts) == 1 else None
            if g.name not in groups:
                role = ctx_role(g.name)
                groups[g.name] = Group(g.name, role, value, pct, s.text)
    return list(groups.values())


def _pieces(text: str, base: int) -> list[tuple[int, str]]:
    """The sub-clauses of a sentence, split at delimiters outside brackets, so that
    "进展型(包括继发进展型和原发进展型)十二名" stays one piece."""
    depth, cuts = 0, []
    inside = []
    for ch in text:
        depth += ch in "(（[【"
        depth = max(0, depth - (ch in ")）]】"))
        inside.append(depth)
    pos, out = 0, []
    for m in SUBCLAUSE.finditer(text):
        if inside[m.start()]:
            continue
        out.append((base + pos, text[pos:m.start()]))
        pos = m.end()
    out.append((base + pos, text[pos:]))
    return out


def _bracketed(text: str, at: int) -> bool:
    """Whether offset ``at`` stands inside brackets ("进展型(包括继发进展型...)")."""
    before = text[:at]
    return sum(before.count(c) for c in "(（[【") > sum(before.count(c) for c in ")）]】")


def _is_count(piece: str, x, sentence: str = "") -> bool:
    """A count of people: followed by 名/例/位/人 or "patients", or written n = 32."""
    after = piece[x.end - 1:x.end + 12]
    before = piece[max(0, x.start - 4):x.start]
    # A bracket after the number counts only when it holds the group's share: "32 (39.2%)",
    # not "17 m (95% CI ...)".
    return bool(rx(r".?\s*(?:名|例|位|人|个|patients|participants|subjects|cases)").match(after)
                or rx(r"\s*[(（]\s*\d+(?:\.\d+)?\s*%\s*[)）]").match(piece, x.end)
                # "624 were treated in a stroke unit": a count whose noun is left out.
                or rx(r"\s+(?:were|was)\s+(?:\w+\s+)?(?:treated|assigned|allocated|randomi[sz]ed|included|enrolled|"
                      r"managed|admitted)\b", re.I).match(piece[x.end:])
                # "... were treated in a stroke unit and 498 on a general ward": the verb elided.
                or (x.start <= 2 and rx(r"\s+(?:on|in|to|into|at)\s", re.I).match(piece[x.end:]) is not None
                    and rx(r"\b(?:were|was)\s+(?:\w+\s+)?(?:treated|assigned|allocated|randomi[sz]ed)\b", re.I).search(sentence) is not None)
                or rx(r"[nN]\s*=\s*$").search(before) or x.count_pct is not None)


def ctx_role(name: str) -> str:
    from .. import vocab
    return (vocab.info(name) or {}).get("role") or "subgroup"
