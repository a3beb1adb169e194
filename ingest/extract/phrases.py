"""Name an outcome the vocabulary does not know, as the article writes it.

A measure the vocabulary lacks is kept, never dropped: these rules find the noun phrase
an English or Chinese result sentence reports on ("a significant reduction in daily
nursing workload", "Time to death was significantly longer", "住院时间明显缩短").
"""

from __future__ import annotations

import re
from functools import lru_cache

STOP_AFTER = (r"between|among|amongst|in the|in both|in all|in patients|in subjects|in those|with|after|at|from|"
              r"compared|versus|vs|was|were|did|does|when|across|over|during|following|than|by|for the|to|"
              r"remained|became|showed|is|are|has|have|had")
CHANGE_NOUN = (r"differences?|changes?|improvements?|reductions?|increases?|decreases?|declines?|effects?|"
               r"benefits?|gains?|losses|deteriorations?|rises?|falls?|shifts?")
AFTER_CHANGE = re.compile(
    rf"\b(?:{CHANGE_NOUN})\s+(?:(?:was|were)\s+(?:seen|observed|found|noted|shown|reported)\s+)?(?:in|of|on|for|regarding|"
    # ("no difference was noted with relapse": "with" names the outcome after the verb only)
    rf"(?<=noted\s)with|(?<=observed\s)with|(?<=found\s)with|(?<=seen\s)with)\s+(?:the\s+|mean\s+|their\s+)*"
    rf"(?P<x>[A-Za-z][^,;()\[\]]{{1,90}}?)(?=\s+(?:{STOP_AFTER})\b|\s*[,;:(\[]|\s*$)", re.I)
# The words that set an exposure beside an outcome ("Stroke was strongly related to incident dementia"),
# one pattern for every reader that looks for them.
ASSOCIATION_WORDS = r"(?:associated\s+with|related\s+to|linked\s+(?:to|with))"
# Words that make what follows "associated with" the outcome: "associated with less progressive disease"
COMPARATIVE_WORD = (r"(?:less|more|fewer|lower|higher|greater|reduced|increased|improved|better|worse|longer|shorter|"
                    r"decreased|elevated|smaller|larger)\b")
# The abbreviation a name holds, in brackets after its words: " (CT)" of "Chest computed tomographic (CT)
# improvements", two capitals at least (never a statistic's: "mean (SD) age"; no word: "(Morning)");
# dropped from the name as kept.
ABBREVIATION = r"\s\((?!(?:SD|SE|SEM|IQR|CI|ITT|PP)\))(?=(?:[^)]*[A-Z]){2})[A-Za-z][A-Za-z0-9-]{0,10}\)"
ABBREVIATION_IN_NAME = re.compile(ABBREVIATION)
SUBJECT = re.compile(
    r"^\W*(?:(?:results?|findings|main\s+results|outcomes?)\s*[:：]\s*)?(?:(?:however|moreover|furthermore|in addition|additionally|similarly|also|overall|in contrast|"
    r"importantly|notably|finally|thus|therefore|at \w+(?: \w+)?|after \w+(?: \w+)?)\s*,?\s+)?"
    # (the subject of a reported clause: "A retrospective study of 215 women found that survival …")
    r"(?:[A-Za-z][^,;()\[\]]{0,120}?\s+(?:found|showed|shows|indicated|indicates|suggested|suggests|reported|revealed|"
    r"demonstrated)\s+that\s+)?"
    r"(?:the\s+|a\s+|an\s+|mean\s+|median\s+|average\s+|both\s+|all\s+)*"
    # (a name may hold its abbreviation, "Chest computed tomographic (CT) improvements were")
    r"(?P<x>[A-Za-z](?:[^,;()\[\]]|" + ABBREVIATION + r"){1,90}?)\s+(?:was|were|did|had|has|have|showed|increased|decreased|improved|"
    r"declined|differed|remained|rose|fell|reduced|changed|tended|became|decreased|dropped|did not|was not|were not|occurred|"
    r"significantly|not)\b", re.I)
# "X was associated with …": X is the exposure ("Heavy drinking was associated with dementia", "FLOT
# was associated with less progressive disease"), unless X names an outcome and no comparative
# follows ("Mortality was associated with delayed surgery").
ASSOCIATED_AFTER = re.compile(r"\s+(?:\w+ly\s+)?" + ASSOCIATION_WORDS + r"\s+(?:an?\s+|the\s+)?(?P<comparative>(?:\w+ly\s+)?"
                              + COMPARATIVE_WORD + r")?", re.I)
OUTCOME_HEAD = re.compile(r"\b(?:mortality|deaths?|survival|risk|incidence|recurrence|relapse|remission|response|complications?|"
                          r"readmissions?|infections?|events?|outcomes?|rates?|scores?|levels?|length\s+of\s+stay)$", re.I)
# "were 70% more likely to have an MI", "less likely to develop dementia": what they were likely to have.
LIKELY_TO = re.compile(r"\b(?:more|less)\s+likely\s+to\s+(?:have|develop|experience|suffer|get|sustain|be\s+diagnosed\s+with)\s+"
                       r"(?:an?\s+|the\s+)?(?P<x>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,5})\s*[,;]?\s*$", re.I)
COMPARATIVE = re.compile(
    r"\b(?:higher|lower|greater|better|worse|shorter|longer|more|less|fewer|larger|smaller)\s+"
    # ("associated with less progressive disease (1% vs. 5%; p < 0.001), more R0-resections (…)":
    # each outcome of a list right before its own bracket of results, the one the clause ends in,
    # not a bracket of sizes or doses before it: "higher BMI (40 kg/m2 or more) had more …")
    r"(?P<x>[a-z][^,;()\[\]]{1,60}?)(?:\s+(?:in|than|with|among|for)\b|\s*(?=\(\s*[-−–]?\d[^()]*$))", re.I)
