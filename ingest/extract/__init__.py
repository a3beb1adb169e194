"""Extract: a ``Document`` in, a ``Record`` (contract ``evidence-record/1``) out. No I/O.

>>> from ..read.document import Document
>>> rec = extract(Document("本研究纳入20例膝骨关节炎患者。", path="x.txt", sha256="0"))
>>> rec.to_json()["schema"]
'evidence-record/1'
"""

from __future__ import annotations

from ..read.document import Document
from . import arms, citation, conditions, design, groups, interventions, outcomes, participants, safety, timeline
from .context import Context
from .numbers import counts, p_values
from .record import Record, Source, Study


def extract(document: Document) -> Record:
    ctx = Context(document)
    source = Source(file=document.path, url=document.url, title=document.title,
                    language=document.language, sha256=document.sha256, encoding=document.encoding)
    study = Study()
    study.design = design.design(ctx)
    study.phase = design.phase(ctx)
    study.participants = participants.extract(ctx)
    trial_arms = arms.extract(ctx)
    # Vocabulary groups (治疗组, placebo group) win where they overlap an arm's name.
    ctx.add_terms("groups", arms.terms(trial_arms))
    study.measurements, study.effects = outcomes.extract(ctx)
    study.adverse_events, study.safety = safety.extract(ctx)
    if not _reports_a_study(study, ctx):
        return Record(source, [])
    study.citation = citation.extract(ctx)
    study.conditions = conditions.extract(ctx)
    study.enrollment = timeline.enrollment(ctx)
    study.follow_up = timeline.follow_up(ctx) or _last_time(study)
    study.interventions, study.comparator = interventions.extract(ctx, study.design, trial_arms)
    study.groups = arms.as_groups(trial_arms) + [
        g for g in groups.extract(ctx, study.participants.enrolled) if g.name not in {a.name for a in trial_arms}]
    return Record(source, [study])


def _reports_a_study(study: Study, ctx: Context) -> bool:
    """An article reports a study when it gives results, or names a design for itself
    ("This randomized trial...", a headline "...: a randomized controlled trial") or next
    to a cohort or a p-value."""
    p = study.participants
    return bool(study.measurements or study.effects or study.adverse_events
                or (study.design and (p.enrolled or p.screened or (design.design_evidence(ctx) or ("", False))[1]
                                      or counts(ctx.text) or p_values(ctx.text))))


def _last_time(study: Study):
    times = [m.time for m in study.measurements if m.time is not None and m.time.value]
    return max(times, key=lambda t: t.days) if times else None
