"""What the study gave: interventions with route, origin and tissue, and the comparator.

The study's interventions are those its headline names; failing that, those named in
sentences about this study. Route, origin and tissue are the ones named most often in
the same sentences as the intervention. A generic name ("stem cells") is dropped when a
specific one that contains it ("mesenchymal stem cells") was found.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import vocab
from ..vocab.lexicon import Tokens
from .context import Context
from .design import SELF
from .doses import doses
from .record import Intervention
from ..regex import rx

COMPARATOR_KINDS = {"placebo", "sham", "standard_care"}
REVIEWS = {"meta_analysis", "systematic_review", "narrative_review"}
RECEIVED = rx(r"接受|给予|使用|采用|行|注射|输注|received|were given|were treated with|underwent|got", re.I)
ROLE_COMPARATORS = {"control", "controls", "no treatment"}
# Words of giving a treatment, in a sentence that tells how it was given.
GIVEN = rx(r"\b(?:received|receive|administered|injected|infused|given|injections?|infusions?|transplanted|implanted)\b|"
           r"接受|注射|输注|给予|移植|植入|灌注", re.I)
DOSE_WORDS = rx(r"剂量(?:为|是)?|每次|\b(?:dose|dosage)\s+(?:of|was|was\s+set\s+at)|\beach\s+(?:containing|of)|\bat\s+a\s+dose\s+of", re.I)


def _kind(name: str) -> str | None:
    return (vocab.info(name) or {}).get("kind")


def is_comparator(arm: str) -> bool:
    """Whether an arm is what the others are compared with: a control, placebo, sham or usual care.

    >>> is_comparator("placebo"), is_comparator("control"), is_comparator("low dose")
    (True, True, False)
    """
    return arm in ("control", "controls", "usual care", "no treatment") or _kind(_canonical(arm) or arm) in COMPARATOR_KINDS


def _contains(specific: str, generic: str) -> bool:
    a, b = set(Tokens(specific).folded), set(Tokens(generic).folded)
    return specific != generic and b <= a


def _canonical(name: str) -> str | None:
    hits = vocab.lexicon("interventions").find(Tokens(name))
    return hits[0].name if hits else None


def from_arms(found) -> tuple[list[Intervention], str | None]:
    """Interventions and comparator from the trial's arms, vocabulary names where known.

    An arm named by its role ("治疗组", "treatment group") is no intervention by itself:
    its written form may still name one ("干细胞组": stem cells), else the interventions
    the article names elsewhere stand.
    """
    out, comparator = [], None
    for arm in found:
        name = _canonical(arm.name) or next(filter(None, (_canonical(w) for w in arm.written)), None)
        role_only = name is None and (vocab.info(arm.name) or {}).get("role") == "arm"
        name = name or arm.name
        if _kind(name) in COMPARATOR_KINDS or is_comparator(arm.name):
            comparator = comparator or name
        elif not role_only:
            out.append(Intervention(name, None, None, (vocab.info(name) or {}).get("tissue"), arm.dose, arm.quote))
    return out, comparator


def _received_by(ctx: Context, arm: str, exclude: set[str]) -> str | None:
    """The intervention a sentence names right after the arm ("对照组接受玻尿酸注射")."""
    for g in ctx.mentions("groups"):
        if g.name != arm:
            continue
        s = ctx.sentence_at(g.start)
        for m in ctx.mentions("interventions", g.end, min(s.end, g.end + 40)):
            name = (vocab.info(m.name) or {}).get("parent") or m.name
            between = ctx.text[g.end:m.start]
            if (RECEIVED.search(between) and not rx(r"[。；;]").search(between)
                    and not any(name == x or _contains(x, name) or _contains(name, x) for x in exclude)):
                return name
    return None


def _dose_near(ctx: Context, mentions) -> str | None:
    """The dose written within a few words of a mention of the intervention, as written."""
    for m in mentions:
        s = ctx.sentence_at(m.start)
        for d in doses(s.text):
            a, b = s.start + d.start, s.start + d.end
            if -60 <= a - m.end <= 60 or -20 <= m.start - b <= 20:
                return d.text
    return None


def _dose_stated(ctx: Context) -> str | None:
    """A dose the article states as the dose ("剂量为5×10^7个细胞", "each containing ..."),
    for a study of one intervention."""
    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        for keyword in DOSE_WORDS.finditer(s.text):
            for d in doses(s.text):
                if 0 <= d.start - keyword.end() <= 12:
                    return d.text
    return None


def extract(ctx: Context, design: str | None, arms=()) -> tuple[list[Intervention], str | None]:
    mentions = [m for m in ctx.mentions("interventions")
                if (s := ctx.sentence_at(m.start)) is not None and not ctx.is_other_work(s)]
    in_title = [m.name for m in vocab.lexicon("interventions").find(Tokens(ctx.title))] if ctx.title else []
    counts = Counter(m.name for m in mentions)
    if in_title:
        # A headline's generic name ("bone marrow stem cells": stem cells) stands for the
        # specific one the article names most ("mesenchymal stem cells").
        names = [next((n for n, _ in counts.most_common() if _contains(n, t)), t) for t in dict.fromkeys(in_title)]
        names = list(dict.fromkeys(names))
    else:
        self_named = Counter(m.name for m in mentions if SELF.search(ctx.sentence_at(m.start).text))
        pool = self_named or counts
        names = [n for n, c in pool.most_common(3) if c >= max(1, pool.most_common(1)[0][1] // 3)]
    comparators = [n for n in names if _kind(n) in COMPARATOR_KINDS]
    names = [n for n in names if _kind(n) not in COMPARATOR_KINDS]
    names = [n for n in names if not any(_contains(other, n) for other in names)]

    out = []
    for name in names:
        parent = (vocab.info(name) or {}).get("parent")
        tissue_of_name = (vocab.info(name) or {}).get("tissue")
        attrs = {"routes": Counter(), "origins": Counter(), "tissues": Counter()}
        quote = None
        for m in mentions:
            if m.name != name:
                continue
            s = ctx.sentence_at(m.start)
            for kind, counter in attrs.items():
                for a in ctx.mentions(kind, s.start, s.end):
                    counter[a.name] += 1
                    quote = quote or s.text
        if len(names) == 1 and design not in REVIEWS:
            # The study's one intervention: how it was given may be told in a sentence that
            # does not name it ("Each participant received two intrathecal injections").
            for s in ctx.sentences:
                if not ctx.is_other_work(s) and GIVEN.search(s.text):
                    for kind, counter in attrs.items():
                        if not counter:
                            for a in ctx.mentions(kind, s.start, s.end):
                                counter[a.name] += 1
        pick = {k: (c.most_common(1)[0][0] if c else None) for k, c in attrs.items()}
        # "adipose-derived MSCs" is recorded as mesenchymal stem cells from adipose tissue,
        # so studies of one cell type line up whatever tissue it came from.
        tissue = pick["tissues"] or tissue_of_name
        out.append(Intervention(parent or name, pick["routes"], pick["origins"], tissue,
                                _dose_near(ctx, [m for m in mentions if m.name == name]), quote))

    if len(out) == 1 and out[0].dose is None:
        out[0].dose = _dose_stated(ctx)

    if arms:
        armed, arm_comparator = from_arms(arms)
        if armed:
            # An arm's generic name ("stem cells") yields to the specific intervention the
            # article names ("umbilical cord mesenchymal stem cells").
            known = {i.name: i for i in out}
            specific = {i.name: next((o for o in out if _contains(o.name, i.name)), None) for i in armed}
            out = list({(x := known.get(i.name) or specific[i.name] or i).name: x for i in armed}.values())
            for i in out:
                i.dose = i.dose or next((a.dose for a in arms if (_canonical(a.name) or a.name) == i.name), None)
                if i.route is None:
                    # A drug the vocabulary does not know: its route is told where it is named
                    # ("Once-Daily Oral Corvagliptan").
                    routes = Counter(r.name for s in ctx.sentences if i.name.lower() in s.text.lower()
                                     and not ctx.is_other_work(s) for r in ctx.mentions("routes", s.start, s.end))
                    i.route = routes.most_common(1)[0][0] if routes else None
        if arm_comparator in ROLE_COMPARATORS:
            # An arm called "control": its comparator is what it received ("對照組接受玻尿酸
            # 注射" -> hyaluronic acid), else the standard care the article names.
            received = _received_by(ctx, arm_comparator, {i.name for i in out})
            arm_comparator = received or next(
                (m.name for m in mentions if _kind(m.name) == "standard_care"), arm_comparator)
        if arm_comparator:
            return out, arm_comparator
        if len(out) == 2 and len(armed) == 2 and design not in REVIEWS:
            # Two active arms ("GLP-1 RA versus DPP-4 inhibitor"): the second is the comparator.
            return out[:1], out[1].name
    comparator = None
    if design not in ("single_arm_trial", "case_series", "case_report"):
        arm_mentions = [m for m in mentions if _kind(m.name) in COMPARATOR_KINDS]
        if comparators:
            comparator = comparators[0]
        elif arm_mentions:
            comparator = Counter(m.name for m in arm_mentions).most_common(1)[0][0]
    return out, comparator
