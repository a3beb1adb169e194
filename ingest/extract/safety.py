"""Adverse events with their counts, and the safety totals: events, serious events, deaths."""

from __future__ import annotations

import re

from ..vocab import lexicon
from ..vocab.lexicon import Tokens
from .context import Context
from .numbers import BOUND_BEFORE, EN_WORD_NUMBER, counts, english_number, number, stats, whole_number_end
from .numerals import NUMERAL_CHARS, chinese_to_int
from .prefilter import ascii_without
from .record import AdverseEvent, Safety

AE_CONTEXT = re.compile(r"(?=[st不副安并aci])(?:不良事件|不良反应|副作用|并发症|安全性|adverse|side[- ]effects?|complications?|safety|toxicit|"
                        # ("Common related AEs were fatigue (17%), …": the abbreviations, in capitals)
                        r"(?-i:\b(?:TR|TE|ir|S)?AEs?\b))", re.I)
# (The English words of AE_CONTEXT and HAPPENED, for ``ascii_without``: the others are Chinese.)
AE_WORDS = ("adverse", "side effect", "side-effect", "complication", "safety", "toxicit", "ae")
# Words that make a counted event an adverse event without the word "adverse" nearby.
HAPPENED = re.compile(r"(?=[deor出发报])(?:occurred|reported|experienced|developed|发生|出现|报告)", re.I)
HAPPENED_WORDS = ("occurred", "reported", "experienced", "developed")
NEGATED = re.compile(r"(?:无|未|没有|未见|未出现|未发生|\bno|\bwithout|\bnot)\s*(?:患者|病例)?\s*$", re.I)
# A clause that opens with a negation and lists events without a number: "No serious
# adverse events or deaths were reported", "未出现发热或头痛".
NEGATED_CLAUSE = re.compile(r"^\s*(?:(?:there|which|and)\s+(?:were|was)\s+)?(?:no|without|neither|none of the)\b[^\d]*$|^[^\d]*?(?:无|未|没有)[^\d]*$", re.I)
SOFT_END = re.compile(r"[，；;。]|,(?!(?<=\d,)\d{3}(?!\d))")
AE_TOTAL = re.compile(
    r"(?=[\d〇一七万三两九二五亿仟伍佰俩八六十千叁四壹拾捌柒玖百肆萬贰陆零a])(?:(?<![\d.])(?P<n>\d+)\s*(?:例|起|次|项|个|件)?\s*(?<!严重)不良(?:事件|反应)|(?<![\d.])(?P<n2>\d+)\s+(?:treatment-related\s+)?adverse (?:events|reactions)"
    # "共有22名患者(32.4%)报告了至少一项不良事件", "22 patients (32.4%) reported at least one adverse event"
    r"|(?:(?<![\d.])(?P<n3>\d+)\s*(?:名|例|位)?|(?P<n3cn>[" + NUMERAL_CHARS + r"]+)\s*(?:名|例|位))\s*(?:患者|受试者|participants|patients|subjects)?\s*(?:[(（][^)）]{0,12}[)）])?\s*"
    r"(?:报告了?|发生了?|出现了?|reported|experienced|had)\s*(?:至少一[项次个种]|at least one|any)?\s*(?:不良(?:事件|反应)|adverse (?:events?|reactions?))"
    # "Adverse events were reported in 98 of 126 participants"
    r"|(?<!serious )(?<!Serious )\badverse (?:events?|reactions?)\s+(?:were\s+|was\s+)?(?:reported|observed|occurred|recorded|seen)\s+(?:in|by|among)\s+(?P<n4>\d+)(?![\d.%]))",
    re.I)
_N = r"\d+|[" + NUMERAL_CHARS + r"]+"
_WORD_OR_N = r"\d+|(?<![\w-])" + EN_WORD_NUMBER
SERIOUS_TOTAL = re.compile(r"(?=[\defnost严])(?:(?<![\d.])(?P<n>\d+)\s*(?:例|起|次|项|个|件|宗|名|人)?\s*严重不良(?:事件|反应)|(?<![\d.])(?P<n2>\d+)\s+serious adverse (?:events|reactions)"
                   # "Serious adverse events occurred in 16 participants (7 ... and 9 ...)"
                   r"|serious adverse (?:events?|reactions?)\s+(?:were\s+)?(?:occurred|reported|observed|developed|recorded)\s+(?:in|by|among)\s+(?P<n3>" + _WORD_OR_N + r")\b(?!\.\d|\s*%|\s*percent)"
                   # "Three participants had serious adverse events", "50 participants had at least one serious adverse event"
                   r"|(?<![\d.])(?P<n4>" + _WORD_OR_N + r")\s+(?:(?:patients?|participants?|subjects?|people|persons)\s+)?(?:\([^)]{0,12}\)\s+)?(?:had|experienced|reported|developed)\s+"
                   r"(?:at least one\s+|a\s+|any\s+)?serious adverse (?:events?|reactions?)"
                   # "嚴重不良事件共12件（幹細胞組5件、安慰劑組7件）"
                   r"|严重不良(?:事件|反应)\s*(?:共|合计|总计)\s*(?:有|发生)?\s*(?P<n5>" + _N + r")\s*(?:例|件|起|次|名|人|位))", re.I)
# "The only serious adverse events were two infections", "..., the only serious adverse event.", "唯一的严重不良事件"
ONLY_SERIOUS = re.compile(r"(?=[t唯])(?:\bthe only serious adverse (?:events?|reactions?)(?:\s+(?:was|were)\s+(?P<w>an?|" + _WORD_OR_N + r")\b)?|唯一(?:的|一例|一起)?严重不良(?:事件|反应))", re.I)
# "无一例发生严重不良反应", "均未發生椎間盤炎、神經損傷或其他嚴重不良事件" — but "no other serious
# adverse event" (未发生其他严重不良事件) says one happened, so it gives no zero.
NO_SERIOUS = re.compile(r"(?=[n均无未没皆都])(?:(?:无|未(?:出现|发生|观察到|见)|没有)(?:任何)?严重不良(?:事件|反应)|\bno serious adverse|\bno (?:treatment-related )?serious"
                r"|(?:无一例|无一人|均未|皆未|都未|未)(?:发生|出现|见|有)[^。；;，,\d]{0,30}?严重不良(?:事件|反应)(?!\S{0,6}(?:风险|发生率)))", re.I)
