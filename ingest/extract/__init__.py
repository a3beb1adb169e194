"""Extract: a ``Document`` in, a ``Record`` (contract ``evidence-record/1``) out. No I/O.

>>> from ..read.document import Document
>>> rec = extract(Document("本研究纳入20例膝骨关节炎患者。", path="x.txt", sha256="0"))
>>> rec.to_json()["schema"]
'evidence-record/1'
"""

from __future__ import annotations

import functools
import re

from .. import limits, vocab
from ..read.boilerplate import GLOSS
from ..read.document import Document
from ..vocab.chinese import to_simplified
from . import (
    arms,
    citation,
    conditions,
    declared,
    design,
    groups,
    interleaved,
    interventions,
    outcomes,
    participants,
    safety,
    segments,
    tables,
    timeline,
    trial_tables,
)
from .context import Context
from .numbers import DIGIT, counts, join_thousands, p_values
from .prefilter import word_spans
from .record import Citation, Group, Record, Source, Study

VERDICT = re.compile(r"statistically significant|差[异異](?:有|具有)[统統][计計][学學]意[义義]|具有[统統][计計][学學]意[义義]|(?:非常|十分)?[显顯]著(?:性)?差[异異]|"
             r"明[显顯]差[异異]|\bsignificantly\s+(?:higher|lower|greater|better|worse|more|less|improved|reduced|increased|decreased|different)\b|"
             # ("显著降低餐后两小时血糖", "顯著改善": significantly lowered, improved)
             r"[显顯]著(?:地)?(?:降低|升高|提高|改善|减少|減少|下降|延长|延長|缩短|縮短)", re.I)
PERCENT = re.compile(r"\d(?:\.\d+)?\s*%")
# A dose's words alone: "每公斤", "per kg", "mg/kg".
DOSE_WORDS_ONLY = re.compile(r"(?:每公斤|每千克|per\s+kg)(?:体重|體重)?|每日|mg/kg|/kg|.{0,14}[组組]", re.I)
# A sentence that supposes rather than reports: its numbers are examples.
# ("one can expect that … will be lower": what may be, no result)
SUPPOSITION = re.compile(r"^\W*(?:if|suppose|imagine|say)\b|^\W*(?:假如|如果|假设|倘若)|\b(?:would|could|might)\s+(?:have|be)\b|"
                         r"\b(?:can|could|would)\s+expect\b", re.I)
HAN = re.compile(r"[\u4e00-\u9fff]")
RESULTS_LABEL = re.compile(r"\W*(?:结果|結果|results?|findings)\s*(?:[:：]|\.\s*$)", re.I)  # ("Results." a sentence of its own)
STUDY_WORD = re.compile(r"(?:研究|試驗|试验|分析)(?:均|都|也|亦|皆)?(?:显示|顯示|发现|發現|表明|结果|分析|纳入|納入|团队|團隊|人员|人員)|(?:结果|結果)(?:发现|發現|显示|顯示|表明)|\b(?:the|this|our|a)\s+(?:[\w-]+\s+){0,3}(?:study|trial|analysis)"
                # (what it was of, before its verb: "A five-year study of supplement use in nearly 26,000
                # participants found")
                # (no clause inside it: "a study of adults who showed …" says nothing found)
                r"(?:\s+(?:of|in|among|involving)\s+(?:(?!\b(?:who|that|which|whose)\b)(?:[^,.;:]|(?<=\d)[,.](?=\d))){1,60}?)?"
                r"\s+(?:found|showed|shows|finds|suggests|reported|demonstrated)\b|"
                # news of a study without "the study found": "researchers found", "published in
                # the journal", "appeared in JAMA" (a capitalised name, not "appear in children"), "the
                # investigators reported", "the trial's results"
                # ("researchers at Memorial Sloan-Kettering Cancer Center found", "the researchers determined")
                # ("Researchers analyzed a study of nearly 120,000 Medicare patients": their data)
                r"\bresearchers\s+(?:\w+\s+){0,2}(?:found|find|reported|report|observed|showed|concluded|determined|"
                r"analy[sz]ed)\b|"
                r"\bresearchers\s+(?:at|from)\s+[^.;,]{1,60}?\s+(?:found|reported|observed|showed|concluded|determined)\b|"
                r"\b(?:published|appear(?:s|ed)?)\s+(?:online\s+)?(?:today\s+|this\s+week\s+|on\s+\w+\s+)?in\s+(?:the\s+)?(?:journal\b|(?-i:[A-Z])[\w&]+)|"
                r"\b(?:the\s+)?(?:investigators|authors)\s+(?:found|reported|observed|concluded)\b|"
                r"\bthe\s+(?:trial|study)(?:'s|’s)?\s+(?:results|findings)\b|发表在|發表在|发表于|發表於|刊登在|刊登於|刊于|刊於", re.I)
RESULTS_HEADING = re.compile(r"results?|findings|结果|結果", re.I)
# The study the article itself reports finding something ("The study found", "A new study
# shows", "这项研究发现"), not one it cites in passing ("A study found that water …").
OWN_STUDY_FOUND = re.compile(r"\b(?:the|this|our|a\s+new|(?P<indefinite>an?))\s+(?:[\w-]+\s+){0,3}(?:study|trial|analysis|meta-analysis|review)"
                             # ("a pooled analysis of data from 12 trials showed", "the study, which followed 3,000 people, found")
                             # ("A trial study called Keynote-189 found": a trial by its name is no study in passing)
                             r"(?:\s+(?:of|in|from|among|involving|covering)\s+[^,.;:]{1,60}?|,\s+[^.;:]{1,80}?,|"
                             r"\s+(?P<named>called|named|dubbed|known\s+as)\s+(?:[\w-]*\d[\w-]*|(?-i:[A-Z])[\w-]+))?\s+"
                             r"(?:found|finds|showed|shows|suggests|suggested|reported|demonstrated|revealed|indicated|concluded)\b|"
                             # ("The results showed that 93 percent of the children …", "its findings revealed")
                             r"(?P<results>\b(?:the|its|their|these)\s+(?:(?:study|trial)(?:'s|’s)\s+)?(?:results|findings)\s+"
                             r"(?:showed|show|revealed|reveal|indicated|indicate|demonstrated|demonstrate)\b)|"
                             # ("这份从一九九五年进行到二〇〇八年的研究发现": words between the pointer and the study)
                             # (not "此外"/"这些"/"本周", nor "该领域的研究", "本周…一项研究": general research)
                             r"(?:该|這|这|本|此)(?!些|外|前|周|週|类|類|领域|領域)(?:项|項|份|个|個)?"
                             r"(?:(?!一项|一項|领域|領域)[^，,。；;]){0,30}?(?:研究|试验|試驗)(?:结果)?(?:发现|發現|显示|顯示|表明|结果显示)|"
                             # ("retatrutide 临床试验显示", "III期临床试验结果显示": a trial named by its drug or phase)
                             # (not "多项GLP-1临床试验", trials of a class; not 近期/早期, "recent", "early")
                             r"(?:(?<![项項些个個多几幾A-Za-z0-9\-])(?<!多项 )(?<!多項 )[A-Za-z][A-Za-z0-9\-]+\s*|(?:[IⅠⅡⅢⅣV]+|[1-4]|[一二三四])\s*期)"
                             r"(?:的)?(?:后期|後期|最新)?(?:临床试验|臨床試驗)(?:中)?(?:结果)?(?:显示|顯示|发现|發現|表明)", re.I)
# A structured Chinese abstract whose labels are set off by a space: "目的 观察…", "方法 选取…".
# (Also in English, a journal's labels before a capital: "Methods We linked …" then "Results Of 18 015 …".)
SPACED_LABELS = re.compile(r"(?m)^\s*(?:目的|方法)[ \u3000]+\S.*\n(?:.*\n){0,12}?\s*(?:方法|结果|結果)[ \u3000]+\S|"
                           r"^\s*(?:Objectives?|Aims?|Background|Methods)[ \u3000]+[A-Z].*\n(?:.*\n){0,12}?\s*(?:Methods|Results)[ \u3000]+[A-Z]")
SPACED_RESULTS = re.compile(r"\W*(?:结果|結果)[ \u3000]+(?=\S)|\s*Results[ \u3000]+(?=[A-Z])")


# (An article whose time runs out inside ``vocab.script_of`` leaves the script it set: put back.)
limits.ON_EXPIRED.append(vocab._reset_script)


def extract(document: Document) -> Record:
    """The record of one article. Traditional Chinese is read as simplified, character for
    character, so every rule written for one script works for both; the quotes are then
    put back as the article wrote them (the same offsets, since the lengths are equal).

    >>> rec = extract(Document("共篩選112名患者，最終80名患者納入試驗。LVEF從30%升至40%（P<0.05）。", path="x.txt", sha256="0"))
    >>> p = rec.studies[0].participants
    >>> p.screened, p.enrolled, p.quotes["enrolled"]
    (112, 80, '共篩選112名患者，最終80名患者納入試驗。')
    """
    if document.metadata.get("format") == "ctgov":
        from .registry import record_of  # (a registry's record is read from its fields, not its sentences)

        return record_of(document)
    with vocab.script_of(document.text):
        record = _extract_any_script(document)
        if len(record.studies) == 1:
            # What the article says its primary outcome was, as it wrote it (the check for outcome
            # switching sets it against the registry's); of one study only, whose it is being sure.
            record.studies[0].primary_outcomes = [{"measure": name, "quote": quote}
                                                  for name, quote in declared.primary_outcomes(document.text)]
        return record


def _extract_any_script(document: Document) -> Record:
    simple = join_thousands(to_simplified(document.text))
    simple, where = _without_glosses(simple)
    if simple == document.text:
        return _extract(document)
    record = _extract(Document(text=simple, path=document.path, url=document.url,
                               title=to_simplified(document.title) if document.title else document.title,
                               language=document.language, encoding=document.encoding,
                               sha256=document.sha256))
    record.source.title = document.title
    _restore_quotes(record, simple, document.text, where)
    _restore_names(record, simple, document.text, where)
    return record


# Pinyin glosses ("對(duì)照組") split the words, so the extractor reads a copy without them
# (quotes stay the page's).


def _without_glosses(text: str) -> tuple[str, list[int] | None]:
    """The text without pinyin glosses, and where each of its characters stands in the text
    given (None when there were none, so offsets are the same).

    >>> _without_glosses("對(duì)照組")
    ('對照組', [0, 6, 7, 8])
    """
    cuts = [(m.start(), m.end()) for m in GLOSS.finditer(text)]
    if not cuts:
        return text, None
    kept, where, at = [], [], 0
    for a, b in cuts:
        kept.append(text[at:a])
        where.extend(range(at, a))
        at = b
    kept.append(text[at:])
    where.extend(range(at, len(text) + 1))  # (one past the end, for a quote that ends there)
    return "".join(kept), where