# "a lower risk of HHF (adjusted HR 0.74 ...)", "the odds of remission"
RISK_OF = re.compile(r"\b(?:risk|odds|hazard|incidence|rates?|likelihood)\s+of\s+(?:the\s+|a\s+|an\s+)?"
             r"(?P<x>[A-Za-z][^,;()\[\]]{1,60}?)(?=\s*[,;(\[]|\s+(?:and|or|but|was|were|is|are|had|has|in|among|with|than|compared|per|"
             # (a verb ends the event: "the rate of death showed a trend of reduction of 36%")
             r"showed|shows|tended|fell|rose|declined|dropped|decreased|increased|reduced|remained|did)\b|\s*$)", re.I)
# "Higher HDS was associated with lower diabetes risk": the outcome is after "associated with";
# what stands before it is the exposure.
ASSOCIATED = re.compile(
    r"\bassociated\s+with\s+(?:an?\s+|the\s+)?(?:(?:significantly|substantially|markedly)\s+)?"
    r"(?:lower|higher|reduced|increased|greater|decreased|elevated|smaller|larger)\s+"
    r"(?P<x>[A-Za-z][^,;()\[\]]{1,50}?)\s+(?:risk|incidence|odds|rates?|likelihood|hazard)\b", re.I)
ZH_MEASURE = re.compile(
    r"(?=[組组罹\-一-鿿0-9A-Za-z])(?:(?P<x>[\u4e00-\u9fffA-Za-z0-9\-]{1,12}?(?:评分|分数|总分|指数|水平|发生率|有效率|率|比例|时间|次数|含量|浓度|值|计数|天数|长度|距离|活动度|满意度|握力|肌力|疼痛(?!评分|評分|程度|积分|積分|指数|指數)))"
    # "失智症风险", "罹患失智症的风险": the risk of a diagnosis is the outcome (named by the diagnosis)
    # ("竞争风险" is a method, competing risks; "风险因素" are risk factors: neither an outcome)
    r"|(?:罹患|[\u4e00-\u9fff]{0,6}?[组組]的)?(?!竞争|競爭|较|較|更|显著|顯著|明显|明顯)(?P<risk>[\u4e00-\u9fffA-Za-z0-9\-]{2,10}?)的?(?:风险|危险)(?![比度因]))")
# "出现失智症之风险比为3.2": the ratio's outcome, named before 之/的.
ZH_RATIO_OF = re.compile(r"(?:出现|出現|发生|發生|罹患|患)?(?P<x>[\u4e00-\u9fff]{2,8}?)[之的](?:风险比|風險比|危险比|危險比|相对危险度|相對危險度|比值比)")
# "较高风险出现失智症": the risk of what follows it.
ZH_RISK_AFTER = re.compile(r"(?:风险|危险|風險|危險)性?(?:出现|出現|发生|發生|罹患|患)(?P<x>[\u4e00-\u9fff]{2,8}?)(?=[,，。;；(（\s]|$)")
LEADING = re.compile(r"^(?:the|a|an|mean|median|average|total|overall|their|its|our|both|all|statistically|"
                     r"significant(?:ly)?|no|not|any|estimated|observed)\s+(?!(?:and|or)\s)", re.I)  # ("total and abdominal fat" keeps it)
# How a figure was computed is no part of what it measures: "response rate from generalized
# linear mixed models", "rate by Kaplan-Meier analysis".
# (Not "in the per-protocol analysis": a population of its own, another result.)
HOW_COMPUTED = re.compile(r"\s+(?:from|using|based\s+on)\s+(?:the\s+|a\s+|an\s+)?[A-Za-z][\w\s-]{0,40}?"
                          r"(?:models?|regressions?|estimates?)$", re.I)
# "A primary outcome event occurred in …": the event is one of the outcome's.
OUTCOME_EVENT = re.compile(r"\b(outcome|end\s*-?\s*point)\s+events?$", re.I)
# A phrase that ends on an article or holds a verb of what people went through is a clause cut
# short, not a measure's name.
# (an article last: "group A" ends on an arm's letter, no article)
CLAUSE_NOT_NAME = re.compile(r"\s(?:a|an|the)$|\b(?i:resulted\s+in|experienced|discovered\s+that|led\s+to)\b")
TOO_GENERIC = {"there", "it", "this", "these", "they", "we", "did", "does", "do", "was", "were", "is", "are", "had", "has", "patients", "participants", "subjects",
               "group", "groups", "results", "result", "difference", "differences", "both groups", "the two groups",
               "all groups", "outcome", "outcomes", "analysis", "study", "treatment", "data", "as", "that",
               "which", "those", "both", "each", "neither", "either", "none", "one", "same", "findings",
               "association", "associations", "the association", "effect", "effects", "benefit", "trend",
               # who the participants were, not what the study measured
               "age", "median age", "mean age", "average age", "年龄", "平均年龄", "sex", "gender",
               # a comparison, not what was compared ("显著的较高风险")
               "较高", "较低", "更高", "更低", "較高", "較低", "高", "低", "增加", "降低",
               # how often, not of what ("remission was more frequent with drug K")
               "frequent", "common", "likely", "often", "rare", "prevalent", "frequently",
               # whose side a result is on ("a benefit in favour of the drug group"), not what it is of
               "favour", "favor", "in favour", "in favor",
               # a score or a rate of nothing named ("…等方面的评分比较差异无统计学意义")
               "评分", "評分", "积分", "積分", "分数", "分數", "得分", "score", "scores"}