# "除此之外未发生其他严重不良事件", "no other serious adverse events": one did happen.
BESIDES = re.compile(r"除此之外|除此以外|除[^，,。；;]{1,20}外|此外|\bapart from\b|\bother than\b|\bbesides\b|\bno other serious", re.I)
# "Three patients died", "One participant in the placebo group died of pneumonia": a count in words.
WORD_DEATHS = re.compile(r"(?=[A-Za-z])\b(?P<w>[A-Za-z]+(?:-[a-z]+)?)\s+(?:(?:patients?|participants?|people|subjects?)\s+(?:(?:in|from|of|on)\s+[^.;,\d]{0,40}?\s+)?)?(?:died|deaths\s+occurred)\b")
NO_DEATH = re.compile(r"(?=[nw无未没])(?:(?:无|未(?:出现|发生)|没有)(?:患者|病例|受试者|人)?(?:死亡)|无死亡|no (?:patients? |participants? )?(?:died|deaths?)(?!\s+(?:was|were)\s+(?:attributed|related|considered|judged))|"
               r"\bno [a-z ,-]{0,40}?\b(?:or|and|nor) deaths?\b|no deaths? (?:occurred|were)|none of the patients died|without (?:any )?deaths?)", re.I)
DEATHS = re.compile(r"(?=[\d〇一七万三两九二五亿仟伍佰俩八六十千叁四壹拾捌柒玖百肆萬贰陆零])(?:(?<![\d.])(?P<n>" + _N + r")\s*(?:例|名|位|人)(?:患者|受试者)?[^，,。；;\d]{0,12}?(?:死亡|过世|去世|病逝|猝死)"
            r"|(?<![\d.,])(?P<n2>\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:patients?|participants?|subjects?|people)\s+)?(?:deaths?|died))", re.I)
# Every sentence that tells of deaths holds one of these ("died", "deaths", "无死亡").
DEATH_WORD = re.compile(r"(?=[dD死过去病猝])(?:died|death|死亡|过世|去世|病逝|猝死)", re.I)
# Where a sub-clause ends: a count belongs to the event named in its own clause
# ("3人(7.5%)出现发烧、2人出现头痛"). Delimiters inside brackets ("(n=34, 70.8%)") do not count.
CLAUSE_END = re.compile(r"[，；;。、:：]|,(?!(?<=\d,)\d{3}(?!\d))|\b(?:and|while|whereas)\b")
HARD_END = re.compile(r"[；;。、]")
HARD_LIST_END = re.compile(r"[；;。]")
LATER_COUNT = re.compile(r"\b(?:in|experienced|reported|occurred|developed|affected|had|among|by)\b|出现|发生|见于", re.I)
LIST_SEPARATOR = re.compile(r"\s*(?:[、，,]|和|及|与|與|\band\b|,\s*and\b)?\s*(?:\bby\b)?\s*", re.I)
ARM_COUNT = re.compile(r"\s*(?:有|共|为|為)?\s*(\d+|[" + NUMERAL_CHARS + r"]+)\s*(?:人|例|名|位)(?![\d.])")
EACH_COUNT = re.compile(r"\s*各(?:有|为|為)?\s*(\d+|[" + NUMERAL_CHARS + r"]+)\s*(?:人|例|名|位)")
# "14 people on the high dose", "by 2 while taking placebo": a count, then its arm.
COUNT_ON_ARM = re.compile(r"(?:\bby\s+)?(?<![\w.-])(?P<n>\d+|" + EN_WORD_NUMBER + r")\s+(?:(?:people|patients|participants|subjects)\s+)?"
                  r"(?:while\s+)?(?:on|in|with|taking|receiving|given)\s+(?:the\s+)?", re.I)
ARM_WORDS = re.compile(r"([A-Za-z][\w-]*)(?=\s*(?:[,;.]|\band\b|$))")
RESPECTIVELY = re.compile(r"respectively|分别|分別", re.I)
_LIST_N = r"(?:\d+|" + EN_WORD_NUMBER + r"|[" + NUMERAL_CHARS + r"]+)(?:\s*(?:人|例|名|位|件))?"
RESPECTIVE_LIST = re.compile(r"(?<![\d.])" + _LIST_N + r"(?:\s*(?:,\s*and|,|、|\band\b|与|與|和|及|vs\.?|versus)\s*" + _LIST_N + r")+", re.I)
RESPECTIVE_NUMBER = re.compile(r"\d+|(?<![\w-])" + EN_WORD_NUMBER + r"|[" + NUMERAL_CHARS + r"]+", re.I)
ONE_PERSON = re.compile(r"(?<![\w-])(?:one|a single)\s+(?:patient|participant|subject|person)\b|(?<![\w.-])1\s+(?:patient|participant|subject|person)\b", re.I)
# A sentence that states what the study set out to do ("to compare ... and side effects").
AIM = re.compile(r"\b(?:the\s+)?(?:aims?|objectives?|purposes?|goals?)\s+(?:of\s+(?:this|the|our)\s+(?:\w+\s+)?(?:study|trial)\s+)?(?:was|were|is|are)\s+to\b|研究目的|目的[：:是为]|旨在", re.I)
NOT_PEOPLE = re.compile(r"\s*[-‐]?\s*(?:小时|个?月|周|週|天|日|年|分钟|次|mg|g\b|ml|kg|μg|mcg|hours?|h\b|days?|weeks?|months?|years?|minutes?|min\b|times?|cycles?|doses?|%)", re.I)
WRITTEN_GAP = re.compile(r"[\s:：]*")
WORD_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?P<w>" + EN_WORD_NUMBER + r")\s+$", re.I)
# Words that open an aside naming what an event looked like.
ASIDE = re.compile(r"\b(?:such as|mostly|mainly|e\.g\.|like|notably|chiefly)\b|主要为|主要是|如", re.I)
WORD_WITH_PERCENT = re.compile(r"\b(?P<word>[A-Za-z]+(?:-[a-z]+)?)\s*[(（]\s*(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)\s*[)）]")
OPEN, CLOSE = "(（[", ")）]"