def _restore_quotes(record: Record, simple: str, original: str, where: list[int] | None = None) -> None:
    """Replace every quote (taken from the reading copy) by the original's span: the same
    offsets, or those ``where`` maps them to when the copy left glosses out."""
    def original_of(quote):
        at = simple.find(quote) if quote else -1
        if at < 0:
            return quote
        if where is None:
            return original[at:at + len(quote)]
        return original[where[at]:where[at + len(quote) - 1] + 1]

    for study in record.studies:
        for items in (study.measurements, study.effects, study.adverse_events, study.interventions, study.groups):
            for item in items:
                item.quote = original_of(item.quote)
        for intervention in study.interventions:
            intervention.dose = original_of(intervention.dose)
        for quotes in (study.participants.quotes, study.safety.quotes):
            for key, quote in quotes.items():
                quotes[key] = original_of(quote)


def _restore_names(record: Record, simple: str, original: str, where: list[int] | None = None) -> None:
    """Names the article wrote in Chinese (a measure, an arm, a treatment the vocabulary does
    not know) as the article wrote them: "瑪仕度肽9mg組", not the reading copy's "玛仕度肽9mg组".
    Vocabulary names (English) are left as they are.

    >>> from .record import Measurement, Study
    >>> r = Record(source=None, studies=[Study(measurements=[Measurement("體重降幅", "瑪仕度肽組", None, "mean", 1.0)])])
    >>> r.studies[0].measurements[0].measure, r.studies[0].measurements[0].group = "体重降幅", "玛仕度肽组"
    >>> _restore_names(r, "玛仕度肽组体重降幅为1%", "瑪仕度肽組體重降幅為1%")
    >>> r.studies[0].measurements[0].measure, r.studies[0].measurements[0].group
    ('體重降幅', '瑪仕度肽組')
    """
    cache: dict[str, str] = {}

    def as_written(name):
        if not name or not HAN.search(name):
            return name
        if name not in cache:
            at = simple.find(name)
            if at < 0:
                cache[name] = name
            elif where is None:
                cache[name] = original[at:at + len(name)]
            else:
                # (character by character: a pinyin gloss inside the name is left out)
                cache[name] = "".join(original[where[k]] for k in range(at, at + len(name)))
        return cache[name]

    for study in record.studies:
        for m in study.measurements:
            m.measure, m.group = as_written(m.measure), as_written(m.group)
        for e in study.effects:
            e.measure, e.group, e.versus = as_written(e.measure), as_written(e.group), as_written(e.versus)
        for g in study.groups:
            g.name = as_written(g.name)
        for i in study.interventions:
            i.name = as_written(i.name)
        for a in study.adverse_events:
            a.group = as_written(a.group)
        study.comparator = as_written(study.comparator)
        # ("美國醫學會雜誌", a journal named in the page's own script)
        study.citation.journal, study.citation.title = as_written(study.citation.journal), as_written(study.citation.title)


def _extract(document: Document) -> Record:
    ctx = Context(document)
    source = Source(file=document.path, url=document.url, title=document.title,
                    language=document.language, sha256=document.sha256, encoding=document.encoding)
    listed = trial_tables.studies(ctx)
    if len(listed) >= 2:
        # A table of trials (a review's list of the studies it includes): the page reports
        # those studies, one per row, and its prose is about them, not a study of its own.
        return Record(source, listed)
    if not document.metadata.get("part_of_page"):
        # A page that introduces several studies in prose, each with its own enrolment: each
        # stretch is read as an article of its own.
        read = [(part, study) for part in segments.study_texts(ctx)
                for study in _extract(Document(text=part, path=document.path, url=document.url, language=document.language,
                                               sha256=document.sha256,
                                               metadata={"part_of_page": True, "page_text": ctx.text})).studies]
        found = [study for _, study in read]
        # (A headline that names the treatment of one of them only is about that one: the
        # others are background, "a similar drug's trial enrolled 1879".)
        titled = [st for st in found if ctx.title and any(
            re.compile(r"\s*(?:组|組|group|arm)$", re.I).sub("", i.name).lower() in ctx.title.lower() for i in st.interventions)]
        # Two stretches are two studies when they name different things, or when the second
        # brings its study in as a new one ("一项荟萃分析表明…") and they share no treatment, or
        # by a trial's name of its own.
        if len(found) >= 2 and len(titled) != 1 and all(
                _different_studies(a, b) or (segments.NEW_STUDY.search(part) and not _shared_treatment(a, b))
                or segments.ANOTHER_STUDY.search(part)
                # (a stretch that opens on a trial by a name the one before never uses: "STEP 4研究:…")
                or ((name := segments.opening_name(part)) is not None and name not in before)
                for (before, a), (part, b) in zip(read, read[1:])):
            return Record(source, found)
        # Two or more trials told in the same sentences, each by its name ("in the ERASURE
        # study, …; in the FIXTURE study, …"): each read from what is said of it and of all,
        # its quotes the page's own.
        told = []
        for part, where in interleaved.trial_parts(ctx):
            record = _extract(Document(text=part, path=document.path, url=document.url, language=document.language,
                                       sha256=document.sha256, metadata={"part_of_page": True, "page_text": ctx.text}))
            _restore_quotes(record, part, ctx.text, where)
            told += record.studies[:1]
        if len(told) >= 2:
            _counts_said_of_several(told)
            return Record(source, told)
    study = Study()
    study.design = design.design(ctx)
    study.phase = design.phase(ctx)
    study.participants = participants.extract(ctx)
    trial_arms = arms.extract(ctx)
    for arm in trial_arms:
        # An arm named by an abbreviation the article spells out ("radiofrequency ablation (RFA)").
        full = arms.spelled_out(ctx.text, arm.name)
        if full:
            arm.written = [*arm.written, arm.name]
            arm.name = full
    # Vocabulary groups (治疗组, placebo group) win where they overlap an arm's name.
    ctx.add_terms("groups", arms.terms(trial_arms, ctx.text))
    ctx.arms = [a.name for a in trial_arms]
    found = groups.extract(ctx, study.participants.enrolled)
    # Subgroups the article names as written ("病程十年以内者十四名") are found in its results too
    # ("病程十年以内的患者由39.5分降至29.2分").
    if not ctx.arms:
        # A cohort's exposure groups ("3 127 participated in CR and 11 735 did not") are its arms,
        # named in full where the article spells out their abbreviation.
        for g in found:
            if g.role == "arm":
                written = g.name
                g.name = arms.spelled_out(ctx.text, g.name) or g.name
                ctx.arms.append(g.name)
                if written in ctx.text:
                    ctx.add_terms("groups", [(g.name, [written])])
    if not ctx.arms or len(ctx.arms) == 1 and interventions.is_comparator(ctx.arms[0]):
        # "People taking tirzepatide lost more than those taking semaglutide": the treatments
        # compared by the people who took them (also beside a placebo arm found alone, when it is
        # one of the two: "those who took Contrave … beyond those receiving a placebo").
        taking = arms.taking_arms(ctx)
        if not ctx.arms or any(name.lower() == ctx.arms[0].lower() for name in taking):
            for name in taking:
                if any(name.lower() == a.lower() for a in ctx.arms):
                    continue
                ctx.arms.append(name)
                found.append(Group(name, "arm", None, None, None))
                ctx.add_terms("groups", [(name, [name])])
    if not ctx.arms:
        # "疫苗组的阳转率为99.8%，安慰剂组则为0": arms the vocabulary names where results are given
        # for them side by side, though no sentence allocated them.
        for name, written in _arms_results_name(ctx):
            ctx.arms.append(name)
            found.append(Group(name, "arm", None, None, None))
            if written:
                ctx.add_terms("groups", [(name, [written])])  # ("瑞德西韦组": the remdesivir arm)
    if len(ctx.arms) < 2:
        # "In group A, 400 mg ropivacaine … In group P, no injections were given": arms called by
        # a letter the vocabulary does not list, each named twice or more, in a randomised study.
        for name in arms.lettered_arms(ctx.text):
            if name not in ctx.arms:
                ctx.arms.append(name)
                found.append(Group(name, "arm", None, None, None))
                ctx.add_terms("groups", [(name, [name, name[0].upper() + name[1:]])])
    if len(ctx.arms) < 2:
        # A table whose rows are the arms ("Intervention (n = 95) | 14.5 (3.8) | ..."): its arms,
        # named and sized as its rows print them (a group word inside a row's name, the
        # "control" of "Active control (n = 62)", is no arm of its own).
        for t in ctx.row_tables:
            for r in t.rows:
                if r.arm not in ctx.arms:
                    ctx.arms[:] = [a for a in ctx.arms if not (a.lower() in r.arm.lower() and a != r.arm)]
                    ctx.arms.append(r.arm)
                    found = [g for g in found if not (g.n == r.n and g.name.lower() in r.arm.lower())]
                    found.append(Group(r.arm, "arm", r.n, None, ctx.text[r.start:r.end]))
    if not ctx.arms:
        # "In a randomised trial, 300 adults received orforglipron or placebo": the last resort.
        for name in arms.received_or_placebo(ctx):
            ctx.arms.append(name)
            found.append(Group(name, "arm", None, None, None))
            ctx.add_terms("groups", [(name, [name])])
    # (Only the treated arm's role words are resolved while reading: "the control group" may
    # be a third group the article names later, healthy controls beside a placebo arm; it is
    # resolved once the study's groups are known, _roles_as_named_arms.)
    # (Roles the article itself gives its arms by name are resolved at once: "对照组则接受化疗".)
    said = {a.role: a.name for a in trial_arms if a.role and a.name in ctx.arms}
    ctx.name_roles({**{r: a for r, a in role_arms(ctx.arms).items() if r in TREATMENT_ROLES}, **said})
    ctx.subgroups = [g.name for g in found if g.role == "subgroup" and g.name not in ctx.arms and g.name in ctx.text]
    ctx.add_terms("groups", [(name, [name]) for name in ctx.subgroups])
    study.measurements, study.effects, adverse_rates = outcomes.extract(ctx)
    study.adverse_events, study.safety = safety.extract(ctx)
    study.adverse_events = safety.with_rates(study.adverse_events, adverse_rates)
    from_tables = tables.adverse_events(ctx)
    if from_tables:
        # Events a table lists by arm replace what was read from the table's rows as sentences.
        rows = {e.quote for e in from_tables}
        study.adverse_events = [e for e in study.adverse_events if e.quote not in rows] + from_tables
    study.citation = citation.extract(ctx)
    named_row = _a_named_row(ctx)
    if not _reports_a_study(study, ctx) and named_row is None:
        return Record(source, [])
    if named_row is not None:
        row_start, name_end = named_row
        line_end = ctx.text.find("\n", row_start)
        line = ctx.text[row_start:line_end if line_end >= 0 else len(ctx.text)].strip()
        # (the row's trial is not the page's paper: its DOI, journal and year are the review's; the
        # row's own first author stays)
        cited = segments.row_citation(line)
        study.citation = Citation(first_author=cited[0], authors=[cited[0]], year=cited[1]) if cited else Citation()
        # ("STEP 2 (n=1210)12 | …": the size the row gives its trial, right after its name; "Park et al.
        # 18 (ARTIST) 458 …" under a header whose column after the trial counts its patients)
        size = (ROW_SIZE.match(ctx.text, name_end) or (ROW_SIZE_AFTER_NAME.match(ctx.text, name_end)
                if PATIENTS_COLUMN.search(ctx.text[:row_start]) else None)) if name_end > row_start else None
        if size is None and name_end == row_start and PATIENTS_COLUMN.search(ctx.text[:row_start]):
            size = ROW_PEOPLE.match(line)  # ("GvHD 55 Adults 60 months …" under "Sample size")
        if size and study.participants.enrolled is None:
            study.participants.enrolled = int(size["n"].replace(",", ""))
            study.participants.quotes["enrolled"] = line
    study.conditions = conditions.extract(ctx)
    study.enrollment = timeline.enrollment(ctx)
    study.follow_up = timeline.follow_up(ctx) or _last_time(study) or timeline.study_duration(ctx)
    study.interventions, study.comparator = interventions.extract(ctx, study.design, trial_arms)
    # (what is left of an arm named by its dose once the dose is taken out, "每公斤" of
    # "每公斤0.5毫克組", is no treatment; nor is an arm's name, "1.5毫克组")
    study.interventions = [i for i in study.interventions if not DOSE_WORDS_ONLY.fullmatch(i.name)]
    sized = {g.name: g for g in found}
    for arm in trial_arms:
        # An arm whose allocation sentence gave no size may be sized elsewhere
        # ("624 were treated in a stroke unit and 498 on a general ward").
        if arm.n is None and arm.name in sized:
            arm.n, arm.pct = sized[arm.name].n, sized[arm.name].pct
            arm.quote = arm.quote or sized[arm.name].quote
    study.groups = arms.as_groups(trial_arms) + [g for g in found if g.name not in {a.name for a in trial_arms}]
    study.groups += _compared_sides(study, ctx.text)
    study.groups += _treatment_and_comparator(study)
    _arms_by_their_other_names(study)
    for g in study.groups:
        if g.role == "arm" and g.n is None:
            # An arm the allocation did not size may be sized beside its name elsewhere.
            g.n, g.quote = _arm_size(g.name, ctx.text, ctx.norm) or (None, g.quote)
    _sides_of_between_arm_effects(study, ctx.text)
    _ratios_against_a_reference(study)
    _roles_as_named_arms(study)
    _treatment_as_the_article_calls_it(study, ctx.text)
    study.groups += _groups_with_results(study)
    if study.comparator is None and study.design not in ("single_arm_trial", "case_series", "case_report", "case_control",
                                                         "cross_sectional"):
        # (an arm that is a comparator, read where no intervention named one: "the control
        # group", "placebo"; one only, or which it is the record cannot say; not the healthy
        # controls of a case-control or cross-sectional comparison, who received nothing)
        sides = {g.name for g in study.groups if g.role == "arm" and interventions.is_comparator(g.name)}
        study.comparator = sides.pop() if len(sides) == 1 else None
    for g in study.groups:
        if g.n is None and g.name in ctx.column_sizes:
            g.n = ctx.column_sizes[g.name]  # ("Polypill (N = 2861)" over a results table's column)
    if study.design is None and design.single_arm_early_phase(
            study.phase, bool(study.comparator), sum(g.role == "arm" for g in study.groups), ctx.text):
        study.design = "single_arm_trial"
    return Record(source, [study])


