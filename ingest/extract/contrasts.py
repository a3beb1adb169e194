"""The two sides of a contrast that no arm names, in the sentence's own words.

A cohort compares levels of an exposure and a subgroup analysis compares its subgroups;
neither has arms that an allocation sentence named. Their sentences name the two sides
themselves.

>>> contrast("Compared with those in the lowest quarter of food consumption, participants in the "
...          "highest quarter had a 4% higher all-cause mortality")
Contrast(group='highest quarter', versus='lowest quarter')

The phrases are cut from the text and trimmed of the people they describe ("participants
in the"); nothing is made up, except that those without a trait are named by it: "no
diabetes" for "those without". An exposure "associated with" a result is set against
``reference``, the study's reference category, which that sentence leaves unnamed; any
other contrast with a side not named is not known.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .clauses import in_brackets
from .phrases import ASSOCIATION_WORDS, SECTION_LEAD


class Contrast(NamedTuple):
    group: str
    versus: str
    trait: bool = False  # those with a trait against those without it ("diabetes" vs "no diabetes")

    def __repr__(self) -> str:
        return f"Contrast(group={self.group!r}, versus={self.versus!r}{', trait=True' if self.trait else ''})"


# Words that name the people on a side, not the side: "participants in the highest quarter".
PEOPLE = (r"(?:those|participants|patients|people|persons|individuals|subjects|adults|children|women|men|"
          r"users|respondents|cases|ones)")
LEAD = re.compile(r"^(?:(?:the|a|an)\s+)?(?:" + PEOPLE + r"\s+(?:who\s+(?:were\s+(?:given|treated\s+with)|received|underwent|were|are|had|have|"
                  r"used|took)\s+|treated\s+with\s+|(?:in|with|from|on|taking|receiving|given|having|of)\s+)(?:the\s+|a\s+|an\s+)?)?"
                  r"(?:(?:the|a|an)\s+)?", re.I)
# A quantile of an exposure is named by its rank: "the lowest quarter of ultra-processed food
# consumption" is the lowest quarter.
QUANTILE = re.compile(r"^((?:highest|lowest|top|bottom|upper|lower|middle|first|second|third|fourth|fifth)\s+"
                      r"(?:quarter|quartile|quintile|tertile|third|decile|category|group)s?)\s+of\s+.+$", re.I)
# Where a phrase stops: punctuation, a verb, a number, a time.
PHRASE_END = re.compile(r"[,;:()\[\]，；：（）、]|\s(?:had|has|have|was|were|is|are|showed?|experienced|exhibited|displayed|demonstrated|"
                        r"did|does|do|reported|developed|achieved|at|during|after|over|within|by|for|and\s+(?:a|an)\s|"
                        # (what a treatment did: "Compared with placebo, drug Q reduced the risk …")
                        r"(?:significantly\s+)?(?:reduced|lowered|cut|decreased|increased|raised|halved|prevented|improved|doubled))\b(?!-)|"
                        r"\s(?=\d)", re.I)
COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?|"
                      r"as\s+opposed\s+to)\s+", re.I)
THAN = re.compile(r"\b(?:lower|higher|greater|fewer|more|less|smaller|larger|better|worse)\b[^,;()]{0,60}?\bthan\s+"
                  r"(?!(?:expected|before|baseline|usual|in\s+the\s+past)\b)", re.I)
# A side that is a time, not a group: "in the first month than in the second month".
TIME_SIDE = re.compile(r"\b(?:days?|weeks?|months?|years?|visits?|periods?|phases?|baseline|follow-up)\b", re.I)
# "better in A than in B", "higher among A than among B": both sides named after a preposition.
BETTER_IN_THAN_IN = re.compile(r"\b(?:lower|higher|greater|fewer|more|less|smaller|larger|better|worse|longer|shorter)\s+"
                               r"(?:in|among|for|with)\s+(?P<a>[^,;()]{2,60}?)\s+than\s+(?:in|among|for|with)\s+"
                               r"(?P<b>[^,;()]{2,60}?)(?=\s*[,;(]|\s*\.?$)", re.I)
REFERENCE = "reference"
# ("… suggested use of finerenone was associated with …": "that" left out)
REPORTED = re.compile(r"\b(?:(?:showed|shows|found|finds|demonstrated|demonstrates|indicated|suggests|suggested|revealed)\s+(?:that\s+)?|"
                      r"(?<![-\w])reported\s+that\s+)", re.I)
# What may stand before a sentence's opening "Compared with ...": a label, a connective.
OPENING = re.compile(r"\s*(?:[A-Za-z\u4e00-\u9fff ]{1,20}[:：])?\s*(?:(?:however|moreover|overall|in\s+addition|similarly|"
                     r"in\s+contrast|by\s+contrast|importantly|notably)\b)?[\s,，]*", re.I)
# ("Stroke was strongly related to incident dementia (OR …)": related to, linked to, as associated with)
ASSOCIATED = re.compile(r"\s(?:was|were|is|are)\s+(?:\w+\s+)?" + ASSOCIATION_WORDS + r"\b", re.I)
# "the risk of dementia was significantly increased by incident AF (HR …)": the exposure after
# "by" (a word, never "by 20%").
RISK_CHANGED_PASSIVE = re.compile(r"\b(?:risks?|odds|hazards?|incidence|likelihood)\s+of\s+[^,;()\[\]]{1,60}?\s+(?:was|were)\s+"
                                  r"(?:\w+\s+)?(?:increased|raised|reduced|lowered|decreased|elevated)\s+by\s+(?:treatment\s+with\s+)?"
                                  r"(?!" + r"(?:approximately|about|nearly|almost|roughly|around|more|less|over|up|at\s+least|one|a|an|half|"
                                  r"two|three|four|five|a\s+third|a\s+quarter|\w+fold|twice|double)\b)"
                                  r"(?P<x>[A-Za-z][^,;()\[\]]{1,60}?)(?=\s+(?:with|compared|versus|vs|than|after|even|in|among|for)\b|"
                                  r"\s*[,;(\[]|\s*$)", re.I)
# "X increased the risk of", "X significantly reduced the odds of": X changed a risk.
# (The verb's object, "the risk", not the adjective of "associated with a reduced risk of".)
RISK_CHANGED_BY = re.compile(r"\s(?:(?:significantly|substantially|markedly|independently|also|further|still|even|neither|not)\s+)*"
                             r"(?:increased|raised|reduced|lowered|"
                             r"decreased|doubled|tripled|elevated)\s+(?:the|their|its)\s+(?:\w+\s+)?(?:risks?|odds|hazards?|"
                             r"incidence|likelihood)\s+(?:of|for)\b", re.I)
RATIO_NAMED = re.compile(r"\b(?:a?HRs?|ORs?|RRs?|IRRs?|hazard\s+ratios?|odds\s+ratios?|risk\s+ratios?|relative\s+risks?)\b", re.I)
# "associated with": the subject is the exposure ("Statin use was associated with ...").
SUBJECT_VERB = re.compile(r"\s(?:was|were|is|are)\s+(?:\w+\s+)?" + ASSOCIATION_WORDS + r"\b|"
                          # "vaccinated people were 57 percent less likely to …", "were about half as likely"
                          r"\s(?:were|was|are|is)\s+(?:\d|about\s|nearly\s|almost\s|roughly\s|(?:significantly\s+)?(?:less|more)\s+likely\b)|\s(?:had|has|have|showed|experienced|exhibited|displayed|demonstrated)\s+"
                          r"(?:an?\s+)?(?:\d|significant(?:ly)?|lower|higher|greater|fewer|more|less|reduced|increased|improvements?|benefits?)|"
                          # "intensive statins produced a “highly significant” additional reduction of 15 percent"
                          r"\s(?:produced|yielded|resulted\s+in|led\s+to)\s+(?:an?\s+)?(?:[\"“]?(?:highly\s+)?significant[\"”]?\s+|additional\s+|further\s+)*"
                          r"(?:\d|reductions?|decreases?|increases?|improvements?)|"
                          # "Drug X reduced the risk of death ... compared with placebo": what acted
                          r"\s(?:significantly\s+)?(?:reduced|lowered|cut|decreased|increased|improved|prevented|halved|raised)\s+"
                          r"(?:the\s+)?(?:risk|rate|odds|incidence|hazard|number|mortality|deaths?|events?)\b", re.I)
# "the highest versus the lowest quintile": two ranks that share their noun.
RANKS = re.compile(r"\b(highest|lowest|top|bottom|upper|lower)\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?"
                   r"(highest|lowest|top|bottom|upper|lower)\s+((?:[A-Za-z-]+\s+)?(?:quarter|quartile|quintile|tertile|"
                   r"third|decile|category|group)s?)\b", re.I)
# "when comparing at least one serving per day with no consumption, the hazard ratio was …": the
# two sides of a comparison the sentence makes before its result, each up to the next word of it.
COMPARING_X_WITH_Y = re.compile(r"\b(?:when\s+|after\s+)?comparing\s+(?P<x>[A-Za-z][^,;:()\[\]]{1,60}?)\s+(?P<cue>with|to|versus|vs\.?|against)\s+"
                                r"(?P<y>[A-Za-z][^,;:()\[\]]{1,40}?)\s*(?=[,;:(]|\s+(?:in|among|for|on|at|over|during)\s|$)", re.I)
# (a side's own "to": "exposure to night shift work with day work", "adherence to the diet with low adherence")
SIDE_CUE = re.compile(r"\s+(?:with|versus|vs\.?|against)\s+", re.I)
# 与不饮茶者相比，每天饮茶者…: the side is a short run ending in a word for people or a group.
ZH_COMPARED = re.compile(r"(?:(?:与|和|跟|與)(?P<versus>[^，,；;。与和與]{1,16}?)(?:相比|比较|比較|相较|相較)|"
                         r"(?:相较于|相較於|相比于|相比於|相对于|相對於)(?P<versus2>[^，,；;。与和與]{1,16}?)(?:相比|比较|比較|来说|來說)?)[，,]\s*"
                         r"(?P<group>[^，,；;。]{1,16}?(?:者|组|人群|患者|人|女性|男性|儿童|用户)|"
                         # ("相对于低的鱼类摄入来说，高的鱼类摄入与心血管疾病死亡率之间的合并RR值是0.91": the exposure
                         # whose ratio of an outcome it is)
                         r"[^，,；;。与和與]{2,16}?(?=(?:与|與)[^，,；;。]{1,20}?(?:之间|之間)的?(?:合并|合併)?(?:RR|HR|OR)\s*值?)|"
                         # (a treatment, then what it did: "与安慰剂相比，阿司匹林使卒中风险降低20%")
                         r"(?:(?![风風]险|[风風]險|率|时|時|期间|期間|后|後|前)[^，,；;。]){2,16}?"
                         r"(?=(?:能|可|可以|使|将|將)[^，,；;。]{0,12}?(?:降低|减少|減少|下降|增加|升高|提高)|"
                         r"(?:显著|顯著|明显|明顯)?(?:降低|减少|減少|下降|增加|升高|提高)|"
                         # ("吃最多白肉族群的罹癌風險減少28%": the group, then its risk)
                         r"的[^，,；;。的]{1,10}?(?:风险|風險|发生率|發生率|几率|幾率|機率)[^，,；;。]{0,4}?(?:降低|减少|減少|下降|增加|升高)))")
ZH_PAIR = re.compile(r"(?P<group>[^，,；;。与和與]{1,20}?(?:者|组|組|人群|患者|人))(?:与|和|與|较|較|比)(?P<versus>[^，,；;。]{1,20}?"
                     r"(?:者|组|組|人群|患者|人))(?:相比|比较|比較|的|之间|之間)")
# "HCC术后行TACE治疗较单纯手术治疗能有效降低…": one treatment against another (not a time against
# another: "治疗后较治疗前", "较基线").
ZH_THAN = re.compile(r"(?:^|[，,。；;：:]\s*)(?:经[^，,；;。]{0,10}[，,]\s*)?(?P<group>[^，,；;。：:较較()（）]{2,24}?)(?:较|較|相较于|相較於)"
                     r"(?!\s*(?:治疗前|治療前|基线|基線|入组时|入組時|术前|術前|前|以往|既往|同期|对照期|對照期))"
                     r"(?P<versus>[^，,；;。()（）]{2,16}?)(?:能|可|更|均|显著|顯著|明显|明顯|有效|降低|提高|增加|减少|減少|升高|下降|改善|延长|延長|缩短|縮短)")
# A side that ends on its risk: "吃最多白肉族群的罹癌風險" is the group, then what it risked.
ZH_RISK_OF_SIDE = re.compile(r"的[^的，,]{1,10}?(?:风险|風險|发生率|發生率|几率|幾率|機率)$")
# A result's bracket after the words it qualifies: "Night shift work (HR 1.26, 95% CI 1.05-1.51)".
BRACKETED_AFTER = re.compile(r"\s*[(\[（][^()\[\]（）]*[)\]）]")
# A side that is a time, not a treatment: "较用药前", "较之前", "入院时", "治疗后…" (one time against another).
ZH_TIME_SIDE = re.compile(r"(?:前|时|時|初|末|之后|之後)$|^(?:治疗后|治療後|用药后|用藥後|术后|術後|干预后|干預後|之前|以前|入院|入组|入組|基线|基線)")
# 较 as "relatively": "肿瘤体积较大者更易复发" (a larger tumour), no comparison of two sides.
ZH_RELATIVELY = re.compile(r"[大小高低多少长短長快慢好差轻輕重早晚强強弱新老](?:者|的|些)?$")
# "between those with and without prestroke disability": the first side has it.
WITH_WITHOUT = re.compile(r"\bwith\s+and\s+without\s+(?:an?\s+|the\s+)?(?P<x>[A-Za-z][^,;:()\[\].]{1,50}?)(?=\s*[,;:()\[\].]|\s+(?:had|was|were|did|at|in)\b|$)", re.I)

# "higher in patients with prestroke disability than in those without".
WITH_THAN_WITHOUT = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?(?P<x>[A-Za-z][^,;:()\[\].]{1,50}?)\s+than\s+(?:in\s+|among\s+)?"
                               r"(?:those|patients|participants|people|subjects|individuals|children|women|men|ones)\s+without\b", re.I)
# "Patients with prestroke disability had higher complication rates": the sentence's subject
# is those with the trait, set against those without it.
WITH_LEAD = re.compile(r"\s*(?:(?:the|all)\s+)?" + PEOPLE + r"\s+with\s+", re.I)
HAD_MORE = re.compile(r"\s(?:had|have|has|showed|experienced|exhibited|displayed|demonstrated|were|was)\s+(?=(?:an?\s+)?(?:(?:significantly|markedly|substantially|much)\s+)?"
                      # (by how much: "were 70% more likely", "had a 2.5 times higher risk")
                      r"(?:(?:about\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent|times|-fold)\s+)?"
                      r"(?:higher|lower|greater|fewer|more|less|worse|better|increased|reduced|longer|shorter)\b)", re.I)


def trait_subject(text: str, start: int = 0) -> tuple[str, int] | None:
    """The trait of "Patients with X had higher ..." and where the words after its verb begin,
    or None.

    >>> trait_subject("Patients with frailty had higher rates of delirium"), trait_subject("Those with AF were 70% more likely to have an MI")
    (('frailty', 26), ('AF', 19))
    """
    lead = WITH_LEAD.match(text, start)
    verb = HAD_MORE.search(text, lead.end()) if lead else None
    x = text[lead.end():verb.start()].strip() if verb else ""
    return (x, verb.end()) if re.fullmatch(r"[A-Za-z][A-Za-z\-]*(?:\s[A-Za-z\-]+){0,5}", x) else None


# A ratio's name, its outcome, then whose it is: "the relative risk of stroke for men in the highest
# category …".
RATIO_THEN_WHO = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:relative\s+risks?|hazard\s+ratios?|odds\s+ratios?|risk\s+ratios?|"
                            # (its interval's name may follow it: "the HR (95% CI) of death for men")
                            r"a?HRs?|a?ORs?|RRs?)(?:\s*\([^()]{0,20}\))?\s+(?:of|for)\s+[^,;()]+?\s+(?:for|in|among)\s+(?P<who>[^,;]+)$", re.I)


# Who said or found what follows: "the researchers said", "the study found that", "The company said".
REPORTED_LEAD = re.compile(r"\W*(?:the\s+)?(?:researchers|investigators|authors|scientists|team|study|trial|results?|data|company|drugmaker|firm)\s+"
                           r"(?:said|say|says|found|showed|reported|noted|observed|announced|demonstrated|revealed|indicated|confirmed)\s+(?:that\s+)?", re.I)
TRAILING_ADVERB = re.compile(r"(?:\s+(?:neither|also|further|still|even|not|significantly|independently))+$", re.I)
STATISTIC_SIDE = re.compile(r"(?:(?:adjusted|pooled|overall|summary|multivariable(?:-adjusted)?)\s+)*(?:(?:hazard|odds|risk|rate)\s+ratios?|"
                            r"relative\s+risks?|risks?|(?:mean\s+|standardi[sz]ed\s+mean\s+)?differences?|(?-i:a?HRs?|a?ORs?|RRs?))", re.I)
PRONOUN_LEAD = re.compile(r"(?:while\s+|and\s+|but\s+)?(?:it|they|this|these|we|he|she|which)\b", re.I)


def side(phrase: str) -> str | None:
    """A side of a contrast as the text names it, without the people it describes.

    >>> side("those in the lowest quarter of ultra-processed food consumption")
    'lowest quarter'
    >>> side("a consistently low HDS"), side("non-users"), side("Statin use"), side("use of finerenone")
    ('consistently low HDS', 'non-users', 'Statin use', 'finerenone')
    >>> side("those") is None
    True
    >>> side("The multivariate relative risk of stroke for men in the highest category of tea consumption")
    'highest category'
    >>> side("the HR (95% CI) of all-cause mortality for poor self-rated health")
    'poor self-rated health'
    >>> side("coffee consumption of"), side("Men who walked between a quarter-mile and"), side("the hazard ratio")
    (None, None, None)
    >>> side("The company said its combination therapy"), side("the data demonstrated that drug K is related with less")
    ('combination therapy', 'drug K')
    """
    whose = RATIO_THEN_WHO.match(phrase.strip())  # ("The relative risk of stroke for men in the highest category": those men)
    phrase = whose["who"] if whose else phrase
    # ("The company said its combination therapy …": the therapy; "the data demonstrated that SGLT-2i is …": SGLT-2i)
    told = REPORTED_LEAD.match(phrase.strip())
    phrase = re.compile(r"^(?:its|their)\s+", re.I).sub("", phrase.strip()[told.end():]) if told else phrase
    phrase = PHRASE_END.split(phrase.strip(), maxsplit=1)[0].strip().rstrip(".。!?")
    phrase = TRAILING_ADVERB.sub("", phrase)  # ("Statin use neither increased …": statin use)
    phrase = LEAD.sub("", phrase, count=1).strip()
    phrase = re.compile(r"^(?:the\s+)?use\s+of\s+(?=\S)", re.I).sub("", phrase)  # ("use of finerenone": finerenone)
    phrase = QUANTILE.sub(r"\1", phrase)
    words = phrase.split()
    if not words or len(words) > 9 or re.fullmatch(PEOPLE + r"|them|it|this|that|these", phrase, re.I):
        return None
    if PRONOUN_LEAD.match(phrase):
        return None  # ("It also", "While they": whom, the clause does not say)
    if STATISTIC_SIDE.fullmatch(phrase) or phrase.lower() in ("the", "a", "an", "its", "their", "his", "her"):
        return None  # ("Compared with no coffee, the hazard ratio was …": a statistic, no side)
    # A number, a sentence opener, a verb, a time ("baseline") or a clause cut short ("patients
    # who") is no side.
    if re.search(r"(?<![A-Za-z])(?<![A-Za-z]-)\d|^(?:in|at(?!\s+(?:least|most)\b)|on|however|moreover|overall|also|both|each)\b|\b(?:was|were|is|are|had|has|have|"
                 r"showed|exhibited|but|respectively|decreased|increased|improved|reduced|declined|rose|fell|lower|higher)\b|"
                 r"\b(?:baseline|pre-?treatment|pre-?intervention|before|previous|prior)\b|\b(?:who|that|which)$|"
                 # (a name cut before what it is of: "coffee consumption of" 1-2 cups a day)
                 r"\b(?:of|to|with|for|from|by|and|or)$|"
                 r"治疗前|治療前|基线|基線", phrase, re.I):
        return None
    if not re.search(r"[A-Za-z\u4e00-\u9fff]", phrase):
        return None
    return phrase


# An opening phrase that names a part of the people ("In women, …"), and a subject of people in
# general after it ("those with AF", "patients with diabetes"; not "women with short sleep").
PEOPLE_IN_OPENING = re.compile(r"\b(?:women|men|girls|boys|children|older|younger|aged|elderly)\b", re.I)
GENERIC_PEOPLE_LEAD = re.compile(r"(?:those|patients|participants|people|individuals|subjects|adults)\s+with\s", re.I)
OPENING_PHRASE = re.compile(r"^\s*(?:(?:in|among|after|during|at|over|overall|however|moreover|furthermore|additionally|similarly|specifically|importantly|notably|when)"
                            r"\b(?:[^,;:]|,\d{3}){0,60},\s*)", re.I)


# Two treatments set against each other after "with": "more often with cefazolin vs. ASP (RR …)".
WITH_X_VERSUS_Y = re.compile(r"\bwith\s+(?P<x>[A-Za-z][\w+/-]{1,30}(?:\s[A-Za-z][\w+/-]{1,30}){0,2}?)\s+(?:vs\.?|versus)\s+"
                             r"(?P<y>[A-Za-z][\w+/-]{1,30}(?:\s(?!using\b|in\b|for\b|was\b|were\b|at\b)[A-Za-z][\w+/-]{1,30}){0,2}?)"
                             r"(?=\s*[,;.(\[]|\s+(?:using|in|for|was|were|at)\b|\s*$)")


def contrast(text: str) -> Contrast | None:
    """The two sides a sentence (or clause) compares, when it names both or names the exposure.

    >>> contrast("Maintaining a high HDS was associated with 26% lower risk compared with a consistently low HDS")
    Contrast(group='Maintaining a high HDS', versus='consistently low HDS')
    >>> contrast("comparing the highest vs the lowest HDS quintile (HR 0.85)")
    Contrast(group='highest HDS quintile', versus='lowest HDS quintile')
    >>> contrast("Statin users had fewer events than non-users (HR 0.68)")
    Contrast(group='Statin users', versus='non-users')
    >>> contrast("In addition, survival was 8.7 versus 12.9 months") is None
    True
    >>> contrast("与不饮茶者相比，每天饮茶者全因死亡风险降低")
    Contrast(group='每天饮茶者', versus='不饮茶者')
    >>> contrast("did not differ between those with and without prestroke disability.")
    Contrast(group='prestroke disability', versus='no prestroke disability', trait=True)
    >>> contrast("Patients with prestroke disability had higher complication rates (55.2% vs 40.1%)")
    Contrast(group='prestroke disability', versus='no prestroke disability', trait=True)
    >>> contrast("Mortality was higher in patients with atrial fibrillation than in those without (9% vs 4%)")
    Contrast(group='atrial fibrillation', versus='no atrial fibrillation', trait=True)
    >>> contrast("Drug Q reduced the risk of stroke by 20% compared with placebo (HR 0.80)")
    Contrast(group='Drug Q', versus='placebo')
    >>> contrast("the trial showed that patients treated with Drug Q had a 42% lower risk (HR 0.58) compared to "
    ...          "those who received chemotherapy (X, Y)")
    Contrast(group='Drug Q', versus='chemotherapy')
    >>> contrast("Analyses indicated that atrial fibrillation was associated with an increased risk (RR 1.5)")
    Contrast(group='atrial fibrillation', versus='reference')
    >>> contrast("Statin use was associated with an 18% lower risk of death, HR 0.82")
    Contrast(group='Statin use', versus='reference')
    >>> contrast("RESULTS: In this cohort, statin use was associated with a lower risk of death (HR 0.82)")
    Contrast(group='statin use', versus='reference')
    >>> contrast("Night shift work (HR 1.26, 95% CI 1.05-1.51) was associated with increased mortality, compared to day shift work")
    Contrast(group='Night shift work', versus='day shift work')
    >>> contrast("B级(7分)患者与B级(8~9分)患者的中位TTP差异无统计学意义")
    Contrast(group='B级(7分)患者', versus='B级(8~9分)患者')
    >>> contrast("经Meta分析，术后行TACE治疗较单纯手术治疗能有效降低复发率"), contrast("观察组治疗后较治疗前明显降低")
    (Contrast(group='术后行TACE治疗', versus='单纯手术治疗'), None)
    >>> contrast("治疗后VAS评分较用药前明显降低"), contrast("多因素分析显示，肿瘤体积较大者更易复发")
    (None, None)
    >>> [contrast(t) for t in ("Compared with baseline, pain scores were lower at week 12 (6.1 vs 3.2)",
    ...                        "调整年龄和性别后，吸烟者的全因死亡风险更高")]
    [None, None]
    >>> contrast("The hazard ratio was 0.82") is None
    True
    >>> contrast("Incident AF increased the risk of dementia (HR 1.31, 95% CI 1.20-1.43)")
    Contrast(group='Incident AF', versus='reference')
    >>> contrast("the risk of dementia was significantly increased by incident AF with a hazard ratio of 1.52")
    Contrast(group='incident AF', versus='reference')
    >>> contrast("the risk of death was reduced by 20% (HR 0.80)") is None
    True
    >>> [contrast(t) for t in ("the risk of death was reduced by one fifth (HR 0.81)",
    ...                        "the risk of bleeding was increased by approximately twofold (OR 2.1)")]
    [None, None]
    >>> contrast("the risk of stroke was reduced by treatment with warfarin (HR 0.64)")
    Contrast(group='warfarin', versus='reference')
    >>> contrast("Obesity also increased the risk of stroke (HR 1.3)")
    Contrast(group='Obesity', versus='reference')
    >>> contrast("the risk of bleeding was higher (OR 2.1), and the risk of stroke was reduced by warfarin (HR 0.64)") is None
    True
    >>> contrast("Meta-analysis showed a lower mortality rate with cefazolin vs. ASP using fixed effect model [RR 0.78]")
    Contrast(group='cefazolin', versus='ASP')
    >>> contrast("When comparing at least one serving per week of fried chicken with no consumption, the hazard ratio was 1.13")
    Contrast(group='at least one serving per week of fried chicken', versus='no consumption')
    """
    m = WITH_WITHOUT.search(text) or WITH_THAN_WITHOUT.search(text)
    if m:
        # ("with p53 over-expression had shorter survival than those without": up to its verb)
        x = PHRASE_END.split(m["x"], maxsplit=1)[0].strip()
        if x:
            return Contrast(x, f"no {x}", True)
    m = RANKS.search(text)
    if m:
        noun = m[3]
        return Contrast(f"{m[1]} {noun}", f"{m[2]} {noun}")
    m = COMPARING_X_WITH_Y.search(text) if "omparing" in text else None
    if m and m["cue"].lower() == "to" and SIDE_CUE.search(m["y"]):
        m = None  # ("comparing exposure to night shift work with day work": the sides part at "with", which this reading cut)
    if m and not in_brackets(text, m.start()):
        # ("when comparing at least one serving per week of fried chicken with no consumption, the
        # hazard ratio was …": the sides as the sentence names them, before its result)
        group, versus = side(m["x"]), side(m["y"])
        if group and versus and group.lower() != versus.lower():
            return Contrast(group, versus)
    m = ZH_COMPARED.search(text)
    if m:
        return Contrast(m["group"].strip(), (m["versus"] or m["versus2"]).strip())  # (its lookahead leaves a group's risk out)
    m = ZH_PAIR.search(text) if not text.isascii() else None  # (Chinese only)
    if m:
        return Contrast(m["group"].strip(), m["versus"].strip())
    m = ZH_THAN.search(text) if not text.isascii() else None
    if m and not re.search(r"\d", m["group"] + m["versus"]) and not ZH_TIME_SIDE.search(m["versus"]) \
            and not ZH_RELATIVELY.match(m["versus"]):
        # ("吃最多白肉族群的罹癌風險較吃最多紅肉的族群低": the group, not its risk)
        return Contrast(ZH_RISK_OF_SIDE.sub("", m["group"].strip()) or m["group"].strip(), m["versus"].strip())
    m = BETTER_IN_THAN_IN.search(text) if " than " in text else None
    if m:
        # "survival was better in women taking metformin than in controls (73% v 44%)": the
        # two sides, each after its preposition.
        group, versus = side(m["a"]), side(m["b"])
        if group and versus and group.lower() != versus.lower() and not (TIME_SIDE.search(group) or TIME_SIDE.search(versus)):
            return Contrast(group, versus)
    m = WITH_X_VERSUS_Y.search(text) if "with " in text else None
    if m and not in_brackets(text, m.start()) and m["x"].lower() != m["y"].lower():
        # "a lower mortality rate with cefazolin vs. ASP using fixed effect model": the two
        # treatments after "with", whatever the sentence's subject ("Meta-analysis showed …").
        return Contrast(m["x"].strip(), m["y"].strip())
    # (A "vs" inside brackets pairs two values, "(median 7.0 vs 4.2 months)": not the sides.)
    cue = next((m for m in COMPARED.finditer(text) if not in_brackets(text, m.start())), None) or THAN.search(text)
    # ("Among patients without heart disease, those with AF were 70% more likely …": the subject
    # after the opening phrase that says whom the result is of)
    opening = OPENING_PHRASE.match(text) if not cue else None
    if opening is not None and (PEOPLE_IN_OPENING.search(opening.group()) or not GENERIC_PEOPLE_LEAD.match(text, opening.end())):
        opening = None  # ("In women, those with AF …": whose the result is, the contrast would drop)
    having = (trait_subject(text) or (trait_subject(text, opening.end()) if opening else None)) if not cue else None
    if having:
        # "Patients with prestroke disability had higher complication rates (55.2% vs 40.1%)":
        # those with it against those without.
        # (Named as the trait and its absence, "prestroke disability" and "no prestroke
        # disability", as evidence tables and annotators name such groups.)
        return Contrast(having[0], f"no {having[0]}", True)
    if not cue:
        # "Statin use was associated with an 18% lower risk": an exposure against the
        # study's reference category, which this sentence does not name.
        # (Or its subject "increased the risk of" the outcome: "Incident AF increased the risk of
        # dementia (HR 1.31, …)", an exposure against those without it.)
        # (Only beside a ratio: "It also cut the risk of … by 21%" names no exposure.)
        ratio = RATIO_NAMED.search(text) is not None
        verb = ASSOCIATED.search(text) or (RISK_CHANGED_BY.search(text) if ratio else None)
        passive = RISK_CHANGED_PASSIVE.search(text) if not verb and ratio else None
        if verb and verb.re is RISK_CHANGED_BY and RATIO_NAMED.search(text, 0, verb.start()):
            verb = None  # (a ratio before the verb is another clause's: this one's exposure is not that one's)
        if passive and RATIO_NAMED.search(text, 0, passive.start()):
            passive = None
        if passive and side(passive["x"]):
            # ("the risk of dementia was significantly increased by incident AF": the exposure after "by")
            return Contrast(side(passive["x"]), REFERENCE)
        # ("Analyses indicated that atrial fibrillation was associated with …": the subject of
        # the reported clause.)
        head = BRACKETED_AFTER.sub("", REPORTED.split(text[:verb.start()])[-1]) if verb else ""
        # ("RESULTS: Statin use was …", "In this cohort, statin use was …": a section's label
        # and an opening phrase are no part of the subject.)
        head = OPENING_PHRASE.sub("", SECTION_LEAD.sub("", head))
        subject = side(head) if verb and not re.search(r"[,;，；:]", head) else None
        return Contrast(subject, REFERENCE) if subject else None
    versus = side(text[cue.end():])
    if versus is None:
        return None
    group = None
    if OPENING.fullmatch(text[:cue.start()]):
        # "Compared with X, Y had ...": the group follows the comparator's clause.
        rest = text[cue.end():]
        comma = re.search(r"[,，]\s*", rest)
        if comma:
            group = side(rest[comma.end():])
    else:
        # The subject of "... was associated with", "... had fewer events than": the sentence's
        # own first words, so the side is what the sentence is about.
        head = text[:cue.start()]
        verb = SUBJECT_VERB.search(text, 0, cue.end())
        subject = head[:verb.start()] if verb and verb.start() < cue.start() else None
        if subject:
            # "the trial showed that patients treated with X had …": the subject of the
            # reported clause, not of the report; "Night shift work (HR 1.26, 95% CI …) was
            # associated with …": the subject without the bracket of its result.
            subject = BRACKETED_AFTER.sub("", REPORTED.split(subject)[-1])
            # ("In this cohort of 3,000 adults, hearing aid users had …": the opening phrase is no
            # part of the subject)
            subject = OPENING_PHRASE.sub("", subject)
        group = side(subject) if subject and not re.search(r"[,;，；:]", subject) else None
    if group is None or group.lower() == versus.lower():
        return None
    return Contrast(group, versus)