def _clause_ends(text: str) -> list[int]:
    """Offsets of the clause delimiters of ``text`` that stand outside brackets."""
    depth, inside = 0, []
    for ch in text:
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        inside.append(depth)
    return [m.start() for m in CLAUSE_END.finditer(text) if not inside[m.start()]]


# The people a count is of, right before the disease they have: "2650 patients with", "96例失眠患者".
# What makes the condition named after it an event that happened: "发生肺炎患者6例", "出现高血压患者5例".
EVENT_VERB_BEFORE = re.compile(r"(?:发生|發生|出现|出現|并发|併發|合并|合併|新发|新發)\s*$")
# The people with a condition counted right after its name: "脑卒中手功能障碍患者200例".
PATIENTS_COUNTED_AFTER = re.compile(r"[^，,。；;\d]{0,12}?(?:患者|病人|病例)\s*(?:共\s*)?\d+\s*(?:例|名)")
PEOPLE_WITH = re.compile(r"\d[\d,]*\s+(?:\w+\s+){0,2}?(?:patients|participants|people|subjects|adults|children|women|men|cases)\s+"
                         r"(?:with|who\s+had|suffering\s+from)\s+(?:\w+\s+){0,3}$|\d+\s*(?:例|名)[^，,。；;\d]{0,8}$", re.I)


def extract(ctx: Context) -> tuple[list[AdverseEvent], Safety]:
    """Adverse events (one per event and arm) and the safety totals.

    >>> from ..read.document import Document
    >>> text = "安全性方面，治疗组有3人（7.5%）出现发烧，2人（5.0%）头痛；对照组则有1人（2.5%）发烧。无患者死亡。"
    >>> events, safety = extract(Context(Document(text)))
    >>> [(e.event, e.group, e.n, e.pct) for e in events], safety.deaths
    ([('fever', 'treatment', 3, 7.5), ('headache', 'treatment', 2, 5.0), ('fever', 'control', 1, 2.5)], 0)
    """
    events: dict[tuple[str, str, str | None], AdverseEvent] = {}  # (event, group, grade)
    safety = Safety()
    arm_order: list[str] = []
    safety_words: dict[str, bool] = {}

    def about_safety_words(text: str) -> bool:
        """``AE_CONTEXT`` in ``text``, remembered: each sentence is asked as itself and again
        as the one before the next."""
        found = safety_words.get(text)
        if found is None:
            found = safety_words[text] = not ascii_without(text, AE_WORDS) and AE_CONTEXT.search(text) is not None
        return found

    for s in ctx.sentences:
        if ctx.is_other_work(s) or s.text.rstrip().endswith(("?", "？")):
            continue  # a question ("what if I develop an infection?") reports nothing
        text = s.text
        previous = ctx.sentences[s.index - 1] if s.index else None
        about_safety = bool(about_safety_words(text) or about_safety_words(s.heading or "")
                            or (previous is not None and previous.paragraph == s.paragraph
                                and about_safety_words(previous.text)))
        if previous is None or previous.paragraph != s.paragraph:
            arm_order = []  # the arms, in the order the last per-arm list named them
        if about_safety or not ascii_without(text, HAPPENED_WORDS) and HAPPENED.search(text):
            ends = _clause_ends(text)
            # "Infusion-related reactions, mostly transient fever, occurred in ...": the aside
            # names what the reactions looked like, not an event of its own.
            mentions = [m for i, m in enumerate(ctx.mentions("adverse_events", s.start, s.end))
                        if not (i and ASIDE.search(text[max((e + 1 for e in ends if e < m.start - s.start), default=0):m.start - s.start]))]
            event_starts = [m.start - s.start for m in mentions]
            for m in mentions:
                if NEGATED.search(text[max(0, m.start - s.start - 6):m.start - s.start]):
                    continue  # "无死亡病例", "no deaths": not an event that happened
                lo = max((x.end() for x in SOFT_END.finditer(text, 0, m.start - s.start)), default=0)
                if NEGATED_CLAUSE.search(text[lo:m.start - s.start]):
                    continue
                if m.name == "death":
                    continue  # deaths are counted once, in the safety totals
                # ("grade 3 rash" after "rash (19%)": the severe ones, an event of their own)
                grade = _grade_before(text, m.start - s.start)
                after_end = min([e for e in event_starts if e > m.start - s.start]
                                + [x.start() for x in HARD_LIST_END.finditer(text, m.end - s.start)] + [len(text)])
                arm_counts = (_arm_counts_before(ctx, s, m) if len(_arm_counts_before(ctx, s, m)) >= 2
                              else _arm_counts_after(ctx, s, m.end, s.start + after_end))
                if len(arm_counts) < 2:
                    arm_counts = _respective_counts(ctx, text[m.end - s.start:after_end], arm_order)
                shares = _arm_shares_after(ctx, m.end, s.start + after_end) if len(arm_counts) < 2 else []
                if len(shares) >= 2:
                    # "Nausea occurred in 20% of the drug K group and 5% of the placebo group":
                    # one event, a share per arm.
                    for group, pct in shares:
                        key = (m.name, group, grade)
                        if key not in events:
                            events[key] = AdverseEvent(m.name, None, pct, grade, None, text, group)
                    continue
                if len(arm_counts) >= 2:
                    # "幹細胞組5人、對照組3人出現關節腫脹", "reported by 14 on the high dose, 9 on the
                    # low dose and 5 on placebo", "頭痛分別為3人與2人": one event, a count per arm.
                    arm_order = [group for group, _ in arm_counts]
                    for group, n in arm_counts:
                        key = (m.name, group, grade)
                        if key not in events:
                            events[key] = AdverseEvent(m.name, n, None, grade, None, text, group)
                    continue
                n, pct = _count_of(text, m.start - s.start, m.end - s.start, ends, event_starts)
                if n is not None and not about_safety_words(text) and PEOPLE_WITH.search(text, 0, m.start - s.start) \
                        and any(c.start <= m.start and m.end <= c.end for c in ctx.mentions("conditions", s.start, s.end)):
                    continue  # "2650 patients with functional dyspepsia were included": who enrolled, no event
                if n is not None and PATIENTS_COUNTED_AFTER.match(text, m.end - s.start) \
                        and not EVENT_VERB_BEFORE.search(text, max(0, m.start - s.start - 4), m.start - s.start) \
                        and any(c.start <= m.start and m.end <= c.end for c in ctx.mentions("conditions", s.start, s.end)):
                    continue  # ("收治的…脑卒中手功能障碍患者200例": the patients enrolled with the condition, no event)
                if n is None and (not about_safety_words(text) or AIM.search(text)):
                    continue  # an event named without a count counts only in a sentence about safety, not in its aims
                if n is None and any(c.start < m.end and m.start < c.end for c in ctx.mentions("conditions", s.start, s.end)):
                    continue  # "缺血性脑卒中" is the condition studied, not an event
                groups = ctx.mentions("groups", s.start, m.start)
                group = groups[-1].name if groups else "all"
                key = (m.name, group, grade)
                known = events.get(key)
                if known is None or (known.n is None and n is not None):
                    events[key] = AdverseEvent(m.name, n, pct, grade, None, text, group)
        # (Each total is looked for only in a sentence with its words: most sentences have none.)
        lower = text.lower()
        if safety.adverse_events_total is None and ("不良" in text or "adverse" in lower) and (m := AE_TOTAL.search(text)):
            safety.adverse_events_total = _as_int(next(v for v in m.groups() if v))
            safety.quotes["adverse_events_total"] = text
        if safety.serious_adverse_events is None and ("严重" in text or "serious" in lower):
            if (m := SERIOUS_TOTAL.search(text)) and (n := _as_int(next(v for v in m.groups() if v))) is not None:
                safety.serious_adverse_events = n
                safety.quotes["serious_adverse_events"] = text
            elif (m := ONLY_SERIOUS.search(text)) and (n := 1 if not m["w"] or m["w"].lower() in ("a", "an") else _as_int(m["w"])):
                safety.serious_adverse_events = n
                safety.quotes["serious_adverse_events"] = text
            elif NO_SERIOUS.search(text) and not BESIDES.search(text):
                safety.serious_adverse_events = 0
                safety.quotes["serious_adverse_events"] = text
        if safety.deaths is None and not ascii_without(text, ("died", "death")) and DEATH_WORD.search(text):
            # A counted death outweighs "no deaths" in another arm of the same sentence.
            if (m := DEATHS.search(text)) and (n := _as_int(m["n"] or m["n2"])) is not None:
                safety.deaths = n
                safety.quotes["deaths"] = text
            elif (m := WORD_DEATHS.search(text)) and _english_number(m["w"]) is not None:
                safety.deaths = _english_number(m["w"])
                safety.quotes["deaths"] = text
            elif NO_DEATH.search(text):
                safety.deaths = 0
                safety.quotes["deaths"] = text
        if len(ctx.arms) >= 2 and about_safety_words(text):
            _any_event_by_arm(ctx, s, events)
    # (An event named without a count beside the same event counted at a grade, "none had grade 2
    # or higher CRS" and "seven had grade 1 CRS", is the counted one.)
    counted = {(e.event, e.group) for e in events.values() if e.n is not None or e.pct is not None}
    return [e for e in events.values() if e.n is not None or e.pct is not None
            or (e.event, e.group) not in counted], safety


