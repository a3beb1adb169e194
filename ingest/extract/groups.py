"""Arms and subgroups with their sizes: "32名(39.2%)患者患有颈椎SCI", "cervical (n = 32)".

A group is named by ``vocab/groups.yaml``; its size is the count nearest to that name
within the same sub-clause. A "group" as large as the whole cohort is the cohort itself
("106例完全性脊髓损伤患者"), not a subgroup. The percentage is kept as printed, even when
it does not match the count: the consistency checks flag that, the record does not fix it.
"""

from __future__ import annotations

import re

from .context import Context
from .numbers import stats
from .record import Group
from ..regex import rx

SUBCLAUSE = rx(r"[，,；;。]|\band\b|和|及")


def extract(ctx: Context, enrolled: int | None) -> list[Group]:
    groups: dict[str, Group] = {}
    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        mentions = ctx.mentions("groups", s.start, s.end)
        if not mentions:
            continue
        pos = 0
        pieces = []
        for m in SUBCLAUSE.finditer(s.text):
            pieces.append((s.start + pos, s.text[pos:m.start()]))
            pos = m.end()
        pieces.append((s.start + pos, s.text[pos:]))
        for start, piece in pieces:
            inside = [g for g in mentions if start <= g.start and g.end <= start + len(piece)]
            if len(inside) != 1:
                continue
            g = inside[0]
            sized = [x for x in stats(piece) if isinstance(x.value, int) and x.value > 0 and not x.has_spread
                     and not x.percent and _is_count(piece, x)]
            if not sized:
                continue
            x = min(sized, key=lambda x: abs(start + x.start - g.start))
            if enrolled is not None and x.value >= enrolled:
                continue
            pct = x.count_pct
            if pct is None:
                after = rx(r"\s*[(（]?\s*(\d+(?:\.\d+)?)\s*%").match(piece[x.end:])
                pct = float(after.group(1)) if after else None
                if pct is None:
                    pcts = [y for y in stats(piece) if y.percent]
                    pct = pcts[0].value if len(pcts) == 1 else None
            if g.name not in groups:
                role = ctx_role(g.name)
                groups[g.name] = Group(g.name, role, x.value, pct, s.text)
    return list(groups.values())


def _is_count(piece: str, x) -> bool:
    """A count of people: followed by 名/例/位/人 or "patients", or written n = 32."""
    after = piece[x.end - 1:x.end + 12]
    before = piece[max(0, x.start - 4):x.start]
    return bool(rx(r".?\s*(?:名|例|位|人|个|patients|participants|subjects|cases|\(|（)").match(after)
                or rx(r"[nN]\s*=\s*$").search(before) or x.count_pct is not None)


def ctx_role(name: str) -> str:
    from .. import vocab
    return (vocab.info(name) or {}).get("role") or "subgroup"