# The counts of people a trial's record holds.
PEOPLE_COUNTS = ("screened", "excluded", "enrolled", "analyzed")


def _counts_said_of_several(studies: list[Study]) -> None:
    """A count two trials' records read from the same words ("we randomly assigned 700 patients
    (in the A study) and 900 patients (in the B study)" gives both 700) is no one trial's: it is
    left out of all of them, a missing number being better than a wrong one."""
    for key in PEOPLE_COUNTS:
        said = [(getattr(s.participants, key), s.participants.quotes.get(key)) for s in studies]
        for value, quote in {x for x in said if x[0] is not None and said.count(x) >= 2}:
            for s in studies:
                if (getattr(s.participants, key), s.participants.quotes.get(key)) == (value, quote):
                    setattr(s.participants, key, None)
                    s.participants.quotes.pop(key, None)


def _groups_with_results(study: Study) -> list[Group]:
    """The groups the study's results are given for that its list of groups lacks (a subgroup
    named only where its result is, "in women", "18–64"): every group a reader meets in a
    measurement or an effect is one the record lists (the contract's "every arm and subgroup
    the article gives a size or result for"), its size unknown. An arm with a subgroup of it
    ("drug k, 18–30") is not a group of its own.

    >>> from .record import Effect, Measurement
    >>> s = Study(groups=[Group("drug k", "arm")],
    ...           measurements=[Measurement("pain", "women", None, "mean", 3.1), Measurement("pain", "drug k, women", None, "mean", 2.9)],
    ...           effects=[Effect("pain", "women", "men", None, "none", None), Effect("pain", "all", "baseline", None, "none", None)])
    >>> [(g.name, g.role) for g in _groups_with_results(s)]
    [('women', 'subgroup'), ('men', 'subgroup')]
    """
    known = {g.name for g in study.groups}
    arms = sum(1 for g in study.groups if g.role == "arm")
    treated = {i.name.lower() for i in study.interventions}
    out = []
    for item in (*study.measurements, *study.effects):
        for name in (item.group, getattr(item, "versus", None)):
            if not name or name in known or name in NOT_A_SIDE or name == "comparator" \
                    or ("," in name and name.split(",")[0].strip() in known) \
                    or any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", other, re.I) for other in known):
                continue  # (an arm's short name, "placebo" for "niacin placebo", is that arm)
            known.add(name)
            # (a comparator, or a treatment the study tests, where fewer than two arms were read)
            # (or the arm by its role, "intervention", as the article calls it: ``_treatment_as_the_article_calls_it``)
            arm = arms < 2 and (interventions.is_comparator(name) or name.lower() in treated
                                or name in ROLE_WORDS or name in ROLE_WORDS_EN.values())
            arms += arm
            out.append(Group(name, "arm" if arm else "subgroup", None, None, None))
    return out


def _roles_as_named_arms(study: Study) -> None:
    """Results read for "the treatment group" or "the control group" in a study whose two arms
    are named only after the outcomes were read ("semaglutide was compared with placebo"):
    those arms, as ``role_arms`` says (the readers saw the roles resolved where the arms were
    known before them).

    >>> from .record import Effect, Group
    >>> s = Study(groups=[Group("semaglutide", "arm"), Group("placebo", "arm")],
    ...           effects=[Effect("body weight", "treatment", "baseline", None, "mean_change", -10.2)])
    >>> _roles_as_named_arms(s); s.effects[0].group
    'semaglutide'
    """
    roles = role_arms([g.name for g in study.groups if g.role == "arm"])
    if not roles or any(g.name in roles for g in study.groups if g.role != "arm"):
        return  # (a "control" group of its own, healthy volunteers beside a placebo arm, is no arm's role)
    for m in study.measurements:
        m.group = roles.get(m.group, m.group)
    for e in study.effects:
        e.group, e.versus = roles.get(e.group, e.group), roles.get(e.versus, e.versus)
    for a in study.adverse_events:
        a.group = roles.get(a.group, a.group)


def _treatment_as_the_article_calls_it(study: Study, text: str) -> None:
    """A Chinese article's treated arm by the one word it calls it ("观察组", "实验组"), not
    the vocabulary's "treatment": those words name different things in different articles
    (the observed arm, the experimental one), and a reader looks for the article's own.

    >>> from .record import Group
    >>> s = Study(groups=[Group("treatment", "arm", 40, None, None), Group("control", "arm", 40, None, None)])
    >>> _treatment_as_the_article_calls_it(s, "观察组40例，对照组40例。观察组有效率为90%")
    >>> [g.name for g in s.groups]
    ['观察组', 'control']
    """
    found = _treatment_words().findall(text)
    # (the Chinese word where the article has one, as a bilingual abstract's "观察组" beside its English
    # "intervention group": the English only where no Chinese word is)
    chinese = [w for w in found if not w.isascii()]
    written = chinese or [ROLE_WORDS_EN.get(w.lower(), w) for w in found]
    if len(set(written)) != 1 or written[0] not in ROLE_WORDS | set(ROLE_WORDS_EN.values()):
        return  # (none, two words for arms, or the word is "treatment" itself: "治疗组", "treatment group")
    own = written[0]

    def renamed(name):
        if name == "treatment":
            return own
        if name and name.startswith("treatment, "):
            return own + name[len("treatment"):]
        return name
    for g in study.groups:
        g.name = renamed(g.name)
    for m in study.measurements:
        m.group = renamed(m.group)
    for e in study.effects:
        e.group, e.versus = renamed(e.group), renamed(e.versus)
    for a in study.adverse_events:
        a.group = renamed(a.group)


@functools.lru_cache(maxsize=1)
def _treatment_words() -> re.Pattern:
    """The Chinese words for the treated arm the vocabulary knows ("治疗组", "观察组"), the longest
    first (so "干细胞治疗组" is read whole, not as its "治疗组")."""
    words = sorted((w for w in vocab.other_names("treatment") if re.search(r"[\u4e00-\u9fff]", w)), key=len, reverse=True)
    # (and the English ones, as words: "Intervention group" over a table's column, "the treatment arm";
    # not "study group", which is as often the whole cohort: "Outcomes According to Study Group")
    english = sorted((w for w in vocab.other_names("treatment") if w.isascii() and not w.lower().startswith("study ")),
                     key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) + r"|(?i:\b(?:" + "|".join(map(re.escape, english)) + r")\b)")


# Words that are the treated arm by its role in the design, not by what it received: "the
# observed", "the experimental", "the intervention" arm. ("治疗组" is the treatment group word
# for word; "干细胞组" names what the arm received.)
ROLE_WORDS = {"观察组", "实验组", "试验组", "研究组", "干预组"}
# In English, the arm by its role in the design ("the intervention group", "the experimental arm"):
# the word the article uses, which a reader searches for.
ROLE_WORDS_EN = {"intervention group": "intervention", "intervention arm": "intervention",
                 "experimental group": "experimental", "experimental arm": "experimental"}


