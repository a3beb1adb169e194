"""Study design and trial phase.

Design phrases come from ``vocab/designs.yaml``. Phrases in sentences about other or
future work ("需要未来开展...随机研究", "previous randomized trials") do not count; a phrase
in a sentence that speaks of this study ("本研究", "this study", "we") outweighs one that
does not; then the vocabulary's rank breaks ties.
"""

from __future__ import annotations

import re

from .. import vocab
from .context import Context
from .prefilter import ascii_without

# A count of trials a study took in, right before the words that name them randomised: "分析了99项",
# "纳入18项", "pooled data from 12", "analysed 99" (then "随机临床试验", "randomised trials").
POOLED_TRIALS = re.compile(r"(?:分析了?|纳入了?|納入了?|汇总了?|彙總了?|\bpooled\s+(?:data\s+from\s+)?|\banaly[sz]ed\s+(?:data\s+from\s+)?)"
                           r"(?:[一-鿿]{0,4})?\s*(?:\d[\d,]*|[二两兩三四五六七八九十百]+)\s*(?:项|項|篇|个|個)?\s*$", re.I)


# (trials counted: "99项随机临床试验" by its measure word, "12 randomised trials" by the plural after)
ZH_TRIAL_COUNT = re.compile(r"[项項篇]\s*$")
TRIALS_AFTER = re.compile(r"(?:s\b|\s+(?:controlled\s+)?(?:clinical\s+)?(?:trials|studies|RCTs)\b)", re.I)


def _ranked(table: dict, design: str) -> tuple[str, int]:
    """The (design, rank) the vocabulary gives ``design`` itself."""
    return next(v for v in table.values() if v[0] == design)


# A sentence about the studies a review included: their designs are not the review's.
INCLUDED_IN_REVIEW = re.compile(r"\b(?:were|was)\s+included\s+in\s+(?:this|the|our)\s+(?:review|meta-analysis|systematic\s+review)\b", re.I)
SELF = re.compile(r"(?=[otw我本该])(?:本(?:项|次)?(?:研究|试验|病例|队列|回顾|前瞻|系统|荟萃|Meta|meta)|我们|该研究|该试验|"
                  r"\b(?:this|the present|the current|our)\s+(?:\w+[- ]){0,3}(?:study|trial|analysis|review|series|report)\b|\bwe\b)",
                  re.I)
PHASE = re.compile(
    r"(?=[p一三二四期I1-4ⅠⅡⅢⅣ])(?:(?:phase|期)\s*(?P<a>IV|III|II|I|[1-4ⅠⅡⅢⅣ])(?P<a2>[ab])?(?:\s*(?:/|-|–|and|or|至)\s*(?P<b>IV|III|II|I|[1-4ⅠⅡⅢⅣ])(?P<b2>[ab])?)?(?![A-Za-z])"
    r"|(?P<c>IV|III|II|I|[1-4ⅠⅡⅢⅣ]|(?<=第)[一二三四]|(?<![同上下每这這该該本其])[一二三四](?=期(?:临床|臨床|人体|人體)(?:试验|試驗|研究)))(?P<c2>[ab])?(?:\s*(?:/|-|–)\s*(?P<d>IV|III|II|I|[1-4ⅠⅡⅢⅣ]|[一二三四])(?P<d2>[ab])?)?\s*期"
    # ("Ⅳ期胃癌的研究": a cancer's stage, not a trial's phase)
    r"(?:(?:(?!癌|瘤|患者|病)[^，,。；;、\s]){0,6}?|(?<=[一二三四]期)(?:[^，,。；;\s]{0,16}?))(?:试验|試驗|研究))",
    re.I)
# What follows a grouping phrase when the groups were formed by a characteristic.
CRITERION = re.compile(r"[\s,;:]*(?:according\s+to|based\s+on|on\s+the\s+basis\s+of|depending\s+on|with\s+respect\s+to|"
               r"in\s+relation\s+to|by\s+(?:their|the|whether|age|sex|gender)\b)", re.I)
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "一": "1", "二": "2", "三": "3", "四": "4",
         "ⅰ": "1", "ⅱ": "2", "ⅲ": "3", "ⅳ": "4"}  # (Ⅱ期: one Roman numeral character, lower-cased)