# Adverse events of any kind, or serious ones, as a trial reports them by arm, in the two ways
# that say nothing else: "Serious adverse events occurred in 16.6% of the drug K group and 17.5%
# of the placebo group"; "治疗组不良反应发生率为10.0%(3/30)，对照组为13.3%(4/30)". (Not a kind of
# event the vocabulary names, which the loop above reads; not a kind of their own, "grade 3 or
# higher", "leading to discontinuation", "mild", "injection-site", "与药物有关", …, which this
# reader does not name; not a sentence that also speaks of severity, a subgroup, a time or a
# plan: any of those and the shares may be of something else.)
GENERIC_AE = re.compile(r"(?P<serious>严重|嚴重|serious\s+)?(?:不良反应|不良反應|不良事件|adverse\s+(?:events?|reactions?))", re.I)
# A rate's words around an event's name: "不良反应发生率", "the incidence of adverse events".
RATE_OF = re.compile(r"的?[总總]?(?:发生率|發生率)$|^(?:the\s+)?(?:incidences?|rates?|proportions?)\s+of\s+|\s+(?:rates?|incidences?)$", re.I)
# Events named as the cause of something else: "because of adverse events", "因不良反应".
CAUSED_BY_EVENTS = re.compile(r"(?:\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|leading\s+to|for)\s+(?:an?\s+|the\s+)?|"
                              r"因|由于|由於)(?:" + GENERIC_AE.pattern + r")", re.I)