# Effects that compare two groups by their nature: never a change against baseline.
BETWEEN_GROUP_TYPES = {"hazard_ratio", "odds_ratio", "risk_ratio", "mean_difference", "difference_in_change", "smd"}


def _arms_results_name(ctx: Context) -> list[tuple[str, str | None]]:
    """The arms the vocabulary names ("placebo", "vaccine", "对照组", or a treatment before 组:
    "瑞德西韦组") two or more of which one sentence of results sets side by side (a number or
    p-value between them), in the order first named, each with the words that name it where
    the vocabulary's groups do not; [] unless two to four such arms are found."""
    names: list[str] = []
    written: dict[str, str] = {}
    # (In English "the treatment group" and "the control group" stand for arms the article names
    # otherwise, by their drugs, which the interventions reader finds; a Chinese article's
    # 治疗组 and 对照组 are the arms' own names.)
    roles_only = {"treatment", "control"} if ctx.document.language != "zh" else set()
    for s in ctx.sentences:
        if ctx.is_other_work(s) or not DIGIT.search(s.text):
            continue
        here = [m for m in ctx.mentions("groups", s.start, s.end)
                if m.name not in roles_only and (_comparator_arm(m.name) or (vocab.info(m.name) or {}).get("role") == "arm")]
        # ("瑞德西韦组在14天内死亡率为7.1%，安慰剂组为11.9%": a treatment's name before 组 is its arm, as written)
        treated = [m for m in ctx.mentions("interventions", s.start, s.end)
                   if ctx.text[m.end:m.end + 1] in ("组", "組") and ctx.text[m.end + 1:m.end + 2] not in ("合", "成", "织", "織", "分")
                   and not any(g.start <= m.start < g.end for g in here)]
        for m in treated:
            written.setdefault(m.name, ctx.text[m.start:m.end + 1])
        here = sorted(here + treated, key=lambda m: m.start)
        distinct = list(dict.fromkeys(m.name for m in here))
        if len(distinct) >= 2 and DIGIT.search(ctx.text, here[0].end, here[-1].start) is not None:
            names += [n for n in distinct if n not in names]
    # (and one of them the comparator: "low dose" and "high dose" alone may be subgroups of arms
    # that other words name, "R21 with low-dose adjuvant")
    return [(n, written.get(n)) for n in names] if 2 <= len(names) <= 4 and any(_comparator_arm(n) for n in names) else []


# The vocabulary's groups that name an arm by its part in the design, not by what it received.
TREATMENT_ROLES = ("treatment",)


def role_arms(arms: list[str]) -> dict[str, str]:
    """What "the intervention group" and "the control group" stand for in a study of two named
    arms, one of them the comparator: the treated arm and the comparator, by name.

    >>> role_arms(["deprexis", "care as usual alone"])
    {'treatment': 'deprexis', 'control': 'care as usual alone'}
    >>> role_arms(["drug k", "placebo"]), role_arms(["drug k", "control"]), role_arms(["drug k", "sham"])
    ({'treatment': 'drug k', 'control': 'placebo'}, {'treatment': 'drug k'}, {'treatment': 'drug k'})
    >>> role_arms(["treatment", "control"]), role_arms(["drug a", "drug b"]), role_arms(["a", "b", "placebo"])
    ({}, {}, {})
    """
    if len(arms) != 2 or sum(interventions.is_comparator(a) for a in arms) != 1:
        return {}
    treated, comparator = (arms[1], arms[0]) if interventions.is_comparator(arms[0]) else (arms[0], arms[1])
    if treated in TREATMENT_ROLES:
        return {}  # (the article names its arms by role: nothing to resolve)
    roles = {r: treated for r in TREATMENT_ROLES if r not in arms}
    # "The control group" is the comparator; but a placebo, sham or standard-care group the
    # article names besides an arm called otherwise may be another group (a factorial trial's
    # other comparison, septic controls beside sham-operated animals), and a sham arm's
    # "controls" are often the untreated: only "control", and not against a sham.
    if comparator != "control" and "control" not in arms and not re.search(r"sham|假", comparator, re.I):
        roles["control"] = comparator
    return roles


def _comparator_arm(name: str) -> bool:
    """A vocabulary group that is a comparator arm: control, or one of kind placebo, sham or
    standard care."""
    return name == "control" or (vocab.info(name) or {}).get("kind") in {"sham", "placebo", "standard_care"}


def _sides_of_between_arm_effects(study: Study, text: str = "") -> None:
    """A hazard, odds or risk ratio or a difference between arms that no sentence gave its
    sides ("the hazard ratio for death was 0.93"), in a study of two arms: the treatment
    against the comparator, not the whole cohort against its baseline.

    >>> from .record import Effect, Group
    >>> s = Study(groups=[Group("drug k", "arm"), Group("placebo", "arm")],
    ...           effects=[Effect("overall survival", "all", "baseline", None, "hazard_ratio", 0.93)])
    >>> _sides_of_between_arm_effects(s); (s.effects[0].group, s.effects[0].versus)
    ('drug k', 'placebo')
    >>> s.effects = [Effect("response", "all", "baseline", None, "odds_ratio", 0.51,
    ...                     quote="in logistic regression, each 1-unit higher score: odds ratio 0.51")]
    >>> _sides_of_between_arm_effects(s); (s.effects[0].group, s.effects[0].versus)
    ('all', 'baseline')
    >>> s = Study(groups=[Group("drug a", "arm"), Group("drug b", "arm")],
    ...           effects=[Effect("overall survival", "all", "baseline", None, "hazard_ratio", 0.93)])
    >>> _sides_of_between_arm_effects(s); (s.effects[0].group, s.effects[0].versus)  # (two active arms: which side?)
    ('all', 'baseline')

    A review of randomised trials with one treatment and no arms named ("Aspirin reduced
    all-cause mortality (RR 0.94)"), or a trial whose one arm read is its treatment
    (``outcomes.against_control``): the treatment against its control, which the article does
    not name. (A ratio is never a group against its own baseline.)

    >>> from .record import Intervention
    >>> s = Study(design="meta_analysis", interventions=[Intervention("aspirin")],
    ...           effects=[Effect("all-cause mortality", "all", "baseline", None, "risk_ratio", 0.94),
    ...                    Effect("stroke", "aspirin", "baseline", None, "risk_ratio", 0.86),
    ...                    Effect("pain", "all", "baseline", None, "mean_change", -2.0)])
    >>> _sides_of_between_arm_effects(s, "We pooled randomized trials."); [(e.group, e.versus) for e in s.effects]
    [('aspirin', 'control'), ('aspirin', 'control'), ('all', 'baseline')]
    >>> s.effects = [Effect("all-cause mortality", "all", "baseline", None, "risk_ratio", 0.94)]
    >>> _sides_of_between_arm_effects(s, "We pooled cohort studies."); (s.effects[0].group, s.effects[0].versus)
    ('all', 'baseline')

    A ratio the treatment "was associated with" is against the trial's comparator, not a reference:

    >>> s = Study(groups=[Group("drug k", "arm"), Group("placebo", "arm")],
    ...           effects=[Effect("death", "drug k", "reference", None, "risk_ratio", 0.82)])
    >>> _sides_of_between_arm_effects(s); (s.effects[0].group, s.effects[0].versus)
    ('drug k', 'placebo')

    A ratio whose clause named the control arm only is the treatment's against it:

    >>> s = Study(design="rct", groups=[Group("ribociclib", "arm")],
    ...           effects=[Effect("overall survival", "placebo", "baseline", None, "hazard_ratio", 0.72)])
    >>> _sides_of_between_arm_effects(s); (s.effects[0].group, s.effects[0].versus)
    ('ribociclib', 'placebo')
    """
    arms = [g.name for g in study.groups if g.role == "arm"]
    treated = [a for a in arms if not interventions.is_comparator(a)]
    controls = [a for a in arms if interventions.is_comparator(a)]
    controlled = outcomes.against_control(study.design, text, len(arms))
    if len(arms) == 2 and len(controls) == 1:
        treatment, comparator = outcomes.treatment_first(arms)
    elif len(treated) == 1 and not controls and controlled:
        treatment, comparator = treated[0], study.comparator or "control"
    elif not arms and controlled:
        treatments = [i.name for i in study.interventions if not interventions.is_comparator(i.name)]
        if len(treatments) != 1:
            return  # (two treatments may be one arm's combination or two arms)
        treatment, comparator = treatments[0], study.comparator or "control"
    else:
        # (Only a treatment against a placebo, sham or control: of two active arms, the listing
        # order does not say which side a ratio is.)
        return
    for e in study.effects:
        if e.versus == "reference" and e.group == treatment and e.type in outcomes.NAMED_RATIOS and len(arms) == 2:
            # ("use of finerenone was associated with an 18% relative reduction in … (RR, 0.82 …)" in a
            # trial of finerenone and placebo: the treatment's ratio against the trial's comparator)
            e.versus = comparator
            continue
        if e.versus not in (None, "baseline"):
            continue
        if e.type in BETWEEN_GROUP_TYPES and e.group != treatment and interventions.is_comparator(e.group):
            # "… 45.9% within the placebo group (hazard ratio, .72)": the ratio is the
            # treatment's against the control its clause names (also where the treatment "was
            # associated with" it: a comparator is never a ratio's side against its own baseline).
            e.group, e.versus = treatment, e.group
            continue
        if ASSOCIATION.search(e.quote or ""):
            continue
        if e.type in BETWEEN_GROUP_TYPES and e.group in (None, "all") \
                or e.type in outcomes.NAMED_RATIOS and e.group == treatment:
            e.group, e.versus = treatment, comparator
        elif e.type == "none" and e.group != treatment and interventions.is_comparator(e.group) and e.quote \
                and re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:the\s+|a\s+)?" + re.escape(e.group) + r"\b",
                               re.I).search(e.quote):
            # "… 18% fewer exacerbations compared to placebo (p=0.036)": the p compares the
            # treatment with the comparator it names, not the comparator with its own baseline.
            e.group, e.versus = treatment, e.group


def _ratios_against_a_reference(study: Study) -> None:
    """A hazard, odds or risk ratio whose sides no sentence names and no arm supplies (a
    cohort's "each 1-unit higher score: odds ratio 0.51", a trait's "HR 1.45") is set against
    the reference the article does not name, never against a baseline: a ratio compares two
    groups, not a group with itself before.

    >>> from .record import Effect
    >>> s = Study(effects=[Effect("death", "all", "baseline", None, "hazard_ratio", 1.45),
    ...                    Effect("pain", "all", "baseline", None, "mean_change", -2.0)])
    >>> _ratios_against_a_reference(s); [(e.group, e.versus) for e in s.effects]
    [('all', 'reference'), ('all', 'baseline')]
    """
    for e in study.effects:
        if e.type in outcomes.NAMED_RATIOS and e.versus == "baseline":
            e.versus = "reference"