# A section's label before a sentence: "Results: …", "RESULTS: …".
# (or a label with no colon, as a Chinese journal's English abstract prints it: "Results The pain score …")
SECTION_LEAD = re.compile(r"^\s*(?:results?|main\s+results|findings|methods?|conclusions?|outcomes?)\s*[:：]\s*|"
                          r"^\s*(?-i:(?:Results?|RESULTS?|Methods?|METHODS?|Conclusions?|CONCLUSIONS?|Objectives?|OBJECTIVES?))\s+(?-i:(?=[A-Z]))", re.I)
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# A word for "the share of" after 的: the measure is what comes before it.
SHARE_WORDS = {"比例", "比率", "百分比", "占比", "人数", "例数", "人數", "例數"}


TRAILING_TIME = re.compile(r"\s+(?:at|after|by|over|through|in)\s+(?:(?:weeks?|months?|days?|years?)\s+\d+(?:\.\d+)?|"
                           r"\d+(?:\.\d+)?[\s-]*(?:weeks?|months?|days?|years?|hours?))$", re.I)


# Words that end what was found, not what was measured: "检定后发现", "结果显示", "Results showed".
FOUND_WORDS = re.compile(r"(?:发现|發現|显示|顯示|表明|提示|证实|證實)$|\b(?:showed|found|revealed|indicated)$", re.I)


WHERE_IT_WENT = re.compile(r"to\s+(?:an?|the)\s+(?:median|mean|average|level|value)\b", re.I)


def _clean(phrase: str) -> str | None:
    """A phrase tidied into a name (``_cleaned``); none where what is left is too generic to
    name anything ("favour of the drug K group" leaves "favour")."""
    found = _cleaned(phrase)
    return None if found is None or found.lower() in TOO_GENERIC else found