# A stop said not to have happened: "均未退出", "no one withdrew", "did not discontinue".
NEGATED_STOP = re.compile(r"(?:未|没有|沒有|无|無|\bno(?:\s+one)?\s+|\bnot\s+|\bnever\s+|\bnone\s+)$", re.I)
# A dose lowered because of the events: no stopping.
DOSE_REDUCED = re.compile(r"减量|減量|\bdose\s+(?:was\s+|were\s+)?(?:reduc|lower|modif|adjust)\w*|\bdose\s+reductions?", re.I)
# Stopping a treatment: what a rate of events named as its cause is a rate of.
STOPPED = re.compile(r"discontinu|stopp|withdr|quit|dropped\s+out|停药|停藥|退出|中止|终止|終止", re.I)
# The same words as a whole name: "adverse events", "Overall adverse events", "严重不良反应".
GENERIC_NAME = re.compile(r"(?:(?:any|all|overall)\s+|总体|總體)?" + GENERIC_AE.pattern, re.I)
NOT_ANY_EVENT = re.compile(
    r"grade|级|級|非|non-?serious|severe|mild|moderate|重度|轻度|輕度|中度|多为|多為|多数|多數|"
    r"gastrointestinal|消化|胃肠|胃腸|treatment-related|drug-related|related|有关|有關|相关|相關|immune|neurolog|cardiac|fatal|"
    r"solicited|local|systemic|special|interest|ocular|infusion|injection|site|注射|部位|leading|led|lead|discontinu|stop|"
    r"withdraw|dropout|drop-out|reduc|dose|hospitali|requir|due|because|因|导致|導致|停药|停藥|退出|减量|減量|其他|other|common|"
    r"常见|常見|主要|major|most|majority|each|among|aged|older|younger|subgroup|亚组|亞組|男|女|岁|歲|week|month|day|周|週|月|天|"
    r"of\s+(?:all\s+)?events", re.I)
# A plan, anywhere in the sentence: "the sample size assumed adverse event rates of 20% and 10%".
PLAN = re.compile(r"assum|sample\s+size|expected|估算|假设|假設|预计|預計|样本量|樣本量", re.I)
# A negation in the clause before the words: "No notable adverse events occurred, …", "均未见不良反应".
NEGATED_BEFORE = re.compile(r"\bno\b|\bnot\b|\bwithout\b|\bnone\b|未|无|無|没有|沒有", re.I)
# After the English words, only the verb and the preposition before the first arm's share.
EN_AE_TO_SHARES = re.compile(r"\s*(?:(?:were|was)\s+)?(?:(?:reported|observed|seen|recorded|occurred|noted)\s+)?(?:in|by|among)\s+$", re.I)
# "治疗组(的)?不良反应发生率为10.0%(3/30)": the arm right before the words, its share after them.
ZH_SHARE_AFTER_WORDS = re.compile(r"\s*(?:总)?(?:发生率|發生率)\s*(?:为|為|是|:|：)?\s*(?P<pct>\d{1,2}(?:\.\d+)?)\s*%"
                                  r"(?:\s*[(（]\s*(?P<n>\d+)\s*/\s*\d+\s*[)）])?")
ZH_RATE_THEN_ARM = re.compile(r"\s*(?:总)?(?:发生率|發生率)\s*")
ZH_ARM_THEN_SHARE = re.compile(r"\s*(?:为|為|是)?\s*(?P<pct>\d{1,2}(?:\.\d+)?)\s*%(?:\s*[(（]\s*(?P<n>\d+)\s*/\s*\d+\s*[)）])?")
# "，对照组为13.3%(4/30)" and nothing else in that clause.
ZH_NEXT_ARM_SHARE = re.compile(r"\s*[，,]\s*(?:(?:略|稍|明显|明顯)?(?:高于|低于|高於|低於|与|與)\s*)?(?P<arm>[^，,；;。]{1,12}?)\s*(?:的)?\s*(?:为|為|是)?\s*(?P<pct>\d{1,2}(?:\.\d+)?)\s*%"
                               r"(?:\s*[(（]\s*(?P<n>\d+)\s*/\s*\d+\s*[)）])?\s*(?=[，,；;。]|$)")


def _any_event_by_arm(ctx: Context, s, events: dict) -> None:
    """Adverse events of any kind (or serious ones) with a share (and a count) for each of two
    arms of the trial, in the two plain ways trials write them: one event per arm ("any adverse
    event", "serious adverse events")."""
    text = s.text
    if PLAN.search(text):
        return  # (a sample size's assumption, no result)
    for m in GENERIC_AE.finditer(text):
        if NEGATED_BEFORE.search(text, max((x.end() for x in SOFT_END.finditer(text, 0, m.start())), default=0), m.start()):
            continue
        name = "serious adverse events" if m["serious"] else "any adverse event"
        clause_end = min([x.start() for x in SOFT_END.finditer(text, m.end())] + [len(text)])
        found: list[tuple[str, float, int | None]] = []
        first = next(iter(SHARE_OF_ARM.finditer(text, m.end(), clause_end)), None)
        if first is not None and EN_AE_TO_SHARES.fullmatch(text, m.end(), first.start()):
            found = [(a, pct, None) for a, pct in _arm_shares_after(ctx, s.start + m.end(), s.start + clause_end)]
        else:
            arm = next((g for g in reversed(ctx.mentions("groups", s.start, s.start + m.start()))
                        if re.compile(r"\s*(?:的)?\s*").fullmatch(ctx.text, g.end, s.start + m.start())), None)
            share = ZH_SHARE_AFTER_WORDS.match(text, m.end())
            if arm is None and (rate := ZH_RATE_THEN_ARM.match(text, m.end())) is not None:
                # "不良事件总发生率伏美格肽组为78.4%，安慰剂组为61.1%": the rate's name, then each arm
                arm = next((g for g in ctx.mentions("groups", s.start + rate.end(), s.start + rate.end() + 16)
                            if g.start == s.start + rate.end()), None)
                share = ZH_ARM_THEN_SHARE.match(text, arm.end - s.start) if arm is not None else None
            if arm is None or share is None or arm.name not in ctx.arms:
                continue
            found = [(arm.name, number(share["pct"]), int(share["n"]) if share["n"] else None)]
            at = share.end()
            while (nxt := ZH_NEXT_ARM_SHARE.match(text, at)) is not None:
                other = ctx.group_called(nxt["arm"])
                if other is None or other not in ctx.arms:
                    break
                found.append((other, number(nxt["pct"]), int(nxt["n"]) if nxt["n"] else None))
                at = nxt.end()
        names = [a for a, _, _ in found]
        if len(found) < 2 or len(set(names)) != len(names) or any(not 0 <= pct <= 100 for _, pct, _ in found):
            continue
        if NOT_ANY_EVENT.search(text, 0, min(len(text), m.end() + 16)):
            continue  # (a kind of event, a severity, a subgroup or a time named before or with the words)
        for group, pct, n in found:
            key = (name, group, None)
            if key not in events:
                events[key] = AdverseEvent(name, n, pct, None, None, text, group)