# A ratio of a regression or an association, not of the arms: "a 1-unit higher baseline score
# yielded a lower likelihood (odds ratio 0.51)", "每增加1个单位".
ASSOCIATION = re.compile(r"regression|associat|predict|\bper\s+(?:1|one|each)\b|\b(?:1|one)[- ]unit\b|\beach\s+(?:additional|1|one)\b|"
                         # ("Patients with a baseline CRP above 2 mg/L had a higher risk (HR 1.45)": a trait's ratio)
                         r"\b(?:patients|participants|those|people|individuals|subjects)\s+with\b|"
                         r"相关|關聯|关联|预测|預測|每增加|每升高", re.I)


def _treatment_and_comparator(study: Study) -> list[Group]:
    """A controlled study whose arms no sentence lists ("semaglutide cut the risk ... compared
    with placebo"): its one treatment and its comparator are its two arms, sizes unknown.
    (``arms._contrasts`` reads such arms from a "versus placebo" phrase; this is the last
    resort, from what the interventions reader settled on, which runs after the outcomes.)
    Where the one arm read is the control, the treatment is the other and the control becomes
    the study's comparator if it had none.

    >>> from .record import Intervention
    >>> s = Study(design="rct", interventions=[Intervention("semaglutide")], comparator="placebo")
    >>> [(g.name, g.role, g.n) for g in _treatment_and_comparator(s)]
    [('semaglutide', 'arm', None), ('placebo', 'arm', None)]
    """
    arms_read = [g for g in study.groups if g.role == "arm"]
    if len(arms_read) == 1 and interventions.is_comparator(arms_read[0].name) and study.design in CONTROLLED_DESIGNS:
        # One arm read, the control ("对照组"), in a controlled study of one treatment: the
        # treatment is the other ("左西孟旦与对照组相比…").
        treatments = [i.name for i in study.interventions if not interventions.is_comparator(i.name)]
        if len(treatments) == 1 and treatments[0].lower() != arms_read[0].name.lower():
            study.comparator = study.comparator or arms_read[0].name
            return [Group(treatments[0], "arm", None, None, None)]
        return []
    if len(arms_read) == 1 and study.comparator and study.design in CONTROLLED_DESIGNS \
            and study.comparator.lower() not in {g.name.lower() for g in study.groups}:
        # One arm read, the treatment ("3.4% in those who received Tongxinluo versus 5.2% in the
        # control group"): the comparator the interventions reader settled on is the other.
        return [Group(study.comparator, "arm", None, None, None)]
    if arms_read or not study.comparator:
        return []
    treatments = [i.name for i in study.interventions if i.name.lower() != study.comparator.lower()]
    if len(treatments) != 1:
        return []  # (two treatments may be one arm's combination or two arms: the article did not say)
    known = {g.name.lower() for g in study.groups}
    return [Group(name, "arm", None, None, None) for name in (treatments[0], study.comparator) if name.lower() not in known]


def _arms_by_their_other_names(study: Study) -> None:
    """An effect read for a treatment by another of its names against no side the sentence
    named ("Jardiance reduced the relative risk … by 14%": Jardiance against ``reference``), in a
    study of two arms, the vocabulary naming one of them so ("empagliflozin"): that arm's against
    the other. (Elsewhere a name as the article writes it stays: "BM-MNC" in a table.)

    >>> from .record import Effect
    >>> s = Study(groups=[Group("empagliflozin", "arm"), Group("placebo", "arm")],
    ...           effects=[Effect("stroke", "Jardiance", "reference", None, "effect_size", -14)])
    >>> _arms_by_their_other_names(s); [(e.group, e.versus) for e in s.effects]
    [('empagliflozin', 'placebo')]
    """
    arm_names = [g.name for g in study.groups if g.role == "arm"]
    if len(arm_names) != 2:
        return
    known = {other.lower(): name for name in arm_names for other in vocab.other_names(name) if len(other) >= 4}
    for e in study.effects:
        arm = known.get((e.group or "").lower())
        if arm is not None and e.versus == "reference" and e.group not in arm_names:
            e.group, e.versus = arm, next(a for a in arm_names if a != arm)


# Designs with a control arm: a trial, or a review that pools trials of a treatment against its control.
CONTROLLED_DESIGNS = {"rct", "non_randomized_controlled", "meta_analysis", "systematic_review"}


def _arm_size(name: str, text: str, norm: str) -> tuple[int, str] | None:
    """An arm's n written beside its name, and the words it was read from, when the text
    gives one n only for it.

    >>> _arm_size("SGLT2 inhibitor", *(2 * ["(N = 21678 in the SGLT2 inhibitor arms and N = 20731 in the placebo arms)"]))
    (21678, 'N = 21678 in the SGLT2 inhibitor arms')
    >>> _arm_size("placebo", *(2 * ["the placebo group (n = 62); later, the placebo group (n = 60)"])) is None
    True
    """
    # The arm's name whole: not part of another arm's ("placebo plus drug K", "drug K or
    # placebo (n = 80)", "the drug K and placebo arms"); its n after it as groups.py reads a
    # group's ("placebo (n = 40)"), or before it ("N = 21678 in the …").
    found = {}
    # (Every match starts with the name: an ASCII one is looked for where it stands.)
    spans = word_spans(norm, name, ARM_NAME_BEFORE, ARM_NAME_AFTER) if name and name.isascii() \
        else (m.span() for m in _arm_name(name).finditer(norm))
    for m_start, m_end in spans:
        size = groups.N_AFTER.match(norm, m_end)
        a, b = m_start, size.end() if size else m_end
        if size is None and (size := N_BEFORE_ARM.search(norm, max(0, m_start - 40), m_start)):
            a, b = size.start(), m_end
        start = max(norm.rfind(".", 0, a), norm.rfind("\n", 0, a)) + 1
        # (not a subgroup's or an event's n: "Among women in the placebo group (n = 12)",
        # "adverse events occurred in the placebo group (n = 7)")
        if size is not None and not NOT_AN_ARMS_SIZE.search(norm, start, a):
            found.setdefault(int(size["n"].replace(",", "")), text[a:b].strip(" ,:：(（"))
    if not found and name and name.isascii():
        # "442 of the 6589 patients (6.7%) treated with ticagrelor", "(14/49) of patients who
        # underwent gastric bypass": the people an event was counted among are the arm.
        for m_start, m_end in word_spans(norm, name, arms.WHOLE_WORD_BEFORE, BARE_NAME_AFTER):
            opened = max(norm.rfind(". ", 0, m_start), norm.rfind("\n", 0, m_start)) + 1  # (not "(6.7%)"'s point)
            size = DENOMINATOR_BEFORE_ARM.search(norm, max(opened, m_start - 90), m_start)
            if size is not None and not NOT_A_DENOMINATOR.search(norm, opened, size.start()):
                found.setdefault(int((size["n"] or size["n2"]).replace(",", "")), text[size.start():m_end].strip())
    return next(iter(found.items())) if len(found) == 1 else None


# Around an arm's name where ``_arm_size`` takes it: the name whole, not part of another arm's
# ("placebo plus drug K", "drug K or placebo (n = 80)", "the drug K and placebo arms").
ARM_NAME_BEFORE = re.compile(r"(?<![\w-])(?<!\bplus\s)(?<!\band\s)(?<!\bor\s)(?<!\bwith\s)(?<!\bversus\s)(?<!\bvs\s)", re.I)
ARM_NAME_AFTER = re.compile(r"s?(?!\s+(?:and|or|plus)\b)(?:\s+(?:arms?|groups?))?\b", re.I)
# (and as a whole word, for the denominators: "… treated with ticagrelor")
BARE_NAME_AFTER = re.compile(r"s?(?:\s+(?:arms?|groups?))?\b", re.I)


@functools.lru_cache(maxsize=256)
def _arm_name(name: str) -> re.Pattern:
    """``word_spans``' patterns as one, for a name that is not ASCII."""
    return re.compile(ARM_NAME_BEFORE.pattern + re.escape(name) + ARM_NAME_AFTER.pattern, re.I)


N_BEFORE_ARM = re.compile(r"\b[nN]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:in|on|for)\s+(?:the\s+)?$")
# "k (x%) of N people treated with", "(k/N) of patients who underwent", "… of N … in the": the people
# counted, right before the arm's name.
DENOMINATOR_BEFORE_ARM = re.compile(
    # (the people right after the count, no word of who they were between: not "of 40 diabetic
    # patients in the warfarin group", a subgroup, nor "a dose of 600 mg in the … group")
    r"(?:\bof\s+(?:the\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+" + arms.PEOPLE + r"|"
    r"[(（]\s*\d{1,6}\s*/\s*(?P<n2>\d{1,6})\s*[)）]\s+of\s+" + arms.PEOPLE + r")"
    r"(?:\s+[a-z]+ed)?\s*(?:\([^()]{0,20}\))?"
    r"\s+(?:who\s+(?:received|were\s+given|underwent|had|were\s+treated\s+with|took|were\s+assigned\s+to)|treated\s+with|"
    r"receiving|given|taking|on|in|assigned\s+to|randomi[sz]ed\s+to)\s+(?:the\s+)?$", re.I)
# (not the people of a subgroup: "Among women, 12 of 40 in the placebo group")
# (nor another study's: "In an earlier trial, 30 of 900 patients on warfarin")
NOT_A_DENOMINATOR = re.compile(r"\b(?:among|of\s+whom|women|men|aged|subgroup|baseline|earlier|previous|prior|another)\b", re.I)
NOT_AN_ARMS_SIZE = re.compile(r"\b(?:among|of\s+whom|events?|occurred|discontinu\w*|withdr[ae]w\w*|died|deaths?|lost|"
                              r"women|men|aged|subgroup)\b", re.I)


GENERIC_WORDS = {"disease", "diseases", "disorder", "syndrome", "type", "1", "2", "acute", "chronic", "therapy", "treatment",
                 "cells", "cell", "drugs", "drug", "of", "the", "and", "with"}


def _shared_treatment(a: Study, b: Study) -> bool:
    """Whether two stretches name a treatment in common."""
    return bool({i.name.lower() for i in a.interventions} & {i.name.lower() for i in b.interventions})


def _different_studies(a: Study, b: Study) -> bool:
    """Whether two stretches of a page report two studies, not one told twice: they treat
    different conditions, or give different treatments (each names some, none in common).
    (Different numbers of people are not enough: "497 randomised" and "456 recruited" are
    one trial's summary and its abstract.)"""
    def names(items):
        return [set(re.compile(r"\w+").findall(x.lower())) for x in items if x]

    def apart(x, y):  # (each names some, and no word of one names the other: "type 2 diabetes", "diabetes mellitus")
        return bool(x and y) and not any((p & q) - GENERIC_WORDS for p in x for q in y)
    # (Or trials of different phases: "its UK phase III trial" and "the phase 2b study in South Africa".)
    return apart(names(a.conditions), names(b.conditions)) or apart(
        names(i.name for i in a.interventions), names(i.name for i in b.interventions)) or (
        bool(a.phase and b.phase) and a.phase != b.phase)