# A design said not to have been done: "未进行Meta分析", "no meta-analysis", "… was not possible".
NOT_DONE = re.compile(r"(?:未|没有|沒有|无法|無法|不能|未能)(?:进行|進行|开展|開展|做)?\s*$|\b(?:no|without\s+a?)\s+$", re.I)
NOT_DONE_AFTER = re.compile(r"\s*(?:was|were|could)\s+not\b|\s*(?:was|were)\s+(?:impossible|not\s+possible|not\s+feasible)", re.I)


# What a random split that allocates no treatment makes: a model's training and validation sets.
DATA_SPLIT = re.compile(r"[^，,。；;]{0,8}?(?:训练集|訓練集|验证集|驗證集|测试集|測試集|建模组|建模組)|"
                        r"\s*(?:into\s+)?(?:an?\s+|the\s+)?(?:training|derivation|development)\s+(?:and\s+(?:an?\s+)?(?:validation|test)\s+)?(?:sets?|cohorts?|samples?)", re.I)


# A placebo named for its effect, or as a figure of speech, after the cue: "安慰剂效应", "the placebo
# effect", "（和吃安慰剂）差不多"; and the words of likeness before it, "像吃安慰剂", "如同安慰剂".
PLACEBO_AS_FIGURE = re.compile(r"\s*(?:效应|效應|作用|effects?\b|responses?\b|[^，,。；;]{0,4}?(?:差不多|一样|一樣|无异|無異|相当|相當))", re.I)
LIKE_BEFORE = re.compile(r"(?:像|如同|等于|等於|好比|和吃|跟吃|与吃|與吃)\s*$")


EARLY_PHASE = re.compile(r"^(?:1[ab]?|1/2[ab]?|2a?)$")
# Words of a trial that sets treatments against each other: no single arm ("compared drug K with
# standard chemotherapy", "比较了A药与B药").
COMPARES = re.compile(r"\b(?:compared|comparing|versus|vs\.?|randomi[sz]ed|randomly|placebo|controlled|control\s+(?:group|arm))\b|"
                      r"比较了|比較了|对照组|對照組|对照试验|對照試驗|随机|隨機|安慰剂|安慰劑", re.I)


def single_arm_early_phase(phase: str | None, has_comparator: bool, arms: int, text: str) -> bool:
    """Whether an early-phase trial with no design of its own said is a single-arm one: no
    comparator, fewer than two arms and no word of comparing ("完成急性缺血性中風一期臨床試驗，
    6名受試者…", "the phase I Checkmate 012 trial"; a randomised one says so, or has arms).

    >>> single_arm_early_phase("1", False, 0, "six patients were treated"), single_arm_early_phase("1", False, 0, "versus placebo")
    (True, False)
    >>> single_arm_early_phase("3", False, 0, "six patients were treated")
    False
    """
    return bool(phase and EARLY_PHASE.match(phase)) and not has_comparator and arms < 2 and not COMPARES.search(text)


def design(ctx: Context) -> str | None:
    found = design_evidence(ctx)
    return found[0] if found else None


# A sentence that defines a design, as glossaries and explainers open: "A meta-analysis is where …".
DEFINITION_BEFORE = re.compile(r"\s*(?:an?|the\s+term)\s+", re.I)
DEFINITION_AFTER = re.compile(r"\s+(?:is\s+(?:where|when|a|an|the)|are\s+(?:where|when)|that\s+uses|which\s+uses|refers\s+to|means)\b", re.I)