SHARE_RIGHT_AFTER = re.compile(r"\s*(?:[(（]\s*|[:：,，]?\s*(?:in\s+|of\s+|发生率(?:为|是)?|为|為|是)?\s*)(?P<pct>\d{1,2}(?:\.\d+)?)\s*%(?!\s*(?:CI|置信))", re.I)
PCT_THEN_VS = re.compile(r"\s*(?:vs\.?|versus|对|對|和|与|與|and)\s*\d", re.I)


def _count_of(text: str, start: int, end: int, ends: list[int], event_starts: list[int]) -> tuple[int | None, float | None]:
    """The count (and its %) of the event named at text[start:end]: written right after it
    ("头痛3例", "headache (n=34, 70.8%)", "headache, in 9 participants"), unless that count
    opens a clause naming its own event ("发烧，2人出现头痛"); else before it in its clause
    ("3人(7.5%)出现发烧"); else later, before the next event is named ("headache,
    experienced by five patients (42%)", "back pain in four (33%)")."""
    stop = next((e for e in ends if e >= end), len(text))
    # A time or a dose is never a count of people: "均在48小时内缓解", "4 weeks of dorexalant".
    found = [x for x in stats(text[end:whole_number_end(text, end + 48)]) if isinstance(x.value, int) and not x.percent
             and not NOT_PEOPLE.match(text, end + x.start + len(str(x.value)))]
    written = _counts_in(text[end:end + 24])
    if written and WRITTEN_GAP.fullmatch(text[end:end + written[0][2]]) and not (found and found[0].start <= written[0][2]):
        return written[0][:2]  # "头痛七名（29.2%）"
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
    if (w := WORD_RIGHT_BEFORE.search(text, lo, start)) and (n := english_number(w["w"])) is not None:
        return n, None  # "two infections that required hospital treatment"
    nxt = min([e for e in event_starts if e >= end] + [len(text)])
    hard = HARD_END.search(text, end, nxt)
    later = _counts_in(text[end:hard.start() if hard else nxt])
    if later and LATER_COUNT.search(text[end:end + later[0][2]]):
        # "experienced by five patients", "in four (33%)": a count of those affected, not
        # "...的安全性，共纳入42例患者".
        return later[0][:2]
    share = SHARE_RIGHT_AFTER.match(text, end)
    if share and not PCT_THEN_VS.match(text, share.end()):
        # "most commonly fatigue (29%), rash (19%)", "恶心发生率为3.7%": a share without its count
        # ("(9.7% vs 8.9%)" is one per arm, not the whole study's).
        return None, float(share["pct"]) if "." in share["pct"] else int(share["pct"])
    return None, None


def _arm_counts_before(ctx: Context, s, m) -> list[tuple[str, int]]:
    """(arm, count) pairs written just before an event, each count right after its arm."""
    lo = max((x.end() for x in HARD_LIST_END.finditer(ctx.text, s.start, m.start)), default=s.start)
    named = ctx.mentions("groups", lo, m.start)
    if len(named) >= 2 and (each := EACH_COUNT.match(ctx.text, named[-1].end)) and all(
            LIST_SEPARATOR.fullmatch(ctx.text[a.end:b.start]) for a, b in zip(named, named[1:])):
        # "高劑量組與對照組各有1人出現頭痛": the same count in each arm.
        return [(g.name, _as_int(each.group(1))) for g in named]
    pairs, last_end = [], None
    for g in named:
        c = ARM_COUNT.match(ctx.text, g.end)
        if not c:
            continue
        if last_end is not None and not LIST_SEPARATOR.fullmatch(ctx.text[last_end:g.start]):
            pairs = []  # not one list: "3人(7.5%)出现发烧，安慰剂组有1人" names its own event between
        pairs.append((g.name, _as_int(c.group(1))))
        last_end = c.end()
    return pairs


def _as_int(raw: str) -> int | None:
    """'16', 'Three', '十二' -> the integer."""
    if raw.replace(",", "").isdigit():
        return int(raw.replace(",", ""))
    return english_number(raw) if raw[0].isascii() else chinese_to_int(raw)


# "20% of the drug K group", "5% on placebo", "20% in the drug K arm": a share, then its arm.
SHARE_OF_ARM = re.compile(r"(?<![\d.])(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent\b)\s+(?:of\s+(?:patients\s+|participants\s+)?(?:in\s+|on\s+|receiving\s+)?|"
                          r"(?:in|on|with|among|receiving|taking)\s+)(?:the\s+)?", re.I)


# What joins one arm's share to the next: "… group and 5% of …", ", while only 5% …".
SHARES_GLUE = re.compile(r"\s*(?:group|arm)?\s*(?:,|;)?\s*(?:and|vs\.?|versus|compared\s+with|while|whereas|but)?\s*(?:only\s+|just\s+)?", re.I)


def _arm_shares_after(ctx: Context, start: int, end: int) -> list[tuple[str, float]]:
    """(arm, percent) pairs written after an event, up to ``end``: "in 20% of the drug K group
    and 5% of the placebo group". Each share must name its arm right after it; two arms or
    more, each once."""
    groups = ctx.mentions("groups", start, end)
    pairs, last_end = [], None
    for m in SHARE_OF_ARM.finditer(ctx.text, start, end):
        arm = next((g for g in groups if g.start == m.end()), None)
        if arm is None:
            return []
        if last_end is not None and not SHARES_GLUE.fullmatch(ctx.text, last_end, m.start()):
            return []
        pairs.append((arm.name, number(m["pct"])))
        last_end = arm.end
    names = [a for a, _ in pairs]
    return pairs if len(pairs) >= 2 and len(set(names)) == len(names) else []