def _cleaned(phrase: str) -> str | None:
    phrase = re.compile(r"\s+").sub(" ", phrase).strip(" .,-–—")  # ("a decline in heart failure – from 20% to 11%")
    phrase = SECTION_LEAD.sub("", phrase)
    # "the proportion of patients returning to prestroke functional level": what they reached.
    phrase = re.compile(r"^(?:the\s+)?(?:proportion|percentage|share|number|rate)\s+of\s+(?:patients|participants|subjects|people|children|"
                        r"adults|women|men)\s+(?:(?:who|that)\s+(?:were|had|achieved|reached|attained|experienced)\s+|"
                        r"(?:experiencing|achieving|reaching|attaining|having)\s+|(?=\w+ing\b))", re.I).sub("", phrase)
    for _ in range(3):
        phrase = LEADING.sub("", phrase)
    # "the response rate at week 12": when it was measured is no part of its name.
    phrase = TRAILING_TIME.sub("", phrase)
    # "discontinuation rate in the trial": where it was measured is no part of its name either.
    phrase = re.compile(r"\s+(?:in|of)\s+(?:the|this|our)\s+(?:trial|study|cohort|analysis)$", re.I).sub("", phrase)
    phrase = OUTCOME_EVENT.sub(r"\1", HOW_COMPUTED.sub("", phrase))
    # "第14天治疗组H-B评分": when, then whose, then what was measured.
    phrase = re.compile(r"^(?:第\s*\d+\s*(?:天|日|周|週|个月|個月|月|年)|(?:治疗|治療)?\d+\s*(?:天|周|週|个月|個月|年)(?:后|後|时|時)?|"
                        r"(?:治疗|治療)(?:前后|前後|前|后|後))[，,]?\s*").sub("", phrase)  # ("治疗后疼痛评分": the pain score)
    # "65岁以上总失智盛行率": an age band says whose it is, not what (its number may be read
    # as a value already, leaving "岁以上…").
    phrase = re.compile(r"^(?:\d{1,3}\s*)?(?:岁|歲|周岁|週歲)(?:及?以上|及?以下)?(?:的|之)?(?=[\u4e00-\u9fff])").sub("", phrase)
    # "了主要终点", "则与心血管疾病死亡": a function word left from the clause before is no part
    # of a name; "呋喃唑酮与对照组不良反应发生率": the arms compared, then what was compared.
    # (Only particles that begin no term: 并发症, 在院死亡率, 还原型谷胱甘肽, 即刻止痛率 keep theirs.)
    phrase = re.compile(r"^(?:了|于|於|则|則|而|但)(?=[\u4e00-\u9fffA-Za-z]{2})").sub("", phrase)
    # "有3篇文献对兼症消失率…": how many of a review's papers reported it, no part of what it is
    # (not "10个研究中心不良反应发生率": the centres' rate)
    phrase = re.compile(r"^(?:有\s*\d+\s*(?:篇|项|項)(?:文献|文獻|研究|试验|試驗)(?:对|對|报道了?|報導了?)?|"
                        r"\d+\s*(?:篇|项|項)(?:文献|文獻|研究|试验|試驗)(?:对|對|报道了?|報導了?))(?=[\u4e00-\u9fffA-Za-z]{2})").sub("", phrase)
    phrase = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{1,12}?(?:与|與|和|较|較)(?:对照|對照|安慰剂|安慰劑)[组組](?:的)?(?=[\u4e00-\u9fff])").sub("", phrase)
    if FOUND_WORDS.search(phrase) or re.compile(r"^(?:检定|檢定|分析|统计|統計)").search(phrase):
        return None  # ("检定后发现": what was found, not what was measured)
    if WHERE_IT_WENT.match(phrase):
        return None  # ("reduced to a median of 60 minutes": where it went, not what)
    phrase = re.compile(r"\s+as$", re.I).sub("", phrase)  # ("higher sodium levels as compared to …")
    # "三组的缓解率", "治疗组的住院时间": whose it is, then what was measured.
    # (not a word that holds 组: "软组织", "组胺")
    phrase = re.compile(r"^(?:[两兩三四各](?:个|個)?[组組]|[\u4e00-\u9fff]{1,6}?[组組](?![织織胺]))的?(?=[\u4e00-\u9fffA-Za-z])").sub("", phrase)
    # "针灸治疗卵巢早衰的有效率", "HBe转阳的血清转换应答率": the measure is what follows the last 的.
    head = phrase.rsplit("的", 1)[-1] if "的" in phrase else phrase
    if head != phrase and re.compile(r"^(?:所需)?(?:中位|平均)?(?:时间|時間|天数|天數)$").match(head):
        # "…獲得至持續臨床改善的所需中位時間": the time to what is named before 的, since the
        # last word that leads to it.
        before = re.split(r"[了至到为為是者]", phrase.rsplit("的", 1)[0])[-1]
        head = phrase = f"{before}的{head}" if len(HAN_CHAR.findall(before)) >= 2 else head
    if head != phrase and head in TOO_GENERIC:
        return None  # "显著的高(风险)": a comparison, what was compared is not named here
    if head in SHARE_WORDS:
        # "逆转IGT到正常糖耐量的比例": the share of what is named before 的 (after any time or
        # count: "在14天内获得主要症状缓解的比例" is the share with symptom resolution).
        before = whole = phrase.rsplit("的", 1)[0].split("的")[-1]
        before = re.compile(r"^.*\d[天日周週月年个個内內后後时時例名人]*").sub("", before)
        if re.compile(r"^[%％]?(?:或|及)?(?:以上|以下)").match(before):
            before = whole  # ("减重5%或以上的比例": the share reaching the bound, the bound its own)
        before = re.compile(r"^(?:获得|獲得|出现|出現|达到|達到|实现|實現|发生|發生)").sub("", before)
        # (What is left must be a name: "血压<140/90 mmHg的比例" leaves "mmHg", "第2组的比例" "组".)
        phrase = before if len(HAN_CHAR.findall(before)) >= 2 else head
    elif head != phrase and len(re.compile(r"[\u4e00-\u9fffA-Za-z]").findall(head)) >= 2:
        phrase = head
    # "this level of response": what it refers back to is not named here.
    if re.compile(r"^(?:this|that|these|those|such|it|its)\b", re.I).match(phrase):
        return None
    # A phrase cut off before its number ends on a bound ("at least" 25%): without it, it
    # may be nothing. Saying what an arm was ("the sham group acted as a control") names no
    # outcome.
    phrase = re.compile(r"(?:\s+(?:at\s+least|more\s+than|less\s+than|about|approximately))+$",
                        re.I).sub("", " " + phrase).strip()
    if re.compile(r"\b(?:group|arm)\s+(?:acted|served|was|were|received)\b|^(?:than|in|among|between|on|at(?!\s+least)|of|for|by|with)\b",
                  re.I).search(phrase):
        return None  # (a phrase that opens on a preposition is the tail of one: "than", "in group I")
    words = phrase.split()
    if re.compile(r"[%％]?[或及]?以[上下]").fullmatch(phrase):
        return None  # ("15%或以上": a bound, its share's name said before it)
    if not words or len(words) > 12 or phrase.lower() in TOO_GENERIC or words[0].lower() in ("when", "while", "as", "which", "that", "and", "or", "but") or not re.compile(r"[A-Za-z\u4e00-\u9fff]").search(phrase):
        return None
    if re.compile(r"[\d.,%±-]+").fullmatch(words[0]):
        return None
    # Who the participants were is not what was measured ("the mean age of the whole cohort").
    # (Weight and BMI can be outcomes; age and sex never are.)
    if re.compile(r"^(?:age|ages|aged|sex|gender)\b|^(?:年龄|性别)", re.I).search(phrase):
        return None
    # Who did the analysis is not what was measured ("研究团队另以倾向分数…", "the researchers").
    if re.compile(r"研究团队|研究人员|研究者|作者|我们|\b(?:researchers|authors|investigators|we)\b", re.I).search(phrase):
        return None
    # "Time to tube removal in the TEA group": whose it was is no part of what was measured.
    phrase = IN_AN_ARM_AT_END.sub("", phrase)
    words = phrase.split()
    if not words:
        return None
    if PEOPLE_BY_TREATMENT.match(phrase):
        return None  # ("Patients taking drug A or drug B": who, by what they took)
    # "Seventeen patients", "all participants", "the acupuncture groups": who, not what was
    # measured ("the proportion of patients with remission" is a measure).
    from .numbers import english_number
    if english_number(words[0]) is not None or re.compile(
            r"(?:\b(?:patients?|participants?|subjects?|people|men|women|children|adults|infants|neonates|newborns|"
            r"individuals|persons|cases|groups?|arms?|cohorts?)|"
            r"患者|病例|受试者)$",
            re.I).search(phrase):
        return None
    if CLAUSE_NOT_NAME.search(phrase):
        return None  # ("Laparoscopic appendicectomy resulted in a", "Groups treated with X experienced": a clause cut short)
    return phrase