# Not a group the article names: the whole cohort, a baseline, the roles a reader fills in.
NOT_A_SIDE = {"all", "baseline", "reference", "pre", "before", "treatment", "control", outcomes.BETWEEN_ARMS_SIDE}


def _subgroup_like(name: str) -> bool:
    """An age band, a sex, a race ("18–64", "Female") or those with or without a trait."""
    return bool(outcomes.SUBGROUP_ROW.match(name) or re.match(r"\s*with(?:out)?\s", name, re.I))


def _compared_sides(study: Study, text: str = "") -> list[Group]:
    """The two sides of the study's own comparisons ("Lynparza vs chemotherapy", "CT-388 vs
    control") that its groups do not list yet: they are its arms, their sizes unknown; and
    the subgroups compared with an arm ("18–64 vs placebo", a table's age band or sex).

    >>> from .record import Effect
    >>> s = Study(effects=[Effect("pfs", "drug K", "chemotherapy", None, "hazard_ratio", 0.58, None, None, None, None, "q")])
    >>> [(g.name, g.role, g.n) for g in _compared_sides(s, "Drug K versus chemotherapy")]
    [('drug K', 'arm', None), ('chemotherapy', 'arm', None)]
    """
    ctx_text = text.lower()
    known = {g.name.lower() for g in study.groups}
    # ("prestroke disability" vs "no prestroke disability": a trait and its absence, no arms.)
    effects = [e for e in study.effects if not (e.group and e.versus and e.versus.lower() == f"no {e.group.lower()}")]
    subgroups = [e.group for e in effects if e.group and e.versus and _subgroup_like(e.group)
                 and not _subgroup_like(e.versus) and "," not in e.group and e.group.lower() in ctx_text
                 and e.group.lower() not in known]
    found = [Group(name, "subgroup", None, None, None) for name in dict.fromkeys(subgroups)]
    if sum(1 for g in study.groups if g.role == "arm") >= 2:
        return found  # the arms are listed; a side named otherwise is one of them, written shorter
    held = [outcomes.name_words(g.name) for g in study.groups]
    sides: list[str] = []
    for e in effects:
        if not e.group or not e.versus or e.versus.lower() in NOT_A_SIDE or e.group.lower() in NOT_A_SIDE:
            continue
        if any(x.lower() in known or x in sides for x in (e.group, e.versus)) and not all(
                x.lower() in known or x in sides for x in (e.group, e.versus)):
            continue  # ("18–64 vs placebo" after "vaccine vs placebo": a subgroup against an arm)
        for name in (e.group, e.versus):
            # ("vaccine, 18–30" is a subgroup's arm, listed with its subgroup or not at all.)
            words = outcomes.name_words(name)
            # (As the article writes it, and no subgroup: an age band or a sex is a table's row.)
            if "," not in name and name.lower() not in known and name not in sides and name.lower() in ctx_text \
                    and not _subgroup_like(name) and not any(words <= w or w <= words for w in held if w):
                sides.append(name)
    return [Group(name, "arm", None, None, None) for name in sides] + found


def _reports_a_study(study: Study, ctx: Context) -> bool:
    """An article reports a study when it gives results, or names a design for itself
    ("This randomized trial...", a headline "...: a randomized controlled trial") or next
    to a cohort or a p-value, or enrols a cohort and tests something ("70 patients were
    divided into two groups ... p = 0.001")."""
    if ctx.title and TUTORIAL_TITLE.search(ctx.title):
        return False  # (a lesson in reading trials, whatever trial it takes as its example)
    p = study.participants
    return bool(study.measurements or study.effects or any(a.n is not None for a in study.adverse_events)
                or (study.design and (p.enrolled or p.screened or (design.design_evidence(ctx) or ("", False))[1]))
                or (design.named_design(ctx) and (_own_counts(ctx) or p_values(ctx.text) or _verdict(ctx)))
                # (a trial of a phase whose result is said in words: "III期研究…显著降低餐后两小时血糖")
                or (bool(study.phase) and _verdict(ctx))
                or (p.enrolled and p_values(ctx.text))
                or (((study.design and study.design != "other") or study.phase) and _states_a_result(ctx))
                or (design.named_design(ctx) and _results_section(ctx))
                or ((_own_counts(ctx) or p.enrolled) and _states_a_result(ctx)
                    and (_study_word(ctx) or _results_section(ctx) or _abstract(ctx)))
                # (a paper whose title names it a study of its own, with the people it enrolled:
                # "…静脉溶栓治疗急性缺血性脑卒中的临床疗效对比研究", 99 enrolled, its results cut off)
                or (bool(p.enrolled) and bool(ctx.title and OWN_STUDY_TITLE.search(ctx.title)))
                # (a trial of a phase or design, its people counted, and what its team found, the
                # result in words: "在第二期人体试验中…成功改善五名患者的运动功能")
                or (bool(study.phase or (study.design and study.design != "other")) and _own_counts(ctx) and _study_word(ctx))
                or _self_with_results(ctx) or _results_section_with_p(ctx) or _table_of_results(ctx.text)
                # (news of a paper: where it was published, and what it found)
                or (bool(study.citation.journal) and _states_a_result(ctx))
                # (a brief on a page of several, which opens by bringing its study in)
                or (bool(ctx.document.metadata.get("part_of_page")) and bool(ctx.sentences)
                    and bool(segments.NEW_STUDY.search(ctx.sentences[0].text)) and _states_a_result(ctx))
                or _study_states_a_result(ctx)
                # (a headline that says what a study found: "港大研究證實:…死亡率減9成", "Study finds …")
                or (bool(ctx.title and HEADLINE_STUDY_FOUND.search(ctx.title)) and _states_a_result(ctx))
                # (a headline that names a trial, over the people it counts and what befell them: "2 of 3
                # spinal injury patients see gains in stem cell trial")
                or (bool(ctx.title and TRIAL_IN_HEADLINE.search(ctx.title)) and _own_counts(ctx) and _states_a_result(ctx))
                # (news that opens on the study it is about: "…, according to a new Danish study")
                or (_lead_cites_a_study(ctx) and _states_a_result(ctx))
                # (a result said of a study by its people: "reduced the decline by 27% in a study of nearly
                # 1,800 people")
                or _result_in_a_study_of_people(ctx)
                # (an abstract whose Results count the people it studied, whatever it found)
                or (_abstract(ctx) and _results_count_people(ctx))
                # (a structured abstract of its own people, its results in words: "measured once in 1622
                # men …" and "Results: The … curves showed a regularly increasing time trend in risk")
                or (_abstract(ctx) and _results_section(ctx) and _own_counts(ctx)))


# A page that teaches how to read or report trials ("Tutorial about Hazard Ratios", "Understanding the
# Basics of Meta-Analysis and How to Read a Forest Plot", CONSORT's "Item 15 - …"): its trials are
# examples, no study of its own (not "… explained", which news of a study says too).
TUTORIAL_TITLE = re.compile(r"\btutorial\b|\bhow\s+to\s+(?:read|interpret|understand|report)\b|\bunderstanding\s+the\s+basics\b|"
                            r"\breporting\s+advice\b|^\s*item\s+\d+[a-z]?\s*[-–—:]|\ba\s+beginner'?s\s+guide\b|"
                            r"如何(?:阅读|閱讀|解读|解讀|看懂)|教程", re.I)


# A story's opening that says what it reports comes from one study, its noun ending the phrase:
# "…, according to a new massive Danish study", "According to a study, …", "according to new
# research published in …"; not "the research director", "the study group", "an analysis of agency
# documents", "the latest research", "the research by Dr Smith published in 2015".
ACCORDING_TO_A_STUDY = re.compile(r"\baccording\s+to\s+(?:an?\s+(?:[\w-]+\s+){0,4}?(?:study|trial)|a\s+new\s+(?:[\w-]+\s+){0,3}?analysis|"
                                  # ("according to recently released study data", "according to new trial results")
                                  r"(?:(?:recently|newly)\s+(?:released|published|announced)\s+|new\s+|topline\s+|interim\s+|preliminary\s+)"
                                  r"(?:study|trial|clinical\s+trial)\s+(?:data|results|findings)|"
                                  r"(?:a\s+)?new\s+(?:[\w-]+\s+){0,3}?research)"
                                  r"(?=\s*(?:[,.;:]|$)|\s+(?:published|presented|released|conducted|led|that|which|from|in\s+(?:the|a)\s|"
                                  # ("according to a study tracking 500 people", "… a study consuming 850 calories …")
                                  r"[a-z]+ing\b))", re.I)
LEAD_SENTENCES = 3


ROW_SIZE = re.compile(r"\s*\(\s*[nN]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\)")
ROW_SIZE_AFTER_NAME = re.compile(r"\s*\d{1,3}\s*\([^()]{1,30}\)\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s")
# The first count of people in a row, with who they were: "GvHD 55 Adults 60 months …".
ROW_PEOPLE = re.compile(r"[^\d]{0,60}?\b(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:adults?|children|patients|participants|subjects|"
                        r"women|men|infants)\b", re.I)
# A table's header with a column of how many took part in each trial.
PATIENTS_COLUMN = re.compile(r"\b(?:no\.?|number)\s+of\s+(?:patients|participants|subjects)\b|\bsample\s+size\b", re.I)


def _a_named_row(ctx: Context) -> tuple[int, int] | None:
    """A stretch of a page cut at a table's rows that each name a trial ("STEP 2 (n=1210) | …"):
    that trial's row (where it starts, where its name ends), a study of its own when it states a
    number; else None."""
    row = segments.named_row(ctx.text) if ctx.document.metadata.get("part_of_page") else None
    return row if row is not None and re.search(r"\d", ctx.text[row[1]:]) else None


def _lead_cites_a_study(ctx: Context) -> bool:
    """Whether the headline or one of the first sentences attributes the story to a study
    ("…, according to a new Danish study"): the page is the news of that study."""
    return bool(ctx.title and ACCORDING_TO_A_STUDY.search(ctx.title)) or any(
        ACCORDING_TO_A_STUDY.search(s.text) for s in ctx.sentences[:LEAD_SENTENCES]
        if not ctx.is_other_work(s) and not SUPPOSITION.search(s.text))