def _arm_counts_after(ctx: Context, s, start: int, end: int) -> list[tuple[str, int]]:
    """(arm, count) pairs written after an event, up to ``end``: "，幹細胞組4人、安慰劑組1人",
    "reported by 14 people on the high dose, 9 on the low dose and 5 on placebo", "by 5
    participants while taking dorexalant and by 2 while taking placebo"."""
    pairs, last_end = [], None
    groups = ctx.mentions("groups", start, end)
    at = start
    while at < end:
        g = next((g for g in groups if g.start >= at), None)
        by_group = ARM_COUNT.match(ctx.text, g.end) if g else None
        by_count = COUNT_ON_ARM.search(ctx.text, at, end)
        if by_group and (not by_count or g.start <= by_count.start()) and by_group.end() <= end:
            pair, pair_start, at = (g.name, _as_int(by_group.group(1))), g.start, by_group.end()
        elif by_count:
            arm = next((g for g in groups if g.start == by_count.end()), None)
            if arm is not None:
                pair, at = (arm.name, _as_int(by_count["n"])), arm.end
            elif lit := ARM_WORDS.match(ctx.text, by_count.end(), end):
                pair, at = (lit.group(1), _as_int(by_count["n"])), lit.end()
            else:
                break
            pair_start = by_count.start()
        else:
            break
        if last_end is not None and not LIST_SEPARATOR.fullmatch(ctx.text[last_end:pair_start]):
            break
        if pair[1] is None:
            break
        pairs.append(pair)
        last_end = at
    return pairs if len(pairs) >= 2 else []


def _respective_counts(ctx: Context, segment: str, arm_order: list[str]) -> list[tuple[str, int]]:
    """"occurred in 6, 4 and 2 patients, respectively", "頭痛分別為3人與2人": counts in the
    order of the arms last listed in the paragraph, else of the trial's arms."""
    if not RESPECTIVELY.search(segment) or not (m := RESPECTIVE_LIST.search(segment)):
        return []
    numbers = [_as_int(x) for x in RESPECTIVE_NUMBER.findall(m.group())]
    arms = arm_order or list(ctx.arms)
    if len(numbers) < 2 or len(numbers) != len(arms) or None in numbers:
        return []
    return list(zip(arms, numbers))


def _english_number(word: str) -> int | None:
    from .numbers import english_number
    return english_number(word)


def _grade_before(text: str, at: int) -> str | None:
    """The grade written right before an event: "grade 3 rash" -> "3", "grade 3 to 4
    diarrhoea" -> "3-4", "3级中性粒细胞减少" -> "3", "≥3级" -> "≥3".

    >>> _grade_before("grade 3 rash", 8), _grade_before("Grade 3 or 4 diarrhea", 13), _grade_before("3~4级腹泻", 4)
    ('3', '3-4', '3-4')
    >>> _grade_before("grade 3 or higher diarrhea", 18), _grade_before("Ⅲ级皮疹", 2), _grade_before("grade III rash", 10)
    ('≥3', '3', '3')
    >>> _grade_before("rash", 0), _grade_before("in grade school children, rash", 26)
    (None, None)
    """
    m = GRADE_BEFORE.search(text, max(0, at - 24), at)
    if not m:
        return None
    low, high = (ROMAN.get((x or "").upper(), x) for x in (m["a"] or m["c"], m["b"] or m["d"]))
    at_least = "≥" if m["ge"] or m["ge2"] or m["up"] or m["up2"] else ""
    return f"{at_least}{low}" + (f"-{high}" if high else "")


GRADE_BEFORE = re.compile(r"(?:\bgrade\s*(?P<ge>≥|>=)?\s*(?P<a>[1-5]|I{1,3}|IV|V)(?:\s*(?:-|–|to|or|/)\s*(?P<b>[1-5]|I{1,3}|IV|V))?"
                          r"(?P<up>\s*(?:\+|or\s+(?:higher|above|greater|worse)|and\s+(?:above|higher)))?\s*"
                          r"(?:\(?\s*(?:severe|serious)\s*\)?\s*)?|(?P<ge2>≥)?(?P<c>[1-5]|[ⅠⅡⅢⅣⅤ]|I{1,3}|IV|V)"
                          r"(?:\s*(?:-|–|~|～|至|或)\s*(?P<d>[1-5]|[ⅠⅡⅢⅣⅤ]|I{1,3}|IV|V))?\s*(?P<up2>级以上|級以上)?\s*(?:级|級|度))$",
                          re.I)
ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "Ⅰ": "1", "Ⅱ": "2", "Ⅲ": "3", "Ⅳ": "4", "Ⅴ": "5"}