# What a verb did to, or what people were likelier to reach: "drug K increased the remission
# rate", "had a remission rate of", "were more likely to achieve remission than".
OBJECT = re.compile(
    r"\b(?:(?:increase[ds]?|decrease[ds]?|improve[ds]?|reduce[ds]?|lower(?:ed|s)?|raised|doubled|halved|achieved|had|showed|yielded|produced)\s+"
    r"(?:(?:the|an?|its|their)\s+|a\s+(?:higher|lower|greater|better|worse)\s+)?(?:(?:significantly\s+)?(?:more|less)\s+(?=\S+\s))?"
    r"|(?:more|less)\s+likely\s+to\s+(?:achieve|have|reach|experience|develop|attain|report|be|carry|need|require|use|receive)\s+"
    r"(?:an?\s+|the\s+)?)"
    # (not "to" after "time": "a median time to response of 1.0 month" names time to response)
    r"(?P<x>[A-Za-z][^,;()\[\]]{1,60}?)(?=\s+(?:of|was|were|by|(?<!\btime\s)to|from|compared|versus|vs|than|in|with|at|for|when|while|"
    r"whereas|but|independent(?:ly)?)\b|\s*[,;(\[]|\s*$)", re.I)


COMPARATIVE_LEAD = re.compile(r"^(?:(?:significantly|statistically|markedly|much|slightly)\s+)*(?:higher|lower|greater|better|worse|superior|inferior|"
                              r"smaller|larger|shorter|longer|low|high|reduced|increased|improved)\s+", re.I)
RATIO_FOR = re.compile(r"\s*(?:\([^()]{1,10}\)\s*)?(?:associated\s+with|for|of)\s+(?:the\s+|a\s+|an\s+)?"
                       r"(?P<x>[A-Za-z][^,;()\[\]]{1,60}?)(?=\s*[,;(\[]|\s+(?:and|or|but|was|were|in|among|with|than|compared)\b|\s*$)", re.I)
# The name of a statistic is not an outcome ("a low odds ratio").
STATISTIC_NAME = re.compile(r"^(?:odds|hazard|risk|rate)\s+ratios?$|^(?:risk|odds|incidence|rate|likelihood|difference|effect)s?$", re.I)


def object_phrase(clause: str, last: bool = False) -> str | None:
    """The outcome a clause names after its verb, for when its subject is an arm.

    >>> object_phrase("drug K increased the remission rate "), object_phrase("The drug K group had a remission rate of ")
    ('remission rate', 'remission rate')
    >>> object_phrase("Patients given drug K were more likely to achieve remission than those given placebo ")
    'remission'
    >>> object_phrase("the propofol group had a lower incidence of emergence agitation "), object_phrase("had a low odds ratio ")
    ('emergence agitation', None)
    >>> object_phrase("the X group had significantly low odds ratio (OR) associated with VSF ")
    'VSF'

    """
    for m in (reversed(list(OBJECT.finditer(clause))) if last else OBJECT.finditer(clause)):
        what = COMPARATIVE_LEAD.sub("", m.group("x"))
        # "a lower incidence of emergence agitation": the outcome is what it is the incidence of.
        # "a low odds ratio (OR) associated with VSF": what the ratio is of.
        of = (RISK_OF.match(clause, m.end("x") - len(what)) or RATIO_FOR.match(clause, m.end("x"))) \
            if STATISTIC_NAME.match(what) else None
        found = _clean(of.group("x") if of else what)
        if found and not STATISTIC_NAME.match(found):
            return found
    return None


# Where the words right before a result's bracket start naming its outcome: after a verb of
# change or effect ("decrease the occurrence of | angina (RR …)", "result in | diabetes"), after
# "of", after a change's noun and "in" ("differences in | CHD deaths"), after a list's comma or
# "and". Any other word before them (a linking verb, "to", "in patients with", "among") makes
# them a predicate or a subgroup, no outcome ("was seen early", "superior to placebo", "in never
# smokers").
# (verbs of change or effect, after which an outcome is named)
_CHANGE_VERBS = (r"showed|show|shows|had|has|have|decreased?|decreases|reduced?|reduces|increased?|increases|lowered|lowers|"
                 r"improved|improves|prevented|prevents|caused|causes|experience|experienced|develop|developed")
PHRASE_BOUNDARY = re.compile(r"[,;:()]|\b(?:compared\s+(?:with|to)|relative\s+to|of|in|on|for|with|and|or|than|but|between|among|versus|vs|"
                             r"was|were|is|are|to|resulted|results?|" + _CHANGE_VERBS + r")\b", re.I)
OUTCOME_OPENS_AFTER = re.compile(r"^(?:[,;:()]|of|and|or|but|" + _CHANGE_VERBS + r")$", re.I)
CHANGE_NOUN_IN = re.compile(r"\b(?:(?:reductions?|decreases?|increases?|differences?|improvements?|changes?)\s+in|(?:results?|resulted)\s+in|"
                            r"led\s+to|" + ASSOCIATION_WORDS + r")$", re.I)
LEADING_MODIFIERS = re.compile(r"^(?:(?:the|a|an|any|superior|inferior|better|worse|greater|higher|lower|significant(?:ly)?|fewer|more|"
                               r"less|similar|not|no|overall)\s+)+", re.I)
RISK_AT_END = re.compile(r"(?<=\w)\s+(?:risk|odds|hazard|likelihood)$", re.I)
ABBREVIATION_AT_END = re.compile(r"\s*\([A-Za-z0-9\-]{1,10}\)\s*$")