# A study by the people it took: "in a study of nearly 1,800 people", "in a new trial involving 3,000
# adults", "from a study that followed 500 women" (not "a study of 12 weeks": people follow the number).
IN_A_STUDY_OF_PEOPLE = re.compile(r"\b(?:in|from)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:study|trial|analysis)\s+"
                                  r"(?:of|involving|with|among|that\s+(?:included|followed|enrolled|tracked))\s+"
                                  r"(?:(?:nearly|about|more\s+than|over|almost|some|around|roughly)\s+)?\d[\d,]*\s+"
                                  r"(?:[a-z-]+\s+){0,2}?(?:people|patients|participants|adults|children|women|men|volunteers|subjects)\b", re.I)


def _result_in_a_study_of_people(ctx: Context) -> bool:
    """Whether a sentence of the article's own gives a measured result of a study it names by its
    people ("The drug reduced the rate of decline by 27% in a study of nearly 1,800 people")."""
    # (the result right before the study it is of, "by 27% in a study of …", in a sentence that hopes or
    # plans nothing: not "Dr Lee, who took part in a study of 500 patients, said the budget rose by 10%")
    # (or a sentence opening on it, its result after: "In a study of nearly 1,800 people, the drug slowed …
    # by 27%"; what is hoped or planned right before the study, no result)
    return any(RESULT_WORD.search(s.text) and any(
        (MEASURED_NUMBER.search(s.text[max(0, m.start() - 40):m.start()]) or m.start() <= 3 and MEASURED_NUMBER.search(s.text, m.end()))
        and not PLANNED.search(s.text[max(0, m.start() - 80):m.end()]) for m in IN_A_STUDY_OF_PEOPLE.finditer(s.text))
               for s in ctx.sentences
               if not ctx.is_other_work(s) and not SUPPOSITION.search(s.text) and not GENERIC.search(s.text))


# What is hoped, planned or expected, no result: "Researchers hope the inhaler will reduce attacks"
# (lower case: "May" is a month).
PLANNED = re.compile(r"\b(?-i:will|would|could|might|may|hopes?|hoped|plans?|planned|expects?|expected|aims?|intends?)\b")


def _results_count_people(ctx: Context) -> bool:
    """A sentence under a Results heading that counts people of the article's own ("A total of
    20,135 patients were identified as treated")."""
    return any(RESULTS_HEADING.search(s.heading or "") and any(c.n >= 2 for c in counts(s.text))
               for s in ctx.sentences if not ctx.is_other_work(s))


def _study_before(ctx: Context, s) -> bool:
    """Whether the sentence before ``s`` speaks of a study of the article's own ("the
    results of the study, which appears in …")."""
    before = ctx.sentences[s.index - 1] if s.index > 0 else None
    return before is not None and not ctx.is_other_work(before) and STUDY_IN_VIEW.search(before.text) is not None


# A study named in a sentence: "the study", "this trial", "a research team", "研究".
STUDY_IN_VIEW = re.compile(r"\b(?:the|this|our|a|their)\s+(?:[\w-]+\s+){0,2}(?:study|trial|research\s+team)\b|研究|试验|試驗", re.I)


def _study_states_a_result(ctx: Context) -> bool:
    """One sentence of the article's own that says a study found a measured result ("The
    study found that coffee drinkers had a 12% lower risk of death", "研究发现，…降低了30%")."""
    # ("A study found …" is the page's own study only under a headline about one: "…, pooled
    # analysis finds"; under "Five habits for healthy kidneys" it is a study cited in passing.)
    about_a_study = bool(ctx.title and STUDY_HEADLINE.search(ctx.title))
    # (a trial by its name, "A trial called KEYNOTE-189 found", is the page's where no headline says otherwise)
    return any(((found := OWN_STUDY_FOUND.search(s.text)) and (not found["indefinite"] or found["named"] and not ctx.title or about_a_study)
                or (about_a_study and ZH_A_STUDY_FOUND.search(s.text)))
               # (what the results showed is a result itself: "The results showed that 93 percent of …",
               # a study's results where the sentence before or the headline speaks of one)
               and (not found or not found["results"] or about_a_study or _study_before(ctx, s))
               and MEASURED_NUMBER.search(s.text) and (RESULT_WORD.search(s.text) or found and found["results"])
               for s in ctx.sentences
               if not ctx.is_other_work(s) and not SUPPOSITION.search(s.text) and not GENERIC.search(s.text))


# A paper's title that names it a study of its own: "…的临床疗效对比研究", "…的临床观察",
# "…: a randomized controlled trial" (not a news headline about research, "研究发现…").
OWN_STUDY_TITLE = re.compile(r"(?:临床|臨床|疗效|療效|对比|對比|对照|對照|回顾性|回顧性|前瞻性)(?:研究|观察|觀察|分析)$|"
                             r"\b(?:a\s+)?(?:randomi[sz]ed|controlled|prospective|retrospective|cohort|pilot|"
                             r"single[- ]arm|open[- ]label)\b[^:]{0,40}\b(?:trial|study)\s*$", re.I)


# A headline that names a trial or study: "… see gains in stem cell trial", "…临床试验…".
TRIAL_IN_HEADLINE = re.compile(r"\b(?:trial|study)\b|试验|試驗|研究", re.I)
# A headline that says what a study found: "港大研究證實:…", "新研究发现…", "Study finds …".
HEADLINE_STUDY_FOUND = re.compile(r"研究(?:证实|證實|发现|發現|显示|顯示|指出|揭示)|\b(?:study|trial|research|analysis)\s+"
                                  r"(?:finds|found|shows|showed|suggests|confirms|links|ties|"
                                  # (what a clinical trial did for its patients: "Stem cell clinical trial enables
                                  # stroke patients to walk"; not "Government trial cuts waiting lists")
                                  r"(?<=clinical trial )(?:enables|helps|improves|restores))\b|"
                                  # (a wire headline that names its source last: "Vaccine cuts risk of shingles: study")
                                  r"(?<=\S)(?:\s+\S+){3,}\s*[:：]\s*(?:new\s+)?(?:study|research|trial)\s*$", re.I)


# "一项为期5年的研究发现", "首波大型研究显示": a study brought in as "a" (or "a large", "the first") study,
# the page's own under a headline about one.
ZH_A_STUDY_FOUND = re.compile(r"(?:(?:一项|一項|一份|一篇)[^，,。；;]{0,20}?(?:研究|试验|試驗|分析)|"
                              r"(?:大型|大规模|大規模|首[波项項个個]|最新)[^，,。；;]{0,20}?(?:研究|试验|試驗))(?:结果)?(?:发现|發現|显示|顯示|表明)")
STUDY_HEADLINE = re.compile(r"\b(?:study|trial|analysis|meta-analysis|review|research(?:ers)?|scientists)\b|研究|试验|試驗|分析", re.I)


# A result in prose: a number that was measured, beside a word that says it changed or
# differed ("a 37% reduction in deaths", "lost 10.2 percent ... placebo 1.5 percent",
# "尿失禁尿量比原先减少10公克").
MEASURED_NUMBER = re.compile(r"\d(?:\.\d+)?\s*(?:%|percent|per\s*cent|percentage\s+points?|公克|克|毫升|分|米|公尺|mmHg|kg|mg/dL|mmol/L|mL\b|"
                             # (grams, not pounds: British news counts money in pounds)
                             r"(?:grams?|kilograms?)\b|"
                             r"(?:µg|μg|ng|pg|mg|IU|U)/(?:ml|mL|dL|L)\b)|"
                             # (a survival in months: "median PFS in the trial was 7.2 months", "中位生存期为16.5个月")
                             # (said to be so long, not "followed for survival for 3 years", "预计生存期超过3个月")
                             r"\b(?:survival|PFS|OS|DFS|EFS)\b[^.;:]{0,40}?\b(?:was|were|is|of|reached)\s+(?:about\s+)?\d+(?:\.\d+)?\s*months?\b|"
                             r"(?:中位)(?:总生存期|總生存期|无进展生存期|無進展生存期|生存期|生存时间|生存時間)(?:分别)?(?:为|為|达|達|是)\s*\d+(?:\.\d+)?\s*(?:个月|個月)|"
                             # (a mean time, what happened to people: "lived an average 6.44 years after heart
                             # attack", "had an average of three days of recovery"; not "an average follow-up of 5
                             # years", nor what people usually do, "adults sleep an average 7 hours")
                             r"\b(?:lived|survived|stayed|recovered|lasted|had)\s+(?:in\s+(?:the\s+)?hospital\s+)?(?:for\s+)?(?:an\s+)?average\s+(?:of\s+)?"
                             r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                             r"(?:years?|months?|weeks?|days?|hours?|minutes?)\b(?!\s+(?:of\s+)?follow)|"
                             # (news writes a share in words: "a four-percent reduction")
                             r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)[\s-]+"
                             r"(?:percent|per\s*cent)\b|"
                             # (how many of the people a result befell: "two of them experienced gains", "2 of 3 patients")
                             r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of|out\s+of)\s+"
                             r"(?:them\b|the\s+(?:patients|participants)\b|(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
                             r"(?:patients|participants|people|children|adults|men|women|subjects)\b)|"
                             # ("an 8.4-point reduction in the PANSS total score")
                             r"\d(?:\.\d+)?[\s-]*points?\b|"
                             # (a ratio with its value: "(HR 1.26, 95% CI 1.05-1.51)", "风险比为0.48")
                             r"(?-i:\b(?:a?HR|a?OR|I?RR)s?\b)[^\d.;]{0,12}\d|\b(?:hazard|odds|risk)\s+ratios?\b[^\d.;]{0,12}\d|"
                             r"(?:风险比|風險比|比值比|相对危险度|相對危險度)[^\d。；;]{0,8}\d|"
                             # (a share in words: "cut the risk by more than half", "降低一半")
                             r"\bby\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?(?:half|a\s+third|a\s+quarter|two-thirds)\b|"
                             r"\b(?:halved|doubled|tripled)\b|(?:降低|减少|減少|下降)(?:了)?(?:约|約|近|超过|超過)?一半|减半|減半|翻倍|"
                             # ("高出近一倍", "幾乎倍增": doubled)
                             r"(?:高出|增加|增高|升高|上升)了?(?:约|約|近|超过|超過|接近)?一倍|倍增|"
                             # (a share in Chinese numerals: "少了十%", "减近九成", "百分之三十", "三分之一")
                             # (a survival gained: "平均延長5個月壽命", "延长生存期3.2个月", "extended survival by 4 months")
                             r"(?:延长|延長|缩短|縮短)了?(?:\s*(?:生存期|壽命|寿命|存活期|约|約|平均)){0,3}\s*\d+(?:\.\d+)?\s*(?:个月|個月|年|周|週|天)|"
                             r"\b(?:extend|prolong|lengthen)\w*\s+(?:\w+\s+){0,3}?by\s+\d+(?:\.\d+)?\s*(?:months?|weeks?|years?)\b|"
                             + segments.ZH_SHARE +
                             # (a share written "百分之 37": a result here, no new study's opening in ``segments``)
                             r"|百分之\s*\d"
                             # (a ratio said in times: "感染风险为…的1.2倍", "a 2.5-fold risk", "1.5 times higher")
                             r"|\d(?:\.\d+)?\s*倍|\b\d+(?:\.\d+)?[\s-]*fold\b|\b\d+(?:\.\d+)?\s+times\s+(?:higher|lower|more|less|greater|as)\b"
                             # (in words: "were half as likely to develop it", "twice as likely"; a rate per so many
                             # people, "about six out of every 1,000 people")
                             r"|\b(?:half|twice|(?:two|three|four|five)\s+times)\s+as\s+likely\b"
                             r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+)?of\s+every\s+\d{1,3}(?:,\d{3})+\b"
                             # (an amount in Chinese numerals: "多睡约四十分鐘", "減重十二公斤", "四十三點二分鐘")
                             r"|[一二三四五六七八九十百千]+(?:[点點][一二三四五六七八九〇零]+)?\s*(?:分钟|分鐘|小时|小時|公斤|千克)", re.I)