def design_evidence(ctx: Context) -> tuple[str, bool] | None:
    """(design, whether a sentence about this study or the headline names it)."""
    lex, table = vocab.design_lexicon()
    best = None
    named_here: set[str] = set()  # designs a sentence about this study (or the headline) names
    found: set[str] = set()
    for m in lex.find(ctx.tokens):
        s = ctx.sentence_at(m.start)
        if s is None or ctx.is_other_work(s):
            continue
        name, rank = table[m.name]
        if not NOT_DONE.search(ctx.text, max(s.start, m.start - 8), m.start) \
                and not NOT_DONE_AFTER.match(ctx.text, m.end):
            found.add(name)  # ("未进行Meta分析", "a meta-analysis was not possible": none was done)
        if DEFINITION_BEFORE.fullmatch(ctx.text, s.start, m.start) and DEFINITION_AFTER.match(ctx.text, m.end):
            continue  # ("A meta-analysis is where we pool …", "A systematic review that uses …": a glossary's word)
        if name == "rct" and DATA_SPLIT.match(ctx.text, m.end):
            continue  # ("随机分成训练集和验证集", "randomly divided into a training and a validation set": data, no arms)
        if rank < 10 and CRITERION.match(ctx.text, m.end):
            continue  # "divided into two groups according to their dose": a split, not an allocation
        if rank < 10 and (PLACEBO_AS_FIGURE.match(ctx.text, m.end) or LIKE_BEFORE.search(ctx.text, max(s.start, m.start - 4), m.start)):
            continue  # ("安慰剂效应", "the placebo effect", "和吃安慰剂差不多": no arm given a placebo)
        if name == "rct" and POOLED_TRIALS.search(ctx.text, max(s.start, m.start - 40), m.start) \
                and (ZH_TRIAL_COUNT.search(ctx.text, max(s.start, m.start - 6), m.start) or TRIALS_AFTER.match(ctx.text, m.end)):
            # ("研究人员分析了99项随机临床试验的结果", "we pooled 12 randomised trials": the trials a study
            # pooled, so the study is a meta-analysis of them)
            name, rank = _ranked(table, "meta_analysis")
        in_title = bool(ctx.title) and m.text in ctx.title
        strong = 2 if (SELF.search(s.text) or in_title) else 1
        if rank < 90 and INCLUDED_IN_REVIEW.search(s.text):
            strong = 1  # ("Twelve RCTs … were included in this review": the trials a review pooled, not its design)
        if strong == 2:
            named_here.add(name)
        # A weak phrase (rank below 10) never outweighs a named design elsewhere, and among
        # weak phrases the rank decides, not where they stand ("In this study, patients were
        # followed for 2 years" does not outweigh arms that were assigned).
        score = (rank >= 10, strong if rank >= 10 else 0, rank, -m.start)
        if best is None or score > best[0]:
            best = (score, name)
    if best and best[1] == "systematic_review" and "meta_analysis" in found:
        # A systematic review whose studies are pooled ("…的系统评价" that reports its Meta分析):
        # a meta-analysis, the more precise name.
        return "meta_analysis", bool(named_here & {"meta_analysis", "systematic_review"})
    return (best[1], best[1] in named_here) if best else None


def named_design(ctx: Context) -> str | None:
    """The design only when a phrase names it ("randomised trial", "病例系列"), not when it
    is inferred from weak hints (a placebo mentioned, arms assigned)."""
    lex, table = vocab.design_lexicon()
    for m in lex.find(ctx.tokens):
        s = ctx.sentence_at(m.start)
        if s is not None and not ctx.is_other_work(s) and table[m.name][1] >= 10:
            return design(ctx)
    return None


def _arabic(x: str | None) -> str:
    return ROMAN.get(x.lower(), x) if x else ""


def phase(ctx: Context) -> str | None:
    """'1', '1/2', '2a', '1/2a' from "phase I/II", "II期", "phase 2a".

    >>> from ..read.document import Document
    >>> phase(Context(Document("A phase I/IIa trial."))), phase(Context(Document("一项II期临床试验。")))
    ('1/2a', '2')
    >>> phase(Context(Document("一项随机、双盲第二期随机试验。"))), phase(Context(Document("第二期报纸。")))
    ('2', None)
    >>> phase(Context(Document("完成第一/二期随机、双盲临床试验。"))), phase(Context(Document("完成第一期臨床試驗。")))
    ('1/2', '1')
    >>> phase(Context(Document("疫苗一期人体试验的数据"))), phase(Context(Document("完成一期臨床試驗"))), phase(Context(Document("统一期刊")))
    ('1', '1', None)
    >>> phase(Context(Document("在同一期临床试验中"))), phase(Context(Document("上一期临床试验")))
    (None, None)

    """
    # (An English match says "phase", a Chinese one 期; an ASCII text is its normalised form.)
    for m in () if ascii_without(ctx.text, ("phase",)) else PHASE.finditer(ctx.norm):
        s = ctx.sentence_at(m.start())
        if s is not None and ctx.is_other_work(s):
            continue
        a, a2, b, b2 = (m["a"], m["a2"], m["b"], m["b2"]) if m["a"] else (m["c"], m["c2"], m["d"], m["d2"])
        out = _arabic(a) + (a2 or "").lower()
        if b:
            out += "/" + _arabic(b) + (b2 or "").lower()
        return out
    return None