def noun_before_bracket(text: str) -> str | None:
    """The outcome named by the words right before a result's bracket, in an English clause.

    >>> noun_before_bracket("Statins can effectively decrease the occurrence of angina ")
    'angina'
    >>> noun_before_bracket("The acupuncture groups showed superior pain improvement ")
    'pain improvement'
    >>> noun_before_bracket("), nonfatal myocardial infarction (MI) "), noun_before_bracket("were more likely to result in diabetes")
    ('nonfatal myocardial infarction', 'diabetes')
    >>> noun_before_bracket("was reduced in the treated group "), noun_before_bracket("and 12 weeks ")
    (None, None)
    >>> noun_before_bracket("was associated with lower gout risk "), noun_before_bracket("there were no differences in CHD deaths ")
    ('gout', 'CHD deaths')
    >>> noun_before_bracket("The benefit was seen early "), noun_before_bracket("results were similar in never smokers ")
    (None, None)
    >>> noun_before_bracket("were more likely to experience one or more 90-day postoperative complications ")
    '90-day postoperative complications'
    >>> noun_before_bracket("were likelier to experience postoperative delirium ")
    'postoperative delirium'
    """
    text = ABBREVIATION_AT_END.sub("", text)
    cuts = list(PHRASE_BOUNDARY.finditer(text))
    if cuts:
        last = cuts[-1]
        word = last.group().strip().lower()
        if not (OUTCOME_OPENS_AFTER.match(word) or (word in ("in", "to", "with") and CHANGE_NOUN_IN.search(text[:last.end()]))):
            return None  # ("The benefit was seen early", "superior to placebo", "in never smokers")
    tail = text[cuts[-1].end() if cuts else 0:].strip()
    tail = RISK_AT_END.sub("", LEADING_MODIFIERS.sub("", tail))  # ("lower gout risk": the risk of gout)
    # (a name may open on its time: "90-day postoperative complications")
    if not 1 <= len(tail.split()) <= 5 or not re.compile(r"^(?:\d+-[A-Za-z]+\s+)?[A-Za-z][A-Za-z0-9\-' ]*$").match(tail):
        return None
    return _clean(tail)


PEOPLE_BY_TREATMENT = re.compile(r"^(?:the\s+)?(?:patients|participants|people|those|subjects|women|men|children|adults)\s+"
                                 r"(?:taking|given|receiving|on|treated\s+with|who\s+(?:took|received|were))\b", re.I)
IN_AN_ARM_AT_END = re.compile(r"\s+(?:in|for|of|among|with|by)\s+(?:the\s+)?(?:[\w+\-]+\s+){1,4}(?:groups?|arms?)$", re.I)
ARM_AS_SUBJECT = re.compile(r"\b(?:groups?|arms?)\s*$", re.I)
TREATMENT_AS_SUBJECT = re.compile(r"\b(?:therapy|therapies|treatment|drug|vaccine|vaccination|intervention|transplant(?:ation)?|"
                                  r"injections?|supplementation|regimen)\s*$", re.I)
# What a comparative may qualify that is no outcome: "a larger proportion (…) reached normal blood pressure"
NO_OUTCOME_HEADS = {"proportion", "percentage", "share", "number", "patients", "participants", "people", "subjects",
                    "reduction", "increase", "decrease", "improvement", "change", "difference", "rate", "risk"}
# Heads that name nothing without what they are of: "the number of falls", "activities of daily living"
OF_SOMETHING = {"number", "quality", "duration", "severity", "incidence", "rate", "risk", "frequency", "level", "levels",
                "proportion", "activities", "length", "occurrence", "use", "time"}
OF_WHAT = (r"\s+of\s+(?:the\s+)?(?P<w>[A-Za-z][\w\-]*(?:\s+(?!(?:and|but|in|at|as|compared|than|by|with|versus|vs|"
           r"or|was|were|from|after|during|among|under|for|to|over|within)\b)[A-Za-z][\w\-]*){0,3})")
PEOPLE_WORD = re.compile(r"(?:patients|participants|people|subjects|children|adults|women|men)\b", re.I)
TREATMENT_VERB = re.compile(r"\b(?:did(?:\s+not)?|improved|increased|decreased|reduced)$", re.I)


def _what_a_treatment_acted_on(clause: str, subject: int) -> str | None:
    """The outcome a treatment as a clause's subject acted on, the last one named ("the cell therapy
    did not improve the myocardial viability", "did not improve survival but increased nausea"),
    whole where its head names nothing alone ("the number of falls"); "" where it names no outcome
    ("the number of patients with wheezing"), None where no object is named.

    >>> _what_a_treatment_acted_on("The intervention did not reduce the number of falls (", 4)
    'number of falls'
    """
    found = object_phrase(clause[subject:], last=True)
    if not found or found.split()[-1].lower() not in OF_SOMETHING:
        return found
    # (what it is of, right where the last object was named: "the quality of sleep but improved the
    # quality of life (P = 0.03)" is the quality of life)
    whole = re.compile(re.escape(found) + OF_WHAT, re.I).match(clause, clause.lower().rfind(found.lower()))
    return "" if whole is None or PEOPLE_WORD.match(whole["w"]) else f"{found} of {whole['w']}"


# People as the subject, then what they reached: "Many participants with FD achieved remission",
# "More patients on drug K had a response".
PEOPLE_REACHED = re.compile(r"^\W*(?:(?:many|more|fewer|most|some|all)\s)?(?:the\s)?"
                            r"(?:patients|participants|people|subjects|women|men|children|adults)"
                            r"(?:\swith\s[\w\-]+)?\s(?P<verb>achieved|attained|reached|had|experienced|developed)\b", re.I)