RESULT_WORD = re.compile(r"发现|發現|\b(?:halved|doubled|tripled|cut)\b|\bbefore\s+and\s+after\b|\bwhereas\b|\bwhile\s+(?:only|just)\b|\bexperienced\b|\bachieved\b|\battained\b|\breduc|\blower|\bhigher|\bimprov|\bfell\b|\brose\b|\bdeclin|\bincreas|\bdecreas|\blost\b|\bgained?\b|"
                 # (what happened to a share of them: "0.8 percent … ended up in the hospital", "… died")
                 r"\bhospitali[sz]ed\b|\bin\s+(?:the\s+)?hospital\b|\bdied\b|\b(?:in|by)\s+comparison\b|"
                 r"\bversus\b|\bvs\.?|\bcompared\b|\bthan\b|\befficacy\b|\beffective\b|\bresponse\b|\bsurviv|"
                 # (a disease gone in a share of them: "eliminated the cancer in 82 percent", "in remission")
                 r"\beliminated\b|\bremission\b|\bdisease[- ]free\b|"
                 # ("were 70% more likely to have an MI"; a ratio and its interval: "(HR 1.70, 95% CI 1.26-2.30)")
                 r"\b(?:more|less)\s+likely\b|(?<![A-Za-z])(?-i:a?HR|a?OR|a?RR|IRR)\s*[=:,]?\s*\d+(?:\.\d+)?\s*[,;(]\s*95\s*%\s*CI\b|"
                 r"降低|减少|下降|提高|提升|改善|增加|升高|相比|优于|低于|高于|高出|多出|有效率|缓解|保护效力|有效性|存活|较|較|"
                 r"减重|減重|减轻|減輕|达到|達到|"
                 # (a ratio in times is a comparison itself: "为非饮酒者的1.2倍", "增1.5倍", "2-fold higher")
                 r"的\s*\d+(?:\.\d+)?\s*倍|增(?:加|至)?\s*\d+(?:\.\d+)?\s*倍|\bfold\b|\btimes\s+(?:higher|lower|more|less|greater|as)\b|"
                 r"(?:恢复|恢復|痊愈|痊癒|康复|康復)更(?:快|早)|"
                 r"缩小|縮小|效力|防护力|防護力|保护力|保護力|延长|延長|"
                 # ("都比對照組每晚平均多睡約四十分鐘": more or less than the other side)
                 r"(?<![百对對相无無])比[^，,。；;]{1,14}?(?:多|少|高|低|长|長|短|快|慢)", re.I)


# What is true of trials in general, or required of them, is no result of one.
GENERIC = re.compile(r"\b(?:usually|typically|generally|often|must|should|would|could|at\s+least|is\s+expected)\b|"
             r"通常|一般来说|一般而言|往往|必须|应当|至少", re.I)


def _states_a_result(ctx: Context) -> bool:
    """Whether a sentence of the article's own (not about other work, not a supposition)
    states a measured number beside a word of change or comparison."""
    return any(MEASURED_NUMBER.search(s.text) and RESULT_WORD.search(s.text) for s in ctx.sentences
               if not ctx.is_other_work(s) and not SUPPOSITION.search(s.text) and not GENERIC.search(s.text))


def _own_counts(ctx: Context) -> bool:
    """Whether a sentence states a count of people as a fact of this article: not one about
    other work, nor a supposition ("If 6 of 10 treated patients report less pain, ...")."""
    # (One person is an anecdote, "一位七十多岁的阿伯", unless the article reports a case.)
    from .participants import TRIALS_IN_GENERAL

    # (nor what trials usually enrol: "通常，III期试验纳入1000至3000名受试者")
    return any(any(c.n >= 2 for c in counts(s.text)) for s in ctx.sentences
               if not ctx.is_other_work(s) and not SUPPOSITION.search(s.text) and not TRIALS_IN_GENERAL.search(s.text))


def _results_section(ctx: Context) -> bool:
    """A results section (a RESULTS heading, or "结果：" opening a paragraph) of the article's own;
    in a Chinese abstract whose labels stand before a space ("目的 …", "方法 …"), "结果 …" too."""
    spaced = bool(SPACED_LABELS.search(ctx.text))
    return any(RESULTS_HEADING.search(s.heading or "") or RESULTS_LABEL.match(s.text)
               or (spaced and SPACED_RESULTS.match(s.text))
               for s in ctx.sentences if not ctx.is_other_work(s))


# An abstract's own heading, on a line of its own: "Abstract", "ABSTRACT", "摘要", "〔摘要〕".
ABSTRACT_HEADING = re.compile(r"(?m)^\s*(?:abstract|[〔【\[]?\s*摘\s*要\s*[〕】\]]?)\s*[:：]?\s*$", re.I)


def _abstract(ctx: Context) -> bool:
    """Whether the page is a study's abstract: a line that says so ("Abstract", "摘要"), on a page
    that does not call itself an editorial, a commentary or a review."""
    return ABSTRACT_HEADING.search(ctx.text) is not None and not NOT_A_STUDY_PAPER.search(ctx.text[:1500])


# Papers whose abstract reports no study of their own.
NOT_A_STUDY_PAPER = re.compile(r"\b(?:editorial|commentary|perspective|narrative\s+review|viewpoint|review\s+article)\b|"
                               r"\bthis\s+(?:review|editorial|commentary)\b|述评|述評|综述|綜述|评论|評論", re.I)


def _study_word(ctx: Context) -> bool:
    """A sentence of the article's own that speaks of a study it reports ("研究显示", "the study found")."""
    return any(STUDY_WORD.search(s.text) for s in ctx.sentences if not ctx.is_other_work(s))


def _results_section_with_p(ctx: Context) -> bool:
    """A RESULTS (结果) section that states p-values: a study, whatever it measured."""
    return any(RESULTS_HEADING.search(s.heading or "") and p_values(s.text)
               for s in ctx.sentences if not ctx.is_other_work(s))


# A table's caption ("Table 2.", "表2 两组患者的近期治疗效果对比") and what a table of results holds:
# intervals, p-values, ratios, shares.
TABLE_CAPTION = re.compile(r"(?m)^\s*(?:Table|TABLE)\s*\d+\b|表\s*\d+\s")
RESULT_CELL = re.compile(r"\d\s*\(\s*[−–-]?\.?\d[\d.]*\s*(?:[–—−,]|to|-)\s*[−–-]?\.?\d|\d\s*[(（]\s*\d+\.\d+\s*%?\s*[)）]|±|"
                         r"(?<![A-Za-z])[Pp]\s*[<=>≤]\s*0?\.\d|<\s*0?\.0\d|(?-i:\b(?:a?HR|a?OR|RR)\b)|χ\s*2|95\s*%\s*CI", re.I)
# A row of shares is a result where the table says what it measured ("Objective response rate",
# "有效率"), not in a table of prices or a nutrition label.
SHARE_CELL = re.compile(r"\d\s*%")
OUTCOME_HEADER = re.compile(r"\b(?:response|remission|survival|efficacy|mortality|death|recurrence|relapse|cure|improvement|events?|"
                            r"incidence|outcome)s?\b|有效|缓解|緩解|生存|死亡|复发|復發|治愈|治癒|疗效|療效|发生率|發生率", re.I)


def _table_of_results(text: str) -> bool:
    """A page that is a table of results: a "Table N" (表N) caption and, in the rows below it,
    five or more lines of two numbers or more that hold intervals, p-values, ratios or shares
    (a PMC table page, a PDF page's table). A table of doses, contents or prices is none.

    >>> _table_of_results("Table 1.\\nOutcome | Drug | Placebo | HR (95% CI)\\n" + "Death | 12% | 15% | 0.8 (0.6–0.9)\\n" * 5)
    True
    >>> _table_of_results("Table 1. Dosing\\n" + "Weight 10 kg | 5 mg | 2 doses\\n" * 6)
    False
    >>> _table_of_results("Table 1. Nutrition facts per bar\\n" + "Total fat | 9 g | 12%\\n" * 6)
    False
    """
    caption = TABLE_CAPTION.search(text)
    if caption is None:
        return False
    table = text[caption.start():]
    rows = [line for line in table.splitlines() if len(re.findall(r"\d+(?:\.\d+)?", line)) >= 2]
    shares = OUTCOME_HEADER.search(table, 0, 600) is not None
    return len(rows) >= 5 and sum(1 for line in rows if RESULT_CELL.search(line) or shares and SHARE_CELL.search(line)) >= 5


def _verdict(ctx: Context) -> bool:
    """A sentence that states a statistical result ("the difference was statistically significant")."""
    # (not what a trial must show, "最终数据需达到统计学显著性差异方可获批", nor what trials generally do)
    return any(VERDICT.search(s.text) and not GENERIC.search(s.text) and not REQUIRED.search(s.text)
               for s in ctx.sentences if not ctx.is_other_work(s))


# What a result must be for something to follow: "需达到…方可获批", "the drug has to perform significantly better".
REQUIRED = re.compile(r"方可|才能|才可|\bneeds?\s+to\b|\b(?:has|have)\s+to\b|\bin\s+order\s+to\s+be\s+approved\b", re.I)


def _self_with_results(ctx: Context) -> bool:
    """"The aim of this study was ..." and, in another sentence, percentages it found."""
    own = [s for s in ctx.sentences if not ctx.is_other_work(s) and design.SELF.search(s.text)]
    return bool(own) and any(len(PERCENT.findall(s.text)) >= 2 for s in ctx.sentences
                             if s not in own and not ctx.is_other_work(s))


def _last_time(study: Study):
    times = [m.time for m in study.measurements if m.time is not None and m.time.value]
    return max(times, key=lambda t: t.days) if times else None