def _counts_in(segment: str) -> list[tuple[int, float | None, int]]:
    """Counts of people in a segment, each with the percentage printed right after it:
    "3人(7.5%)", "five patients (42%)", "four (33%)", "n=6"."""
    from .numbers import english_number

    found = []
    for c in counts(segment):
        pct = re.compile(r"\s*(?:患者|病人|受试者|patients?|participants?)?\s*[(（]\s*(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.I).match(segment, c.end)
        found.append((c.n, float(pct.group(1)) if pct else None, c.start))
    for m in ONE_PERSON.finditer(segment):
        found.append((1, None, m.start()))  # "One patient stopped treatment because of ..."
    for m in WORD_WITH_PERCENT.finditer(segment):
        n = english_number(m["word"])
        if n is not None and not any(start <= m.start() < start + 1 for _, _, start in found):
            found.append((n, float(m["pct"]), m.start()))
    for x in stats(segment):
        if x.count_pct is not None and isinstance(x.value, int) and not any(x.start == st for _, _, st in found):
            found.append((x.value, x.count_pct, x.start))
    # ("the only event occurring in more than one patient (n = 2)": a bound, no count of anyone)
    found = [f for f in found if not BOUND_BEFORE.search(segment, max(0, f[2] - 16), f[2])]
    # ("in 45 of 1250 patients": the people with the event are the 45, the 1250 all who could have had it)
    out = []
    for n, pct, at in found:
        k = COUNT_OF_BEFORE.search(segment, max(0, at - 16), at)
        out.append((int(k["k"]), pct, k.start("k")) if k else (n, pct, at))
    return sorted(out, key=lambda f: f[2])


COUNT_OF_BEFORE = re.compile(r"(?<![\d.])(?P<k>\d+)\s+(?:of|out\s+of)\s+(?:the\s+)?$", re.I)



def event_name(written: str) -> str:
    """Adverse events named as written, without the words of their rate or a sentence's capital.

    >>> event_name("不良反应发生率"), event_name("the incidence of adverse events"), event_name("Infusion-related adverse events")
    ('不良反应', 'adverse events', 'infusion-related adverse events')
    """
    name = RATE_OF.sub("", written.strip())
    return name[0].lower() + name[1:] if name[:1].isupper() and not name[1:2].isupper() else name


def _named_as_cause(quote: str, value: float) -> bool:
    """Whether the events' words right before ``value`` in ``quote`` name the cause of
    something else ("stopped because of adverse events (3.4%)"), not the events counted.

    >>> q = "had gastrointestinal adverse events (82.8 versus 63.2 percent) and stopped because of adverse events (3.4 versus 0 percent)"
    >>> _named_as_cause(q, 3.4), _named_as_cause(q, 82.8)
    (True, False)
    """
    shown = f"{value:g}"
    at = next((m.start() for m in re.finditer(r"(?<![\d.])" + re.escape(shown) + r"(?![\d])", quote)), None)
    if at is None:
        return False
    named = list(GENERIC_AE.finditer(quote, 0, at))
    return bool(named) and any(c.end() == named[-1].end() for c in CAUSED_BY_EVENTS.finditer(quote, 0, at))


# What the sentence's subject says of the event it then names: "the most common adverse event was …".
# "The most common adverse events were …", "the most frequently reported adverse event leading to
# discontinuation was …": the event named after it is whose rates follow.
MOST_COMMON_SAID = re.compile(r"\bmost\s+(?:common(?:ly)?|frequent(?:ly)?)\s+(?:reported\s+)?(?:treatment-\w+\s+)?"
                              r"(?:adverse\s+(?:events?|reactions?|effects?)|side\s+effects?|AEs?)\b[^.;]{0,40}?\b(?:was|were|included)\b", re.I)
MOST_COMMON = re.compile(r"(?:the\s+)?most\s+(?:common(?:ly\s+reported)?|frequent(?:ly\s+reported)?)\b", re.I)


def with_rates(events: list[AdverseEvent], rates) -> list[AdverseEvent]:
    """``events`` with the arms' rates of adverse events the outcome shapes read
    ("gastrointestinal adverse events (82.8 versus 63.2 percent)"): a rate completes the event
    of its name and arm that has none, else is an event of its own.

    >>> from .record import Measurement
    >>> read = [AdverseEvent("nausea", 3, None, quote="q", group="drug")]
    >>> rates = [Measurement("nausea", "drug", None, "percent", 7.5, quote="q"),
    ...          Measurement("serious adverse events", "placebo", None, "percent", 2.0, quote="r")]
    >>> [(e.event, e.group, e.n, e.pct) for e in with_rates(read, rates)]
    [('nausea', 'drug', 3, 7.5), ('serious adverse events', 'placebo', None, 2.0)]
    """
    out, within = list(events), set()  # (the vocabulary's events each used rate's words hold, with its quote)
    for r in rates:
        if r.stat not in ("percent", "n") or r.time is not None and getattr(r.time, "value", None) == 0:
            continue
        pct, n = (r.value, getattr(r, "n", None)) if r.stat == "percent" else (None, int(r.value))
        # (Events of any kind, or serious ones, named as ``_any_event_by_arm`` names them.)
        written = event_name(r.measure)
        if MOST_COMMON.match(written):
            continue  # ("the most common adverse event was somnolence (3.1% …)": somnolence's rates, named again)
        generic = GENERIC_NAME.fullmatch(written)
        if r.quote and MOST_COMMON_SAID.search(r.quote) and (generic is not None or not lexicon("adverse_events").find(Tokens(r.measure))):
            continue  # ("the most common adverse events were nausea (12% vs 4%) …": nausea's, no rate of any event)
        name = written if generic is None else "serious adverse events" if generic["serious"] else "any adverse event"
        if generic is not None and r.quote and _named_as_cause(r.quote, r.value):
            # ("discontinued treatment because of adverse events (3.4 versus 0 percent)": the events
            # are why people stopped, the rate is of stopping)
            stopped = [m for m in STOPPED.finditer(r.quote) if not NEGATED_STOP.search(r.quote, max(0, m.start() - 6), m.start())]
            if not stopped or DOSE_REDUCED.search(r.quote):
                continue  # (a dose reduced, "因不良反应减量者…均未退出": no stopping, no event of any kind)
            name = "discontinuation due to adverse events"
        same = next((e for e in out if e.event.lower() == name.lower() and e.group == r.group), None)
        inside = {h.name for h in lexicon("adverse_events").find(Tokens(r.measure))}
        within.update((event, r.quote) for event in inside)
        if same is None and any(e.event in inside and e.group == r.group and (e.pct, e.n) == (pct, n) for e in out):
            continue  # ("Pain-related adverse events … 12.0%": the safety reader's pain at 12.0%, read again)
        if same is not None:
            if same.pct is None and pct is not None:
                same.pct = pct
            elif same.n is None and n is not None:
                same.n = n
            continue
        out.append(AdverseEvent(name, n, pct, None, None, r.quote, r.group))
    # (An event of everyone that holds one arm's numbers from the same words, "occurred in 61 (0.97%)
    # in the aspirin group versus 29 (0.46%) …", is that arm's, read again.)
    out = [e for e in out if not (e.group == "all" and (e.n, e.pct) != (None, None) and any(x is not e and x.event == e.event and x.group != "all"
                                                           and x.quote == e.quote and (x.n, x.pct) == (e.n, e.pct) for x in out))]
    # The event the vocabulary found in a rate's words, with no number ("gastrointestinal reaction"
    # in "gastrointestinal adverse events (82.8 versus 63.2 percent)"), is that rate's, read again.
    return [e for e in out if e.n is not None or e.pct is not None
            or not any(e.event == event and e.quote and quote and (quote in e.quote or e.quote in quote)
                       for event, quote in within)]