# What a result was adjusted for, and the follow-up it was over, at a clause's end (each
# stripped in turn: one pattern of both, repeated, backtracked badly).
ADJUSTED_AT_END = re.compile(r"\s*,?\s*(?:(?:after|when)\s+(?:accounting|adjusting|controlling)|(?:after\s+)?adjust(?:ment|ed)|controlled)"
                             # (no verb or new clause after it: "the dose was adjusted for renal function and the rate …
                             # was lower", "after adjusting for each student, but show a better satisfaction")
                             r"\s+for\b(?:(?!\b(?:was|were|had|has|is|are|but|whereas|while|shows?|showed)\b)[^()\[\]])*[(\[]?\s*$", re.I)
OVER_TIME_AT_END = re.compile(r"\s+(?:through|during|over|within)\s+(?:an?\s+)?(?:(?:average|mean|median)\s+(?:of\s+)?)?"
                              r"(?:about\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s+(?:years?|months?)(?:\s+of\s+follow[- ]?up)?\s*[(\[]?\s*$", re.I)


@lru_cache(maxsize=4096)  # (a clause repeated through a page, or asked of by each of its values, is read once)
def measure_phrase(clause: str) -> str | None:
    """The outcome a result clause speaks of, as written, or None.

    >>> measure_phrase("Many participants with FD achieved remission of their symptoms with drug K compared to placebo ")
    'remission'
    >>> measure_phrase("Patients had a median time to response of 1.0 month")
    'time to response'

    >>> measure_phrase("A significant reduction in daily nursing workload for glucose control was found in the intervention group")
    'daily nursing workload for glucose control'
    >>> measure_phrase("Nonsignificant rate reductions were seen for recurrent stroke in the intensive group")
    'recurrent stroke'
    >>> measure_phrase("Time to death was significantly longer in other groups than in the control group")
    'Time to death'
    >>> measure_phrase("the PaO2 : FIO2 ratios were statistically significantly higher in the dexmedetomidine group")
    'PaO2 : FIO2 ratios'
    >>> measure_phrase("GLP-1 RAs were associated with a lower risk of HHF ")
    'HHF'
    >>> measure_phrase("Higher HDS was associated with lower diabetes risk ")
    'diabetes'
    >>> measure_phrase("患者住院时间明显缩短"), measure_phrase("65岁以上总失智盛行率是")
    ('患者住院时间', '总失智盛行率')
    >>> measure_phrase("呋喃唑酮与对照组不良反应发生率分别为"), measure_phrase("检定后发现"), measure_phrase("并发症发生率明显降低")
    ('不良反应发生率', None, '并发症发生率')
    >>> measure_phrase("研究组个案有显著的较高风险出现失智症 (hazard ratio"), measure_phrase("其出现失智症之风险比为 3.2")
    ('失智症', '失智症')
    >>> measure_phrase("those with AF were 70% more likely to have an MI through an average of 7 years of follow-up after accounting for other factors ")
    'MI'
    """
    # (what the result was adjusted for, and over how long, close the clause after its outcome:
    # "… to have an MI through about 7 years of follow-up after accounting for other risk factors")
    for _ in range(3):
        stripped = OVER_TIME_AT_END.sub("", ADJUSTED_AT_END.sub("", clause))
        if stripped == clause:
            break
        clause = stripped
    people = PEOPLE_REACHED.match(clause)
    if people:
        # "Many participants achieved remission … with drug K compared to placebo": who they
        # were is no outcome; what they reached is.
        found = object_phrase(clause[people.start("verb"):])
        if found:
            return found
    for pattern in (RISK_OF, LIKELY_TO, ASSOCIATED, AFTER_CHANGE, SUBJECT, COMPARATIVE):
        for m in pattern.finditer(clause):
            if pattern is COMPARATIVE and m.group("x").strip().lower() in NO_OUTCOME_HEADS:
                continue  # ("A larger proportion (45% vs 20%) reached …", "Fewer patients (12% vs 25%) discontinued …")
            if pattern is SUBJECT and (assoc := ASSOCIATED_AFTER.match(clause, m.end())) is not None \
                    and (assoc["comparative"] or not OUTCOME_HEAD.search(m.group("x").strip())):
                continue  # (the exposure of "X was associated with …", ``ASSOCIATED_AFTER``)
            if pattern is SUBJECT and TREATMENT_AS_SUBJECT.search(m.group("x")) and TREATMENT_VERB.search(m.group()) \
                    and (acted_on := _what_a_treatment_acted_on(clause, m.start("x"))) is not None:
                if acted_on:
                    return acted_on
                continue  # ("the number of patients with wheezing": no outcome named)
            found = _clean(m.group("x"))
            if found:
                return found
            if pattern is SUBJECT and (ARM_AS_SUBJECT.search(m.group("x")) or PEOPLE_BY_TREATMENT.match(m.group("x").strip())):
                # "the whey protein group reduced more total and abdominal area fat": an arm is
                # the subject, what its verb changed the outcome.
                found = object_phrase(clause[m.start("x"):])
                if found:
                    return found
    if clause.isascii():
        return None  # (the patterns below each need a Chinese word)
    ratio = ZH_RATIO_OF.search(clause)
    if ratio is not None:
        what = re.compile(r"^.*(?:出现|出現|发生|發生|罹患)").sub("", ratio.group("x"))
        if _clean(what):
            return _clean(what)
    after = ZH_RISK_AFTER.search(clause)
    if after is not None and _clean(after.group("x")):
        return _clean(after.group("x"))  # "风险出现失智症": named after its risk
    m = ZH_MEASURE.search(clause)
    if m:
        return _clean(m.group("x") or m.group("risk"))
    return None


# What a name picked up from the words around it: a conjunction or a time before it ("和不良反应
# 发生率", "治疗后疼痛评分"), a verb of change or a preposition after it ("症状性流感减少",
# "migraine attacks of").
# (Not the first character of a word: 并发症, 其他, 及时, 而言.)
_LEADING_ZH = re.compile(r"^(?:和|及(?![时時格])|与|與|以及|或|同时(?![性期])|同時(?![性期])|使(?![用役])|并(?![发發])|並(?![發发])|而|且|其(?![他它余餘])|的|"
                         r"(?:治疗|治療|疗|療)(?:前后|前後|前|后|後)|"
                         # "各组间出血转化率": between the groups (not 间质, 间皮瘤, 间充质: words)
                         r"[两兩三各]?[组組][间間](?:的)?|[两兩三各][组組](?:的)?)+")
# (Not the name of an adverse event: 血小板减少, 白细胞减少, 中性粒细胞减少 are thrombocytopenia, ...)
_TRAILING_ZH = re.compile(r"(?<!细胞)(?<!細胞)(?<!血小板)(?<!血红蛋白)(?<!血紅蛋白)"
                          r"(?:明显|明顯|显著|顯著|均|都|则|則|也|的)?(?:减少|減少|下降|降低|增加|提高|升高|上升|改善|缩短|縮短|延长|延長)+$")
# (Not 患者 alone, nor 在: "患者满意度" is patient satisfaction, "在院死亡率" in-hospital mortality.)
# (Nor 中 after the people, the first of 中位; nor 医院 opening the name, "医院感染率", "医院焦虑抑郁量表";
# nor 了 of 了解.)
_WHOSE_ZH = re.compile(r"^(?:了(?!解)|[于於]|在(?![院校线線职職])|[\u4e00-\u9fffA-Za-z0-9\-]{1,10}?(?:患者|病人|受试者|受試者)的?|"
                       r"[\u4e00-\u9fffA-Za-z0-9\-]{1,10}?(?:医院|醫院)的?|达到|達到|提高|随访时|隨訪時|"
                       # ("A组颈椎活动度": whose arm, before what was measured of it)
                       r"[\u4e00-\u9fffA-Za-z0-9\-]{1,8}?[组組](?![织織合成分间間])的?)+")
CAUSE_ZH = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9\-]{1,8}?(?:同时|同時)?使(?![用役])(?=[\u4e00-\u9fffA-Za-z]{2})")
_TRAILING_EN = re.compile(r"(?:\s+(?:of|in|for|by|with|and|or|to|from|at|the|was|were|is|are))+$", re.I)


def tidy_name(name: str) -> str:
    """A measure's name as written, without the words around it that are no part of it.

    >>> tidy_name("和不良反应发生率"), tidy_name("治疗后疼痛评分"), tidy_name("症狀性流感減少")
    ('不良反应发生率', '疼痛评分', '症狀性流感')
    >>> tidy_name("各组间出血转化率"), tidy_name("各组间的出血转化率"), tidy_name("间充质干细胞存活率")
    ('出血转化率', '出血转化率', '间充质干细胞存活率')
    >>> tidy_name("migraine attacks of"), tidy_name("减少")
    ('migraine attacks', '减少')
    >>> tidy_name("慢性患者远期死亡"), tidy_name("提高ACLF患者8周生存率"), tidy_name("和信醫院五年觀察存活率"), tidy_name("了主要终点")
    ('远期死亡', '8周生存率', '五年觀察存活率', '主要终点')
    >>> tidy_name("随访时总评分"), tidy_name("患者满意度"), tidy_name("在院死亡率"), tidy_name("组患者疗后患侧握力")
    ('总评分', '患者满意度', '在院死亡率', '患侧握力')
    >>> tidy_name("A组颈椎活动度"), tidy_name("在校学生近视率"), tidy_name("同时性肝转移发生率"), tidy_name("组织学评分")
    ('颈椎活动度', '在校学生近视率', '同时性肝转移发生率', '组织学评分')
    >>> tidy_name("贴剂使膝关节炎疼痛"), tidy_name("新型敷料同时使创面疼痛"), tidy_name("使用率")
    ('膝关节炎疼痛', '创面疼痛', '使用率')
    >>> tidy_name("老年患者中位起效时间"), tidy_name("医院感染率"), tidy_name("了解率")
    ('中位起效时间', '医院感染率', '了解率')
    >>> tidy_name("并发症发生率"), tidy_name("其他不良反应发生率"), tidy_name("血小板减少"), tidy_name("中性粒细胞减少")
    ('并发症发生率', '其他不良反应发生率', '血小板减少', '中性粒细胞减少')
    """
    # ("贴剂使膝关节炎疼痛": what made it change, before 使, is no part of what changed)
    tidied = _TRAILING_EN.sub("", _TRAILING_ZH.sub("", _LEADING_ZH.sub("", CAUSE_ZH.sub("", name.strip()))))
    # "患者远期死亡", "提高ACLF患者8周生存率", "…醫院五年觀察存活率", "了主要终点", "随访时总评分": who it
    # was measured in, where, a verb or a particle before it, and when, are no part of what it is.
    whose = _LEADING_ZH.sub("", _WHOSE_ZH.sub("", tidied))  # ("组患者疗后患侧…活动度": whose, then when)
    if whose != tidied and len(HAN_CHAR.findall(whose)) >= 2:
        tidied = whose
    # (What is left must still name something: two characters of a Chinese name, a word.)
    return tidied if len(HAN_CHAR.findall(tidied)) >= 2 or re.compile(r"[A-Za-z]{2,}").search(tidied) else name
