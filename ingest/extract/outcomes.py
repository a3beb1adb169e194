"""Outcome measurements and effects: the numbers of every measure at every time and group.

Works sentence by sentence on mentions found elsewhere (measures and groups from the
vocabulary, numbers from ``numbers``) and on the few shapes in which articles report
results, in any language:

- a change from one value to another: "从 40.7 (±17) 提升至 43.3 (±15.9)",
  "rose from 8.1 (0.9) at baseline to 7.2 (0.8) at week 24";
- changes listed against measures: "A、B和C分别提升2.5、2.3和2.1分",
  "A and B improved by 2.5 and 2.1 points, respectively";
- one group compared with another: "亚急性组在A和B上显著优于慢性组(p=0.009、p=0.029)",
  "X was lower in the treatment group than in the control group (P = .03)";
- a value at a time point in a group: "LVEF at 6 months was 38.2 ± 5.1% in the MSC group".

A p-value is used once, by the first shape that claims it.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .. import vocab
from ..vocab.lexicon import Match
from . import row_tables, sub_headers, tables, text_tables
from .clauses import CLAUSE_END, QUOTE_END, _top_level, clause_bounds, in_brackets, quote
from .clauses import bracket_close as _bracket_close  # (its old name here, used throughout)
from .context import GRADE_COUNT, Context
from .contrasts import BETTER_IN_THAN_IN, PEOPLE, REFERENCE, REPORTED_LEAD, TIME_SIDE, contrast, side, trait_subject
from .numbers import (
    BOUND_BEFORE,
    DIGIT,
    EFFECT_KIND,
    EN_WORD_NUMBER,
    HEART_RATE_AFTER,
    P_LIST,
    PAIR_NEXT,
    PAIRED_GAP,
    EffectStat,
    PValue,
    Stat,
    TimeMention,
    bare_interval,
    counts,
    decimals_of,
    effect_stats,
    interval_after,
    intervals,
    normalize,
    number,
    opens_its_bracket,
    p_values,
    proportions,
    rate_units,
    share_of,
    stats,
    times,
)
from .numerals import chinese_to_int
from .phrases import (
    ABBREVIATION_IN_NAME,
    ASSOCIATION_WORDS,
    COMPARATIVE_WORD,
    FOUND_WORDS,
    RISK_AT_END,
    TOO_GENERIC,
    _clean,
    measure_phrase,
    noun_before_bracket,
    object_phrase,
    tidy_name,
)
from .prefilter import ascii_without, holds_any
from .record import BASELINE, Effect, Measurement, Time
from .safety import event_name
from .sentences import Sentence
from .thresholds import threshold_measures

# The words that say people took an arm's treatment, between a number of theirs and the arm:
# "385 patients (5.8%) treated with ticagrelor", "15 of the 136 assigned to surgery", "those
# given placebo". One list for every reader, so that a reader does not miss an arm another finds.
TAKING_ARM = r"(?:receiving|given|taking|getting|treated\s+with|(?:assigned|randomi[sz]ed|allocated)\s+to(?:\s+receive)?)"
# "patients given drug K" -> "drug K": the people before an arm's name.
ARM_PEOPLE_LEAD = re.compile(r"^(?:patients|participants|people|those|subjects)\s+(?:who\s+(?:were\s+)?(?:received|took|got|" + TAKING_ARM + r")|"
                             r"on|in|" + TAKING_ARM + r")\s+", re.I)

# "from", or an opening bracket before "7.7 ± 2.5% to 8.9 ± 2.2%" (two values with their
# spread: a bracketed "1.2 to 3.4" alone is a confidence interval, not a change).
FROM = re.compile(r"(?=[f从由(（])(?:从|由|(?<![A-Za-z])from(?![A-Za-z])|[(（](?=\s*\d))", re.I)
TO = re.compile(
    r"(?:升|增|提高|提升|增加|增长|上升|降|降低|下降|减少|减|改善|变化|变|恢复|回升)(?:至|到|为)|至|到"
    r"|(?<![A-Za-z])to(?![A-Za-z])", re.I)
# A "from" that opens another population's figure, not this study's baseline.
HISTORICAL = re.compile(r"既往|以往|历史|歷史|此前|过去|過去|\bhistorical|\bprevious|\bprior\b", re.I)
# The end of a range, then the verb of a change: "从2至4个月提升到…".
RANGE_THEN_CHANGE = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:个月|個月|月|周|週|天|日|年|%|分)?\s*"
                               r"(?P<verb>提升|提高|升|增|降|下降|减少|延长|延長|缩短|縮短)(?:至|到)")
UP = re.compile(r"升|增|提高|提升|增加|增长|上升|改善|恢复|increas|rose|rise|raised|gain|grew|higher|elevat|improv|went\s+up|climb", re.I)
DOWN = re.compile(r"降|减|減|下降|降低|减少|缩小|decreas|declin|fell|fall|drop|reduc|lower|lost|loss|\bcut\b|went\s+down", re.I)
IMPROVE = re.compile(r"改善|好转|improv", re.I)
MEASURE_AFTER_CHANGE = re.compile(r"\s*(?:%|percent|per\s*cent|points?|kg|kilograms?|pounds?|lb)?\s*(?:of|in)\s+"
                                  r"(?:their|his|her|its|the|total|initial|baseline|starting|mean)?\s*"
                                  r"(?:(?:total|initial|baseline|starting|mean)\s+)?", re.I)
# "..., compared with 2.4% in the placebo group": another arm's change, said after the first.
AND_VERSUS = re.compile(r"(?:\s*(?:percentage\s+points?|%|percent|per\s*cent|points?|kg|mm\s?Hg|[A-Za-zμ]{1,5}/[A-Za-z]{1,3}))?"
                        r"(?:\s+(?:with|in|for|among|on)\s+[^,;\d()]{1,40}?)?[\s,]*(?:compared\s+(?:with|to)|versus|vs\.?|while|whereas)\s+(?:an?\s+(?:average|mean)\s+of\s+|"
                        r"(?:(?:those|participants|patients|people)\s+(?:in|on|" + TAKING_ARM + r")\s+)?(?:the\s+)?[^,;\d]{1,40}?\s+"
                        r"(?P<verb>lost|gained|had)\s+(?:(?:just|only|about|around|roughly|approximately|nearly|almost)\s+)?"
                        r"(?:an?\s+(?:average|mean)\s+of\s+)?)?(?P<v>\d+(?:\.\d+)?)\s*(?P<unit>%|percent|per\s*cent|points?|kg)?"
                        # (a number of weeks or of people is no change: "compared with 12 weeks earlier")
                        r"(?!\s*(?:weeks?|months?|days?|years?|hours?|patients|participants|people|subjects|cases|pounds?|lbs?|stones?)\b)"
                        # ("had only 5 percent of participants reach …": a share of people, no change)
                        r"(?!\s*(?:%|percent|per\s*cent)?\s*of\s+(?:the\s+|all\s+)?(?:participants|patients|people|subjects|those)\b)",
                        re.I)
# A mean difference labelled as such before its value, its interval perhaps not reported: "(mean
# difference (MD): -1.40, 95% CI: not reported)", "(MD for early satiety: -1.11, …)".
LABELLED_DIFFERENCE = re.compile(r"(?:(?:weighted|standardi[sz]ed)\s+)?mean\s+difference\s*(?:\((?-i:[WS]?MD)\)\s*)?:|"
                                 r"(?-i:[WS]?MD)\b(?:\s+for\s+[^,;:()\[\]\d=<>]{1,60}?)?\s*:", re.I)
# A change in how often something happened, in percent (``Outcomes.relative_changes``):
# "reduced the risk of stroke by 20%", "cut admissions for X by 85%", "a 42% lower risk of
# death", "a 30% reduction in relapses", "76% effective in preventing disease", "死亡风险降低49%".
# After a change in percent, the other arm's change of the same kind: "(a 55.6% reduction in seizure
# frequency), compared with a 21.5% reduction in the placebo group", "…, versus 12% with placebo".
OTHER_ARMS_CHANGE = re.compile(r"[^.;()\[\]]{0,80}?\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:an?\s+)?(?:median\s+|mean\s+)?"
                               r"\d+(?:\.\d+)?\s*(?:%|percent|per\s*cent)", re.I)
# Between a change's measure and its value, the verb that makes the value the change ("the
# increase in vitamin D levels after 90 days was 16.80 ± 9.15").
CHANGE_IS_VALUE = re.compile(r"\b(?:was|were|of)\b", re.I)
# What may follow a value to its bracket's end: its unit, or its p ("(11.7 ± 2.6%)", "(7.2 ± 1.6%, P < 0.001)",
# "(15.2 ± 4.1 mm Hg)", "(3.2 ± 1.1 kg/m2)"; not "(1250 ± 300 pg/mL at 6 months)").
VALUE_CLOSES_BRACKET = re.compile(r"\s*(?:%|[A-Za-zμ/²]{1,8}(?:\s?[A-Za-z0-9²/]{1,6})?)?\s*(?:[)\]]|[,;]\s*[Pp]\s*[<=>≤])")
# A bracket opened after a value (and its unit), and an arm's own value right after its name.
OPENED_AFTER_VALUE = re.compile(r"[^()（）\d]{0,6}[(（]\s*$")
ARMS_OWN_VALUE = re.compile(r"\s*(?:为|為|是|[:：])?\s*[-−]?\d")
# A verb or a comparison between a change's name and a value: the value is no longer the subject's.
NOT_THE_SUBJECT = re.compile(r"\b(?:is|are|had|has|have|showed|than|versus|vs\.?|compared)\b|[;；]", re.I)
# Only an opening bracket between a value and the p that follows it ("16.80 ± 9.15 (p < 0.001)").
OPENING_BRACKET = re.compile(r"\s*[(\[]\s*")
# A change named right before its measure: "similar reductions in daytime systolic ABPM", "the
# mean change in HbA1c", "improvements in FEV1".
CHANGE_NAMED_BEFORE = re.compile(r"\b(?:(?:mean|average|median)\s+)?(?:reductions?|decreases?|declines?|falls?|drops?|changes?|increases?|"
                                r"improvements?|rises?|gains?)\s+(?:from\s+baseline\s+)?in\s+(?:the\s+)?(?:mean\s+)?(?:[A-Za-z][\w-]*\s+){0,2}$", re.I)
RELATIVE_CHANGE = re.compile(
    r"(?=[rlcdinpRLCDINP\d\u4e00-\u9fff])(?:"
    r"\b(?P<dir>reduced|lowered|cut|decreased|increased|raised)\s+(?:the\s+)?(?:relative\s+)?(?:(?P<risk>risk|odds|rate|incidence|likelihood|chance|"
    r"frequency|number)s?\s+of\s+)?(?P<x>(?:\d(?=[A-Z]))?[A-Za-z][A-Za-z\- ]{1,60}?)\s+by\s+(?:about\s+|approximately\s+|nearly\s+|almost\s+|some\s+)?"
    r"(?P<v>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
    r"|(?<![\d.])(?P<v2>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?P<dir2>lower|reduced|reduction\s+in|higher|increased|increase\s+in|fewer)\s+"
    r"(?:the\s+)?(?:relative\s+)?(?P<risk2>(?:risk|odds|rate|incidence|likelihood|chance|frequency|number)s?\s+of\s+)?(?P<x2>[A-Za-z][A-Za-z\- ]{1,60}?)"
    r"(?=\s*[,;.(]|\s+(?:in|among|with|compared|than|versus|vs|for|at|after|over)\b|\s*$)"
    # "57 percent less likely to be hospitalized from flu than …", "30% more likely to die"
    r"|(?<![\d.])(?P<v7>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?P<dir7>less|more)\s+likely\s+to\s+(?:be\s+|have\s+|develop\s+|experience\s+|get\s+)?"
    r"(?P<x7>[A-Za-z][A-Za-z\- ]{1,60}?)(?=\s*[,;.(]|\s+(?:than|compared|versus|vs|in|among|over|during|after|within)\b|\s*$)"
    r"|(?<![\d.])(?P<v3>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?P<efficacy>effective|efficacious)\s+(?:in\s+preventing|against|at\s+preventing)\s+"
    r"(?P<x3>[A-Za-z][A-Za-z\-]*(?:\s[A-Za-z\-]+){0,5})"
    r"|(?P<x4>[\u4e00-\u9fff]{2,12}?)(?P<risk4>风险|風險|危险|危險|发生率|發生率|几率|幾率|比率|比例)(?:[亦也则則更均]|大幅|明显|明顯|显著|顯著)*"
    r"(?P<dir4>降低|下降|减少|減少|增加|升高|上升)了?\s*(?:约|約)?"
    r"(?P<v4>\d+(?:\.\d+)?)\s*%"
    # "可降低66% 子宮內膜癌風險", "可減少子宮內膜癌風險 66%": the verb first, the event and its share after it
    r"|(?P<dir5>降低|下降|减少|減少|增加|升高)了?\s*(?:约|約)?(?P<v5>\d+(?:\.\d+)?)\s*%\s*(?:以上)?(?:的)?\s*"
    r"(?P<x5>(?:(?![使令让讓可])[\u4e00-\u9fff]){2,12}?)(?P<risk5>风险|風險|危险|危險|发生率|發生率|几率|幾率)"
    r"|(?P<dir6>降低|下降|减少|減少|增加|升高)了?(?P<x6>(?:(?![使令让讓可])[\u4e00-\u9fff]){2,12}?)(?P<risk6>风险|風險|危险|危險|发生率|發生率|几率|幾率)"
    r"\s*(?:约|約|达|達)?\s*(?P<v6>\d+(?:\.\d+)?)\s*%"
    # "a 41% relative risk reduction for hip fracture"
    r"|(?<![\d.])(?P<v8>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?P<risk8>relative\s+risk)\s+(?P<dir8>reduction|increase)\s+(?:for|in|of)\s+"
    r"(?P<x8>[A-Za-z][A-Za-z\- ]{1,60}?)(?=\s*[,;.(]|\s+(?:in|among|with|compared|than|versus|vs|at|after|over)\b|\s*$)"
    # "the number who suffered a hip fracture dropped 51%", "the rate of stroke fell by 20%"
    r"|\b(?P<risk9>number|rate|risk|incidence|proportion)\s+(?:of\s+(?:people|patients|participants|women|men|children)\s+)?"
    r"(?:who\s+(?:suffered|had|developed|experienced|sustained)\s+(?:an?\s+)?|of\s+)"
    r"(?P<x9>[A-Za-z][A-Za-z\- ]{1,40}?)\s+(?P<dir9>dropped|fell|declined|decreased|rose|increased)\s+(?:by\s+)?(?:about\s+|nearly\s+)?"
    r"(?P<v9>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
    # "an additional reduction of 15 percent in cases of heart attack", "a decrease of 20% in the risk of falls"
    r"|\b(?P<dir11>reduction|decrease|increase|fall|drop|rise)\s+of\s+(?:about\s+|approximately\s+|nearly\s+|almost\s+|some\s+)?"
    r"(?P<v11>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+in\s+(?:the\s+)?(?P<risk11>(?:risk|odds|rate|incidence|number|cases)s?\s+of\s+)?"
    r"(?P<x11>[A-Za-z][A-Za-z\- ]{1,60}?)(?=\s*[,;.(]|\s+(?:in|among|with|compared|than|versus|vs|at|after|over)\b|\s*$)"
    # "the mortality rate was 29 percent less than when …" (the event, named before "rate", is read
    # from the words before the match: ``relative_changes``)
    r"|\b(?P<risk10>rate|risk|incidence)\s+(?:was|were|is)\s+(?:about\s+|nearly\s+)?"
    r"(?P<v10>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?P<dir10>less|lower|higher|greater)\s+than\b)", re.I)
# People by what they took, then what they had: "women taking drug K had (a 36% …)".
TAKERS_HAD = re.compile(r"\b" + TAKING_ARM + r"\s+(?P<x>[A-Za-z][\w\-]*(?:\s+[A-Za-z0-9][\w\-]*){0,2})\s+"
                        r"(?:had|experienced|showed|saw)\s+(?:an?\s+)?$", re.I)
# An age band a result is given for: "50岁及以上", "≥70岁", "18-49岁", "aged 50 and older",
# "70 years or older" (the second of "aged 50 and older and 70 and older" without its "aged").
AGE_BAND = re.compile(r"(?:≥\s*)?\d{1,3}\s*(?:[-~～至到]\s*\d{1,3}\s*)?岁(?:及以上|以上|或以上|以下)?|"
                      r"(?:\baged\s+)?\b\d{1,3}\s+(?:years?\s+)?(?:and|or)\s+(?:older|over|above)\b", re.I)
# A share of the study's people, then what they had: "61%患者有心血管共病", "61%的患者合并心血管疾病".
ZH_SHARE_WHO_HAD = re.compile(r"(?<![\d.])(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:的)?(?:患者|病人|受试者|受試者|参与者|參與者|病患)"
                              r"(?:有|合并|合併|伴有|患有|出现|出現|发生|發生)(?P<what>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?=[，。,;；、]|$)")
# What was found in groups the sentence goes on to name: "Maternal vaccination was documented in",
# "Supplemental oxygen was required in" (the thing, its verb, then "in"/"among").
SAID_OF_GROUPS = re.compile(r"(?P<what>[A-Z][A-Za-z\-]*(?:\s+[A-Za-z\-]+){0,4}?)\s+(?:was|were)\s+"
                            r"(?:documented|observed|seen|reported|present|required|recorded|noted|needed|found)\s+(?:in|among)\s+", re.I)
OPENING_WORDS = re.compile(r"[^,;:.]{1,80}[,;:]\s+")
# A count, its share, and the people it is of: "73 (19%) RSV-positive infants", "62 (43%) controls".
COUNT_SHARE_OF_WRITTEN_GROUP = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})*|\d+)\s*\(\s*(?P<pct>\d+(?:\.\d+)?)\s*%\s*\)\s+(?:of\s+(?:the\s+)?)?"
                                          r"(?:(?P<who>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?)\s+(?:infants|patients|children|adults|"
                                          r"participants|women|men|people|cases|subjects)\b|(?P<people>controls|cases))", re.I)
GROUPS_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|versus|vs\.?|compared\s+(?:with|to))\s+", re.I)
# Between "compared to" and the comparator it names: "(women taking) (a) placebo".
TO_COMPARATOR_AFTER = re.compile(r"\s*(?:(?:those|patients|participants|women|men|people|children)\s+(?:on|" + TAKING_ARM + r"|"
                                 r"who\s+(?:received|took|were\s+given))\s+)?(?:the\s+|an?\s+)?", re.I)
# Between "than" and the comparator it names: "with", "in the", "when patients, …, were assigned a".
THAN_TO_COMPARATOR = re.compile(r"\s*(?:(?:with|in|among|for|on)\s+)?(?:the\s+|an?\s+)?|\s*when\s+[^.;]{0,80}?\b(?:assigned|given|received|taking|on)\s+(?:to\s+)?(?:the\s+|an?\s+)?", re.I)
# "lower by", "higher by" right before a run: differences, no levels.
BY_BEFORE_RUN = re.compile(r"\b(?:lower|higher|greater|smaller|less|more|reduced|increased|decreased)\s+by\s+[\d.,%\s]*$", re.I)
COMPARED_BEFORE_GROUP = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|relative\s+to|than)\s+(?:the\s+)?$", re.I)
# A sentence that opens on the treated arm, no subgroup: "Among those who received the drug, …".
TREATED_ARM_OPENS = re.compile(r"\W*among\s+(?:those|patients|participants|people|women|men)\s+(?:who\s+)?(?:received|took|were\s+given|taking|given)\s+"
                               r"(?:the\s+)?(?:drug|treatment|vaccine|active\s+drug)\s*,", re.I)
# An earlier period a change is against: "compared with the year before the trial".
PRIOR_PERIOD = re.compile(r"\b(?:the\s+)?(?:year|month|months|period|weeks?)\s+(?:before|prior)\b|\bprevious\s+(?:year|period|months?)\b|"
                          r"\bbefore\s+the\s+(?:trial|study|treatment)\b|\bbaseline\b", re.I)
# What a rate is of when it is an event's: "mortality rate", "hospitalization rate".
EVENT_RATE_WORD = re.compile(r"mortality|death|hospitali[sz]|admission|infection|recurrence|relapse|fracture|events?\b|"
                             r"stroke|complication|failure|attack|incidence|exacerbation|transmission", re.I)
# Between a change and a p, what makes the p another part's: "; …", ", and in the subgroup …".
# The interval right after a relative change's percentage: "(95% CI 23.1%-56.3%", "(95% CI = 23.1% to 56.3%".
RELATIVE_CI = re.compile(r"\s*[(（]\s*95\s*%\s*(?:CI|confidence\s+interval)\s*[:=,]?\s*(?P<a>\d+(?:\.\d+)?)\s*%\s*"
                         r"(?:to|[-–—]|,)\s*(?P<b>\d+(?:\.\d+)?)\s*%\s*[;,)）]", re.I)
P_OF_ANOTHER_PART = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\bsubgroup|\bamong\b", re.I)
# What sets a result against the other arm after it: "compared to", "versus", "than".
COMPARED_TO_WHOM = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|than)\s", re.I)
# The event a rate is of, named right before it: "The mortality (rate was 29 percent less …)".
EVENT_BEFORE_RATE = re.compile(r"(?:\b(?:the|a|an)\s+)?(?P<x>[A-Za-z][A-Za-z\-]*(?:\s[A-Za-z\-]+){0,2})\s+$", re.I)
# Getting what a risk is of: "(a lower risk of) developing dementia", "suffering a heart attack".
DEVELOPING_LEAD = re.compile(r"^(?:developing|getting|contracting|having|suffering|experiencing)\s+(?:(?:from|an?)\s+)?(?=[A-Za-z])", re.I)
# What might be, not what was: "would have a 23% lower risk".
MODAL = re.compile(r"\b(?:would|could|might|may|will|should|expected|hypothesi[sz]ed)\b", re.I)
# A sentence that goes on about the people of the one before: "They also had a 25 per cent lower risk …".
# (they, the subject of the change itself: not "They also noted that smokers had …")
THEY_GO_ON = re.compile(r"\s*(?:they|these\s+(?:men|women|patients|participants|people))\s+(?:also\s+)?"
                        r"(?:had|have|were|showed|saw|experienced)\s+(?:an?\s+|about\s+)?$", re.I)
# What people had, right before a relative change: "… had a 23% lower risk", "… were 30% less likely".
HAD_A_BEFORE = re.compile(r"\s+(?:had|have|has|showed|experienced|were|was)\s+(?:an?\s+)?(?:about\s+|approximately\s+|nearly\s+)?$", re.I)
# The reference after the change, said with "than": "… than non-drinkers", "… than those who did not".
THAN_WHO = re.compile(r"\s+than\s+(?:in\s+|among\s+)?(?:the\s+)?(?P<ref>[A-Za-z][^,;:()\[\]]{1,50}?)(?=\s*(?:[,:(\[]|\.(?!\d)|$))", re.I)
# A sentence that gives an example, not a result of its own: "For example, the 4S trial showed …".
EXAMPLE_OPENS = re.compile(r"\W*(?:for\s+example|for\s+instance|e\.g\.|as\s+an\s+example)\b", re.I)
# What did it, right before a verb of relative change, in its clause: "(researchers found that) the
# combined contraceptive pill use | increased …", "a drug that | lowered …".
SUBJECT_BEFORE_VERB = re.compile(r"(?:^|\bthat\s+|[,;:]\s*)(?P<who>(?:the\s+|a\s+|an\s+)?(?!that\b)[A-Za-z][\w\-]*(?:\s+(?!that\b)[A-Za-z][\w\-]*){0,6}?)"
                                 r"(?:\s+that)?\s+(?:also\s+|significantly\s+|further\s+)?$", re.I)
NOT_AN_EXPOSURE_SUBJECT = re.compile(r"(?:the\s+)?(?:it|this|they|we|researchers|investigators|authors|study|trial|results?|data|analysis|"
                           r"findings?|treatment|intervention|drug|vaccine|therapy|a\s+drug|"
                           # (people, no more: who they are set against, the sentence does not say)
                           r"(?:all\s+)?(?:patients|participants|people|subjects|adults|individuals|women|men|children))", re.I)
AND_BY_PERCENT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:risk|odds|rate|incidence)s?\s+of\s+)?"
                            r"(?P<x>[A-Za-z][A-Za-z\-]*(?:\s[A-Za-z\-]+){0,5}?)\s+by\s+(?P<v>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)", re.I)
COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|comparison\s+(?:with|to)|versus|vs\.?|relative\s+to)\s|与[^，,。]{0,12}相比|與[^，,。]{0,12}相比|相较|相較", re.I)
# (Not \b around the abbreviations: a Chinese character is a word character, "全因死亡HR(95%CI)".)
RATIO_NAMED = re.compile(r"(?<![A-Za-z0-9])(?-i:a?HR|a?OR|a?RR|IRR)(?![A-Za-z])|\b(?:hazard\s+ratio|odds\s+ratio|risk\s+ratio|relative\s+risk(?!\s+(?:reduction|increase))(?<!reduction\sin\sthe\srelative\srisk)(?<!increase\sin\sthe\srelative\srisk)(?<!reduced\sthe\srelative\srisk)(?<!lowered\sthe\srelative\srisk)(?<!decreased\sthe\srelative\srisk)(?<!increased\sthe\srelative\srisk)(?<!raised\sthe\srelative\srisk)(?<!cut\sthe\srelative\srisk)|rate\s+ratio)\b|"
                         # (not "风险比使用奥氮平的患者高出约25%": a risk, then what it is set against)
                         r"(?:风险比|風險比)(?![^，,。；;\d]{1,24}?(?:高|低|增|降|多|少))|比值比|相对危险度|相對危險度", re.I)
# Where one clause of a result sentence ends and the next arm's begins (``Outcomes.clause_pairs``).
CLAUSE_CUT = re.compile(r"(?=[,;，；wbacv])(?:[,;，；]\s*(?:(?:while|whereas|but|and|compared\s+(?:with|to)|versus|vs\.?)\s+)?|"
                        r"\b(?:while|whereas|but|and|compared\s+(?:with|to)|versus|vs\.?)\s+)", re.I)
# Where one result of a sentence ends and another begins: a semicolon.
RESULT_BREAK = re.compile(r"[;；]\s*")
# The measure right after a value: "lost 10.2% of their weight", "32% of their body fat".
OF_THEIR = re.compile(r"\s*(?:%|percent|per\s*cent)?\s+of\s+(?:their|his|her|the|its)\s+(?:(?:total|initial|baseline|starting)\s+)?"
                      r"(?P<x>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}?)(?=\s*[,;.]|\s+(?:while|whereas|and|but|compared|at|after|by|in|over|from)\b|\s*$)", re.I)
# What a clause that only gives another arm's value may say besides the arm and the value.
CLAUSE_GLUE = {"while", "whereas", "but", "and", "compared", "with", "to", "versus", "vs", "the", "a", "an", "of", "in", "for",
               "among", "on", "by", "only", "just", "group", "arm", "patients", "participants", "those", "was", "were", "it",
               "lost", "gained", "fell", "rose", "dropped", "declined", "decreased", "increased", "reduced", "improved",
               "percent", "mean", "average", "then", "respectively", "receiving", "taking", "given",
               "则", "为", "為", "组", "組", "的", "是", "而", "仅", "僅",
               # units, who they were, and a value's interval
               "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "points", "point", "mmhg",
               "kg", "mg", "ml", "l", "g", "dl", "mmol", "treated", "recipients", "cases", "subjects", "children", "adults",
               "women", "men", "people", "ci", "range", "iqr", "sd", "se", "median", "confidence", "interval", "all", "who", "received", "had", "reported", "seen", "observed", "noted", "arms", "groups"}
# Before the first arm named: it is what the sentence sets the rest against.
LEAD_AGAINST = re.compile(r"(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|than|unlike|in\s+contrast\s+to)\s+(?:the\s+)?$", re.I)
ZH_WITH = re.compile(r"[与與和跟较較]\s*$")
ZH_COMPARED = re.compile(r"\s*(?:[组組])?\s*(?:相比|比较|比較|相較|相较)")
# Between a value and an arm: a subgroup within the arm, not the arm itself.
NOT_ONE_PER_ARM = re.compile(r"\b(?:those|patients|participants|people)\s+(?:with|who|whose)\b|\bwho\b|\b(?:above|below|over|under)\b|"
                             r"亚组|亞組|其中", re.I)
# Values that run from one to another: one arm's levels, not one per arm.
FROM_THEN_TO = re.compile(r"\bfrom\b.*\bto\b|\bto\b.*\bfrom\b|由.*(?:降至|升至|至)", re.I)
AND_GLUE = re.compile(r"\s*%?\s*(?:and|和|与|與|及)\s*", re.I)
DIFFERENCE_WORD = re.compile(r"\bdifferences?\b|差值|差异为|差異為", re.I)
# A change told by its verb: before a clause's value ("lost 10.2%", "fell by 3 points"), or
# where no name of a side or an event may have one ("drug X lowered the risk").
CLAUSE_VERB = re.compile(r"\b(?:lost|gained|fell|rose|dropped|declined|decreased|increased|reduced|lowered|raised|cut|improved)\b"
                         r"(?:\s+by)?", re.I)
# A value that is a change from baseline, said before it: a clause's verb ("fell", "rose"),
# a noun of change ("a gain of", "reduction in", "changes in"), 下降, 降幅.
CHANGE_WORD = re.compile(CLAUSE_VERB.pattern + r"|\b(?:gains?|loss|reductions?|decreases?|increases?|improvements?|"
                         r"changes?\s+(?:from\s+baseline|in))\b|下降|降低|减少|減少|增加|升高|改善|降幅|增幅", re.I)
PERCENT_NEXT = re.compile(r"\s*(?:%|percent|per\s*cent)(?![a-z])(?!\s*points?\b)", re.I)  # (not "percentage points")
PERCENT_END = re.compile(r"(?:%|percent|per\s*cent)\s*$", re.I)
# "decreased by 2.1 kg in the drug group and 0.4 kg in the placebo group": the next arm's change,
# its "by" left out, in the same unit (``u1``, ``u2``), its arm after it (``Outcomes._next_arms_change``).
_CHANGE_UNIT = r"%|percent|per\s*cent|percentage\s+points?|points?|kg|lbs?|pounds|mm\s?Hg|[A-Za-zμ]{1,5}/[A-Za-z]{1,3}"
AND_ARM_CHANGE = re.compile(r"\s*(?P<u1>" + _CHANGE_UNIT + r")?"
                            r"\s+(?:with|in|for|among|on)\s+[^,;\d()]{1,40}?,?\s+and\s+(?P<v>\d+(?:\.\d+)?)\s*(?P<u2>" + _CHANGE_UNIT + r")?"
                            r"(?=\s+(?:with|in|for|among|on)\s)", re.I)
# Between the next arm's change and its arm, only its unit and a preposition: "0.4 kg in the placebo group".
ARM_LEAD = re.compile(r"\s*(?:" + _CHANGE_UNIT + r")?\s+(?:with|in|for|among|on)\s+(?:the\s+|those\s+(?:on|" + TAKING_ARM + r")\s+)?", re.I)
# The arm's name ends the next arm's change: "… and 0.4 kg in the placebo group." (not "… group withdrew").
ARM_PHRASE_END = re.compile(r"\s*(?:groups?|arms?|recipients)?\s*(?:[,;.()]|,?\s*respectively|\s*$)", re.I)
# "…降幅為18.55%，安慰劑組為3.02%": the next arm's change, said with its arm.
AND_ARM_ZH = re.compile(r"\s?%?\s?[,，;；]\s?(?:而|则|則)?[^,，;；。\d]{1,12}?[组組]\s?(?:则|則)?(?:为|為|是)\s?(?P<v>\d+(?:\.\d+)?)\s?%?")
# "(P<0.001 for each dose vs. placebo)": one p for every arm against one.
EACH_VERSUS = re.compile(r" ?(?:for|in) (?:each|both|all|every) (?:dose|doses|group|groups|arm|arms) "
                         r"(?:vs\.?|versus|against|compared with) (?P<x>[^()\[\]]{2,30})[)\]]", re.I)
# After the arms' changes, the comparator's: "..., as compared with 1.8 days in the placebo group".
COMPARED_CHANGE = re.compile(r"[^,;()]{0,40}?[,\s]+(?:as\s+)?(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:a\s+(?:reduction|decrease|change)\s+of\s+)?"
                             r"(?P<v>\d+(?:\.\d+)?)\s*(?P<unit>%|points?|days?|kg)?(?=\s+(?:in|with|for|among|on)\b)", re.I)
GAINED_AFTER = re.compile(r"[^,;.()]{0,40}?\b(?:who|that)\s+(?:gained|increased|rose)\b", re.I)
# After a change's value, the other end of a range: "减少了0.5千克到2千克".
RANGE_AFTER = re.compile(r"\s*(?:千克|公斤|kg|%|分|mmHg)?\s*(?:到|至|~|～|–|\bto\b|(?<=%)-)\s*(?P<v>\d+(?:\.\d+)?)", re.I)  # ("5%-10%")
# "比安慰剂组(显著)降低": the arm a Chinese change is measured against (not "比治疗前": its baseline).
ZH_THAN_ARM_BEFORE = re.compile(r"(?<![相对對])比(?!治疗前|治療前|基线|基線|术前|術前|入组|入組)[^，,。；;]{0,15}?[组組][^，,。；;]{0,6}$")
AND_BY = re.compile(r"\s*[^,;()]{0,40}?\band by\s+(?P<v>-?\d+(?:\.\d+)?)\s*(?:%|points?)?", re.I)
CHANGE_BY = re.compile(
    r"(?=[dfgilrw上下减升增提改缩降c])(?P<verb>降幅|减幅|減幅|下降幅度|降低幅度|增幅|升幅|增加幅度|"
    r"提升|提高|增加|增长|上升|升高|改善|下降|降低|减少|减轻|减重|缩小|rose|risen|increased|decreased|declined|fell|fallen|dropped|"
    r"improved|reduced|changed|gained|lost|reduction|increase|decrease|improvement|decline|change|went\s+up|went\s+down|climbed)"
    r"(?:\s*(?:了|by|of|分别|为|為|达|達|respectively|an average of|a mean of|on average|by a mean of|by an average of))*\s*"
    # (not the number of a name, "提高6MWT": no change of 6)
    r"(?P<list>-?\d+(?:\.\d+)?(?!\d|\.\d|(?-i:[A-Z]{2}))\s*(?:%|分|points?)?(?:\s*(?:、|,|，|和|及|与|and|,\s*and)\s*-?\d+(?:\.\d+)?\s*(?:%|分|points?)?)*)",
    re.I)


def _body_weight_or(name: str | None) -> str | None:
    """What a change in "weight" is: of body weight ("reduced weight by 12.4%", "lost 10.2
    percent of their weight"), a name the vocabulary keeps for the whole phrase only."""
    return "body weight" if name is not None and name.lower() == "weight" else name


ARM_IN_BRACKETS_BEFORE = re.compile(r"\s*(?:(?:±|\+/-|SD)\s*\d+(?:\.\d+)?)?\s*(?:%|[A-Za-zμ/²]{1,8}(?:/[A-Za-z]{1,4})?)?\s*[(（]\s*(?:the\s+)?", re.I)
ARM_IN_BRACKETS_AFTER = re.compile(r"\s*(?:group|arm)?\s*[)）]", re.I)
SUBGROUP_SENTENCE = re.compile(r"\b(?:among|in)\s+(?:the\s+)?(?:participants|patients|people|those|women|men|children|adults|subjects)\s+"
                               r"(?:with|who|aged|older|younger|without)\b", re.I)
EVENT_LIKE = re.compile(r"\b(?:rates?|incidence|events?|admissions?|hospitali[sz]ations?|deaths?|mortality|risks?|infections?|"
                        r"relapses?|exacerbations?|fractures?|strokes?|attacks?|episodes?|visits?|readmissions?)\b", re.I)
WHAT_IS_A_RISK = re.compile(r"\b(?:risks?|odds|hazards?|rates?|likelihood|chances?|incidence|numbers?|proportion|percentage|share|it|this|that|them)\b", re.I)
# "reduced weight by an average of 12.4%": what changed, between the verb and "by" (a pattern of
# its own: inside CHANGE_BY the optional slot made its analysis six times slower).
CHANGED_WHAT_BY = re.compile(
    r"\b(?P<verb>reduced|lowered|decreased|increased|raised|improved|cut)\s+(?:the\s+|their\s+|mean\s+)?"
    r"(?P<what>[A-Za-z][\w\-]*(?:\s[A-Za-z][\w\-]*){0,2}?)\s+by\s+(?:an?\s+(?:average|mean)\s+of\s+)?"
    r"(?P<list>-?\d+(?:\.\d+)?\s*(?:%|points?)?)", re.I)
CHANGE_BY_WORDS = ("rose", "risen", "increase", "decrease", "decline", "fell", "fallen", "dropped", "improve",
                   "reduc", "change", "gained", "lost", "went", "climbed")  # (as SAFETY_WORDS)
COMPARE = re.compile(
    r"(?=[rtv两之优低劣多大好对小少差比相组高bc])(?:优于|劣于|高于|低于|大于|小于|好于|差于|多于|少于|相比|相较|对比|比较|之间|两组间|组间|"
    r"\bthan\b|\bcompared (?:with|to)\b|\bversus\b|\bvs\.?\b|\bbetween\b|\brelative to\b)", re.I)
# "两组均较治疗前改善": each arm against its own baseline, not the arms against each other.
WITHIN_BOTH = re.compile(r"[两兩]组(?:患者)?(?:治疗后|治療後)?[均都各]|[两兩]組(?:患者)?(?:治療後)?[均都各]|[较較]治[疗療]前|"
                 r"(?:优|優|高|低|好|差|少|多|长|長|短)(?:于|於)治[疗療]前|"
                 r"[与與]治[疗療]前(?:相比|比较|比較)|治[疗療]前后|治療前後|\bfrom baseline\b|\bwithin (?:each|both)\b", re.I)
# A statistic the article itself calls a mean difference keeps that name.
NAMED_MEAN_DIFFERENCE = re.compile(r"\bmean\s+differences?\b|\bW?MDs?\b|均数差|平均差", re.I)
CHANGED_PER_ARM = re.compile(r"\b(?:increased|decreased|rose|fell|declined|improved|dropped|changed)\s+(?:by\s+\S+\s+|from\s+)[^;]*?"
                     r"\band\s+(?:by\s+|from\s+)|(?:从|由)[^；;]*?(?:升|降|增|减|改善)[^；;]*?[，,][^；;]*?(?:从|由)", re.I)
MORE_LESS = re.compile(r"多|少|more|less|fewer", re.I)
LESS = re.compile(r"少|\bless\b|\bfewer\b", re.I)
# Measures named one after another, sharing what follows: "CGRP、内毒素、IL-6水平降低 (P<0.05)".
LIST_JOIN = re.compile(r"\s*(?:[、,，/]\s*(?:and\s+|和|及)?|\band\b|和|及|与|與|以及)\s*(?:the\s+)?(?:血浆|血清|serum\s+|plasma\s+)?", re.I)
# A value that a ratio's or difference's name stands right before: "HR: 0.75 (0.71–0.79)", "OR 2.1 (1.2-3.4)".
OF_TOTAL_BEFORE = re.compile(r"(?<![\d.])(\d+)\s*(?:of|/)\s*$", re.I)
# Between a share and what its people reached, only who they were: "of patients", "of the 40
# participants", "(32/40)", "of those treated".
EVERYONE_THEN_OUTCOME = re.compile(r"\s*(?:[(（]\s*\d+\s*/\s*\d+\s*[)）]\s*)?(?:of\s+(?:the\s+|all\s+|these\s+)?(?:\d+\s+)?"
                                   r"(?:patients|participants|subjects|children|adults|women|men|people|individuals|those(?:\s+treated)?)\s*)?"
                                   r"(?:[(（]\s*\d+(?:\.\d+)?\s*%\s*[)）]\s*)?,?\s*"
                                   # (and the verb that names what they reached, "achieved a", "were")
                                   r"(?:(?:achieved|attained|reached|had|experienced|developed|reported|showed|met|maintained|lost|"
                                   r"were|was)\s+(?:an?\s+|the\s+)?)?"
                                   # ("43%的患者达到完全缓解", "33例(83%)患者获得…", "74%(42名)患者达到了完全缓解")
                                   r"|\s*(?:[(（]\s*\d+(?:\.\d+)?\s*(?:%|名|例|人)\s*[)）])?(?:的)?(?:患者|病人|患儿|受试者|受試者|病例)?(?:中)?(?:有)?"
                                   r"(?:(?:出现|出現|发生|發生|达到|達到|获得|獲得|实现|實現)了?)?", re.I)
# A measure's name that describes the study, not an outcome: how long it followed its people
# (the record's follow-up holds that).
STUDY_DESCRIPTOR = re.compile(r"随访时间|隨訪時間|随访时长|隨訪時長|\bfollow[- ]?up\s+(?:time|duration|period)\b|"
                              # (a measure named "follow-up": the study's, no outcome)
                              r"^(?:(?:mean|median|average)\s+)?follow[- ]?up$", re.I)
# The people's age said in prose ("Median baseline age was 77 (70-102)"): who took part, no outcome
# (a baseline table's "Age" row keeps it, as the table gives it).
AGE_NAME = re.compile(r"(?:(?:baseline|mean|median|average)\s+)*age", re.I)
# Words that say a cohort's events happened ("identified", "developed", "incident", "cases of").
EVENTS_HAPPENED = re.compile(r"\b(?:identified|developed|diagnosed|occurred|incident|cases?\s+of|died|deaths?|events?|recorded)\b", re.I)
# After "N participants (x%)": the event they had ("with dementia", "developed heart failure", "died of cancer").
EN_COUNTED_EVENT = re.compile(r"\s*(?P<verb>with|developed|had|experienced|died\s+(?:of|from)|were\s+diagnosed\s+with)\s+(?:an?\s+|incident\s+)?"
                              r"(?P<x>[A-Za-z][A-Za-z\- ]{1,50}?)(?=\s*[,;.(]|\s+(?:and|during|over|in|at|after|by|within)\b|\s*$)", re.I)
# What stands before an event's name and is no part of it: "The number of cases of incident …".
EVENT_LEAD = re.compile(r"^(?:the\s+)?(?:total\s+)?(?:number\s+of\s+)?(?:new\s+)?(?:cases\s+of\s+)?(?:incident\s+)?", re.I)
# Before "was N (x%)": "The number of cases of incident dementia was 577 (6.7%)".
EN_EVENTS_WERE = re.compile(r"(?:number\s+of\s+)?(?:cases\s+of\s+)?(?P<x>[A-Za-z][A-Za-z\- ]{1,50}?)\s+(?:was|were)\s+$", re.I)
# After "2086例(5.3%)": the event, up to the next item of the list ("全因死亡、688例…").
ZH_COUNTED_EVENT = re.compile(r"\s*(?:发生|發生|出现|出現|死于|死於)?(?P<x>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9\-]{1,13}?)"
                              r"(?=\s*(?:[、，,。；;）)]|以及|和|及|$))")
# Who people were or what they received, not what happened to them: "男72例(68.6%)", "女性",
# "吸烟者", "3000例(7.5%)接受手术治疗".
ZH_NOT_AN_EVENT = re.compile(r"^(?:男|女|年龄|年齡|岁|歲|吸烟|吸煙|既往|合并|合併|患有|接受|使用|服用|采用|採用|进行|進行|行)|(?:患者|病人|者)$")
# The words of an event a Chinese cohort counts: deaths, events, recurrences, admissions, diagnoses.
ZH_EVENT_WORD = re.compile(r"死亡|事件|复发|復發|再入院|住院|卒中|中风|中風|梗死|梗塞|骨折|感染|发病|發病|癌|失智|痴呆|衰竭|并发症|併發症")
# A share named as a bound before it or after it: a threshold, no result.
THRESHOLD_AFTER = re.compile(r"\s*(?:or\s+(?:more|greater|higher|above)\b|及以上|以上)", re.I)
# "(at least) 5% (or more) of their (initial) body weight", after "lost".
LOST_SHARE_OF_WEIGHT = re.compile(r"(?P<bound>at\s+least|more\s+than|over|≥)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent|per\s*cent)(?P<more>\s+or\s+more)?\s+of\s+"
                                  r"(?:their|his|her|the)?\s*(?:initial\s+|starting\s+|baseline\s+|total\s+)?(?:body\s+)?weight$", re.I)
# The measures just named, referred back to: "上述指标", "以上各项指标", "these measures".
BOUND_THEN_NUMBER = re.compile(r"[<>≤≥]\s*=?\s*\d")
CLAUSE_COMMA = re.compile(r"[,，;；]")
# Between two arms named together: "对照1组和对照2组", "the A and B groups". (Not 与: "B组与C组相比" sets B against C.)
ARMS_JOIN = re.compile(r"\s*(?:和|及|、|,\s*and|and|or|或)\s*(?:the\s+)?", re.I)
THE_ABOVE = re.compile(r"(?:上述|以上|前述)(?:各项|各項|各|所有|(?:\d|[两兩二三四五六])\s*[项項])?(?:指标|指標|指數|指数|参数|參數|观察指标|觀察指標|评分|評分|积分|積分)|"
                       r"\b(?:all\s+)?(?:these|the\s+above)\s+(?:measures|indices|indicators|parameters|outcomes|markers)\b", re.I)
# A run's own direction right after its last measure: "…水平降低", "…均明显升高".
RUN_DIRECTION_AFTER = re.compile(r"\s*(?:(?:水平|含量|评分|評分|积分|積分)\s*)?(?:均)?(?:明显|明顯|显著|顯著)?"
                                 r"(?:降低|升高|下降|上升|增加|减少|減少|增高|缩短|縮短|延长|延長)")
# Between two runs of measures that share a p, the first run's direction: "…水平降低，…".
DIRECTED_RUN_JOIN = re.compile(RUN_DIRECTION_AFTER.pattern + r"\s*[，,；;]\s*(?:而)?\s*(?:血浆|血漿|血清)?")
# Between two measures an enumeration lists, names it lists too: "、hs-CPR、", "、内毒素、".
_ITEM = r"[A-Za-z\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff\-αβγ]{0,11}"
ENUMERATED = re.compile(r"\s*、(?:\s*" + _ITEM + r"\s*、)+\s*")
ENUMERATED_ITEM = re.compile(r"、\s*(?P<name>" + _ITEM + r")(?=\s*、)")
# A p-value against before treatment, and one against another arm (``Outcomes._within_arms``).
WITHIN_CUE = re.compile(r"(?:与|與|和)治(?:疗|療)前(?:相)?比|(?:较|較)治(?:疗|療)前|治(?:疗|療)前后比(?:较|較)|治療前後比較|自身前后|"
                        r"(?:优|優|高|低|好|差|少|多|长|長|短)(?:于|於)治(?:疗|療)前|"
                        # ("change from baseline" names a measure, compared between arms: no cue)
                        r"(?<!change )(?<!changes )\b(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+(?:the\s+)?baseline\b", re.I)
BETWEEN_CUE = re.compile(r"组间|組間|(?:与|與|较|較|(?<![相对對])比)对照组|(?:与|與|较|較|(?<![相对對])比)對照組|(?:优|優|高|低|好|差)于对照组|(?:优|優|高|低|好|差)於對照組|"
                         r"\bbetween(?:\s+the)?(?:\s+two)?\s+(?:groups|arms)\b|\b(?:than|versus|vs\.?|compared\s+(?:with|to))\s+"
                         r"(?:the\s+|those\s+(?:on|in|given)\s+)?(?:placebo|control|sham)", re.I)
# One arm against another named arm in Chinese: "针刺组低于西药组", "较对照组" (in English,
# COMPARATOR_LEAD: "lower with drug A than with drug B").
ARM_AGAINST_ZH = re.compile(r"(?:较|較|(?<![相对對])比|[优優高低好差大小][于於])\s*$")
# Between two bracketed results set side by side: the first's close, a list mark, the second's
# opening and its statistic ("]、[SMD=0.18, 95% CI (0,0.36), ").
RESULTS_SIDE_BY_SIDE = re.compile(r"\s*[\]）)】]\s*[、,，]\s*[\[（(【][^。；;\[\]【】]{0,80}")
BETWEEN_ARMS = re.compile(r"两组|兩組|组间|組間|\bbetween(?:\s+the)?(?:\s+two)?\s+(?:groups|arms)\b", re.I)
RATIOS = {"odds_ratio", "risk_ratio", "hazard_ratio", "mean_difference", "smd", "effect_size", "difference_in_change"}
WORDS_RATIO = re.compile(r"(?i:adjusted\s+)?(?i:odds|hazard|risk\s+ratio|relative\s+risk|incidence\s+rate)|比值比|优势比|风险比|相对危险|相对风险")
RATE_UNIT_AFTER = re.compile(r"\s*(?:bpm|beats|/\s*min|次|per\s+min|breaths|mmHg)", re.I)
RATE_WORDS = re.compile(r"heart\s+rate|respiratory\s+rate|pulse|心率|呼吸频率|呼吸頻率|脉搏", re.I)
INLINE_CI = re.compile(r"\s*[,;]\s*(?:95\s*%\s*(?:CIs?|confidence\s+intervals?(?:\s*[(\[]CI[)\]])?)|CI)(?:\b|(?<=[)\]]))[^()\[\];]{0,30}", re.I)
# "lower risk of CVD events": the outcome a ratio is of.
# A word that only qualifies an outcome: "total", "nonfatal" in "total and nonfatal myocardial infarction".
LONE_MODIFIER = re.compile(r"^(?:total|overall|any|fatal|non-?fatal|major|minor|severe|serious|first|recurrent|all-cause)$", re.I)
RISK_OF_OUTCOME = re.compile(r"\b(?:(?:risk|odds|hazard|incidence|likelihood)\s+of|(?:risk|odds|hazard|likelihood)\s+for)\s+(?:the\s+|a\s+|an\s+)?(?P<x>[A-Za-z][^,;()\[\]]{1,50}?)"
                             r"(?=\s*[,;(\[]|\s*$|\s+(?:was|were|among|in|than|compared|by)\b)", re.I)
# "…為6.9%，較對照組的13.5%": between a value and the comparator named before its own value.
VALUE_TO_COMPARATOR = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*[,，]?\s*(?:比|较|較|低于|低於|高于|高於|优于|優於|少于|少於|多于|多於|"
                                 r"相较于|相較於|相比于|相比於|相对于|相對於)\s*", re.I)
CHANGE_BEFORE_VALUE = re.compile(r"(?:降低|下降|减少|減少|升高|增加|提高|改善|缩短|延长|降幅|增幅|减轻|減輕)了?\s*(?:为|為|达|達)?\s*$|"
                                 r"\b(?:decreased|increased|reduced|improved|fell|rose|lost|gained)\s+(?:by\s+)?$", re.I)
COMPARATOR_TO_VALUE = re.compile(r"\s*(?:的|之)?\s*(?:为|為|是)?\s*")
# "A、B、C分别为 v1、v2、v3": the values of a list of measures, in its order.
# The first value of a pair after a colon label, then "vs", right before the second: "women: 64.3% vs ".
LABELLED_FIRST_OF_PAIR = re.compile(r"[:：]\s*\d+(?:\.\d+)?\s*%?\s*(?:vs\.?|versus)\s*$", re.I)
# A colon right before a value ("MACCEs: 5.3%") and the "vs" after it that makes it the first of a pair.
LABEL_COLON_BEFORE = re.compile(r"\s*[:：]\s*$")
PAIR_VS_AFTER = re.compile(r"\s*%?\s*(?:vs\.?|versus)\s*\d", re.I)
# An outcome's label right before a value, after a bracket or a stop: "(ORR: 64.3% …", "; MACCEs: 5.3% …";
# never a section's or a note's ("Results:", "Outcome:", "Note:").
COLON_LABEL_RIGHT_BEFORE = re.compile(r"(?:^|[(\[;]\s*)(?P<x>[A-Za-z][\w\-/ ]{1,40}?)\s*:\s*$")
NOT_AN_OUTCOME_LABEL = re.compile(r"(?:results?|conclusions?|methods?|background|objectives?|outcomes?|notes?|findings|"
                                  r"overall|total|all|both|p|n|ns|range|mean|median|vs|versus|"
                                  # (a statistic's name, "AUC: 441 ± 153 versus 186 ± 58"; a time, "day 2: …")
                                  r"AUC|SD|SE|IQR|CI|HR|OR|RR|MD|SMD|difference|change|"
                                  r"(?:day|week|month|year|visit|cycle|dose|baseline|follow[- ]?up)s?(?:\s*\d+)?)", re.I)
# Between a run of the arms' values and the same arms' values before treatment: "，低于治疗前的",
# "，均较治疗前的" ("…分别为(4.56)、(6.12)mmol/L,低于治疗前的(7.21)和(7.24)mmol/L").
BEFORE_TREATMENT_RUN = re.compile(r"[)）\]]?\s*(?:%|[A-Za-zμ/²]{1,8})?\s*[,，]\s*(?:均|都)?(?:明显|显著|顯著)?(?:低于|低於|高于|高於|较|較|少于|少於|多于|多於)"
                                  r"\s*(?:治疗前|治療前|干预前|干預前)(?:的)?\s*")
# The next item of a Chinese list of measures each with its value: "…(13.37±5.08)min、自主活动时间(",
# "…mL及术后住院时间(", "…%、SV(": a unit, a list word, the item's name, its value's bracket.
ZH_NEXT_ITEM = re.compile(r"[)）\]]?\s?(?:%|[A-Za-zμ/²]{1,8})?\s?(?:、|及|和|以及)\s?"
                          r"(?P<name>(?![^(（]*?(?:组|組|[时時](?![间間])|较|較|低于|低於|高于|高於|比|治疗[前后]|治療[前後]))"
                          r"[\u4e00-\u9fff]{1,9}[\u4e00-\u9fff](?<![为為是的了瞭至到])"
                          # (or an abbreviation the page writes in Latin letters: "…%、SV(74.1±2.6)mL")
                          r"|(?-i:[A-Z][A-Za-z0-9]{1,7}))"
                          r"\s?[(（]\s?")
# Ratios named in the plural before their values, with nothing but their outcomes between:
# "the hazard ratios for death and stroke were", "HRs for all-cause and cardiovascular mortality were".
LIST_OF_RATIOS = re.compile(r"\b(?:(?:hazard|odds|risk)\s+ratios|relative\s+risks|(?-i:a?HRs|a?ORs|RRs))\s+(?:for|of)\s+"
                            r"[A-Za-z][\w\- ]{0,60}?(?:,\s*[A-Za-z][\w\- ]{0,40}?)*\s+(?:and|or)\s+[A-Za-z][\w\- ]{0,40}?\s+(?:were|of)\s+", re.I)
# What an item of such a list is when it is no outcome of the whole cohort: people and their traits,
# a change or a ratio, a subgroup or a time, a count of people.
NOT_LISTED_OUTCOME = re.compile(r"\b(?:changes?|improvements?|reductions?|increases?|decreases?|relative|excess|risks?|odds|"
                                r"ratios?|numbers?|counts?|males?|females?|men|women|boys|girls|patients|participants|"
                                r"subjects|caregivers|children|adults|smokers|non-smokers|ages?|sex|recruitment|"
                                r"randomi[sz]ation|enrolment|enrollment|screened|enrolled|(?:year|month|week|day|visit|"
                                r"cycle|group|arm|cohort)\s+\w+)\b", re.I)
# Where an English list of outcomes may open: after a comma, a colon or a stop the sentence
# splitter did not cut at ("… received drug K. The rate of …").
ITEMS_MAY_OPEN_AFTER = re.compile(r"[,;:.]\s+")
# Nothing but values, their intervals and list words: the run of a list's values so far.
ONLY_VALUES_BETWEEN = re.compile(r"(?:[\d.,;:()\[\]\s–—\-−%·]|\band\b|\bto\b|95\s*%\s*CI)*", re.I)
# The words before English outcomes listed for their values (``Outcomes._english_items_respectively``):
# "Overall, the", "the cumulative incidences of"; a ratio named there makes the values no levels.
LISTED_OUTCOMES_LEAD = re.compile(r"^\s*(?:(?:overall|in\s+total|in\s+addition|at\s+\w+\s+\w+)\s*,\s*)?(?:(?:the|a|an|its|their)\s+)?"
                                  r"(?:(?:estimated|adjusted|corresponding|respective)\s+)?"
                                  r"(?P<ratio>(?:hazard|odds|risk|rate)\s+ratios?\s+(?:for|of)\s+|(?-i:a?HRs?|a?ORs?|RRs?)\s+(?:for|of)\s+)?"
                                  r"(?:cumulative\s+incidences?\s+of\s+)?", re.I)
ENGLISH_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
# One English item of such a list: one to six words, no number of its own beyond a name's ("HbA1c").
ENGLISH_ITEM = re.compile(r"(?!(?:the|a|an|this|these|those|it|they|and|or|both|all|respectively|in|during|at|for|with|after|"
                          r"before|among|between|from|to|on|by|than|versus|vs)\b)[A-Za-z][\w\-/]*"
                          r"(?:\s+(?!(?:the|a|an|was|were|is|are|had|has|showed|during|at|after|before|with|among|between|than|"
                          r"versus|vs)\b)[A-Za-z][\w\-/]*){0,5}", re.I)
# The opening the first item of a list carries for all ("rate of symptom disappearance in fever").
OPENING_OF_ITEMS = re.compile(r"^.{3,60}?\b(?:in|of|for)\s+(?=\S+(?:\s+\S+)?$)", re.I)
# "respectively" right after a list's last value: "14%, respectively", "22.3 months, respectively".
RESPECTIVELY_RIGHT_AFTER = re.compile(r"\s*(?:%|(?!lower|higher|less|more|greater|smaller|fewer|longer|shorter)[A-Za-z]{1,8}"
                                      r"(?:/[A-Za-z]{1,4})?)?\s*[)\]]?\s*,?\s*respectively\b", re.I)
MEASURES_THEN_VALUES = re.compile(r"(?:分别|分別|依次)\s*(?:为|為|是)?\s*[:：]?|\b(?:were|was)\s+(?=[\d(\[-])", re.I)
# An arm named as what another is compared with: "与对照组相比", "较对照组", "和B组比较".
COMPARED_WITH_ARM = re.compile(r"(?:与|與|较|較|和|同|比)\s*$")
# An arm named by a combination: "特瑞普利单抗联合化疗组".
COMBINED_WITH = re.compile(r"联合|聯合|合并|合併|加用|\+")
# A comparison that ends on an arm: "显著优于对照组", "低于对照组", "与对照组", "较对照组".
COMPARISON_BEFORE_ARM = re.compile(r"[于於与與较較比同和]")
COMPARED_AFTER_ARM = re.compile(r"\s*(?:相比|比较|比較|相較|对比|對比)")
# Between the values of such a run: list words, units, brackets.
VALUE_RUN_GLUE = re.compile(r"[)）\]]?\s?(?:%|分|[A-Za-zμ/²]{1,8}|[\u4e00-\u9fff]{1,2})?[)）\]]?\s?(?:[,，]\s?and\s|[、,，;；]|和|及|与|與|and)?\s?[(（\[]?\s?", re.I)
# Between the two values of a pair: "50.00(25.75,57.25)分vs.24.00(…)", "12.5:8.4".
TWO_VALUES_GLUE = re.compile(r"[)）\]]?\s?(?:%|分|[A-Za-zμ/²]{1,8}|[\u4e00-\u9fff]{1,2})?\s?(?:vs\.?|versus|比|∶|:)\s?[(（\[]?\s?", re.I)
# "…评分均高于对照组，" right before "分别为": the list's comparison, its measures before it.
_ZH_HIGHER_LOWER = r"高于|低于|高於|低於|优于|優於|多于|少于"
ZH_LIST_COMPARED = re.compile(r"(?:均|都|皆)?(?:" + _ZH_HIGHER_LOWER + r")[^，,；;。]{1,12}[，,]\s*$")
# A column header that says which side a ratio or difference is of: "placebo vs X", "A/B", "A:B".
ORDER_SAID = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:with|to)|relative\s+to)\s|\w\s?/\s?\w|\w\s?:\s?\w", re.I)
# A list's item that is an abbreviation: "FMA-WH", "SF-36".
ITEM_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]{1,4})?")
# A bracket the value's reading left after it ("0(0,12.50)"): no glue of the list.
BRACKET_ASIDE = re.compile(r"^[(（][^()（）]{1,30}[)）]")
# The arm a list is set against, said between the measures and the values: "均高于对照组，分别为".
# "…均高于药物治疗组(53.5%∶33.7%、…": the list's comparison, then its pairs in the bracket
# right after the arm it is set against.
ZH_LIST_COMPARED_BRACKET = re.compile(r"(?:均|都|皆)?(?:" + _ZH_HIGHER_LOWER + r")[^，,；;。()（）]{1,12}?[组組]\s*[(（]")
COMPARED_AFTER_LIST = re.compile(r"(?:" + _ZH_HIGHER_LOWER + r"|较|較|与|與|vs\.?|versus|than)", re.I)
# Groups listed, then one outcome, then a value for each group "respectively": "在总人群、无肌少症、
# 潜在肌少症和肌少症人群中，心血管疾病的患病率分别为…", "代谢健康体重正常、…和代谢异常肥胖脑卒中发病率分别为…"
# (the outcome's name glued to the last group's). The items hold no number and no clause break.
_LISTED_GROUP = r"[^，,。；;：:、\d%()（）]{2,16}(?:[(（][^()（）]{1,40}[)）])?"
GROUPS_THEN_RESPECTIVELY = re.compile(
    rf"(?:(?<=[，,。；;：:\s])|^)(?:在|于|於)?(?P<list>{_LISTED_GROUP}(?:、{_LISTED_GROUP})*(?:、|和|及|与|與)[^，,。；;：:、\d%()（）]{{2,30}}?)"
    r"(?:(?P<where>人群|患者|者|亚组|亞組)?中)?(?P<sep>[，,]\s*)?(?P<measure>(?:\d{1,2}\s*(?:年|个月|個月)(?=[^\d%]))?[^，,。；;：:、\d%]{0,20}?)\s*"
    r"(?:分别|分別|依次)\s*(?:为|為|是|达到了?|達到了?)", re.M)
# The people a listed group's name ends on, glued to the outcome after it: "乳腺癌、胰腺癌|患者的总生存率".
WHOSE_OUTCOME = re.compile(r"(?P<tail>[^的]{0,6}?)(?:患者|病人|人群)的?(?P<rest>.{2,})")
PEOPLE_AT_END = re.compile(r"(?:患者|病人|人群)$")
# A time that opens an outcome's name: "5年总生存率".
TIME_OPENS_NAME = re.compile(r"^\d{1,2}\s*(?:年|个月|個月)")
GROUP_LIST_SPLIT = re.compile(r"以及|、|和|及|与|與")
LIST_OPENING = re.compile(r"^(?:(?:结果|結果|研究结果|研究結果|数据显示|數據顯示)\s*[:：]?\s*)?(?:在|于|於)?")
LISTED_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
# Everyone, as one of the groups listed: "在总人群、无肌少症…人群中".
EVERYONE_LISTED = {"总人群", "總人群", "全人群", "总体", "總體", "全体", "全體", "所有患者", "全部患者", "总体人群", "總體人群"}
# A share's count of its total, in brackets after it: "(1905/15137)".
FRACTION_ASIDE = re.compile(r"\s*[(（]\s*\d[\d,]*\s*/\s*\d[\d,]*\s*[)）]")
# The outcome's name at the end of the last group's: "…代谢异常肥胖脑卒中发病率".
RATE_TAIL = re.compile(r"(?P<m>(?:累积|累計|累计)?(?:发病率|發病率|发生率|發生率|患病率|死亡率|病死率|生存率|存活率|缓解率|緩解率|"
                       r"有效率|治愈率|治癒率|控制率|阳转率|陽轉率|应答率|應答率|复发率|復發率|达标率|達標率|检出率|檢出率))(?=\s*(?:分别|分別|依次))")
# A name that is an outcome's, not a group's: what the list items may not be.
OUTCOME_NAME_WORD = re.compile(r"率|评分|評分|积分|積分|水平|时间|時間|[分值]$")
# "…分，低于对照组的 w1、w2": the comparator's values in the same order.
# (after the run's unit as a run's values have theirs: "(7155.03±980.07)元，与B组的(…)")
COMPARATOR_LIST = re.compile(r"[)）\]]?\s?(?:%|分|[A-Za-zμ/²]{1,8}|[\u4e00-\u9fff]{1,2})?[)）\]]?\s?[,，;；]\s?(?:而|且)?均?(?:低于|低於|高于|高於|优于|優於|少于|少於|多于|多於|"
                             r"与|與|较|較|vs\.?\s|versus\s|compared\s+with\s)?(?:the\s)?[^,，;；。.\d\s][^,，;；。.\d]{0,15}?"
                             r"(?:的|之)?\s?(?:分别|分別)?(?:为|為|是|were)?\s?(?=[(（\[]?\s?[-−]?\d)", re.I)
LIST_SPLIT = re.compile(r"\s*(?:[、,，/]\s*(?:and\s+|和|及)?|\band\b|和|及|以及)\s*", re.I)
BASELINE_COMPARISON = re.compile(r"与本组|與本組|较本组|較本組|与治疗前|與治療前|较治疗前|較治療前|治疗前比较|治療前比較")
CI_LEVEL = re.compile(r"(?<![\d.])9[059]\s?%\s?(?:confi|CI\b|C\.I|credible|CrI|置信|可信|信赖|信賴)|\bCI\s?9[059]\s?%", re.I)
SHARE_COUNT = re.compile(r"(?<=%)\s?[(（\[]\d+\s?/\s?\d+[)）\]]")
BEFORE_AND_AFTER = re.compile(r"\bbefore\s+and\s+after\b|\bpre-?\s*and\s+post-?|\bfrom\s+baseline\b|\bcompared\s+(?:with|to)\s+baseline\b|"
                              r"\bat\s+baseline\b|治疗前后|治療前後|干预前后|基线|" + BASELINE_COMPARISON.pattern, re.I)
# A ratio named in the plural, its values to follow: "Adjusted hazard ratios for death ... were as follows:".
RATIOS_NAMED = re.compile(r"\b(?:adjusted\s+)?(?:hazard|odds|risk)\s+ratios\b|\b(?:relative\s+risks|a?HRs|a?ORs|RRs)\b|"
                          # ("average hazard ratio [95% confidence intervals] were 0.72 [0.68, 0.77] in …": one
                          # name for a list of values)
                          r"\b(?:hazard|odds|risk)\s+ratio(?=\s*(?:\[[^\[\]]{0,40}\]|\([^()]{0,40}\))?\s+were\b)", re.I)
RATIOS_WORDS = ("ratio", "risks", "hrs", "ors", "rrs")  # (every match holds one: all are English)
# "... for drinking less than 1 cup per day,": whose value it is.
FOR_GROUP = re.compile(r"\s*(?:for|in|among)\s+(?:those\s+|participants\s+|patients\s+)?(?:who\s+)?(?P<x>[A-Za-z0-9≥≤<>][^,;()\[\]]{1,60}?)(?=\s*(?:[,;()]|\.(?!\d)|\band\b|$))", re.I)
# "... among men who drank coffee", "the respective hazard ratios among never smokers were": the
# subgroup a list of ratios is of (the people in general are no subgroup).
NOT_PEOPLE = r"(?!(?:participants|patients|people|subjects|adults|those|all)\b)"
AMONG_WHOM = re.compile(r"\s+among\s+" + NOT_PEOPLE + r"(?P<who>[A-Za-z-]+)\b", re.I)
RESPECTIVE_AMONG = re.compile(r"\brespective\s+(?:adjusted\s+)?(?:hazard|odds|risk)\s+ratios\s+among\s+" + NOT_PEOPLE
                              + r"(?P<who>[A-Za-z-]+(?:\s+[A-Za-z-]+)?)\s+were\b", re.I)
LIST_CI = re.compile(r"\s*[(（]\s*95\s*%[^()（）]{0,60}[)）]")
RATIO_OF = re.compile(r"(?:\s*\([^()]{0,20}\))?\s+(?:of|for)\s+(?P<x>[A-Za-z][A-Za-z -]{1,40}?)(?=\s+(?:among|in|for|with|were|was|as|associated|compared|"
                      r"relative|versus|vs)\b|\s*[,:;(])", re.I)
# A change that names a group, after the value it is given: "HRs … were 0.95 (…) for decreased 1 h".
GROUP_BY_CHANGE = re.compile(r"\b(?:for|among)\s+(?:those\s+(?:who|with)\s+)?$", re.I)
# A list of values joined ("1.28 (…) and 1.64 (…)"), then the groups they are of, "respectively".
GROUPS_RESPECTIVELY_AFTER = re.compile(r"\s*(?:for|in|among)\s+(?P<head>(?:[A-Za-z][\w\-]*\s+){1,4}?of\s+)?"
                                       r"(?P<list>[^;,]{1,40}(?:,\s*[^;,]{1,40}){0,4}?(?:,?\s+and\s+[^;,]{1,40}?))\s*,?\s+respectively\b", re.I)
GROUP_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.I)
# Between two items of a list of ratios, what says another statement has begun: a verb, a
# statistic's name ("and the median survival was 8.2 (7.1, 9.3) among …").
LIST_GAP_STOP = re.compile(r"\b(?:was|were|is|are|median|mean|average|rate|odds|risk|survival)\b|;", re.I)
# The reference a list of ratios is set against, in the words that name the ratio: "the HRs of
# dementia compared with 7 h of sleep were …".
REFERENCE_IN_LEAD = re.compile(r"\b(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+(?:the\s+)?"
                               r"(?:(?:subjects|participants|patients|people|those|men|women)\s+who\s+(?:reported|had|were|took|drank|ate)\s+)?"
                               r"(?P<ref>[A-Za-z0-9][^,;:()\[\]]{1,50}?)(?=\s*(?:[,:(\[]|\.(?!\d)|$|\b(?:were|was|are|is)\b))", re.I)
# A value and its interval with no level named, in a list whose first interval named it:
# "1.13 (95% CI: 0.98–1.30) for 3–5 h, 0.93 (0.85–1.02) for 6 h".
VALUE_BARE_INTERVAL = re.compile(r"(?<![A-Za-z0-9_.])(?P<v>-?\d+(?:\.\d+)?)\s*[(（\[]\s*(?P<lo>-?\d+(?:\.\d+)?)\s*"
                                 r"(?:-|–|—|~|～|to|,)\s*(?P<hi>-?\d+(?:\.\d+)?)\s*[)）\]]")
# What states a value that its arm follows: "was 0.9 in the vaccinated group and 9.2 in ...".
# (and the other arm's after "compared with", "versus": "3.1 in the drug group compared with 4.5 in the placebo group")
STATED_BEFORE = re.compile(r"\b(?:was|were)\s+(?:an?\s+(?:mean|median|average)\s+of\s+)?$|\band\s+$|"
                           r"\b(?:compared\s+(?:with|to)|versus|vs\.?|as\s+against)\s+$", re.I)
# An event an arm's people had, counted ("死亡7例", "复发2例", "生存人数21例", "7例死亡"): in a
# Chinese abstract, each arm's events after its name (``zh_event_counts``).
ZH_EVENT_WORDS = vocab.outcome_words_zh()
ZH_EVENT_NAME = "(?:" + "|".join(sorted(map(re.escape, ZH_EVENT_WORDS), key=len, reverse=True)) + ")"
ZH_EVENT_COUNT = re.compile(r"(?:(?P<event>" + ZH_EVENT_NAME + r")(?:人数|人數|例数|例數)?\s*(?:为|為|有|共|达|達)?\s*(?P<n>\d+)"
                            r"|(?P<n2>\d+)\s*(?:例|名|人)\s*(?P<event2>" + ZH_EVENT_NAME + r")(?![率的者时時])"
                            r")\s*(?:例|名|人)?(?![\d.%％])(?!\s*(?:例|名|人)?\s*[(（]\s*\d)"
                            # (a duration or a number of times, "存活3年以上者", "复发2次以上": no count of people)
                            r"(?!\s*(?:年|个月|個月|月|天|日|周|週|次|小时|小時|h(?![A-Za-z])|d(?![A-Za-z])|岁|歲|以上|以下))")
# Between an arm and its first event, or between two events: 中, 患者, a comma, "共", "其中".
ZH_EVENT_GLUE = re.compile(r"\s*(?:中|患者|患儿|病人|[:：,，、;；]|共|随访\S{0,6}?[,，]?)*\s*")
# A sentence of who the arms' people were before: "两组既往史比较：治疗组患者中卒中5例…".
ZH_BEFORE_THE_TRIAL = re.compile(r"既往|病史|基线|基線|入组时|入組時|入院时|入院時|纳入|納入|合并|合併|伴有|构成|構成|一般资料|一般資料")
# Between an arm and its first grade: nothing, or a colon, 中, "患者".
# (the arm's size may stand first: "治疗组70例，显效9例，…")
GRADE_LEAD = re.compile(r"\s*(?:\d+\s*例\s*[，,.]?)?\s*(?:患者|病人|患儿|患兒)?\s*(?:中|[:：])?\s*")
# Two values side by side in brackets: "(80.0% vs 85.0%, p = 0.211)", "(4.0天vs. 6.7天)".
BRACKETED = re.compile(r"[(（\[][^()（）\[\]]{3,90}[)）\]]")
# Between an arm's name and the pair of values after it: "in the drug K group (35.6 vs. 20.2%)".
ARM_THEN_PAIR = re.compile(r"(?:\s+(?:group|arm|cohort)s?)?\s*", re.I)
# A comparison said before the arm, whose side the first value is: "was higher in the X group (…)".
PAIR_COMPARED = re.compile(r"\b(?:higher|lower|greater|better|worse|more|less|fewer|larger|smaller|longer|shorter)\s+"
                           r"(?:(?!(?:than|compared|versus|vs|baseline|before|from)\b)\w+\s+){0,3}?(?:in|among|for|with|on)\s+(?:the\s+|those\s+(?:in|on|" + TAKING_ARM + r")\s+(?:the\s+)?)?$",
                           re.I)  # (right before the arm: "more frequent with X than with placebo (…)" is arm_lists')
# A ratio named once, then its values for the items listed before it: "降低患者术后1年、2年和3年复
# 发率，风险比及其95%可信区间分别为0.48(0.37~0.63)、0.62(0.50~0.77)和0.62(0.45~0.84)", "the hazard
# ratios (95% CI) were 0.80 (0.70-0.91) and 0.75 (0.64-0.88), respectively".
# (Two patterns, the ratio's name and what follows it, each simple enough to be checked for
# catastrophic backtracking.)
NAMED_RATIO_LIST = re.compile(
    r"(?P<kind>风险比|風險比|危险比|危險比|比值比|优势比|相对危险度|相對危險度|相对风险|(?<![A-Za-z0-9])(?-i:a?HR|a?OR|I?RR)s?(?![A-Za-z])|"
    r"hazard\s+ratios|odds\s+ratios|risk\s+ratios|relative\s+risks)", re.I)
RATIO_LIST_LEAD = re.compile(
    r"\s*(?:[(（](?:a?HR|a?OR|I?RR)s?[)）])?\s*(?:及其|及|和|与|與|and(?:\s+their|\s+the)?|with(?:\s+their)?)?\s*"
    r"(?:95\s*%\s*(?:可信区间|可信區間|置信区间|置信區間|CIs?|confidence\s+intervals?))?\s*(?:[(（]\s*(?:95\s*%\s*)?CIs?\s*[)）])?"
    r"\s*(?:分别为|分別為|分别是|分別是|were|are)\s*[:：]?\s*", re.I)
# A part of a sentence about a subgroup or a time, whose ratios are no longer those of the groups
# listed before: "在糖尿病患者中，…", "其中男性…", "随访第5年…".
SUBGROUP_PART = re.compile(r"在[^，,；;]{1,16}中|其中|男性|女性|男|女|亚组|亞組|者|患者中|年|月|周|週")
# "以(≥250~<400)g/d组为参照", "以不饮茶者作为对照": the reference a ratio is against.
# A group named by a measure's level, right after the measure's name: "(正常)体重组", "体重正常组"
# (not "体重组间", between the groups); an arm named by what it was given: "the progesterone group".
GROUP_AFTER_NAME = re.compile(r"(?:正常|偏低|偏高|过低|過低|过高|過高|[高低中])?[组組](?![间間内內])|\s+(?:group|arm)s?\b", re.I)
# The word that names a listed group's people, in the last item: "重度肥胖人群", "吸烟者" (the
# outcome's words after it).
PEOPLE_LISTED = re.compile(r"^[^的]{1,12}?(?:人群|者|患者|居民|老人|儿童|兒童)")
# Between an outcome's name and its ratio inside the bracket right after it: "angina (RR=",
# "CHD deaths (adjusted HR ", "pain improvement (p < 0.001; WMD = ".
OPENS_RESULT_BRACKET = re.compile(r"\s*(?:\([A-Za-z0-9\-]{1,10}\)\s*)?[(\[]\s*(?:[Pp]\s*[<=>≤]\s*[\d.]+\s*[;,]\s*)?"
                                  r"(?:(?:adjusted|pooled)\s+)?(?:[A-Za-z]{1,4}\s*[=:]?\s*)?", re.I)
# Between a p and the effect after it in one bracket: "p < 0.001; WMD = ".
P_THEN_EFFECT = re.compile(r"\s*[;,]\s*(?:(?:adjusted|pooled)\s+)?(?:[A-Za-z]{1,4}\s*[=:]?\s*)?", re.I)
# A p for a trend across levels, said after it: "P < .001 for the trend".
TREND_AFTER = re.compile(r"\s*(?:for|of)\s+(?:the\s+)?(?:linear\s+)?trends?\b", re.I)
# A p of a test other than the effect's: "P for interaction", "P for trend", "P for heterogeneity".
P_OF_SOMETHING_ELSE = re.compile(r"\bfor\s+(?:interaction|trend|heterogeneity|non-?inferiority)|交互|趋势|趨勢|异质|異質", re.I)
# A p that opens a bracket whose effect follows it: "p < 0.001; WMD = −1.24 [95% CI …]".
P_OPENS_EFFECT = re.compile(r"\s*[;,]\s*(?:(?:adjusted|pooled)\s+)?(?:WMD|SMD|MD|a?RR|a?OR|a?HR|IRR|RD|mean\s+difference|"
                            r"risk\s+ratio|odds\s+ratio|hazard\s+ratio)\s*[=:]?\s*[-−]?\d", re.I)
# A bracket that gives an example, not a result: "(e.g. HR 0.7 …)", "(for example, …)".
EXAMPLE_OPENING = re.compile(r"\s*(?:e\.?\s?g\.?|i\.?\s?e\.?|for\s+example|for\s+instance|such\s+as)\b", re.I)
# A share of people described by what they took: "29% on the drug", "80% of patients taking the
# drug", "77% of patients in the placebo group", "23.5% of those given usual care".
SHARE_WHO_TOOK = re.compile(
    r"(?<![\d.])(?P<v>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?:of\s+(?:the\s+)?(?:those|patients|participants|people|subjects|children|"
    r"adults|women|men|infants)(?:\s+patients)?\s+)?(?:(?:who|that)\s+(?:were\s+)?)?(?:on|took|received|" + TAKING_ARM + r"|in\s+the)\s+"
    r"(?P<arm>[A-Za-z][\w\-+ ]{0,40}?)(?:\s+(?:group|arm)s?)?(?=\s+(?:had|have|has|were|was|died|developed|experienced|achieved|ended|needed|required|lost|"
    r"reached|completed|discontinued|stopped|quit|responded|relapsed|withdrew|did)\b|\s*[,;.()\[\-–—]|\s*$|\s+(?:versus|vs\.?|compared|"
    r"while|whereas|and|but)\b)", re.I)
# Between one arm's share and the next: "versus", "compared with", "and", ", while".
SHARES_JOINED = re.compile(r"\s*(?:[a-z]+(?:\s+[a-z]+){0,3}\s+)??(?:,\s*)?(?:versus|vs\.?|compared\s+(?:with|to)|and|while|"
                           r"whereas|but)\s+(?:about\s+|only\s+|just\s+(?:over\s+|under\s+)?|nearly\s+|almost\s+|roughly\s+)?", re.I)
# The verb after the first arm's share that says what its people did ("died", "had died").
SHARE_OUTCOME_VERB = re.compile(r"\s+(?P<verb>[a-z]+(?:\s+[a-z]+){0,3}?)(?=\s*(?:,|\.|;|$|\s+(?:versus|vs\.?|compared|while|whereas|"
                          r"and|but)\b))", re.I)
# The people a run of shares is of, named before a colon right before it: "for patients sick
# enough to need breathing machines: 29% …", "at earlier stages or milder cases of illness: 18% …".
WHOSE_BEFORE_COLON = re.compile(r"\b(?:for|among|in|at)\s+(?P<who>[A-Za-z][^:;,%\d]{2,80}?)\s*:\s*$", re.I)
# What people took, in a share's words (not "in the X group"): "on", "taking", "given".
TOOK = re.compile(r"\b(?:on|took|received|" + TAKING_ARM + r")\s", re.I)
# What a share's people were or had, in words the outcome vocabulary does not know: "were women".
SAID_OF_THEM = re.compile(r"(?:were|was|had|have|has|developed|experienced|reported|showed|got)\b", re.I)
# A verb in the passive right before a share: "(the study) was completed by 80% of …".
VERB_BY_BEFORE = re.compile(r"\b(?P<verb>(?:was|were)\s+[a-z]+)\s+by\s+$", re.I)
# An arm's people, then how many fewer (or more) of something they had, as news gives a change:
# "Those taking the drug averaged four fewer migraine days, while those on placebo had two fewer".
_NUMBER_OR_WORD = r"(?P<v>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# (the amount first, then the people it is of, right before its verb: two patterns, each fast)
FEWER_OR_MORE = re.compile(r"\s(?P<verb>averaged|had|reported|experienced|saw)\s+(?P<average>an?\s+(?:average|mean)\s+of\s+|on\s+average\s+)?"
                           + _NUMBER_OR_WORD + r"\s+(?P<dir>fewer|more)\b(?P<x>[a-z\- ]{0,40}?)"
                           r"(?=\s+(?:a|per|each)\s+(?:month|week|day|year)\b|\s*[,;.]|\s+(?:than|compared|while|whereas|and)\b|\s*$)", re.I)
# After the amount, the people or arm it is set against: "4 fewer migraine days than those on placebo".
AGAINST_OTHERS_AFTER = re.compile(r"(?:\s+(?:a|per|each)\s+(?:month|week|day|year))?\s+(?:than|compared\s+(?:with|to))\s+(?!(?:at\s+)?baseline\b|before\b)", re.I)
PEOPLE_BY_ARM_BEFORE = re.compile(r"\b(?:those|people|patients|participants|subjects)\s+(?:who\s+(?:were\s+)?"
                                  r"(?:took|received|got|given)|on|in|" + TAKING_ARM + r")\s+(?P<arm>[A-Za-z][\w\-+ ]{0,40}?)"
                                  r"(?:\s+(?:group|arm))?\s*$", re.I)
# A sentence that opens on the arm it compares with: "Compared to controls, …", "Compared with placebo …".
COMPARED_OPENING = re.compile(r"\W*(?:compared\s+(?:to|with)|relative\s+to|versus)\s+(?:the\s+)?(?P<who>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)"
                              r"(?:\s+(?:group|arm))?\s*(?:,\s*|\s+(?=[a-z]))", re.I)
# An outcome named right before the bracket of its value, after the list's comma or "and".
NAME_BEFORE_BRACKET = re.compile(r"(?:^|[,;)]\s*|\band\s+)(?P<x>(?!and\b)[A-Za-z][\w\-]*(?:\s+(?!and\b)[A-Za-z][\w\-]*){0,3})\s*[(\[]\s*$", re.I)
# A value's bracket closed, then another's set against it; or "vs" before a value: a pair of levels.
PAIR_AFTER_BRACKET = re.compile(r"\s*(?:vs\.?|versus|compared\s+(?:with|to))\s", re.I)
PAIR_BEFORE_VALUE = re.compile(r"\b(?:vs\.?|versus)\s*[^()\[\]]{0,20}[(\[]\s*$", re.I)
PEOPLE_NAME = re.compile(r"(?:the\s+)?(?:" + PEOPLE + r"|controls?)", re.I)
IN_THE_GROUP = re.compile(r"\b(?:in|among|for)\s+the\s+(?P<x>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)[- ](?:group|arm)\b", re.I)
OPENS_BRACKET_BEFORE = re.compile(r"[(\[]\s*$")
# Words for the one treatment of a trial against its comparator: "the drug", "the vaccine".
THE_DRUG = re.compile(r"(?:active\s+|study\s+)?(?:drug|medication|medicine|treatment|vaccine|therapy|pill)", re.I)
# Chinese risks said in words (``zh_risk_statements``): the people and what their risk is of
# (read from the clause before, ``_zh_risk_head``), then "风险是…的N倍" or "风险增加N%".
_ZH_RISK_NOUN = r"(?:风险|風險|危险|危險|几率|幾率|机率|機率|可能性|(?<=死亡)率|(?<=发病)率|(?<=發病)率)"
ZH_RISK_WORD = re.compile(r"风险|風險|危险|危險|几率|幾率|机率|機率|可能性|死亡率|发病率|發病率")
ZH_RISK_TIMES = re.compile(r"(?:的)?" + _ZH_RISK_NOUN + r"(?:是|为|為|达|達|高达|高達|约为|約為)(?P<ref>[^，,。；;：:、()（）倍]{2,24})的\s*"
                           r"(?:约|約)?(?P<v>\d+(?:\.\d+)?)\s*倍")
ZH_RISK_CHANGE = re.compile(r"(?:的)?" + _ZH_RISK_NOUN + r"(?:[(（][^()（）]{0,30}[)）])?(?:亦|也|则|則|会|會|将|將|可|便)?(?:显著|顯著|明显|明顯)?"
                            # ("感染风险比服用奥氮平的患者高出约25%": against the people after 比)
                            r"(?:[，,]?\s*(?:比|较|較)(?P<than>[^，,。；;：:、()（）比较較]{2,24}?))?"
                            r"(?P<dir>增加|升高|增高|上升|提高|高出|降低|下降|减少|減少|减低|減低|降)了?\s*(?:约|約|近|达|達)?\s*"
                            r"(?P<v>\d+(?:\.\d+)?)\s*(?:%|％)(?!\s*(?:至|到|~|～|-))")
# The people before what their risk is of: the last word for people in the clause ("的人", "者",
# "患者", "人群", "组"), then the outcome.
ZH_PEOPLE_END = re.compile(r"(?:的人|者|患者|人群|族群|組|组|男性|女性|儿童|兒童|老人|长者|長者)(?:的)?")
ZH_CLAUSE_START = re.compile(r"[，,。；;：:、()（）]")
ZH_BRACKETED = re.compile(r"[(（][^()（）]{0,40}[)）]")
# A time before treatment, which a risk may be set against: "比干预前", "比治疗前", "较基线".
ZH_BEFORE_TREATMENT = re.compile(r"(?:干预|干預|治疗|治療|用药|用藥|服药|服藥|手术|手術|入组|入組)前$|^(?:基线|基線|之前|以前)$")
# An outcome said of the people of the clause before: "其感染风险", "发生各类感染的风险".
ZH_THEIR_OUTCOME = re.compile(r"^\s*(?:其|他们的|他們的|发生|發生|出现|出現|患)")
ZH_SUBGROUP_OPENING = re.compile(r"^(?:其中|其内|其內)")
ZH_PEOPLE_THAN = re.compile(r"(?P<a>[^比较較]{2,16}?)(?:比|较|較|相较于|相較於)(?P<b>[^比较較]{2,16})")
# What opens the people's words but is no part of them: "研究发现，", "结果显示", "其中".
ZH_GROUP_LEAD = re.compile(r"^(?:.*(?:发现|發現|显示|顯示|表明|指出|结果|結果))?(?:，|,)?(?:其中|而|且|但|则|則|那些|这些|這些)?")
# The people before what their risk is of, up to their last word: "习惯喝茶的人患…", "饮茶者患…".
PEOPLE_WORD_LEAD = re.compile(r"^[^，,。；;]{0,16}?(?:的人群|的人|人群|者|人)(?=罹患|患|发生|發生|出现|出現)")
# Each item of a ratio list compared at its extremes: "comparing the highest with the lowest
# quintiles", "the top versus the bottom quartile".
EXTREME_LEVELS = re.compile(r"\bcompar(?:ing|ed)\s+(?:the\s+)?(?P<top>highest|lowest|top)\s+(?:with|to|versus)\s+(?:the\s+)?"
                            r"(?P<bottom>lowest|highest|bottom)\s+(?P<unit>(?:quin|quar|ter)tile|decile)s?\b", re.I)
# The article opening a name: "the Alternate Mediterranean Diet" is that diet.
THE = re.compile(r"^the\s+", re.I)
# A Chinese list of three items or more: "哮喘、咳嗽、胸闷、气促症状积分…" (its first item may hold
# words before it, its last the head they share and what follows).
ZH_ITEM_RUN = re.compile(r"[\u4e00-\u9fff]{2,}(?:、[\u4e00-\u9fff]{2,4}){1,}、[\u4e00-\u9fff]{3,}")
# What may stand right before a list's first item: who, when, and joining words.
ITEM_RUN_OPENERS = ("患儿", "患者", "病人", "组", "組", "后", "後", "前", "的", "及", "和", "中", "者", "时", "時")
# The heads such items share, longest first: each item's score, time to improve, rate.
SHARED_HEADS = ("症状改善时间", "症状消失时间", "症状缓解时间", "症状有效率", "症状积分", "症状评分", "症狀積分",
                "改善时间", "消失时间", "缓解时间", "恢复时间", "改善時間", "消失時間", "積分", "评分", "积分", "評分", "有效率")
# "0 to 48 hours": the end of a window of time after its start.
TIME_WINDOW_TO = re.compile(r"\s*(?:to|-|–|through|until)\s*\d+(?:\.\d+)?\s*(?:hours?|h\b|days?|weeks?|months?|years?|min)", re.I)
# Words that qualify a change and name nothing it is of: "sustained reductions", "significant increases".
ADJECTIVES_BEFORE = re.compile(r"^(?:(?:sustained|significant|greater|larger|smaller|marked|modest|small|large|"
                               r"statistically|clinically|meaningful|further)\s+)+", re.I)
# A clause that concedes, not one that states the result: "Even though …", "Although …".
CONCESSIVE = re.compile(r"\W*(?:even\s+though|although|though|despite|in\s+spite\s+of)\b", re.I)
# Whose a measure is, after its name: "… score of the ChD mouthwash users", "… in the placebo group".
WHOSE_TAIL = re.compile(r"\s+(?:of|in|among|for)\s+(?P<who>(?:the\s+)?[A-Za-z][\w\s-]{1,40})$")
# A group named with its word: "group A", "the placebo arm".
GROUP_BY_WORD = re.compile(r"(?:group|arm)\s+\w+|[\w-]+\s+(?:group|arm)", re.I)
# The people word closing whose a measure is: "… of the ChD mouthwash users".
PEOPLE_WORD_AFTER = re.compile(r"\s+(?:users|group|arm|patients|participants|recipients|subjects)$", re.I)
# A few words then a comma: what a share was during, "… during the trial, compared with …".
WORDS_BEFORE_COMMA = re.compile(r"^\s*(?:[a-z]+\s+){0,3}[a-z]+(?=\s*,)", re.I)
# People named by what they had, right before an event: "Of patients with nausea".
WHO_HAD_BEFORE = re.compile(r"\b(?:patients|participants|people|those|subjects|individuals|children|adults|women|men)\s+"
                            r"(?:with|without|having|who\s+had)\s+(?:\w+\s+){0,2}$|\bamong\s+(?:\w+\s+){0,3}$", re.I)
# Nothing after a clause's value but its unit and the words joining the next clause.
UNIT_ONLY_AFTER = re.compile(r"[\s,;.]*(?:(?:percent|percentage\s+points?|points?|kg|lbs?|pounds|mg/dL|mmol/L|mmHg|mm\s+Hg)\b)?[\s,;.]*"
                             r"(?:(?:while|whereas|but|and|compared\s+(?:with|to)|versus|vs\.?)\s*)?", re.I)
# Before a trial's risk said without its people (``_zh_risk_of_trial``): a clause that only
# reports it ("研究显示，"), or what the trial did that caused it ("能使…"; "临床试验显示，…" saying
# it is the trial's), also for the later items of such a list ("能使中风风险降低33%、心肌梗死…").
ZH_REPORT_ONLY = re.compile(r"(?:^|[，,。；;：:])\s*(?:本|该|該|这项|這項|此)?(?:研究|试验|試驗|结果|結果|数据|數據)?(?:[^，,。；;]{0,4})?"
                            r"(?:显示|顯示|表明|发现|發現|证实|證實|指出)\s*[，,：:]?\s*$")
ZH_THIS_TRIAL_REPORTS = re.compile(r"(?:试验|試驗)[^，,。；;]{0,6}(?:显示|顯示|表明|证实|證實|发现|發現)")
ZH_CAUSATIVE_LEAD = re.compile(r"^(?:能够|能夠|可以|能|可)?(?:使|让|讓|令)(?![用人得])")
ZH_CAUSED_LIST = re.compile(r"(?:使|让|讓|令)(?![用人得])[^，,。；;]{2,16}?(?:风险|風險)(?:降低|下降|减少|減少)\s*\d+(?:\.\d+)?\s*%\s*[、，,]\s*$")
# ... but not a part of the trial's people, nor another study's or another finding: "在糖尿病亚组中，",
# "其中", "达到目标血压者，", "既往荟萃分析显示", "研究还发现".
ZH_NOT_THE_TRIAL_LEAD = re.compile(r"亚组|亞組|其中|者[，,]|者中|中[，,]|既往|此前|以往|另一[项項]|荟萃|薈萃|[Mm]eta|还|還|此外|另外|若|如果|假如")
# An outcome alone in its clause, nothing but its name: "急性心臟衰竭", "HF".
ZH_OUTCOME_ALONE = re.compile(r"[\u4e00-\u9fffA-Za-z/]{2,16}")
# What a risk is of, without the verb before it: "患痴呆" is dementia, "罹患大腸癌" colorectal cancer.
ZH_RISK_OF = re.compile(r"^(?:罹患|患上|患有|患|发生|發生|出现|出現|得到|得)")
# People words that are no group of a study: "研究人员", "专家", "作者".
NOT_A_RISK_GROUP = re.compile(r"研究人员|研究人員|研究者|专家|專家|作者|医师|醫師|医生|醫生|记者|記者")
# A table row of ratios, and one of p-values (``from_tables``): "Hazard ratio * (95% CI)", "p-Value
# (stratified log-rank)".
RATIO_ROW = re.compile(r"\s*(?:(?:adjusted|stratified)\s+)?(?:hazard|odds|risk|rate)\s+ratio|\s*(?:a?HR|a?OR|RR)\b|\s*relative\s+risk", re.I)
P_ROW = re.compile(r"\s*p[\s-]*values?\b|\s*p\s*(?:[(*]|$)", re.I)
# A label over empty cells that names people, not an outcome: "Patients aged 65 or older | ||".
PEOPLE_HEADING = re.compile(r"\b(?:patients|participants|subjects|people|men|women|children|adults|aged|years|subgroup)\b|患者|人群|亚组|亞組",
                            re.I)
# A table row that names only a statistic of its section's outcome: "Median in months (95% CI)",
# "Number of events", "Median (95% CI)", "Rate".
# Words a scale's name is printed with: "MADRS Total Score", "HAM-D total".
SCALE_NAME_WORDS = re.compile(r"\s+(?:total\s+)?(?:scores?|scales?|total)\b", re.I)
# Between two ratios of a list in one bracket: "OR=2.10,95%CI(1.50,2.94);OR=2.80,…".
RATIO_LIST_GLUE = re.compile(r"[;；]")
# An item's abbreviation in brackets after its Chinese name: "无局部复发生存(LRFS)".
ITEM_ABBREVIATION_AFTER = re.compile(r"\s?[(（]\s?[A-Za-z][A-Za-z0-9\-]{0,9}\s?[)）]$")
# A measure that says who people were, by a bound or a band of it: "patients with NIHSS scores >25",
# "… with NIHSS scores of 15–25", "those with an HbA1c ≥ 8%".
WITH_BEFORE_MEASURE = re.compile(r"\bwith\s+(?:an?\s+|the\s+|baseline\s+)?$", re.I)
MEASURE_BOUND_AFTER = re.compile(r"\s*(?:scores?|levels?|values?)?\s*(?:of\s+)?(?:[<>≤≥]=?\s*\d|\d+(?:\.\d+)?\s*(?:[–—-]|to)\s*\d)", re.I)
# A row's name that counts people: "Participants had ≥5% weight loss", "Proportion of patients …".
# A text table's row that says only that its cells are shares of people: "% of patients (95% CI)".
SHARE_ONLY_ROW = re.compile(r"(?:%|percent(?:age)?|proportion)(?:\s+of\s+(?:patients|participants|subjects|people))?"
                            r"(?:\s*[(（]\s*95\s*%\s*CI\s*[)）])?", re.I)
SHARE_OF_PEOPLE_NAME = re.compile(r"(?:participants|patients|people|subjects|proportion|percentage|share)\b", re.I)
# The words that lead to a row's time ("… at 12 mo"), and a row that names only a change ("Change at 12 mo").
TIME_LEAD_END = re.compile(r"\s*\b(?:at|after|by|in|to)\s*$", re.I)
CHANGE_WORD_ONLY = re.compile(r"(?:mean\s+)?changes?", re.I)
CHANGE_LIKE_HEAD = re.compile(r"(?:mean\s+)?(?:changes?|reductions?|decreases?|increases?|improvements?)", re.I)
# A row's head too generic to be its own measure: "Score at week 8", "Value, median (IQR) at week 8".
GENERIC_ROW_HEAD = re.compile(r"(?:scores?|values?|levels?|results?|totals?|mean|median|n|number|rate)(?:\s*[,(].*)?", re.I)
# A Chinese sentence that opens on "before treatment" ("2.血浆NT-proBNP:治疗前,2组…"), and a difference.
ZH_BEFORE_TREATMENT_OPENS = re.compile(r"(?:^|[:：。；;])\s*(?:治[疗療]前|干预前|干預前|基[线線]时?|基[线線]時)\s*[,，]")
ZH_DIFFERENCE = re.compile(r"差异|差異|可比")
ZH_EACH_AGAINST_BEFORE = re.compile(r"[与與]治[疗療]前(?:相比|比较|比較)[^。；;()（）]{0,20}?[均都][^。；;()（）]{0,20}?[(（]\s*[Pp]")
# What a row's label says its brackets hold: an SD or an SE.
SPREAD_SAID = re.compile(r"\b(?:SD|SE|SEM)\b|±", re.I)
SE_SAID = re.compile(r"\b(?:SE|SEM)\b", re.I)
# "与安慰剂相比": the arm named between them is what the others are set against.
ZH_WITH_BEFORE = re.compile(r"(?:与|與|和|跟|同)$")
ZH_SET_AGAINST_ARM = re.compile(r"(?:组|組)?\s*(?:相比|比较|比較|对比|對比)")
# A row that counts the events of the outcome its measure's line names ("No. of events 25 (9.3) …"
# under "Fatal and nonfatal MI"), and one of rates per person-time ("Incidence rate 23 (15–33)"),
# which no stat of a record holds.
EVENTS_ONLY_ROW = re.compile(r"\s*(?:(?:no\.?|number)\s+of\s+)?(?:events?|cases?)\s*", re.I)
PERSON_TIME_RATE_ROW = re.compile(r"\s*(?:incid(?:ence|ent)|event|crude)\s+rates?\b.*|.*\bper\s+[\d,]+\s+(?:person|patient)[-\s]?years?\b.*", re.I)
# A text table's row label that says only that its cells are means: "Mean (SD)", "Mean ± SD".
MEAN_ONLY_ROW = re.compile(r"\s*(?:ls\s+)?mean\s*(?:[(（]\s*(?:sd|se|sem)\s*[)）]|±\s*(?:sd|se|sem))?\s*", re.I)
STATISTIC_ONLY_ROW = re.compile(r"\s*(?:(?:number|no\.)\s+of\s+events|events|median(?:\s+in\s+(?:months|weeks|days|years))?|"
                                r"mean|rate|estimate)\s*(?:[,(][^|]*)?", re.I)
EVENTS_ROW = re.compile(r"\s*(?:(?:number|no\.)\s+of\s+)?events\b", re.I)
# A row that counts the section's people ("No. of patients with a response"), before one of their share
# ("% (95% CI)", SHARE_ONLY_ROW): the section's outcome, no measure of its own.
PEOPLE_COUNT_ROW = re.compile(r"\s*(?:number|no\.?)\s+of\s+(?:patients|participants|subjects)(?:\s+with\s+(?:an?\s+)?[a-z-]+)?\s*", re.I)
# A heading that says how the outcome above it was assessed, no outcome of its own: "Independent review".
ASSESSED_BY = re.compile(r"\s*(?:(?:independent|investigator|central|blinded|local|radiologic(?:al)?)\s+(?:central\s+)?"
                         r"(?:review|assessment|read(?:ing)?)|(?:assessed\s+)?by\s+(?:the\s+)?(?:investigators?|independent\s+review))\s*", re.I)
# Words a heading adds to the outcome above it that name no other outcome: "Survival rate" under "Overall survival".
HEADING_FILLER = {"rate", "rates", "of", "the", "no", "number", "patients", "percentage"}


def _qualified_by_heading(parent: str, heading: str) -> str | None:
    """The outcome a heading the vocabulary does not know names under the one above it that it
    does: how it was assessed, or the same outcome counted as a rate; else None.

    >>> _qualified_by_heading("objective response rate", "Independent review")
    'objective response rate (independent review)'
    >>> _qualified_by_heading("overall survival", "Survival rate")
    'overall survival rate'
    >>> _qualified_by_heading("progression-free survival", "Response") is None
    True
    """
    if ASSESSED_BY.fullmatch(heading):
        return f"{parent} ({heading.strip().lower()})"
    words = re.findall(r"[a-z][a-z-]*", heading.lower())
    own = set(re.findall(r"[a-z][a-z-]*", parent.lower()))
    if words and all(w in own or w in HEADING_FILLER for w in words) and any(w in own for w in words):
        return parent if "rate" not in words or "rate" in own else f"{parent} rate"
    return None
# Two arms' percent changes side by side (``median_changes_compared``): "a 27.8% median reduction from
# baseline in X compared to a 3.1% median increase in the control group".
PERCENT_CHANGE_LEAD = re.compile(r"(?<![\d.])(?P<v1>\d+(?:\.\d+)?)\s*%\s+(?P<stat1>median|mean)\s+"
                                 r"(?P<dir1>reduction|decrease|increase|improvement)\s+(?:from\s+baseline\s+)?in\s", re.I)
PERCENT_CHANGE_OTHER = re.compile(r"\s(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:an?\s+)?(?P<v2>\d+(?:\.\d+)?)\s*%\s+"
                                  r"(?:(?:median|mean)\s+)?(?P<dir2>reduction|decrease|increase|improvement)?\s*"
                                  r"(?:in|on|with)\s+the\s+(?P<arm>[A-Za-z][\w\-]*(?:\s[A-Za-z][\w\-]*){0,3}?)\s+(?:group|arm)\b", re.I)
# A Chinese range, then its median (``zh_medians_with_range``): "疗效维持时间1.3~6.3个月，中位数为4.75个月".
ZH_RANGE_THEN_MEDIAN = re.compile(r"(?P<name>(?:(?![为為是])[\u4e00-\u9fff]){2,12})(?:(?:为|為|是)[^，,；;。\d]{0,16}?|[^，,；;。\d\u4e00-\u9fff]{0,6}?)"
                                  r"第?\s*(?P<lo>\d+(?:\.\d+)?)\s*"
                                  r"(?:~|～|-|–|至|到)\s*第?(?P<hi>\d+(?:\.\d+)?)\s*(?P<unit>个月|個月|天|日|周|週|年|小时|小時|分钟|分鐘|岁|歲)?"
                                  r"\s*[，,]\s*(?:其)?中位(?:数|數|值)?(?:为|為|是)?\s*第?\s*(?P<v>\d+(?:\.\d+)?)")
# A p said of every value of a list, right after it: "(均P<0.001)", "，P均<0.05".
ALL_P = re.compile(r"\s*[(（,，]?\s*(?:(?:均|all\s+)\s*[Pp]|[Pp]\s*(?:值)?均)\s*[<=≤]")
# What joins an outcome to the groups before it and to its ratio after it: "的卒中发病风险" is stroke.
ZH_RISK_WORDS = re.compile(r"^(?:的|之)+|(?:的)?(?:发病|發病|发生|發生)?(?:风险|風險|危险|危險)?(?:比值比|风险比|風險比)?(?:的)?$")
ZH_REFERENCE = re.compile(r"以(?P<x>[^，,；;。以]{1,24}?)(?:作)?为(?:参照|參照|对照|對照|参比|參比|参考|參考)(?:组|組)?|"
                          r"(?<![参參给給授赋賦])(?:与|與)(?P<x2>[^，,；;。与與]{2,24}?)(?:相比|比较|比較)")
PART_END = re.compile(r"[；;]")
RESPECTIVE_LIST = re.compile(r"(?:分别为|分別為|分别是|分別是)\s*[:：]?\s*")
TIME_LIST_GLUE = re.compile(r"\s*(?:、|,|，|和|及|与|與|and|,\s*and)\s*", re.I)
RATIO_ITEM = re.compile(r"(?P<v>\d+(?:\.\d+)?)\s*[(（\[]\s*(?P<lo>\d+(?:\.\d+)?)\s*(?:~|～|-|–|—|to|,|，|至)\s*(?P<hi>\d+(?:\.\d+)?)\s*[)）\]]")
# A ratio's value listed without its interval ("HR分别为1.21、1.56和2.03"): no percentage, unit or
# interval after it.
RATIO_BARE_ITEM = re.compile(r"(?P<v>\d+(?:\.\d+)?)(?![\d.]|\s*(?:%|％|[(（\[]\s*\d|[A-Za-z/]|(?![和及与與或])[\u4e00-\u9fff]))")
# Words that make an "HR" a hazard, not a heart rate, when its values come without intervals.
RISK_CONTEXT = re.compile(r"风险|風險|危险|危險|risk|hazard|odds|相比|比较|比較|参照|參照", re.I)
RATIO_ITEM_SEP = re.compile(r"\s*(?:、|,|，|;|；|和|及|与|與|and|,\s*and)\s*", re.I)
COUNT_PAIR_AFTER = re.compile(r"\s*(?:and|or|,|和|与|與)\s*\d+\s*(?:participants|patients|subjects|people|individuals|人|例|名)", re.I)
PAIR_AND = re.compile(r"\d[^和与與及]*?(?:\band\b|和|与|與|及)", re.I)
# Sentences of who could enrol, and times before enrolment ("within the previous 6 months",
# "近3个月内"): no time a value was measured at.
CRITERIA = re.compile(r"\b(?:inclusion|exclusion|eligibility)\s+criteri|纳入标准|排除标准|納入標準|排除標準", re.I)
BEFORE_ENROLMENT = re.compile(r"\b(?:within|in|during|over)\s+the\s+(?:previous|past|preceding|prior|last)\s*$|"
                              r"\bprevious\s*$|(?:过去|過去|最近)\s*$", re.I)
VERDICT_WORDS = re.compile(r"\bsignifican|\bstatistical|\breach(?:ed)?\b|\bdiffer|显著|顯著|统计学|統計學|差异|差異", re.I)
ASSOCIATED_AFTER = re.compile(r"[^.;()]{0,8}?[)\]）]?\s*(?:was|were|is|are)\s+(?:\w+\s+)?associated\s+with\s+", re.I)
PAIR_THEN_RATIO = re.compile(r"[;；]\s*(?=(?:adjusted\s+)?(?:a?HR|a?OR|I?RR|hazard|odds|risk|relative)\b)", re.I)
# "代盐组的收缩压比对照组低3.3mmHg": after the second arm, the direction and the amount.
ZH_THAN_END = re.compile(r"(?:比|较|較)\s*$")
ZH_THAN_ANY = re.compile(r"(?:比|较|較)")
# A Chinese arm's name before its measure: "含钾代盐组", the last such word before the comparison.
ZH_GROUP_BEFORE = re.compile(r"(?<![\u4e00-\u9fffA-Za-z0-9])(?:[\u4e00-\u9fffA-Za-z0-9]{1,10}[组組])(?=[^，,。；;组組]{1,24}$)")
ZH_DIFF_AFTER = re.compile(r"\s*(?:的)?\s*(?:平均)?\s*(?P<dir>低|高|少|多|降低|减少|減少|增加|升高|下降|缩短|縮短|延长|延長)(?:了)?\s*"
                           r"(?P<v>\d+(?:\.\d+)?)(?![\d.])(?!\s*(?:%|％|倍|个百分点|個百分點|例|人|名|次|[~～\-–至到]\s*\d))")
# Not one arm against another: an arm's subgroup between them ("K药组中糖尿病亚组的…"), a list of arms
# ("高剂量组和低剂量组的…分别比…"), a fall's size ("下降幅度比…多3.3": more fall, less pressure), a
# sentence about before treatment ("基线时", "治疗前").
ZH_NOT_ONE_ARM = re.compile(r"中|亚组|亞組|者|岁|歲|分别|分別")
ZH_LIST_BEFORE = re.compile(r"^\s*(?:和|与|與|及|、)\s*$")
FALL_SIZE = re.compile(r"下降|降低|减少|減少|降幅|减幅|減幅|幅度|改善")
ZH_NOT_AFTER_TREATMENT = re.compile(r"基线|基線|治疗前|治療前|入组时|入組時|用药前|用藥前|术前|術前")
ZH_DIFF_NEXT = re.compile(r"\s*(?:[A-Za-zμ/]{1,8}|[\u4e00-\u9fff]{1,2})?\s*[，,]\s*[^，,。；;组組比较較]{2,24}?(?:平均)?\s*"
                          r"(?:低|高|少|多|降低|减少|減少|增加|升高|下降|缩短|縮短|延长|延長)(?:了)?\s*\d+(?:\.\d+)?")
LESS_WORDS = {"低", "少", "降低", "减少", "減少", "下降", "缩短", "縮短"}
BARE_VS = re.compile(r"\s*(?:vs\.?|versus|v\.?|对|對|比)\s*", re.I)  # no unit of the first value's own
BRACKETED_VS = re.compile(r"\s*(?:%|[A-Za-zμ/²]{1,8}|[\u4e00-\u9fff]{1,2})?\s*(?:vs\.?|versus|v\.?|对|對|比|compared\s+with)\s*", re.I)
# Statistics whose name alone makes an effect of the value after it ("HR 1.04"), with or
# without its interval.
NAMED_RATIOS = {"odds_ratio", "risk_ratio", "hazard_ratio"}
# ... named in words or in capitals: "1 or 2 times" holds no odds ratio.
RATIO_NAME = re.compile(WORDS_RATIO.pattern + r"|a?(?:OR|HR|RR|IRR)s?\b")
# Two arms sharing one "groups": "in the intervention and usual care groups".
SHARED_GROUPS = re.compile(r"\b(?:in|among|for|of|with)\s+(?:the\s+)?(?P<a>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)\s+(?:and|or|vs\.?|versus)\s+"
                           r"(?P<b>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)\s+(?:groups|arms)\b", re.I)
# Words that hand over to the next arm: the arm named after them is not the value's before them.
# A "side" that names what was measured, not who: "The pooled response rate showed …".
OUTCOME_AS_SIDE = re.compile(r"\b(?:rates?|risk|mortality|survival|scores?|events?|response|remission|incidence|"
                             r"improvement|reduction|change|outcome|efficacy|level)s?\b|率|风险|風險|评分|評分", re.I)
# Right after a p-value, what it compared: "for all placebo comparisons", "for each comparison with placebo".
P_AGAINST_COMPARATOR = re.compile(r"\s*(?:for\s+(?:all|each|both|the)?\s*(?:(?:placebo|control)\s+comparisons?|comparisons?\s+"
                                  r"(?:with|vs\.?|versus|against)\s+(?:the\s+)?(?:placebo|control)|"
                                  r"(?:vs\.?|versus)\s+(?:placebo|control)))", re.I)
# Words between a clause's start and a change that name nothing changed: how or when it changed.
NOT_A_SUBJECT = re.compile(r"相对|相對|绝对|絕對|总体|總體|整体|整體|幅度|平均|均值|均数|均|明显|明顯|显著|顯著|分别|分別|较前|較前|较治疗前|較治療前|治疗后|治療後|治疗前|治療前|"
                           r"[各两兩]组|[各两兩]組|进一步|進一步|有所|约|約|则|則|也|亦|又|共|达|達|可|[,，、；;:：\s()（）]")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# After a percentage and its interval, the people it is a share of: "… and 57% (…) of the participants".
SHARE_OF_PEOPLE_AFTER = re.compile(r"[^.;]{0,60}?\bof\s+(?:the\s+|all\s+)?(?:participants|patients|people|subjects|those|children|"
                                   r"adults|women|men|infants|respondents)\b", re.I)
# Between an arm's name and a value: the bracket that holds it, opened right after the name.
OPENED_RIGHT_AFTER = re.compile(r"\s*(?:groups?\b|arms?\b|组|組)?\s*[(（\[]\s*", re.I)
NEXT_ARM = re.compile(r"而|\bwhereas\b|\bwhile\b|\bcompared\b|\bthan\b", re.I)
# ("higher … after 8 weeks than after 4 weeks": a pair of times, doses or subgroups, not the arms)
THAN_WORD = re.compile(r"\bthan\b|\bexceeded\b|[高低优好差多少大小][于於]", re.I)
GENERIC_EFFECT = re.compile(r"\b(?:effect|effects|benefit|difference|association|results?)\b|效果|效应|差异|获益|受益|獲益|"
                            r"男性|女性|患者|亚组|亞組", re.I)
# Two values paired in brackets: "(35.6% vs. 20.2%, P = 0.01)", "（35.6%对20.2%）".
PAIR_IN_BRACKETS = re.compile(r"[(（\[]\s*-?\d[\d.]*\s*%?\s*(?:vs\.?|versus|对|對|比)\s*-?\d", re.I)
# After an arm's value, what hands over to the comparator's: "…35.6%, compared with 20.2% for".
COMPARED_AFTER = re.compile(r"^\W*(?:%\W*)?(?:compared\s+(?:with|to)|versus|vs\.?|than|relative\s+to)\b", re.I)
# A bracket that opens on a named ratio: "[OR=2.52,…", "(OR 2.52, 95% CI …".
RATIO_BRACKET = re.compile(r"[\[(（]\s*(?=(?:pooled\s+|adjusted\s+)?(?:OR|RR|HR|SMD|WMD|MD|odds\s+ratio|risk\s+ratio|hazard\s+ratio)\b)", re.I)
AGAINST_BASELINE = re.compile(r"治疗前|治療前|基线|基線|\bbaseline\b|\bpre-?treatment\b", re.I)
BEFORE_THAN = re.compile(r"\b(?:with|in|among|for)\s+(?:the\s+)?(?P<x>[A-Za-z][\w\-]*(?: [\w\-]+){0,3}?)\s+(?:groups?\s+|arms?\s+)?than\b", re.I)
THAN_SIDE = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:with\s+|in\s+|among\s+|for\s+)?(?:the\s+)?"
                       r"(?P<x>[A-Za-z][\w\- ]{1,40}?)(?=\s*(?:[,;()\[\]（）]|$))", re.I)
LISTED_PEOPLE = re.compile(r"\b(?:men|women|males?|females?|patients|children|adults|elderly|smokers|in|among)\b|男性|女性|患者|儿童", re.I)
# Where a list of outcomes ends and what is said of them begins.
LIST_STOP = re.compile(r"均|都|[较較]|高于|低于|优于|高於|低於|優於|明显|明顯|显著|顯著|\b(?:were|was|are|is|all|both|significantly|in\s+the|than|between|compared)\b", re.I)
ABBREVIATION_AFTER = re.compile(r"\s*[(（][A-Za-z][A-Za-z0-9\-+ ]{0,12}[)）]")
# After a share: who its people are, by what they received ("of 132 children who received X";
# the same words list the arms before "respectively", ``ARM_LIST``).
WHO_PEOPLE = r"(?:patients|participants|children|adults|people|subjects|those|women|men|infants)"
# A count of people as written, with thousands separated by commas: "1,626", "13".
PEOPLE_COUNT = r"\d{1,3}(?:,\d{3})+|\d+"
# An arm's count of people out of its size, no share written: "15 of the 136 patients in the
# laparoscopic group", "13 of the 1,626 participants in the M72/AS01E group".
COUNT_OF_ARM = re.compile(r"(?<![\d.,])(?P<k>" + PEOPLE_COUNT + r")\s+of\s+(?:the\s+)?(?P<n>" + PEOPLE_COUNT + r")\s+"
                          r"(?:(?:patients|participants|children|adults|people|subjects|women|men|infants|persons|individuals|"
                          r"volunteers)\s+)?(?:(?:who\s+were\s+)?(?:in|on|among|" + TAKING_ARM + r")\s+)(?:the\s+)?(?=\S)", re.I)
LONE_NUMBER = re.compile(r"(?<![\w-])\d")
UNIT_OPENS_NAME = re.compile(r"(?:years?|months?|weeks?|days?|hours?|seasons?|times?|doses?|or\s+older|or\s+more)\b", re.I)
# Events counted, then each arm's count in a bracket: "47 RSV-confirmed LRTD episodes were reported
# (RSVPreF3 OA: 7; placebo: 40)".
EVENTS_THEN_ARM_COUNTS = re.compile(r"(?<![\d.,])(?P<total>" + PEOPLE_COUNT + r")\s+(?P<x>[A-Za-z][^()\d;:]{2,60}?)\s+(?:were|was)\s+"
                                    r"(?:reported|observed|recorded|confirmed|identified|seen|diagnosed)\s*[(（]"
                                    r"(?P<body>[^()（）]{3,80})[)）]", re.I)
ARM_COUNT_ITEM = re.compile(r"\s*(?P<arm>[^:：;；,，]{1,40}?)\s*[:：]\s*(?P<k>" + PEOPLE_COUNT + r")\s*(?:[;；,，]|$)")
# An event named, then words that say it happened among the people counted next: "Tuberculosis
# developed in", "death occurred in" (after a comma: not "Among patients with an NIHSS score above 10,").
HAPPENED_IN = r"(?:occurred|developed|arose|(?:was|were)\s+(?:seen|reported|observed|confirmed|diagnosed|recorded))\s+(?:in|among)\s+$"
EVENT_NAMED_BEFORE = re.compile(r"(?:^|[,;:]\s*)(?P<x>[A-Za-z][^,;:]{1,60}?)\s+" + HAPPENED_IN, re.I)
# Before a bare count, words that say events happened among the people counted.
EVENT_IN_BEFORE = re.compile(r"\b" + HAPPENED_IN, re.I)
# Between the last arm of bare counts and the verb of what happened to them: "… placebo group died".
VERB_RIGHT_AFTER_ARM = re.compile(r"\s*(?:groups?|arms?)?\s*(?:had|have|has)?\s*", re.I)
# Between the last arm's people and the outcome they reached: " have reached the ".
OUTCOME_VERB_LEAD = re.compile(r"\s*(?:(?:had|have|has)\s+)?(?:(?:reached|achieved|attained|met)\s+(?:the\s+|an?\s+)?)?", re.I)
# An end point named by what it is of: "primary endpoint of desensitization" is desensitization.
STUDY_ITSELF = re.compile(r"(?:the|this|that|its|our)\s+(?:trial|study|analysis|programme|program)\b", re.I)
END_POINT_OF = re.compile(r"^(?:(?:primary|secondary|co-primary)\s+)?(?:end\s*-?\s*point|outcome)\s+of\s+(?=\w)", re.I)
# A share right after an arm's name: the count before it is read with it (arm_proportions).
SHARE_BESIDE = re.compile(r"\s*(?:group|arm)?s?\s*[(（]\s*\d+(?:\.\d+)?\s*%")
# What the counts were of, never an outcome: the people allocated, followed, analysed, sampled.
COUNTED_PEOPLE_VERB = re.compile(r"\b(?:randomi[sz]ed|assigned|allocated|enrolled|included|analy[sz]ed|completed|followed|"
                                 r"treated|received|underwent|withdrew|discontinued|lost\s+to\s+follow|eligible|screened|evaluated|"
                                 r"examined|sampled|samples?|specimens?|biops(?:y|ies)|follow-up\s+data|had\s+a\s+history)\b", re.I)
WHO_TOOK = r"(?:received|underwent|were\s+given|took|were\s+treated\s+with)"
WHO_RECEIVED = re.compile(r"\s*(?:\(\s*\d+\s*/\s*\d+\s*\)\s*)?(?:of\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:" + WHO_PEOPLE + r"\s+)?|"
                          # ("69.2 percent in the group who received immunotherapy")
                          r"(?:percent\s+|per\s+cent\s+)?(?:in|among)\s+(?:the\s+)?(?:group|those|patients|participants)\s+)?"
                          r"(?:(?:who|that)\s+" + WHO_TOOK + r"|" + TAKING_ARM + r")\s+"
                          # (not "either group", "both arms": all of them, no arm)
                          r"(?:the\s+|an?\s+)?(?!(?:either|both|each|all|any)\b)(?P<x>[A-Za-z][^,;()]{1,60}?)(?=\s*(?:[,;()]|\.(?!\d)|\band\b|\bvs\b|\bversus\b|\brather\s+than\b|\bdeveloped\b|\bha(?:d|ve|s)\b|"
                          # (what they did next ends who they were: "of those treated with the new drug died within 30 days")
                          r"\b(?:achieved|were|was|lost|reported|experienced|reached|showed|required|needed|remained|became|"
                          + "|".join(v for v in vocab.outcome_verbs() if " " not in v) + r")\b|$))", re.I)
# (a share, then who received what: the test for a sentence whose arms only that names)
WHO_RECEIVED_AFTER_SHARE = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?(?:" + WHO_PEOPLE + r")\s+(?:(?:who|that)\s+" + WHO_TOOK +
                                      r"|" + TAKING_ARM + r")\s", re.I)
CHANGE_FROM_BASELINE = re.compile(r"\b(?:reductions?|decreases?|increases?|changes?|improvements?|drops?|declines?|loss|gains?)\b[^()]{0,40}?"
                                  r"\bfrom\s+baseline\b|较基线|較基線|较治疗前|較治療前", re.I)
OWN_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{3,8}(?![A-Za-z])")
# Who people were, not what happened to them: "… were obese", "had diabetes at enrolment", "女性占".
WHO_THEY_WERE = re.compile(r"\bat\s+(?:baseline|enrol?ment|entry|randomi[sz]ation|study\s+entry|inclusion)\b|基线|基線|入组时|入組時|"
                           r"女性占|男性占|女性佔|男性佔|为女性|為女性|为男性|為男性", re.I)
# A sentence that opens on a subgroup: its shares are that subgroup's, not the arms'.
SUBGROUP_OPENS = re.compile(r"\W*(?:[A-Za-z]{3,12}\s*[:：]\s*)?(?:among|in|of)\s+(?:the\s+)?(?:(?:women|men|girls|boys|elderly|older|younger|"
                            r"smokers|non-?smokers|never\s+smokers)\b|(?:patients|participants|those|people|subjects|children|adults)\s+"
                            r"(?:who|with|aged|older|younger|over|under)\b)", re.I)
PAIR_AGAINST_BASELINE = re.compile(r"\b(?:from|over|versus|vs\.?|compared\s+with)\s+baseline\b|治疗前|治療前|较基线|較基線", re.I)
CHANGED_BY_NUMBER = re.compile(r"\b(?:decreased|increased|fell|rose|declined|dropped|reduced|improved|changed|gained|lost)\s+(?:by\s+)?-?\d", re.I)
# The second of a pair of values: "48.33% VS 26.67%", "12.1 vs. 9.8", "…比…", "对比".
PAIRED_SECOND = re.compile(r"(?:\bversus|\bvs\.?|对比|對比|比)\s*$", re.I)
VERSUS_RIGHT_BEFORE = re.compile(r"(?:compared\s+(?:with|to)|versus|vs\.?)\s*$", re.I)
# A change named by its size, as news writes an arm's mean change: "a 16.6-point improvement
# on the MADRS", "the 11.9-point benefit seen on placebo", "a 5.2-kg weight loss" (``sized_changes``).
# (Points, weights and pressures only: "a 20% reduction in deaths" is a relative change.)
SIZED_CHANGE = re.compile(
    r"(?<![\d.])(?P<v>\d+(?:\.\d+)?)[\s-]*(?P<unit>percentage[\s-]points?|points?|kg|kilograms?|pounds?|lbs?|mm\s?Hg)"
    r"[\s-]+(?:(?:mean|average)\s+)?(?P<verb>improvement|benefit|reduction|decrease|drop|decline|fall|"
    r"increase|rise|gain|weight\s+loss|loss)\b(?:\s+(?:in|on|of)\s+(?P<what>[^,;()]{2,70}?))?"
    r"(?=\s*(?:[,;()]|\.(?!\d)|$)|\s+(?:compared|versus|vs\.?|than|with|for|among|at|after|from|over|seen|that|which|while|"
    r"whereas|by|in\s+(?:the|those|patients|people|participants))\b)", re.I)
# What makes a change no arm's result: a definition, a threshold, a hypothesis, a change that did
# not happen ("Response was defined as a 10-point improvement", "did not have a 5-point …").
NOT_A_RESULT = re.compile(r"\b(?:defined|definition|criteri(?:on|a)|threshold|who\s+(?:had|achieved|showed)|did\s+not|didn't|"
                          r"does\s+not|would|could|might|expected|if)\b", re.I)
# What sets one arm against another in a sentence: "than", "compared with", "relative to".
SET_AGAINST_WORD = re.compile(r"\b(?:than|compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s", re.I)
# The other arm's change right after one named by its size: "… versus 11.9 points for placebo".
SIZED_THEN_OTHER = re.compile(r"\s*,?\s*(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:an?\s+|the\s+)?(?P<v>\d+(?:\.\d+)?)[\s-]*"
                              r"(?:percentage[\s-]points?|points?|kg|kilograms?|pounds?|lbs?|mm\s?Hg)?(?=\s+(?:for|with|on|in|among)\s)", re.I)
# A sentence that says what a study compared: "a trial of A versus B", "comparing A with B".
STUDY_SETS_AGAINST = re.compile(r"\b(?:randomi[sz]ed|assigned|allocated|trial|study|compar\w*|meta-analysis)\b|随机|隨機|荟萃|Meta分析|研究", re.I)
# Between two arms the article sets against each other: "Drug K Versus Chemotherapy", "抑制剂对比化疗".
ARMS_SET_AGAINST = re.compile(r"\s*(?:versus|vs\.?|v\.|compared\s+(?:with|to)|对比|對比)\s*(?:the\s+)?", re.I)
# Where a value's own words end: the next comma, semicolon or full stop.
WORDS_END = re.compile(r"[,，;；。]")
# A value's unit right after it, glued or a known one: "11.6%", "122.2m", "12.1 mmHg".
VALUE_UNIT_AFTER = re.compile(r"%|[A-Za-zμ/²]{1,6}(?![A-Za-z])|\s(?:mm\s?Hg|kg|cm|mL|ml|L|m|points?)\b")
# A rate right after a scale's part: "睡眠障碍发生率", "sleep disturbance rate", "incidence".
RATE_AFTER_PART = re.compile(r"\s*(?:发生率|發生率|率|incidence|rates?\b|prevalence)", re.I)
# "median" two words at most before a measure's name, in its own phrase: "The median target ulcer area".
MEDIAN_OPENS_NAME = re.compile(r"\bmedian\s+(?:[A-Za-z-]+\s+){0,2}$", re.I)
# A value's unit, then its range or interquartile range said in a bracket: " cm2 (range, 2.1-48.0)".
# (the unit's power may be all that is left of it, a reader taking "cm" with the value: "12.5 cm|2 (range …")
RANGE_AFTER_VALUE = re.compile(r"(?:\s?[A-Za-zμ/²]{0,6}[23²³]?|%)?\s*[(（]\s*(?P<kind>range|IQR|interquartile\s+range)\s*[,:：]?\s*"
                               r"(?P<low>-?\d+(?:\.\d+)?)\s*(?:-|–|to|~)\s*(?P<high>-?\d+(?:\.\d+)?)\s*[)）]", re.I)
# A change said around "分别": "分别降低了", "分别较治疗前下降", "差值分别为".
ZH_CHANGE_AROUND = re.compile(r"降低|下降|减少|減少|增加|升高|提高|上升|改善|差值|变化|變化|较治疗前|較治療前|降幅|增幅")
# The other side of a comparison of all the arms at once.
BETWEEN_ARMS_SIDE = "between the arms"
# Three arms or more at once: "in arms 1-3", "among the three groups", "三组间".
ARMS_TOGETHER = re.compile(r"\b(?:arms|groups)\s+\d+\s*(?:[-–~]|to|and)\s*\d+|\b(?:all|among|between)\s+(?:the\s+)?(?:three|four|five|3|4|5)\s+"
                           r"(?:arms|groups)\b|[三四五3-5]组间|[三四五3-5]組間", re.I)
# Some of the people, named before a share: "其中男性患者中", "among women,".
SUBGROUP_BEFORE_SHARE = re.compile(r"其中|亚组|亞組|(?:男性|女性|老年|儿童|兒童)[^，,。；;]{0,6}中|\bamong\b|\bin\s+(?:women|men|those|patients\s+with)\b", re.I)
# A sentence that opens on some of the people: "Among those treated within three days, …".
AMONG_OPENS = re.compile(r"\W*(?:among|in)\s+(?:those|patients|participants|people)\b", re.I)
# An earlier study than the page's: "In an earlier study", "In a previous cohort".
OTHER_STUDY = re.compile(r"\b(?:an?\s+)?(?:earlier|previous|prior|past)\s+(?:study|studies|trial|trials|cohort|analysis|research)\b", re.I)
# What people had before the trial, their history: "were hospitalized before the trial".
BEFORE_THE_TRIAL = re.compile(r"\bbefore\s+(?:the\s+)?(?:trial|study|enrol|randomi)|\bprior\s+to\b|\bhistory\b|\bat\s+(?:screening|entry|enrol)", re.I)
# Up to the "and" that opens the next part of a sentence: " (IQR 2-14.8) mm/hr and ".
AND_THE_NEXT = re.compile(r"[^;；]{0,40}?\band\s+", re.I)
# A comparison right before a time point makes that time the reference: "高于治疗前", "than at baseline".
REFERENCE_BEFORE_TIME = re.compile(r"(?:高于|低于|高於|低於|优于|優於|较|較|比|than\s+(?:at\s+)?|versus\s+|vs\.?\s+|compared\s+(?:with|to)\s+)$", re.I)
# A share that is the subject of its own verb: "(and) 30% were smokers", "12% had diabetes".
SHARE_IS_SUBJECT = re.compile(r"\s+(?:were|was|had|have|are|is|did|reported|smoked|drank|"
                              # ("67% of patients achieved a CR with 33% achieving a partial response": its own outcome after it)
                              r"achieving|attaining|reaching|having|experiencing|developing|showing)\b", re.I)
# Whose share a percentage is, right after it: "50%的患者"; or, with their count, people and what
# they reached: "74%(42名)患者达到了…", "4%(2名)的患者达到了…".
SHARE_OF_WHOM = re.compile(r"\s*(?:的|之)(?:患者|病人|患儿|受试者|受試者|病例|人)|"
                           r"\s*[(（]\s*\d+\s*(?:名|例|人|位)?\s*[)）]\s*(?:的)?(?:患者|病人|患儿|受试者|受試者)(?:中)?(?:有)?"
                           r"(?:达到|達到|获得|獲得|实现|實現|出现|出現|发生|發生)")
# People, then their share in a bracket: "18名达到部分缓解的患者(36%)病情发生进展".
PEOPLE_THEN_SHARE = re.compile(r"(?:患者|病人|患儿|受试者|受試者)\s*[(（]\s*$")
# A clause that says the same of another measure: "…, as were stroke (8.5% vs 8.1%)".
AS_WERE = re.compile(r"\s*(?:as|so)\s+(?:were|was|did|do|does|is|are)\s+(?:the\s+)?(?=[A-Za-z])", re.I)
# Between a share and the outcome verb: a clause break says the verb is someone else's.
OUTCOME_CUT = re.compile(r"[,，;；:：)）\]]|\band\b(?=\s+(?:\d|most|all|none|few))")
# What leads to the comparator arm: "than with usual care", "compared with the placebo group".
COMPARATOR_LEAD = re.compile(r"(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|than)\s+(?:(?:with|in|among|for|on)\s+)?(?:the\s+|those\s+(?:in|on|with)\s+(?:the\s+)?)?$", re.I)
# ("In comparison to the control group, … SGLT-2i …": the arm after "in comparison to" is the comparator)
COMPARED_WITH = re.compile(r"(?:compared\s+(?:with|to)|(?:in\s+)?comparison\s+(?:with|to)|relative\s+to|versus|vs\.?|than|与|和)\s*(?:the\s+)?$", re.I)
NOT_SIGNIFICANT = re.compile(
    r"(?=[dfns不差无未没c])(?:未达|无(?:统计学)?(?:显著|明显|统计学)(?:性)?(?:意义|差异)?|没有(?:统计学)?(?:显著|明显)|不显著|差异无|无差异|"
    r"\bnot (?:statistically )?significant|\bno (?:statistically )?significant|\bnon-?significant|"
    r"\bdid not (?:reach|differ|change)|\bfailed to reach|\bsimilar\b|\bcomparable\b|\bn\.?s\.?\b)", re.I)
SIGNIFICANT = re.compile(r"显著|明显|统计学意义|significant", re.I)
MEDIAN = re.compile(r"中位|median", re.I)
RESPECTIVELY = re.compile(r"respectively|分别|分別", re.I)
# A word that says a result holds for everything listed before it: "均", "都", "both", "all", "each".
ALL_OF_THEM = re.compile(r"均|都|皆|\b(?:both|all|each)\b", re.I)
# A column's header that names an arm: "Group RR", "Arm B", "RR group".
ARM_HEADER = re.compile(r"^\s*(?:group|arm|cohort)\s+\S|\S\s+(?:group|arm)\s*(?:[(（].*)?$", re.I)
# Those who did not get what the arm named before got, said after a value: "in the group who did not".
ELLIPTIC_OTHER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:in|among|of|for)\s+(?:the\s+)?(?:group|those|patients|participants|people)\s+"
                            r"(?:who|that)\s+(?:did|had|were)\s*(?:not|n't)\s*(?:[.,;)]|$)", re.I)
# What opens the next clause of a sentence, between an arm named and a value after it: ", and", ", while".
NEXT_CLAUSE = re.compile(r",\s*(?:and|while|whereas|but)\s*$", re.I)
# Those a treatment was not given to: "those who did not receive immunotherapy", "patients not given
# the drug", "未接受免疫治疗的患者".
NEGATED_ARM = re.compile(r"\b(?:not|never)\b|n't\b|\bwithout\b|未|没有|沒有|不", re.I)
NEGATED_BEFORE = re.compile(r"(?:\b(?:did|do|does|had|have|were|was)\s*(?:not|n't)\s+(?:\w+\s+)?(?:receive|get|take|use|given|treated\s+with|on)|"
                            r"\b(?:not|never)\s+(?:receiving|given|taking|treated\s+with|on)|"
                            r"(?:未|没有|沒有|不)(?:接受|使用|服用|接种|接種))\s*(?:the\s+|any\s+)?$", re.I)
# A value followed right away by the next of its list: "51.2 and 47.5", "7.9, 2.6".
ANOTHER_OF_THE_LIST = re.compile(r"\s*(?:%|[A-Za-z/µ]{1,12})?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|和|与|與|及|、)\s*[-−–]?\d")
RESPECTIVELY_ASIDE = re.compile(r"\brespectively\s*,?\s*", re.I)
# Who the values of a run were, listed before "respectively": " of those who received X and
# Y, ", " in the X, Y and Z arms, ".
ARM_LIST = re.compile(r"\s*(?:of|in|among|for|with)\s+(?:(?:the\s+)?" + WHO_PEOPLE + r"\s+)?"
                      r"(?:(?:who|that)\s+(?:" + WHO_TOOK + r"|were\s+assigned\s+to)\s+|" +
                      TAKING_ARM + r"\s+)?(?:the\s+)?"
                      r"(?P<list>[A-Za-z][\w\-]*(?:(?:\s+|,\s*|\s+and\s+|,\s*and\s+|\s+or\s+)[A-Za-z][\w\-]*){1,8}?)"
                      r"(?:\s+(?:groups|arms))?\s*,?\s*", re.I)
ARM_LIST_SEPARATOR = re.compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s+or\s+", re.I)
# The arms of a run of values listed right beside it, in its order, without "respectively":
# "51.2%, 60.4% and 22.5% of patients in the 100 mg, 300 mg and placebo groups had …", "In the
# A and B groups, 40% and 20% …" (``_arm_list_beside``): what leads from the values to the list,
# what stands between its items, and what follows it (the verb of the shares' people).
ARMS_AFTER_RUN = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:\([^()]{0,60}\)\s*)?(?:of\s+(?:the\s+|all\s+)?(?:" + WHO_PEOPLE + r"\s+)?)?"
                            r"(?:in|among|on|" + TAKING_ARM + r")\s+(?:the\s+)?", re.I)
ARM_ITEM_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?:(?:groups?|arms?|cohorts?)\s+)?", re.I)
ARMS_THEN_VERB = re.compile(r"(?:\s+(?:groups?|arms?|cohorts?))?(?:\s+(?:had|has|have|achieved|attained|reached|experienced|developed|"
                            r"reported|showed|met|became|remained|were|was|required|needed|underwent|lost|gained|maintained)\b|"
                            # (not "…groups, among those older than 65 years, had": some of them)
                            r"\s*(?:,(?!\s*(?:among|in|aged|with|who|of|for|respectively)\b)|;|\.(?!\d)|$))", re.I)
# After a run whose arms were named before it, only whom the shares are of, then their verb: not
# "44% and 23% of patients with aura had …" (a subgroup's).
RUN_THEN_VERB = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:of\s+(?:the\s+|all\s+)?(?:patients|participants|people|subjects|children|adults)\s+)?"
                           r"(?:had|have|achieved|attained|reached|experienced|developed|were|was|became|remained|met|showed|"
                           r"responded|died|required|needed)\b|\s*(?:%|percent|per\s+cent)?\s*(?:[,;]|\.(?!\d)|$)", re.I)
# What people had before the study, said with their share: "previously", "prior", "a history of".
PEOPLES_HISTORY = re.compile(r"\b(?:previously|prior|history|ever|already)\b|既往|曾经|曾經")
# A sentence about a subgroup: "In the subgroup with aura, …".
SUBGROUP_SENTENCE_OPENS = re.compile(r"\W*(?:in|among)\s+(?:the\s+)?(?:subgroups?|patients\s+with|those\s+with|people\s+with|women|men)\b", re.I)
ARMS_BEFORE_RUN = re.compile(r"(?:^|[,;:]\s*)(?:in|among|for)\s+(?:the\s+)?$", re.I)
ARMS_THEN_RUN = re.compile(r"(?:\s+(?:groups?|arms?|cohorts?))?\s*,\s*", re.I)
# An averaging word before a value, then anything up to it (checked against FILLER_WORDS).
MEAN_BEFORE = re.compile(r"(?=[m中平a])(?P<word>\b(?:mean|average|median)\b|\baverag(?:ed|ing)\b|平均|中位数?|中位值)(?!.*(?:\b(?:mean|average|median)\b|平均|中位))"
                 r"[^;；。!?]*$", re.I)
# What may stand between "average" and its value besides the measure's own name. Each
# piece of text can be read one way only (a run of digits whole, 达到 as 达 + 到): a
# repeated alternation whose pieces overlap backtracks exponentially when the match
# fails ("12.64 to 12.64 to 12.64 to ..." took minutes).
FILLER_WORDS = re.compile(r"(?:\s|[,:：，]|\b(?:the|a|an|score|scores|value|values|level|levels|total|of|was|were|is|had|has|"
                  r"been|at|baseline|overall|about|approximately|around|roughly|nearly|just|only|reached|"
                  r"fallen|fell|dropped|declined|decreased|risen|rose|increased|improved|climbed|by|to|points?|"
                  r"percent|%|start|entry|enrol?lment)\b|为|是|达|约|值|分|评分|水平|了|至|到|降|升|下降|上升|提高|降低|"
                  r"基线|时|治疗前|治疗后|"
                  r"[\d.]+(?![\d.]))*", re.I)
AND_NEXT = re.compile(r"\s*(?:%|分|points?)?\s*[^,;.\d]{0,60}?\s*(?:,\s*)?(?:and|to|，|、|和)\s*", re.I)
# Where the words that go with a value end: the next clause or list item.
ITEM_END = re.compile(r"[,，;；、]|\band\b|和|及|与|與", re.I)
COMPARING = re.compile(r"(?=[rtv优低分对比相高c])(?:\bvs\b\.?|\bv\.|\bversus\b|\brespectively\b|\bcompared\b|\bthan\b|分别|相比|对比|比较|优于|高于|低于)", re.I)
TIME_BEFORE = re.compile(r"(?:\b(?:at|after|within|over|for|during|by)|第)\s*$", re.I)
LIST_NEXT = re.compile(r"\s*(?:%|[A-Za-zμ/]{1,8})?\s*(?:and|or|,|to|-|–)\s*\d", re.I)
FOR_SOMEONE = re.compile(r"\s*(?:%|[A-Za-zμ/()]{1,12})?\s*\b(?:for|in|with|among|on)\s+(?:the\s+)?", re.I)
# (not who reached it: "remission was reached by 53.45%, 66.15% and 52.24% of the patients …")
CHANGE_AMOUNT = re.compile(r"(?:\b(?<!\breached\s)(?<!\bachieved\s)(?<!\battained\s)(?<!\bexperienced\s)(?<!\breported\s)by|"
                           r"了|减少|增加|下降|上升|降低|提高|提升)\s*$", re.I)
AGE_LIKE = re.compile(r"\b(?:age|aged|years old|weight|BMI|body mass|height|duration|follow-up)\b|年龄|体重|病程|随访", re.I)
BASELINE_WORDS = re.compile(r"\bat\s+(?:the\s+)?(?:start|outset|beginning)\b|\bbegan\b|\bat\s+(?:study\s+)?(?:entry|enrol?lment)\b|"
                    r"\bbefore\s+(?:treatment|the\s+(?:first\s+)?(?:injection|infusion|procedure))|基线|治疗前|入组时|术前", re.I)
# The verb of a change before arms' values: "Weight fell by 4.5% with 3 mg, 5.8% with 12 mg".
# (an amount after "by", not a time: "rose by 16 weeks to 38%"; "lost" and "gained" of weight only,
# not "the study lost 6 in the … group")
ARMS_CHANGED_BY = re.compile(r"\b(?:fell|dropped|declined|decreased|rose|increased|improved|went\s+(?:up|down))\s+"
                             r"(?:on\s+average\s+|an?\s+(?:average|mean)\s+of\s+)?by\s+(?:an?\s+(?:average|mean)\s+of\s+)?"
                             r"(?=\d)(?!\d+\s*(?:weeks?|months?|years?)\b)|"
                             r"\b(?:lost|gained)\s+(?:an?\s+(?:average|mean)\s+of\s+)?(?=[\d.]+\s*(?:%|percent|per\s*cent|kg|kilograms?|pounds?|lbs?)\b)", re.I)
# After a change's amount: a time, in whole weeks, months or years ("rose by 16 weeks to 38%"; "fell
# by 3.7 days" is an amount of days), or a dose the amount is of ("4.5% with 3 mg").
TIME_AFTER_AMOUNT = re.compile(r"\s*(?:weeks?|months?|years?)\b", re.I)
DOSE_AFTER_AMOUNT = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:with|on|in|for)\s+(?:the\s+)?\d+(?:\.\d+)?\s*(?:mg|µg|mcg|g|ml|mL|IU)\b", re.I)
# What follows what was lost or gained: weight, in its unit or as "of their …" ("lost 6 in the
# placebo group" is people lost to follow-up).
LOST_WHAT_AFTER = re.compile(r"\s*(?:%|percent|per\s*cent|kg|kilograms?|pounds?|lbs?|points?)|\s+of\s+(?:their|his|her|the)\b|"
                             r"\s*(?:千克|公斤|斤|磅)", re.I)
# An arm's name as part of a measure's: "the waiting time for surgery".
NAME_OF_BEFORE = re.compile(r"\b(?:for|to|from)\s+(?:the\s+)?$", re.I)
# An arm named with its group's word ("group A", "the surgery group"): an arm, whatever precedes it.
GROUP_WORDED = re.compile(r"\b(?:group|arm)s?\b|组|組", re.I)
# Where one clause of a sentence ends and the next begins: ", and", "; ", ", while".
CLAUSE_JOIN = re.compile(r",\s*(?:and|while|whereas|but)\s+|;\s*", re.I)
# A condition's level rather than its occurrence: "depression scores", "anxiety levels".
LEVEL_OF_IT = re.compile(r"\s*(?:scores?|levels?|scales?|severity|index|symptoms?\s+scores?)\b", re.I)
# "15% lower with drug K than with placebo", "15% less common in the drug K group than …": a
# relative difference, then the first arm after its preposition (``relative_with_than``).
PERCENT_WITH_THAN = re.compile(r"(?<![\d.])(?P<v>\d+(?:\.\d+)?)\s*(?:%|percent|per\s*cent)\s+(?P<dir>lower|higher|less|more|greater|fewer)\s+"
                               r"(?:(?:common|frequent|likely)\s+)?(?:with|in|among|for|on)\s+(?:the\s+|those\s+(?:on|given|taking)\s+)?", re.I)
# Between the first arm and the second: "… than with", "… group than in the".
THAN_THEN_ARM = re.compile(r"\s*(?:groups?|arms?)?\s*than\s+(?:with|in|among|for|on)?\s*(?:the\s+|those\s+(?:on|given|taking)\s+)?", re.I)
# What parts two values of one risk cut: another clause or verb ("; relapse was 12%", "with 5.5% of").
NOT_THE_SAME_VERB = re.compile(r"[;.]|\b(?:was|were|had|having|fell|rose|of|compared|versus|vs|than)\b", re.I)
# A risk cut or raised "by" the values that follow: "cut the risk of … by", "reduced their
# relative risk by".
RISK_CUT_BY = re.compile(r"\b(?P<verb>cut|reduced|lowered|decreased|raised|increased|slashed)\s+(?:the|their|its)?\s*(?:relative\s+)?"
                         r"(?:risk|odds|hazard|chances?|likelihood)\b[^.;]{0,80}?\bby\s+(?=\d)", re.I)
# What between that verb and the arms' values says they are no list of its changes: another
# verb, a comparison, or the level they reached ("fell by 1.5 points overall, reaching 6.8% with …").
NOT_A_LIST_OF_CHANGES = re.compile(r"\b(?:was|were|is|are|had|has|have|compared|versus|vs|than|while|whereas|reach\w*|to|from|"
                                   r"levels?|overall)\b|[;；]", re.I)
# What after a value says it is a difference, not a level: "the placebo group was 1.2 points higher".
COMPARATIVE_AFTER = re.compile(r"\s*(?:%|percent|per\s*cent|points?|units?|mmHg|kg|times|fold)?\s*(?:higher|lower|more|less|greater|fewer|"
                               r"longer|shorter|better|worse)\b", re.I)
# Between an arm's name and its value: "低剂量组6.9分", "对照组为7.0分", "placebo: 5.5".
ARM_TO_VALUE = re.compile(r"\s*(?:为|是|[:：]|\b(?:was|were)\b)?\s*", re.I)
# Between an arm and its signed change: "A组：-12.1%", "A组为 -3.6%" (the sign itself is the value's).
SIGNED_AFTER_ARM = re.compile(r"\s*(?:为|是|[:：])?\s*[-−+]?", re.I)
VALUE_TO_ARM = re.compile(r"\s*(?:(?:mg|g|kg|µg|mcg|ml|mL|L|mmHg|cm|mm|IU|U/L|ng/mL|pg/mL|mmol/L|points?|days?|weeks?|months?|years?|hours?|"
                          r"minutes?|mins?|kcal|steps)(?:\s+(?:per|a|each)\s+(?:day|night|week))?\s+)?"
                          r"(?:(?:of\s+(?:patients|participants|those|people|subjects)\s+)?(?:in|with|among|on|for|" + TAKING_ARM + r")|"
                  r"of(?=\s+the\s))\s+"
                  r"(?:the\s+(?!patients|participants|people|subjects)|(?:the\s+)?(?:those|patients|participants|people|subjects)\s+(?:who\s+(?:were\s+)?)?"
                  r"(?:on|in|received|took|got|" + TAKING_ARM + r")\s+(?:the\s+)?)?", re.I)
# (A concentration or a clearance is a value, not a dose: "120 mg/dL", "47.5 mL/min/1.73 m2".)
DOSE_OR_RANGE_AFTER = re.compile(r"\s*(?:to\b|[-–~]\s*\d|(?:mg|g|µg|mcg|ml|IU|units?)\b(?!\s*/\s*(?:dl|l|ml|min|mmol)\b))", re.I)
# An arm's name ends here, not inside a longer name ("PoC CD4" in "PoC CD4 + HH-IPT arm").
ARM_ENDS = re.compile(r"\s*(?:(?:dose\s+)?(?:arms?|groups?|cohorts?)|doses?|组|組)?\s*(?:[,.;:)\]，。；]|\(|\band\b|\bvs\b|\bversus\b|\bcompared\b|\bduring\b|"
              r"\bat\b|\bafter\b|\bfor\b|\bwhile\b|\bwhereas\b|\bbut\b|$)", re.I)
GROUPISH = re.compile(r"(?=[fgiptv組组ac])(?:\bgroups?\b|\barms?\b|\bintervention\b|\bcontrols?\b|\bplacebo\b|\bfacilit|\bversus\b|组|組|\bthose\s+(?:who|with|in|on)\b)", re.I)
# (also the people a study took, "in a study of 2,400 adults", whose word the number reader keeps as a unit)
# (and "31 cases", an arm's size or a count of events, never a mean; not "14.7 cases per 100,000")
COUNT_UNIT = re.compile(r"^\d+\s*cases\b(?!\s*(?:per|/))|^[\d.,]+\s*(?:例|名|人|位|件|次|只|patients|participants|subjects|"
                        r"(?:adults|children|women|men|people|persons|volunteers|infants|individuals)\b)", re.I)
ALL_ARMS_RESPECTIVELY = re.compile(r"(?:(?<![\d.])[2-4两兩三四各]组|(?<![\d.])[2-4两兩三四各]組|(?:the\s+)?(?:two|three|four)\s+(?:groups|arms))[^。；;]{0,40}?(?:分别|分別)"
                           r"[^\d，,。；;]{0,8}", re.I)
LIST_GLUE = {"、", ",", "，", "及", "和", "与", "與", "以及", "and", ", and", "or"}
RESPECTIVELY_ZH = re.compile(r"分别|分別")
CLOSING = re.compile(r"[)）]")
LISTED_AGAIN = re.compile(r"(?<!分别)(?<!分別)(?:为|為|是)(?=\s*\d[\d.]*\s*%?\s*[、，,和及与與]\s*\d)")
# What says a value is after the treatment: "after treatment", "post-treatment", "治疗后", "术后".
AFTER_TREATMENT = re.compile(r"\s*(?:\bafter\s+(?:the\s+)?(?:(?:first|second|third|1st|2nd|3rd|last)\s+)?(?:[A-Z]{2,6}\s+)?(?:treatment|intervention|therapy|surgery|infusion|injection)|"
                             r"\bpost-?(?:treatment|intervention|operative)|"
                             r"治疗后|治療後|干预后|干預後|术后|術後|用药后|用藥後)", re.I)
# Times listed together ("42、72 d", "第4、8、12周"), what may stand between the last of them and
# "分别" (the measure's name: "后PEF"), and what opens the run of values after it ("为(").
LISTED_TIMES_GLUE = re.compile(r"\s*(?:、|，|,|和|及|与|與)\s*(?:第\s*)?")
SEMICOLON = re.compile(r"[;；]")
# An arm no rule knows, named right after a value: "12.9 months (95% CI 11.9-14.0) in the pembrolizumab group".
UNKNOWN_ARM_AFTER = re.compile(r"\s*(?:in|with|for|among)\s+(?:the\s+)?[\w\-+/ ]{1,30}?\s+(?:group|arm)\b", re.I)
# Values joined as a list ("38% and 41%", "3.1, 2.5 and 2.0"), then the times they are at: "at 6 and 12 months".
VALUES_JOINED = re.compile(r"\s*(?:,|,?\s*and)\s*", re.I)
TIMES_OPEN = re.compile(r"\s*(?:,\s*)?(?:at|after)\s+(?:weeks?\s+|months?\s+)?", re.I)
TIME_LIST_AND = re.compile(r"\s*,?\s*(?:and|or)\s*", re.I)
# (Not a list between them: "…后，空腹血糖和糖化血红蛋白分别为" pairs the values with the measures.)
RESPECTIVE_LEAD = re.compile(r"[^,，;；。.\d、和与與及]{0,20}")
RESPECTIVE_OPEN = re.compile(r"\s*(?:降低|升高|下降|上升|减少|減少|增加|提高|降至|升至|下降至|达到|達到|达|達)?\s*(?:为|為|是|至|到|了|:|：)?\s*[(（\[]?\s*")
CHANGE_VERB_ZH = re.compile(r"下降|降低|减少|減少|缩短|縮短|增加|提高|上升|升高|改善|延长|延長")
THEN_AS = re.compile(r"则为|則為|分别为|分別為|依次为|依次為|\bwere\b|\bvs\b", re.I)
THE_SAME_FOR = re.compile(r"\s*(?:则|則|的)?\s*(?:分别|分別)\s*(?:为|為|是)?\s*")
# Where one arm's values end and the next arm's begin, within a clause.
SEGMENT = re.compile(r"\bvs\b\.?|\bversus\b|\bcompared\s+with\b|\bwhereas\b|\bwhile\b|，?而|；|;", re.I)
# A confidence interval right after a value: "−3.4分（95% CI −5.9至−0.9）", "2.1 (0.8 to 3.4)".
CI_RIGHT_AFTER = re.compile(r"\s*(?:%|[A-Za-zμ/]{1,8}|[\u4e00-\u9fff]{1,2})?\s*[(\[（]\s*(?:95\s*%\s*CI|95\s*%\s*confidence\s+interval(?:\s*\(CI\))?|CI)?"
                    r"[^()\[\]（）]{0,40}[)\]）]", re.I)
# "治疗前两组…比较", "baseline characteristics were similar": the arms compared before treatment.
BASELINE_BALANCE = re.compile(r"(?=[一两兩基治ab])(?:治疗前[，,]?\s*[两兩]组|[两兩]组(?:患者)?(?:治疗前|基线|一般资料)|治療前[，,]?\s*兩組|一般资料|一般資料|基线资料|基線資料|"
                      r"\bbaseline\s+(?:characteristics|data|demographics)\b|\bat\s+baseline\b[^.;]{0,60}?\b(?:similar|comparable|balanced|did\s+not\s+differ)\b)", re.I)
PLANNING = re.compile(r"(?=[\dpsw把样检樣檢a])(?:样本量|样本含量|检验效能|把握度|檢定力|樣本數估算|\b(?:we\s+assumed\b|assuming\s+(?:a|an|that)\b|"
              r"sample\s+size\b|\d+\s*%\s+power\b|power\s+of\s+\d|were\s+(?:needed|required)\s+to\s+detect\b))", re.I)
# (Words every English match of PLANNING and BASELINE_BALANCE needs; their other matches
# are Chinese: ``ascii_without`` skips the search on a sentence holding none.)
PLANNING_WORDS = ("assum", "sample", "power", "detect")
BALANCE_WORDS = ("baseline",)
# "patients aged 85 years or older", "年龄≥60岁": an age, not a time point.
AGE_BEFORE = re.compile(r"(?:\baged?\b|\bage\s+of\b|\bolder\s+than\b|\byounger\s+than\b|年龄|年齡)\s*[,:：]?\s*(?:[≥≤<>]=?|over|under|above|below|at\s+least)?\s*$", re.I)
# "in the age range of 20 to 79 years", "aged 40 to 69 years": the upper age, no time of a result.
AGE_RANGE_BEFORE = re.compile(r"\bage[sd]?\s+(?:range\s+)?(?:of\s+|from\s+|between\s+)?\d+\s*(?:to|-|–|and)\s*$|年龄\s*\d+\s*(?:~|-|至|到)\s*$", re.I)
# The total of the graded effects, and the rate of its "effective" grade (``measure_mentions``).
TOTAL_EFFECTIVE, GRADE_EFFECTIVE = "total effective rate", "effective rate"
# A threshold outcome's name ("weight loss ≥5%"), and the words every English one holds.
THRESHOLD_NAME = re.compile(r"[≥>]\d")
THRESHOLD_WORDS = ("%", "％", "percent", "per cent")  # (every threshold outcome holds one)
# "达3年以上", "20%及以上", "5% or more": the bound written after the number.
BOUND_AFTER = re.compile(r"\s*(?:年|个月|個月|月|周|週|天|日|岁|歲|%|分|公斤|千克|斤|磅|kg)?\s*(?:及以上|或以上|以上|及以下|以下|"
                         r"or\s+(?:more|greater|higher|above|less|fewer|lower|below)\b)", re.I)
# Every bound a sentence holds, found in one pass: ``numbers.BOUND_BEFORE``'s words (its pattern
# without the end anchor, so the two cannot drift apart) and the limits "under", "below",
# "exceeding", 不到, 低于. A value that starts where one ends is bounded.
BOUND_WORD = re.compile(r"(?:" + BOUND_BEFORE.pattern.removesuffix(r"\s*$") + r"|\b(?:under|below|exceeding)|不到|低于|低於)\s*", re.I)
# Ranges whose ends are limits, no values anyone had: one said as "between", the people who could take
# part ("在27kg/m2至30kg/m2之间", "介于18.5与24之间"); what a scale can give ("得分可从0到18分",
# "范围为0~10分", "0到3分的分数系统", "scores range from 0 to 18").
LIMITS_OF_A_RANGE = re.compile(
    r"(?:在|介于|介於)\s*(?P<a>\d+(?:\.\d+)?)(?:[^，,。；;\d]|(?<=[A-Za-z/])\d){0,10}?(?:至|到|~|～|与|與|和|-|–)\s*"
    r"(?P<b>\d+(?:\.\d+)?)[^，,。；;]{0,12}?(?:之间|之間)|"
    r"(?:可(?:从|從)?|范围(?:为|是)?|範圍(?:為|是)?)\s*(?P<c>\d+)\s*分?\s*(?:到|至|~|～|-|–)\s*(?P<d>\d+)\s*分|"
    r"(?<![\d.])(?P<e>\d+)\s*(?:到|至|~|～)\s*(?P<f>\d+)\s*分的(?:分数|分數|评分|評分|计分|計分)?(?:系统|系統|量表|制|標準|标准)|"
    r"\bscores?\s+(?:can\s+)?(?:range|ranging|ranged)\s+from\s+(?P<g>\d+)\s+to\s+(?P<h>\d+)\b", re.I)
AGE_WORDS = ("age", "older", "younger")  # (one is in every English match of AGE_BEFORE)
OPENS_AT_BASELINE = re.compile(r"\W*(?:at\s+baseline|before\s+treatment|治疗前|治療前|基线时|基線時|入组时)\b", re.I)
SUBGROUPS_COMPARED = re.compile(r"[两兩]个?亚组|[两兩]個?亞組|亚组间|亞組間|\bbetween\s+(?:the\s+)?(?:two\s+)?subgroups\b|\bthe\s+two\s+subgroups\b", re.I)
SUBGROUP_OPENING = re.compile(r"\W*(?:分亚组看|按亚组|亚组分析(?:显示|表明)?|在各亚组中|分亞組看|亞組分析|"
                      r"(?:in|by|across)\s+(?:the\s+)?subgroups?|subgroup\s+analys[ie]s\s+(?:showed|found))", re.I)
# Both arms at once: "两组…均", "2组治疗后X明显下降" (not "第2组", not "两组之间"), "both groups",
# "in each group".
BOTH_ARMS = re.compile(r"[两兩][组組](?:患者)?[^，,。；;]{0,30}?[均都]|(?<![\d.第])[两兩2二]\s*[组組](?!\s*(?:之)?(?:间|間))|"
                       # (not "comparable between both groups": the arms compared)
                       r"(?<!\bbetween\s)\bboth\s+(?:groups|arms)\b|\b(?:in\s+)?(?:each|either)\s+(?:group|arm)\b", re.I)
BOTH_WORDS = ("both", "each", "either")  # (as SAFETY_WORDS)
# Every arm of a study of more than two at once: "4组患者…均", "三组…均", "各组…均" (not "第4组").
EVERY_ARM_ZH = re.compile(r"(?:(?<![\d.第])(?P<n>[3-9]|[三四五六])\s*[组組]|各[组組])(?!\s*(?:之)?(?:间|間))(?:患者)?[^，,。；;]{0,80}?[均都]")
# One arm's list set against the other's: "观察组A（…）、B（…）高于对照组〔…〕".
# "higher than" in Chinese, simplified and traditional.
_ZH_THAN = r"(?:高于|低于|优于|劣于|大于|小于|多于|少于|高於|低於|優於|劣於|大於|小於|多於|少於)"
AGAINST = re.compile(r"(?=[ghl优低優劣多大小少高])(?:" + _ZH_THAN + r"|\bhigher than\b|\blower than\b|\bgreater than\b)", re.I)
ITEM_AFTER_LIST = re.compile(r"[，,；;。](?!\s*[（(〔\[]?\s*\d)")
EACH_P = re.compile(r"P\s*均|P均|均\s*P|\ball\s+P|\bP\s*(?:values\s+)?(?:were\s+)?all\b|\bfor\s+all\b|\bboth\s+P", re.I)
# A value right before its confidence interval: "4.1 percentage points (95% CI, 1.5 to 6.7".
BARE_WITH_CI = re.compile(r"(?<![A-Za-z0-9_.])(?P<v>-?\d+(?:\.\d+)?)\s*(?:%|percentage\s+points?|points?|[A-Za-zμ/]{1,8}|[\u4e00-\u9fff]{1,2})?\s*"
                  r"[(\[（]\s*95\s*%"
                  # ("(−6.6, 95% CI, −10.2 to −2.9; …)": a value opening its bracket, its interval after a comma)
                  # (or after the colon of its label: "10 mg vs 1 mg: −2.5, 95% CI, …")
                  r"|(?:(?<=[(\[（])|(?<=:\s))(?P<w>-?\d+(?:\.\d+)?)\s*(?:%|points?)?\s*[,;]\s*95\s*%\s*(?:CI\b|confidence)", re.I)


# What a sentence that sets two sides' values against each other opens on: its outcome, before
# whose it is or its verb ("Five-year survival of the surgery patients did not differ …: 91% vs 89%").
PAIR_SUBJECT = re.compile(r"\s*(?:the\s+)?(?P<x>[A-Za-z][A-Za-z0-9\- ]{2,40}?)\s+(?:of|in|for|among|with|did|was|were|is|had)\b", re.I)
# A statistic's word alone names no outcome: "incidence", "rate", "risk".
BARE_STATISTIC = re.compile(r"(?:incidence|rate|risk|odds|likelihood|proportion|number|percentage|frequency|severity)s?", re.I)
# A subject that names people, not what was measured of them: "Patients in group 1", "Those given X".
PEOPLE_AS_SUBJECT = re.compile(r"(?:the\s+)?(?:patients|participants|people|subjects|those|women|men|children|adults|"
                               r"individuals|infants|group\s+\d|groups?\b)", re.I)
# A pair of changes or differences, no levels: "the reduction in SBP was 12.3 (…) vs 6.1", "降幅:12.3对6.1".
PAIR_OF_CHANGES = re.compile(CHANGE_WORD.pattern + r"|\bdifferences?\b|降幅|增幅|变化|變化|差值|改变|改變", re.I)
# A figure told roughly: "15%左右", "10公斤上下".
ABOUT_AFTER = re.compile(r"\s*(?:左右|上下)")
# A number of groups or a group's label: "2组比较", "3组患者".
GROUPS_COUNTED_AFTER = re.compile(r"\s*[组組](?![织織合成分])")
# Where a Chinese phrase begins: after a comma, a semicolon, a colon.
ZH_PHRASE_CUT = re.compile(r"[,，;；:：、]")
# What makes the words since a p a clause of their own: Chinese characters, English words.
WORDISH = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{3,}")
# "其余3组", "其他两组": the arms not named, together.
OTHER_ARMS_ZH = re.compile(r"(?:其余|其餘|其他|另外)\s*[\d二两兩三四五]?\s*[组組]")
# Between an arm and "高于其他两组", no word but how much: the clause names no measure of its own
# ("针药组明显高于其他两组", not "针药组复发情况明显少于其他两组").
BARE_AGAINST_OTHERS = re.compile(r"\s*(?:均|都|亦|也|更|仍|则|則|明显|明顯|显著|顯著|非常)*\s*")
# One arm set against all the others: "优于其他3组", "高于其余两组".
AGAINST_OTHER_ARMS_ZH = re.compile(r"(?:高|低|优|優|好|差|多|少|大|小|长|長|短)(?:于|於)(?:其他|其余|其餘|另外)\s*(?P<n>[2-9]|[二两兩三四五])?\s*[组組]")
# A value named a difference right before it: "difference, 32% [95% CI …]", "the difference was 4.1 (…)".
DIFFERENCE_RIGHT_BEFORE = re.compile(r"\b(?:mean\s+|absolute\s+|risk\s+)?differences?\s*(?:[,:=]\s*|\s(?:was|were|of)\s+)$", re.I)


def _value_group(m: re.Match) -> str:
    """The group of a BARE_WITH_CI match that holds its value: "v" ("6.6 (95% CI …"), else "w"
    ("(6.6, 95% CI …")."""
    return "v" if m["v"] is not None else "w"


# A dose as an arm's name: "25-", "1-mg", "10 mg".
DOSE_MENTION = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:-(?=\s|mg)|\s*-?(?:mg|g|µg|mcg|μg)\b)", re.I)
# Two doses named as arms: "the 25- and 1-mg dose groups", "25 mg vs 1 mg".
DOSES_NAMED = re.compile(r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)(?:-|\s*(?P<unit_a>mg|g|µg|mcg|μg)\b)\s*(?:and|or|vs\.?|versus)\s+"
                         r"(?P<b>\d+(?:\.\d+)?)[-\s]?(?P<unit>mg|g|µg|mcg|μg)\b", re.I)
# What makes a time a sentence's time point (``_lead_time``): "at", "after", "by" before it, or
# 后/时 after it.
LEAD_TIME_BEFORE = re.compile(r"\b(?:at|after|by|through|over)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
LEAD_TIME_AFTER = re.compile(r"\s*(?:后|後|时|時|末)")
# An arm's name, then the bracket its value opens: "with drug K (", "in the Internet group (".
ARM_THEN_BRACKET = re.compile(r"\s*(?:groups?|arms?)?\s*[(\[（]\s*", re.I)
# A label of two arms, then its estimate: "10 mg vs 1 mg: −2.5, 95% CI …".
VS_LABEL_BEFORE = re.compile(r"\b(?:vs\.?|versus)\s+[^,;:()]{1,20}:\s*$", re.I)
# A difference named before its value: "the difference between the 25- and 1-mg dose groups".
DIFFERENCE_SAID_BEFORE = re.compile(r"\bdifferences?\b(?:\s+(?:in|of)\b[^,;()]{1,60}?)?\s+between\b|\bdifferences?\s*[,:(]\s*$|"
                                    r"\bdiffer(?:ed|ent|ently)\b[^.;()]{0,40}\bbetween\b|\bbetween\s+(?:the\s+)?(?:study\s+|two\s+)?groups\b", re.I)
# (with the groups it is between: "the difference between the 25- and 1-mg dose groups")
# (after the groups, the outcome it is in: "… dose groups in the time to first response was …")
OUTCOME_AFTER_GROUPS = re.compile(r"(?:\s+(?:groups?|arms?))?\s+(?:in|of|for)\s+(?:the\s+)?[a-z]", re.I)
# (the sentence's subject: "Only the difference between the 25- and 1-mg dose groups achieved …")
DIFFERENCE_BETWEEN_SAID = re.compile(r"^\W*(?:(?:only|but|however|and)\W+)?(?:the\s+)?differences?\s+between\s+(?:the\s+)?[^,;()]{1,40}?\b(?:groups?|arms?|doses?)\b", re.I)
# A phrase that names no measure, only that one changed: "differences in change", "mean change".
GENERIC_CHANGE = re.compile(r"(?:(?:mean|average|median|the|a|an)\s+)*(?:differences?|changes?|improvements?|reductions?|"
                    r"increases?|decreases?|effects?)(?:\s+(?:in|of)\s+(?:the\s+)?(?:differences?|changes?))?", re.I)
CHANGE_WORDS = re.compile(r"(?=[dgir变改c])(?:改善幅度|改善程度|变化|\b(?:change|improvement|gain|reduction|decline))", re.I)
# What the values that no shape claimed must look like (``Outcomes.plain_values``).
SUPPOSED = re.compile(r"^\W*(?:if|suppose|assuming)\b|^\W*(?:假如|如果|假设)", re.I)
# An example made up to explain, which the rest of its paragraph goes on with: "So, for example,
# let's imagine a vaccine with a proven efficacy of 80%. This means that …".
IMAGINED = re.compile(r"\b(?:let['’]s|let\s+us)\s+(?:imagine|suppose|say|assume)\b|^\W*(?:so,?\s+)?imagine\b|"
                      r"\b(?:hypothetical|imaginary)\s+(?:example|vaccine|drug|trial|study)\b|^\W*(?:假设有|设想|想象一下|想像一下)", re.I)
# (A count starts where its digits start: tried inside a long run of digits, each "\d+"
# would try every shorter run again, though it fails as the whole run fails.)
FRACTION_OR_SIZE = re.compile(r"(?=[\dn共N])(?:(?<!\d)\d+\s*/\s*\d+|\b[nN]\s*[=＝]\s*\d+|(?<!\d)\d+\s*(?:of|out of)\s+\d+|共\s*\d+"
                              r"|(?<!\d)\d+\s*(?:例|名|人)中)")
# The total a share with its count is of, written after it: "32 (73%) of 44 participants".
SHARE_OF_TOTAL = re.compile(r"%\s*[)）]\s*(?:of|out\s+of)\s+(?:the\s+|all\s+)?(?P<n>\d+)(?![\d.%])", re.I)
# A unit after a value: what makes a lone number a measurement ("412 m", "1.45 L", "3.2分").
UNIT_AFTER = re.compile(r"\s?(?:%|分|米|厘米|毫米|mmHg|mm\s?Hg|kg|g/dL|g/L|mg/dL|mmol/L|μmol/L|umol/L|pg/mL|ng/mL|IU/L|U/L|"
                r"ml|mL|L\b|cm\b|mm\b|m\b|points?\b|bpm\b|beats|ms\b|秒|次/分|ml/min|mL/min|kg/m2|kg/m²|g\b|次|"
                r"个月|個月|月|天|日|周|週|年|小时|小時|分钟|分鐘|days?\b|weeks?\b|months?\b|years?\b|hours?\b|h\b)", re.I)
# A value followed by its confidence interval is an effect, not a measurement.
WITH_CI_AFTER = re.compile(r"\s*(?:%|[A-Za-zμ/]{1,8}|[\u4e00-\u9fff]{1,2})?\s*[(\[（]\s*(?:95\s*%|CI\b|置信|可信|-?\d+(?:\.\d+)?\s*(?:to|-|–|~|至|,)\s*-?\d+(?:\.\d+)?\s*[)\]）])", re.I)
# How long patients were followed, which is no time a value was measured at.
FOLLOWED_FOR = re.compile(r"(?:\bfollowed(?:\s+up)?\s+(?:for|over)|\bfollow-?up\s+(?:of|period\s+of|was|lasted)|"
                  r"\bmedian\s+(?:follow-?up|of)|随访|隨訪|追踪|追蹤|观察)\s*(?:时间|時間|期)?\s*(?:为|為|达|長達|长达|was|of)?\s*$", re.I)
# "1.TCMSSS评分：", "结果：(2) 疲劳评分：", "2) Fatigue score:": a result's label naming its measure.
MEASURE_LABEL = re.compile(r"(?=[\d\s結结(（R一-鿿A-Za-z])\s*(?:(?:结果|結果|Results?)\s*[:：]\s*)?(?:[(（]?\d{1,2}\s*[.)、．）]\s*)?"
                   r"(?P<name>[A-Za-z\u4e00-\u9fff][^:：，,。；;()（）\d]{1,24}?(?:\d{1,2}[^:：，,。；;()（）\d]{0,6})?)\s*[:：]", re.I)
SECTION_WORD = re.compile(r"目的|方法|结果|結果|结论|結論|背景|对象|對象|资料与方法|发布日期|發布日期|发布时间|發布時間|日期|作者|来源|來源|编辑|編輯|记者|記者|"
                  r"Published|Date|Author|Editor|Objectives?|Aims?|Methods?|Results?|Conclusions?|"
                  r"Background|Design|Setting|Participants|Interventions?|Findings|Interpretation|Funding|Note|Source|Sources|"
                  r"Keywords?|关键词|關鍵詞|"
                  # (a paper's front matter and a safety heading: no measure is named by them)
                  r"机构地区|機構地區|机构|機構|作者单位|作者單位|单位|單位|地址|通讯作者|通訊作者|基金项目|基金|引用本文|引用|"
                  r"Affiliations?|Address|Correspondence|Cite\s+this\s+article|Citation|DOI|安全性|Safety|"
                  # (a library record's fields: "第一机构:…兰州73000", "年份:2015", "卷号:15")
                  r"第一(?:作者|机构|機構)|文献类型|文獻類型|(?:中文|英文|外文)(?:题名|題名|期刊名|关键词|關鍵詞)|年份|卷号|卷號|期号|期號|"
                  r"起止页码|起止頁碼|页码|頁碼|收录|收錄|语种|語種|分类号|分類號|摘要", re.I)
SECTION_LABEL_WORDS = re.compile(r"(?:" + SECTION_WORD.pattern + r")(?:\s*(?:and|&|与|和|及)\s*(?:" + SECTION_WORD.pattern + r"))*"
                         r"|(?:materials?|patients?|subjects?)\s+and\s+methods?", re.I)
HAN = re.compile(r"[\u4e00-\u9fff]")
# A measure phrase that only points back: "该评分", "the scores", "两组的水平".
GENERIC_MEASURE = re.compile(r"(?:.*?(?:组|組|和|与|與|及|的)\s*)?(?:该|此|这一?|這|其|上述|各项|各項|the|this|that|these|those|such)?\s*"
                     r"(?:评分|評分|积分|積分|分数|分數|得分|水平|含量|指标|指標|scores?|levels?|values?)", re.I)
# A measure whose values are durations, and the words that put a value right after it.
# (Letters only bound the English words: "中位TTP" names one after a Chinese character.)
DURATION_NAME = re.compile(r"生存期|生存时间|生存時間|存活期|存活时间|存活時間|时间|時間|天数|天數|住院|(?<![A-Za-z])(?:survival|time|duration|stay|length|"
                   r"days?\s+(?:in|on|of)|PFS|OS|DFS|EFS|DOR|TTP|RFS|mOS|mPFS)(?![A-Za-z])", re.I)
# Vaccine efficacy (``vaccine_efficacy``): a vaccine named where the article says what it
# studies (its headline or lead, an arm, an intervention), not a vaccination in passing.
VACCINE = re.compile(r"vaccin|疫苗|immuni[sz]ation|接种|接種", re.I)
VACCINE_WORDS = ("vaccin", "疫苗", "immuni", "接种", "接種")  # (one is in every match of VACCINE)
# A vaccine named aside: among the exclusions, in someone's history.
VACCINE_ASIDE = re.compile(r"exclu|prior|previous|history|排除|既往|曾接种|曾接種", re.I)
VE_WORD = re.compile(r"\b(?:vaccine\s+)?(?:efficacy|effectiveness)(?:\s+rate)?\b|\b(?P<adjective>effective)\b|保护效力|保護效力|保护力|保護力|"
                     r"保护率|保護率|疫苗效力|疫苗有效性|防护力|防護力|(?<![保护護苗])效力|(?<![总總])(?:有效率|有效性)|"
                     # ("流感疫苗有效率達66%", "疫苗效率達66%": the vaccine's effectiveness, named right after it)
                     r"(?<=疫苗)(?:有效率|效率)", re.I)
# An arm treated otherwise than by a vaccine, before a bare "有效率", and another treatment between.
TREATED_ARM_BEFORE = re.compile(r"治疗组|治療組|观察组|觀察組|实验组|實驗組")
OTHER_TREATMENT_BETWEEN = re.compile(r"药|藥|化疗|化療|治疗|治療|联合|聯合")
# "预防…的有效率": a vaccine's efficacy only where the clause says what it prevents.
PREVENTING_BEFORE = re.compile(r"(?:预防|預防|防止|对抗|對抗)[^，,；;。]{1,30}$")
# Between an efficacy word and the vaccines it lists (``_ve_listed``): "研究結果，顯示".
VE_LIST_LEAD = re.compile(r"(?:研究|结果|結果|显示|顯示|表明|发现|發現|分别为|分別為|为|為|是|[\s，,：:])*")
# A vaccine named, then its efficacy (``_ve_listed``): a verb or nothing between; a list mark after.
VE_NAME_TO_VALUE = re.compile(r"\s*(?:达|達|为|為|是|有|[:：])?\s*")
# (one item the vocabulary does not know may stand between, unread: "BNT達95.8%、高端91.0%、莫德納81.8%")
VE_LIST_GLUE = re.compile(r"\s*%?\s*(?:[、，,；;]|和|及|与|與)\s*(?:[^\d、，,；;。]{1,6}\s*(?:达|達|为|為)?\s*\d+(?:\.\d+)?\s*%\s*[、，,]\s*)?")


def is_vaccine(name: str) -> bool:
    """Whether the vocabulary's intervention ``name`` is a vaccine (``_ve_listed``): its name
    says so, or the vocabulary does ("BNT162b2")."""
    return "vaccin" in name.lower() or bool((vocab.info(name) or {}).get("vaccine"))


# 防护力 and a bare 效力 are a vaccine's where one is named just before them, not a drug's or a mask's.
VACCINE_NEAR = re.compile(r"疫苗|苗|接种|接種|[剂劑]")
NOT_A_VACCINE_BEFORE = re.compile(r"(?:药|藥|口罩|罩)的?$")
VE_GAP_BEFORE = re.compile(r"\s*(?:vaccine\s+|overall\s+)?", re.I)
# What may stand between an efficacy word (and the disease it is against) and its value.
# A comparison after a value: "25% lower", "10 percentage points higher".
VE_COMPARED_AFTER = re.compile(r"\s*(?:percentage\s+)?(?:points?\s+)?(?:lower|higher|less|more|fewer|greater|smaller)\b", re.I)
# A value's bracket right after it, its interval: " (95% confidence interval, 69.7–94.5)".
INTERVAL_BRACKET = re.compile(r"\s*[(\[（][^()\[\]（）]{0,60}[)\]）]")
# ("efficacy of the vaccine was 87.1%": whose efficacy, then the verb)
VE_GAP_AFTER = re.compile(r"\s*(?:\(VE\)\s*)?,?\s*(?:of\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?vaccines?\s+)?(?:(?:was|were|is|of|reached|stood\s+at|at)\s+|[:=]\s*|(?:分别|分別)?(?:则|則)?(?:为|為)|达到|達到|可达|可達|达|達|是|高达|高達)?"
                          r"\s*(?:an?\s+)?(?:estimated\s+|overall\s+|about\s+|approximately\s+|约|約)?\s*", re.I)
VE_LEAD_IN = re.compile(r"[^.;；。\d%]{0,70}[:：–—]\s*")
VE_SHARE_OF = re.compile(r"\s*of\s+(?:the\s+|all\s+)?(?:participants|patients|subjects|people|randomi[sz]ed|enrolled|those)\b", re.I)
VE_AGAINST = re.compile(r"\s*(?:\(VE\)\s*)?(?:against|in\s+preventing|at\s+preventing|for\s+preventing|to\s+prevent|"
                        r"in\s+reducing\s+(?:the\s+)?(?:risk\s+of\s+)?|of\s+the\s+vaccine\s+against)\s+", re.I)
# "V疫苗对带状疱疹的保护效力": the disease written before a Chinese efficacy word.
# Who a vaccine protected, before what it protected them from: "3至5岁儿童", "6至16岁儿童和少年".
ZH_VE_WHO = re.compile(r"^\d+\s*(?:至|到|-|~|～)\s*\d+\s*(?:岁|歲)(?:的)?(?:儿童|兒童|少年|青少年|成人|成年人|老人|老年人)?"
                       r"(?:(?:和|及|与|與)(?:儿童|兒童|少年|青少年))?(?=[\u4e00-\u9fffA-Za-z]{2})")
# The people an efficacy is of, listed by age before the disease: "50岁及以上和70岁及以上成人的".
ZH_VE_PEOPLE = re.compile(r"^[^的]{0,24}(?:岁|歲)[^的]{0,12}?(?:成人|成年人|儿童|兒童|老人|老年人|人群|者)?的(?=[\u4e00-\u9fffA-Za-z]{2})")
VE_AGAINST_ZH = re.compile(r"(?:对|對|预防|預防)(?P<what>[\u4e00-\u9fffA-Za-z0-9-]{2,20}?)的?\s*$")
VE_PHRASE_END = re.compile(r"\s+(?:was|were|is|of|at|in|among|by|from|after|reached|did|and)\b|[,;:.()（），；：。]|\s+\d|\s+[-–]\s", re.I)
VE_RUN_STOP = re.compile(r"[;；。%]|\b(?:but|while|whereas|compared|vs|versus)\b|\d+(?:\.\d+)?\s*(?:%|per\b)", re.I)
VE_RUN_JOIN = re.compile(r"\band\b|[,，、和与與]")
VE_SUBGROUP = re.compile(r"\s*(?:among|in|for)\s+(?:the\s+|those\s+|participants\s+|people\s+|adults\s+)?(?:aged\s+)?", re.I)
VE_HYPOTHETICAL = re.compile(r"\b(?:could|would|might)\s+(?:say|claim|call|be\s+said)\b|\be\.g\.|假如|如果", re.I)
VE_RANGE_NEXT = re.compile(r"\s*(?:-|–|to)\s*\d")
VE_EVENTS_OF = re.compile(r"^\s*(?:new\s+|incident\s+)?(?:cases?|episodes?|(?:the\s+)?risk|occurrence|onset)\s+of\s+", re.I)
VE_SUBGROUP_END = re.compile(r"\s+(?:and|but|while|whereas|was|were|compared|versus|vs)\b|[,;:()（），；：。–—]|\.(?!\d)|\s-\s", re.I)
VE_NOT_SUBGROUP = re.compile(r"(?:preventing|reducing|protecting|prevention|reduction|protection|the\s+prevention|those\s+who|this|that|which|both|all\b|"
                             # (a time, no subgroup: "82.6% in the first year following vaccination", "in the second season")
                             r"(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:year|season|month|week|dose\s+interval)s?\b)", re.I)
# "normal weight was the reference category", "prediabetes": the comparator is named, or
# there are levels, so "no X" would not be it (``_condition_references``).
REFERENCE_NAMED = re.compile(r"\breference\s+(?:category|group|level)|\bas\s+(?:the\s+)?reference\b|\bpre-?diabetes\b|"
                             r"\bborderline\b|\bmild\b.{0,40}\bsevere\b|参照组|參照組|参照|參照", re.I)
# Rates (``rates``): the words between a value and its unit ("deaths per", "例/"), between the
# values of a run ("57.1/10,000 vs 61.4", "1472 and 1536"), and the base written after each value.
RATE_EVENT = re.compile(r"\s*(?:(?:new\s+|incident\s+)?[A-Za-z][A-Za-z-]{1,24}\s*|[例人次]\s*)?")
RATE_EVENT_WORD = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s+(?P<event>(?:new\s+|incident\s+)?[A-Za-z][A-Za-z-]{1,24})\s*(?=per\b)", re.I)
RATE_COUNTED = re.compile(r"(?<![\d.])\d+\s+(?:new\s+|incident\s+)?(?P<event>(?:[A-Za-z-]+\s+)?(?:infections|cases|deaths|events|episodes|"
                          r"fractures|falls|hospitali[sz]ations|admissions|relapses|exacerbations|recurrences))\b", re.I)
RATE_WORD = re.compile(r"(?:the\s+)?(?:incidence(?:\s+rates?)?|rates?|event\s+rates?|发生率|發生率|发病率|發病率)", re.I)
RATE_RUN_GLUE = re.compile(r"(?:\s*/\s*\d[\d,]*)?\s*(?:[例人次]\s*)?(?:,\s*(?:and|or)\b|,|and|or|vs\.?|versus|与|與|和|及|、|对|對)\s*", re.I)
# "The rate difference was -1.2 per 100 person-years": a difference or ratio of rates, no rate.
RATE_CONTRAST_BEFORE = re.compile(r"(?:difference|ratio|reduction|reduced|lower|higher|excess|fewer|差值|差异|差異|比值|减少|減少|降低)"
                                  r"[^.;；。\d]{0,25}$", re.I)
RATE_CLAUSE_CUT = re.compile(r"[;；。]")
RATE_BASE_BEFORE = re.compile(r"(?<=\d)\s*/\s*$")
RATE_JOIN = re.compile(r"\band\b|\bvs\b|\bversus\b|与|與|和|及|、|,|对|對", re.I)
RATE_STOP = re.compile(r"[;；。]|\d")
RATE_TO_ARM = re.compile(r"\s*(?:[例人次]\s*)?(?:in|among|for|with|on|" + TAKING_ARM + r")\s+(?:the\s+|those\s+)?|\s*(?:[例人次]\s*)?[(（]?", re.I)
# Between the two durations of a pair.
PAIR_GLUE = re.compile(r"\s*(?:,|and|vs\.?|versus|compared\s+(?:to|with)|than|对|對|比|和|与|與|、)\s*(?:only\s+)?", re.I)
# A duration followed by "after", "later", 后: a time point ("24 hours after surgery", "2小时后").
TIME_POINT_AFTER = re.compile(r"\s*(?:hours?|hrs?|h|minutes?|min|days?|weeks?|months?|years?|小时|小時|分钟|分鐘|天|日|周|週|个月|個月|年)"
                              r"\s*(?:after|later|post|following|since|from|后|後|以后|以後|之后|之後|内|內|之内|之內|以内|以內)", re.I)
TIME_UNIT = re.compile(r"\s*(?:个月|個月|天|日|周|週|年|小时|小時|days?\b|weeks?\b|months?\b|years?\b|hours?\b)", re.I)
DURATION_CUE = re.compile(r"(?:分别为|分別為|分别是|为|為|是|达|達|约为|约|約|仅|僅|只有|(?:提升|提高|延长|延長|增加|缩短|縮短|升|增|降)(?:至|到)|"
                          # ("可延长总生存期至36.5个月": the measure of time, then what it came to)
                          r"(?<=[期间間])(?:至|到)|[:：(（]|\bwas\b|\bwere\b|\bof\b|\bvs\.?|\bversus\b|对|對|和|与|與|、|,|，|\band\b|"
                          r"\bcompared\s+(?:to|with)\b|\bthan\b)"
                  r"\s*(?:\([A-Za-z]+\)|（[A-Za-z]+）)?\s*$", re.I)
# A measure of how long people lived or went without an event: it has no value at baseline.
SURVIVAL_NAME = re.compile(r"surviv|生存|存活|\btime\s+to\b|\b(?:PFS|OS|DFS|EFS|DOR|TTP|RFS|mOS|mPFS)\b|duration\s+of\s+response", re.I)
FROM_NUMBER_BEFORE = re.compile(r"(?:从|從|由)\s*(?:既往)?\s*(?:约|約)?\s*(?:\d+(?:\.\d+)?\s*(?:至|到|~|-|–)\s*)?$")
CHANGE_TO_AFTER = re.compile(r"\s*(?:提升|提高|延长|延長|增加|缩短|縮短|升|增|降)(?:至|到)")
PAIRED_BEFORE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:vs\.?|versus|对|對|比)\s*$", re.I)
AT_TIME = re.compile(r"(?:\bat\b|\bafter\b|\bover\b|\bwithin\b|第|随访|隨訪)\s*$", re.I)
TIME_AFTER = re.compile(r"\s*(?:after|post|later|following)\b|\s*[后後时時]", re.I)
# Between two time points listed together: "3年和5年", "3、5年", "week 4 and week 8".
TIMES_JOINED = re.compile(r"\s*(?:和|及|与|與|、|\band\b|\bor\b|或)\s*", re.I)
# Right before a time, what makes it a time point ("at", "after", "第", "随访"), the follow-up's
# comma too ("经长期随访， 3年和5年的总生存率…").
TIME_POINT_CUE = re.compile(r"(?:\bat\b|\bafter\b|\bwithin\b|\bby\b|\bover\b|第|随访|隨訪|治疗|治療|术后|術後|后|後|内|內)\s*$|"
                            r"(?:随访|隨訪|治疗后|治療後|术后|術後)\s*[，,]\s*$", re.I)
# Significance stated in words ("significantly higher", "差异有统计学意义"), and its absence.
SIGNIFICANT_WORDS = re.compile(r"(?=[s具差明显有])(?:\bsignificantly\s+(?:higher|lower|greater|better|worse|more|less|fewer|improved|reduced|increased|"
                       r"decreased|different|shorter|longer|superior|inferior|lowered|raised|elevated)\b|"
                       r"\bstatistically\s+significant\b|\bsignificant\s+(?:improvement|reduction|increase|decrease|difference|"
                       r"differences|benefit)s?\b|差异(?:有|具有|均有|均具有)统计学意义|具有统计学意义|有统计学意义|"
                       r"差异(?:有|均有)?(?:显著性|统计学差异)|显著(?:优于|高于|低于|提高|降低|改善|增加|减少|缩短|延长)|明显(?:优于|高于|低于))", re.I)
NOT_SIGNIFICANT_WORDS = re.compile(r"(?=[dn差无])(?:\bno\s+(?:statistically\s+)?significant\s+(?:difference|differences|change|changes|effect|effects|"
                           r"improvement|reduction|increase|decrease)\b|\bnot\s+(?:statistically\s+)?significant(?:ly)?\b|"
                           r"\bdid\s+not\s+(?:significantly\s+)?(?:differ|change|improve|reduce)\b|\bnon-?significant\b|"
                           r"差异无统计学意义|无统计学意义|差异不显著|无显著差异|无明显差异|差异均无统计学意义|差异不具(?:有)?统计学意义)", re.I)
EACH_IMPROVED = re.compile(r"[均都](?:有所|呈现|出现)?(?:显著|明显)|\bboth\s+(?:groups|arms)\s+(?:showed|had|improved)|\bin\s+(?:both|each)\s+(?:group|arm)s?\b", re.I)
RISK_BEFORE = re.compile(r"(?:风险|風險|危险|危險|几率|機率|概率|\brisk|\bodds|\bhazard|\blikelihood|\bchance)\w*\s*(?:of\s+\w+\s+)?(?:was\s+|were\s+|is\s+)?$", re.I)
# "0.58 points per month": a rate of change, which is an effect, not a value.
PER_TIME = re.compile(r"\s*(?:[A-Za-z%]+\s+)?(?:per|a|each|/)\s*(?:day|week|month|year)\b|\s*(?:分|点)?\s*/\s*(?:月|年|周|天)|\s*(?:分)?每(?:月|年|周|天)", re.I)
SCALE_WORDS = re.compile(r"\bscales?\b|\branges?\b|\branging\b|\brated\b|\bscored\b|范围|量表|分值|評分範圍", re.I)
# A reference to a paper, not a result: "引用本文: … [J] . 期刊, 2018, 02(2) : 65-70.".
CITED_PAPER_LINE = re.compile(r"引用本文|\[J\]\s*[.．]\s*\S|\b(?:19|20)\d\d\s*[,;]\s*\d+\s*\(\s*\d+\s*\)\s*:\s*\d+\s*[-–]\s*\d+")
# After a number, what makes it who took part or how long they were followed, not an outcome's
# value: "平均64岁", "58 years old", "中位时间为23.7个月的随访".
AGE_OR_FOLLOW_UP_AFTER = re.compile(r"\s*(?:岁|歲|周岁|週歲|years?[\s-]+old\b|-year-old\b|years?\s+of\s+age\b)|"
                                    r"\s*(?:个月|個月|月|年|周|週|天|日|months?|years?|weeks?|days?)\s*(?:的|of\s+)?\s*(?:随访|隨訪|follow-?up)",
                                    re.I)
# Before a number, what makes it a range's end: "ranged from 8.03 to 8.50 kg" (both ends), "BMI
# 20.5~ 22.4"; a range opened by "ranged from" is no change from one end to the other (from_to).
RANGED = re.compile(r"\brang(?:e|es|ed|ing)\s+(?:from\s+|between\s+)?(?:[-−]?\d[\d.]*\s*(?:%|[A-Za-z]{1,6})?\s*(?:to|and|-|–)\s*)?$", re.I)
RANGED_FROM = re.compile(r"\brang(?:e|es|ed|ing)\s+from\s*$", re.I)
RANGE_GLUE = re.compile(r"\s*(?:%|[A-Za-z]{1,6})?\s*(?:to|-|–|and)\s*", re.I)
RANGE_END_BEFORE = re.compile(r"\d\s*(?:~|～|至)\s*$")
# A date's day ("Nov. 14", "March 3"), a time window ("within 36 hours", "for 48 hours"), the
# unit a ratio is given per ("收缩压每下降10mmHg"): no outcome's value.
DATE_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                               r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s*$")
# (not the outcome's own duration: "the duration of remission was for about 14.5 weeks")
WITHIN_OR_FOR_BEFORE = re.compile(r"(?:\bwithin|(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)\bfor(?:\s+(?:a\s+full|up\s+to|at\s+least|about|around))?|"
                                  r"\bduring|\bover\s+the\s+(?:first|next|past))\s*$", re.I)
PER_UNIT_BEFORE = re.compile(r"(?:每|每个|每個)\s*$")
# "(0-10)", "0 to 10", "out of 10": the ends of a scale, not values on it.
SCALE_RANGE = re.compile(r"(?:(?<![\d.])0\s*(?:to|-|–|~|～|至|到)\s*|\bout\s+of\s*|满分\s*|总分\s*)$", re.I)
# (Not major adverse cardiovascular events, MACE, an outcome of efficacy: "主要不良心血管事件".)
SAFETY_NAME = re.compile(r"不良(?!心血管|心脑血管|心腦血管|心脏|心臟)|副作用|并发症|併發症|毒性|"
                         r"\badverse\b(?!\s+(?:cardiovascular|cardiac|cerebrovascular|limb))|"
                         r"\bside\s+effects?\b|\btoxicit|\bcomplications?\b", re.I)
# Adverse events named as a whole, with what kind they are: "serious adverse events",
# "grade 3 or higher treatment-related adverse events", "gastrointestinal side effects", "≥3级不良反应".
SAFETY_PHRASE = re.compile(
    r"(?<![\w-])(?:(?:any|all|overall|non-?serious|serious|severe|grade\s*(?:≥|>=|>)?\s*[345](?:\s*(?:or|to|-|–)\s*(?:higher|above|[45]))?|"
    r"treatment[- ](?:related|emergent)|[a-z]+[- ]related|gastrointestinal|GI)\s+){0,4}"
    r"\b(?:adverse\s+(?:events?|reactions?|effects?)|side[- ]effects?)\b"
    # "adverse events leading to discontinuation", "… resulting in death"
    r"(?:\s+(?:leading|that\s+led|resulting\s+in|causing)\s+(?:to\s+)?(?:(?:treatment|study[- ]drug|drug|permanent)\s+)?"
    r"(?:discontinuation|withdrawal|death|hospitali[sz]ation)(?:\s+of\s+(?:treatment|the\s+study\s+drug))?\b)?|"
    r"(?:[≥>]?\s*\d\s*级(?:及以上|以上)?|严重|嚴重|总体|總體|胃肠道|胃腸道|药物相关|藥物相關|治疗相关|治療相關)?"
    r"(?:不良(?:事件|反应|反應)(?!心)|副作用)(?:的?[总總]?(?:发生率|發生率))?", re.I)
# Between an adverse event's name and its first share, what makes the share another thing's: a
# clause's end, or words of severity or kind ("多为轻度", "were mostly mild", "leading to").
CLAUSE_OR_KIND = re.compile(r"[,，](?!\s*(?:occurring|reported|seen|observed|noted)\s+(?:in|by|among)\b)|[;；:：。]|\b(?:mild|moderate|severe|mostly|mainly|leading|led|due|grade)\b|多为|多為|主要|轻度|輕度|"
                            r"中度|重度|导致|導致|因", re.I)
# Before the words or between them and their first share, a part of the people or a time: the shares
# are a subgroup's or a moment's, not the arms' ("Adverse events in women occurred in …", "65岁以上患者中，
# 不良反应发生率…", "治疗第1周不良反应发生率…"), or of events that did something ("resulted in discontinuation").
WHOSE_OR_WHEN = re.compile(r"\b(?:women|men|girls|boys|older|younger|aged|elderly|subgroups?|weeks?|months?|days?|years?|"
                           r"resulted|resulting|caused|causing|necessitated|necessitating|required|requiring|led|leading)\b|"
                           r"岁|歲|亚组|亞組|男性|女性|第\s*\d|周|週|个月|個月|导致|導致|停药|停藥", re.I)
# A kind named right before the words, which the name does not hold: "导致停药的不良反应".
KIND_BEFORE = re.compile(r"(?:相关|相關|有关|有關|引起|所致)[^，,；;。]{0,6}$")
# (Words every English match needs, for ``ascii_without``: the other matches are Chinese.)
SAFETY_WORDS = ("adverse", "effect", "toxicit", "complication")
# Complications and nothing else of safety: a surgical outcome ("90-day postoperative complications").
# (not a drug's: "infusion-related complications", "骨髓抑制、恶心呕吐等并发症" are its adverse events)
COMPLICATIONS_ONLY = re.compile(r"^(?!.*(?:\badverse|\bside\s+effect|\btoxicit|不良|副作用|毒性|\binfusion|\binjection|\bdrug|"
                                r"\bmedication|\bchemotherapy|\btreatment[- ]related|药物|藥物|化疗|化療|输液|輸液|注射)).*"
                                r"(?:\bcomplications?\b|并发症|併發症)", re.I)
RATE_NAME = re.compile(r"率|比例|\brates?\b|\bproportion\b|\bpercentage\b|\bincidence\b|\brisk\b|\bresponse\b|\bremission\b|"
               r"\bsurvival\b|\bprevalence\b|\bmortality\b", re.I)
BACKGROUND_RATE = re.compile(r"我国|中国|全国|全球|国内|世界|美国|台湾|全台|香港|本港|\bin\s+(?:China|the\s+US|the\s+United|Europe)|\bworldwide\b|\bglobal", re.I)
BRACKET_AFTER_VALUE = re.compile(r"^\s*[(\[（][^()\[\]（）]{0,20}[)\]）]")
# Where one arm's part of a sentence ends and the next one's begins.
# What a share of an arm did, named after the shares: "35.6% of the intervention group and
# 20.2% of the usual care group achieved remission", "治疗组有71例（35.6%）达到缓解".
SHARE_OUTCOME = re.compile(
    r"(?=[abehdlmrsw出发發达達获獲实實转轉进進])(?:(?<!\bwho\s)(?<!\bthat\s)\b(?:achieved|attained|reached|had|experienced|developed|reported|showed|met|maintained|lost|"
    r"required|needed|underwent|(?:were|was|became|remained)(?=\s+(?:in\s+remission|alive|abstinent|free\s+of|responders?|hospitali[sz]ed|readmitted|"
    r"cured|healed|(?:relapse|event|seizure|symptom|pain|disease|progression|recurrence)[\s-]free|dead|infected|intubated|ventilated)))\s+(?:an?\s+|the\s+)?(?P<en>[A-Za-z][^,;()\[\]]{1,80}?)(?=\s*(?:[,;(\[]|\.(?!\d)|$)|"
    r"\s+(?:compared|versus|vs\b|than|in\s+the\b|in\s+those\b|with\s+the\b|among\b|at\s+(?:\d+\s+)?(?:weeks?|months?|days?|years?)|after\b|"
    r"by\s+(?:\d+\s+)?(?:weeks?|months?|days?|years?)|"
    r"within\b|during\b|while\b|whereas\b))"
    r"|(?:出现|出現|发生|發生|达到|達到|获得|獲得|实现|實現|转变为|轉變為|进展为|進展為|发展为|發展為)(?![率的时時情])(?P<zh>[\u4e00-\u9fffA-Za-z0-9\-%≥≤.]{1,16}?)(?=[,，。;；(（\s]|而|$))", re.I)
# An event's name followed by "free" names its absence, an efficacy end point: "pain free",
# "nausea-free" (``_adverse_event_named``).
FREE_OF_IT = re.compile(r"[\s-]free\b", re.I)
# "73% of patients responded, compared to 47% in the sham group": a verb that is the outcome.
# (the one-word verbs of outcome_verbs.yaml)
OUTCOME_VERB = {verb: name for verb, name in vocab.outcome_verbs().items() if " " not in verb}
# An arm's bare count of people, each named right after it, the first said to be people or to
# have done something: "108 patients died in the DP-ASA group and 156 in the placebo group".
BARE_COUNT_IN_ARM = re.compile(r"(?<![\d.,%])(?<!\bof\s)(?<!\bthe\s)(?<!\bamong\s)(?<!\bwere\s)(?<!/)(?P<k>" + PEOPLE_COUNT + r")\s+(?:(?P<people>patients|participants|people|subjects|"
                               r"children|adults|women|men|infants|persons|individuals|volunteers)\s+)?(?:(?P<verb>"
                               + "|".join(OUTCOME_VERB) + r")\s+)?(?:in|on|among)\s+(?:the\s+)?(?=\S)", re.I)
OUTCOME_VERB_AT = re.compile(r"\b(?:" + "|".join(OUTCOME_VERB) + r")\b(?!\s+(?:to|from|by|with|in\s+the)\b)", re.I)
# A clause's own outcome verb (the measure of the clause before is not its): the same verbs.
OWN_OUTCOME_VERB = re.compile(r"\b(?:achieved|attained|developed|experienced|progressed|discontinued|withdrew|"
                              + "|".join(OUTCOME_VERB) + r")\b|出现|出現|发生|發生|达到|達到|复发|復發|死亡", re.I)
# A rate named by no more than the word for a rate.
BARE_RATE = re.compile(r"发生率|發生率|incidence|rates?|比例|率", re.I)
# A value of people who did something else, said after it: "… and 40% in the placebo group had
# hypoglycaemia", "12 men in the placebo group withdrew" (no value of the measure named before).
ARM_THEN_OWN_VERB = re.compile(r"\s*(?:%|percent|per\s*cent|patients|participants|subjects|people|men|women|children)?\s*"
                               r"(?:of|in|on)\s+(?:the\s+)?[^,;.()\d]{1,40}?\s+(?:groups?|arms?)\s+"
                               r"(?:had|has|have|withdrew|completed|discontinued|developed|experienced|reported|required|needed|"
                               r"died|achieved|attained|reached|stopped|dropped\s+out)\b", re.I)
# An outcome named that way that is who the people were, not what happened to them.
NOT_AN_OUTCOME = re.compile(r"^(?:(?:aged?|older|younger|female|male|women|men|white|black|asian|hispanic|smokers?|current|former|"
                            r"randomi[sz]ed|assigned|allocated|enrolled|included|excluded|treated|given|lost|analy[sz]ed|followed|"
                            r"similar|comparable|significant|statistically|higher|lower|more|less|not|also|still|then|reported|observed|seen|"
                            r"available|eligible|able|unable|on|in|at|of|from|to|for|with|by|about|approximately|nearly|as|that|being|this|these)\b|\d)", re.I)
TOO_GENERIC_OUTCOME = TOO_GENERIC | {"them", "similar", "significant"}
# (A bare 而 before an arm's name starts its segment too: "…出現失智症而控制組中…"; not 然而, 从而.)
ARM_SEGMENT = re.compile(r"[;；]|，\s*而|,\s*而|(?<![然从從因进進反继繼])而(?=[\u4e00-\u9fff]{1,6}[组組])|,\s*whereas\b|,\s*while\b", re.I)
# Between the two values of a pair, "对" and "比" say "versus" too ("约85%对31%", "2.8天對3.7天").
VS_BETWEEN = re.compile(r"\bvs\b\.?|\bversus\b|\bv\.|对|對|比", re.I)
VS_AROUND = re.compile(r"\bvs\b\.?|\bversus\b|\bv\.|对比|相比|比较|對比|比較", re.I)
# After a value: a ratio ("1:1"), a relative change ("24% lower"), an age, a count of people.
# ("weight loss of 5% or more", "体重下降20%及以上": a threshold in an outcome's name, no value)
NOT_A_VALUE_AFTER = re.compile(r"\s*(?:lower|higher|less|more|fewer|greater|smaller|reduction|decrease|increase|improvement|relative|"
                       r"or\s+(?:more|greater|higher|above|over)\b|and\s+(?:above|over)\b|(?:及|或)?以上|"
                       # ("48.7%实现20%及以上的体重降幅", "33% achieved remission": a share of people who reached it)
                       r"(?:of\s+(?:patients|participants)\s+)?(?:achieved|reached|attained)\b|实现|實現|达到|達到|"
                       r"times|fold|倍|岁|歲|years?\s+old|years?\s+of\s+age|-?(?:minute|min|hour|h)\b|[- ]?(?:item|point)\s+scale|"
                       r"patients|participants|people|subjects|adults|children|women|men|cases|例|名|人|位|家|所|项|篇|个中心|centres|centers|sites|"
                       # a property of the trial or its analysis, not of an outcome ("performed at 75% maturity", "80% power")
                       r"(?:maturity|power|adherence|compliance|confidence)\b|"
                       # (an interval's level: "shown with 95% CIs")
                       r"(?-i:CIs?|CrIs?)\b)", re.I)
# Right before a value: the length of follow-up ("after a minimum follow up duration of 50 months").
FOLLOW_UP_BEFORE = re.compile(r"\bfollow[- ]?up(?:\s+(?:duration|period|time|length))?\s*(?:of|was|lasted|:|=)?\s*"
                              r"(?:(?:a\s+)?(?:median|mean|minimum|maximum|average)\s+(?:of\s+)?)?$", re.I)
RATIO_AFTER = re.compile(r"\s*[:：]\s*\d")
# Before a value: a label that makes it something else (an age, a grade, an effect), a bound,
# or a comparison that makes it a difference ("较对照组平均高出28.4", "风险低24%").
NOT_A_VALUE_BEFORE = re.compile(r"(?:\b(?:aged|age|ages|version|phase|grade|stage|type|day|week|month|year|visit|cycle|dose|doses|top|class|level|"
                        r"fig\.|figs?\.?|figure|figures|table|tables|supplementary\s+table|ref\.?|panel|"
                        r"HR|OR|RR|MD|SMD|CI|I2|I²|ratio|NNT|number|No\.|n)\s*[=:：]?\s*$|[≥≤<>:：]\s*$|年龄\s*$|第\s*$|"
                        # a threshold of a response, not a value ("decreased by at least 5% (43.3% vs 18.7%)")
                        r"\bat\s+least\s*$|至少\s*$|不少于\s*$|不少於\s*$|"
                        # a change or a difference, its sign apart ("absolute change of - 4.50kg")
                        r"\b(?:change|difference|reduction|decrease|increase)\s+(?:of\s+)?[-−–]?\s*$|\s[-−–]\s+$|"
                        # a test statistic ("Z=-3.135", "t=2.41", "χ2=6.52") is no value of a measure
                        r"(?<![A-Za-z])(?:Z|t|F|U|H|χ2|χ²|χ\^2|x2|X2|卡方值?|统计量)\s*[=:：]\s*-?\s*$|"
                        r"(?:高出|低出|多出|少出|高|低|多|少|降低|减少|下降|增加|提高|升高|缩短|延长)了?\s*$)", re.I)
# ("个月VS": no word boundary between a Chinese unit and "VS", both word characters)
RUN_GLUE = re.compile(r"\s*(?:%|[A-Za-zμ/²]{1,8}|[\u4e00-\u9fff]{1,2})?\s*(?:[,，、]|\band\b|(?<![A-Za-z])vs\b\.?|(?<![A-Za-z])versus\b|和|与|與|及|对比|比)?\s*"
              r"(?:\b(?:in|with|for|among|on)\b\s*(?:the\s+)?)?\s*(?:(?:and|,)\s*)?", re.I)
OPENING_TIME = re.compile(r"\W*(?:at|after|by|in|during|over|within|治疗|治療|干预|术后|随访)?\s*(?:the\s+end\s+of\s+)?(?:第)?\s*$", re.I)


@dataclass
class Mention:
    """A measure named in a sentence, explicitly or through its family's part name."""

    name: str
    start: int
    end: int


@dataclass
class SentenceFacts:
    sentence: Sentence
    measures: list[Mention]
    groups: list[Match]
    stats: list[Stat]
    times: list[TimeMention] | None  # None: not read yet (a sentence without values, ``facts_of``)
    ps: list[PValue]
    used_stats: set = field(default_factory=set)
    used_ps: set = field(default_factory=set)
    # Values after a bound ("at least 5%"): no arm's value; kept among the shares an outcome's name
    # may hold ("achieved a weight loss of at least 5%", ``shares_then_outcome``).
    bounded: set = field(default_factory=set)
    # P-values said once for several results ("P值分别为0.08、0.10"): (values start, list start, end).
    p_lists: list = field(default_factory=list)
    # What three readers each ask again (``_not_values``, ``_reads_as_value``), remembered.
    number_spans: list | None = None
    value_like: dict = field(default_factory=dict)
    respectively_at: int | None = None  # where the sentence's last "respectively" (分别) starts, -1 for none
    stat_starts: list | None = None  # where each value starts, in order (for bisection)
    # Values of several measures each in its own bracket of arms (``_bracket_measures``):
    # (each value's start, each one's measure), for the ps said in those brackets.
    bracket_measures: tuple | None = None


@lru_cache(maxsize=256)
def _heading_families(heading: str) -> tuple[str, ...]:
    from ..vocab.lexicon import Tokens
    return tuple(m.name for m in vocab.lexicon("families").find(Tokens(heading)))


# "Significant increase in patients with high adherence to medication": what increased.
CHANGE_IN = re.compile(r"^\s*(?:(?:a|an|the)\s+)?(?:(?:significant|marked|substantial|greater|larger|smaller|further)\s+)*"
                       r"(?:increases?|decreases?|reductions?|improvements?|declines?|rises?|changes?)\s+in\s+(?:the\s+)?"
                       r"(?:(?:proportion|number|percentage|share)\s+of\s+)?"
                       r"(?:(?:patients|participants|subjects|people)\s+(?:with|who\s+had|achieving|reaching)\s+)?(?P<x>[A-Za-z].*)$", re.I)
CHANGE_ONLY = re.compile(r"(?:increases?|decreases?|reductions?|improvements?|declines?|rises?|changes?|differences?)", re.I)


# "The reduction in systolic blood pressure was …": a change of the measure named after it.
# (Only "the …" as the clause's subject: "A significant reduction in workload was found in the
# intervention group (17 versus 36 minutes)" compares levels; nor of events, whose rates are
# the arms' own: "a reduction in cardiovascular death (3.9% vs 5.8%)".)
CHANGE_NOUN_BEFORE = re.compile(r"(?:^|(?<=[.!?\n])|(?<=[.!?]\s)|[.,;:(]\s?|\bRESULTS?:?\s?|\b(?:that|showed|found)\s)(?:the|mean|average|median)\s(?:(?:mean|average|median)\s)?"
                                r"(?:(?:\d{1,3}|one|two|three|four|five|six|twelve)-(?:years?|months?|weeks?|days?)\s)?"
                                r"(?:reduction|decrease|increase|change|improvement|drop|decline|fall|rise|gain|loss)s?"
                                r"\s(?:from\sbaseline\s)?(?:in|of)\s(?:(?:the|mean|their|average)\s)?$", re.I)
# "the rate of participants experiencing …": a share of people, of what follows.
SHARE_OF_PEOPLE = re.compile(r"\b(?:rates?|proportions?|percentages?|shares?)\s+of\s+(?:patients|participants|subjects|people)\b", re.I)


# A measure's kind alone ("评分", "发生率"): what it refers back to is named elsewhere.
BARE_HEAD = re.compile(r"(?:该|此|其|两组|兩組|各组|各組)?(?:评分|評分|积分|積分|分数|分數|总分|總分|指数|指數|水平|发生率|發生率|"
                       r"有效率|率|比例|时间|時間|次数|次數|含量|浓度|濃度|值|计数|計數)")
# What opens a Chinese item ("③", "；"), and an item's name written before its first arm.
ITEM_LEAD = re.compile(r"^[\s①②③④⑤⑥⑦⑧⑨；;，,、:：]+")
# What opens an item without naming its measure: a link word or a time ("同时", "治疗后", "此外").
ITEM_NOT_NAME = re.compile(r"^(?:同时|同時|此外|另外|而|且|并且|並且|其中|结果|結果|干预后|干預後|治疗后|治療後|治疗前|治療前|"
                           r"\d+\s*(?:天|日|周|週|个月|個月|月|年)(?:后|後)?)+")
ITEM_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9\-+/]{2,12}")
# Where a Chinese sentence's items part: "；", or a circled number ("②").
ZH_ITEM_BREAK = re.compile(r"[；;]|[②③④⑤⑥⑦⑧⑨]")
ZH_ITEM = re.compile(r"(?:(?<=[；;])|[①②③④⑤⑥⑦⑧⑨]|^)[^；;①②③④⑤⑥⑦⑧⑨]+", re.M)


# Between a sentence's subject and its pair: an aside and a verb of change, up to the time
# ("LVEF, as evaluated by UCG, was markedly improved at 6 months (…")
SUBJECT_PAST_ASIDE = re.compile(r"(?:\s*,\s*[^,;()\[\]\d]{1,60},)?\s+(?:was|were)\s+(?:\w+ly\s+)?(?:improved|higher|lower|greater|"
                                r"increased|decreased|reduced|better|worse|longer|shorter|elevated)"
                                r"(?:\s+(?:at|after|by)\s+[\w\s-]{1,20}?)?\s*", re.I)
# Between two pairs of one measure, the next one's time only: "(…), 1 year (…), and 4 years (…)"
TIME_OF_NEXT_PAIR = re.compile(r"\s*[,;]?\s*(?:and\s+)?(?:at\s+|after\s+)?(?:\d+|one|two|three|four|five|six|twelve)[\s-]"
                               r"(?:days?|weeks?|months?|years?)\s*", re.I)
# People of a named part of the study right before a bracketed share: "participants in Part B (78%"
SHARE_OF_A_PART = re.compile(r"\b(?:participants|patients|subjects|people|children|adults)\s+(?:in|from|of)\s+(?:the\s+)?"
                             r"(?:Part|Cohort|Arm|Stage|Phase|Group|Panel|Level|Dose\s+level)\s+[A-Z0-9]{1,2}\s*\($")
# When a side was measured, after it: "higher with FLOT than with ECF at 6 months" compares arms
# (at one time), not times; "in patients at 8 weeks than in patients at 4 weeks" compares times.
WHEN_AFTER_SIDE = re.compile(r"\s+(?:at|after|by|over|during|within)\s.*$", re.I)
# A p in a bracket that holds values before it: "(1% vs. 5%; p < 0.001)" is the result of the words
# before the bracket, never of measures named after it.
# (values: "(1% vs. 5%; ", "(0.44分,", not "(Table 2, P < 0.05)" nor "(n = 186; P < 0.01)")
VALUES_IN_OWN_BRACKET = re.compile(r"[(\[](?P<inside>[^()\[\]]*)$")
# A measure named right after a result's bracket is that result's: "A greater reduction (-6.2 vs -1.1 kg;
# p < 0.001) in body weight"
NAMED_AFTER_BRACKET = re.compile(r"[^()\[\]]*[)\]]\s*(?:in|of|for)\s+(?:the\s+|mean\s+)?$", re.I)
NOT_A_VALUE = re.compile(r"\b[nN]\s*=\s*[\d,]+|\b(?:Table|Fig(?:ure)?s?\.?|Supplementa(?:ry|l)\s+\w+)\s*S?\d+\w?|"
                         r"\b[pP]\s*[<=>≤≥]\s*[\d.]+|[表图圖]\s*\d+", re.I)


def _values_in_own_bracket(text: str) -> bool:
    """Whether ``text`` ends inside a bracket that holds values (a p's own result) before it.

    >>> [_values_in_own_bracket(t) for t in ("less disease (1% vs. 5%; ", "得分(0.44分,", "Significant (Table 2, ",
    ...                                          "improved (n = 186; ")]
    [True, True, False, False]
    """
    m = VALUES_IN_OWN_BRACKET.search(text)
    return m is not None and re.search(r"\d", NOT_A_VALUE.sub("", m["inside"])) is not None


def _cleaned_name(words: str) -> str | None:
    """A measure named by the words before its values, as written, or None when the words
    are more than a name (a verb, a group, a number).

    >>> _cleaned_name("higher complication rates during hospital stay "), _cleaned_name(" the mortality at 3 months ")
    ('complication rates during hospital stay', 'mortality')
    >>> _cleaned_name("Filter survival times were superior for citrate"), _cleaned_name("主要症状缓解的比例明显更高")
    ('Filter survival times', '主要症状缓解')
    >>> [_cleaned_name(w) for w in ("especially for open gastrectomy", "in nepafenac group", "have adherence <90%")]
    [None, None, None]
    >>> _cleaned_name("Significant increase in patients with high adherence to medication at 2 years "), _cleaned_name("a significant increase")
    ('high adherence to medication', None)
    """
    changed = CHANGE_IN.match(words)
    if changed:
        words = changed["x"]
    words = re.compile(r"\s+(?:at|after|in|among|for|of\s+the\s+(?:two|both))\s+(?:\d|the\s+end|the\s+post|the\s+follow|week|month|year|baseline|both|all|patients).*$", re.I).sub("", words.strip())
    # ("FLOT was associated with less progressive disease": what the exposure went with)
    # (not "Mortality was associated with delayed surgery": there the subject is what was measured)
    words = re.compile(r"^[^,;()]*?\b(?:was|were|is|are)\s+(?:\w+ly\s+)?" + ASSOCIATION_WORDS + r"\s+(?:an?\s+)?(?=(?:\w+ly\s+)?"
                       + COMPARATIVE_WORD + ")", re.I).sub("", words)
    words = re.compile(r"\s+(?:was|were|is|are|had|has|have|favou?red|exhibited|showed|being|remained|did|differed)\b.*$", re.I).sub("", words)
    words = re.compile(r"^(?:(?:significantly|statistically|a|an|the|higher|lower|greater|fewer|more|less|similar|"
                       r"better|worse|shorter|longer|smaller|larger)\s+)+", re.I).sub("", words)
    words = re.compile(r"^the\s+proportion\s+of\s+(?:patients|participants|subjects)\s+(?:who\s+(?:were|had)\s+)?", re.I).sub("", words)
    words = re.compile(r"(?:明显|显著|顯著|明顯|均|更|较|較)+(?:高|低|长|短|多|少|增加|降低|缩短|延长|升高|下降)?$").sub("", words)
    if (not words or re.search(r"[<>=≤≥]|^(?:in|at|on|for|with|by|especially|being|have|has|had|was|were|than|after|"
                               r"following|adjusted|adjusting|sensitivity|multivariable|unadjusted)\b|"
                               r"\b(?:groups?|arms?)\b|[组組]$", words, re.I)):
        return None
    # (Eight words at most once cleaned: "the rate of participants experiencing" is no part of it.)
    name = _clean(words) if 1 <= len(words.split()) <= 14 else None
    name = name if name is not None and len(name.split()) <= 8 else None
    # (A number is no part of a name, but the digit of a scale's own name is: "PHQ-9", "HbA1c".)
    return None if name is None or re.search(r"(?<![A-Za-z]-)(?<![A-Za-z])\d", name) or CHANGE_ONLY.fullmatch(name) else name


@lru_cache(maxsize=256)
def _baseline_balance(text: str) -> bool:
    """Whether a sentence compares the arms at baseline (``BASELINE_BALANCE``). Remembered:
    five readers ask it of every sentence with values."""
    return not ascii_without(text, BALANCE_WORDS) and BASELINE_BALANCE.search(text) is not None


def _safety_named(text: str) -> bool:
    """Whether ``text`` names adverse events, side effects, toxicity or complications
    (``SAFETY_NAME``)."""
    return not ascii_without(text, SAFETY_WORDS) and SAFETY_NAME.search(text) is not None


@lru_cache(maxsize=1024)
def _significance_of(text: str) -> bool | None:
    """What a clause says of significance: False (not significant), True, or None. Remembered:
    every p-value of a clause asks again."""
    if NOT_SIGNIFICANT.search(text):
        return False
    if SIGNIFICANT.search(text):
        return True
    return None


# A row of people by their age: "60–64 years", "≥70 years", "65 years or older" (no time point).
AGE_BAND_ROW = re.compile(r"^\s*(?:[<>≤≥]\s*\d{2,3}|\d{2,3}\s*(?:[–—-]|to)\s*\d{2,3}|\d{2,3}\s*(?:\+|or\s+(?:more|older|over)))\s*(?:years?|岁|歲)"
                          r"(?:\s+(?:old|of\s+age))?\s*$", re.I)
# A heading's time said with "at" after its measure ("Systolic blood pressure at 12 weeks"), and what may
# follow the time: its unit alone (", mm Hg").
TIME_AT_END = re.compile(r"\s+(?:at|after)\s*$", re.I)
HEADING_UNIT_AFTER = re.compile(r"\s*(?:,\s*[^,;()]{1,12})?\s*")
# A value in degrees, and the words that say a temperature is what is measured.
TEMPERATURE_AFTER = re.compile(r"\s*(?:°|degrees?\b|℃|℉|度)", re.I)
TEMPERATURE_NAME = re.compile(r"\btemperatures?\b|\bfever\b|体温|體溫|发热|發熱", re.I)
# A geometric mean, whose bracket in a table is its confidence interval: "Geometric mean titre", "GMC".
GEOMETRIC_MEAN = re.compile(r"\bgeometric\s+mean|(?-i:\bGM[TC]s?\b)|几何平均|幾何平均", re.I)
# A unit a table row's label names for its own values: "VAS (mm)", "(cm2)", "(kg)".
OWN_UNIT = re.compile(r"[(（]\s*(?:mm|cm2?|cm²|m2|m²|kg|g|mL|ml|L|points?|mmHg|mg/dL|mmol/L)\s*[)）]", re.I)
# An age, not a time: "aged 65 years or older", "≥ 65 years of age".
AGE_BEFORE_TIME = re.compile(r"(?:\baged?|\bolder\s+than|\byounger\s+than|[≥≤<>])\s*$", re.I)
OLD_AFTER_TIME = re.compile(r"\s*(?:or\s+(?:older|younger|over|more)|and\s+(?:older|over)|of\s+age|old)\b", re.I)
# What makes a time a window, not a time point: "14 days after dose 1", "7 天后".
WINDOW_AFTER = re.compile(r"\b(?:after|since|from|before|post|until)\b|[后後起]", re.I)
# A cell that is a p-value by its own words: "P = 0.440", "p<0.001*".
P_CELL = re.compile(r"\s*[Pp]\s*[=<>≤≥]\s*0?[.·]\d")


def _heading_time(heading: str) -> Time | None:
    """The time every row under a table's section heading is of: "TSS-4 mean subscores at week
    4". Not a window ("First COVID-19 occurrence from 21 days after dose 1"), nor an age ("… in
    patients aged 65 years or older").

    >>> _heading_time("Subscores at week 4").value, _heading_time("Cases from 21 days after dose 1"), _heading_time("Aged 65 years or older")
    (4, None, None)
    """
    return next((x.time for x in times(heading) if x.time.value and not WINDOW_AFTER.search(heading, x.start)
                 and not AGE_BEFORE_TIME.search(heading[:x.start]) and not OLD_AFTER_TIME.match(heading, x.end)), None)


# English subgroups listed before their values: "for patients in stages I, II, III and IV were",
# "among men, women and children were"; and after them: "for stages I, II and III, respectively".
_SUBGROUP_WORD = r"(?!(?:and|or|were|was|the|respectively)\b)[A-Za-z][\w\-]*"
_SUBGROUP_ITEM = _SUBGROUP_WORD + r"(?:\s+" + _SUBGROUP_WORD + r"){0,3}"
_SUBGROUP_LIST = r"(?P<list>" + _SUBGROUP_ITEM + r"(?:\s*,\s*" + _SUBGROUP_ITEM + r")*,?\s+and\s+" + _SUBGROUP_ITEM + r")"
_SUBGROUP_LEAD = r"\b(?:for|in|among)\s+(?:(?:the\s+)?(?:patients|participants|people|subjects|those)\s+(?:in|with|of)\s+)?"
SUBGROUPS_BEFORE_VALUES = re.compile(_SUBGROUP_LEAD + _SUBGROUP_LIST + r"\s+(?:were|was)\s+", re.I)
SUBGROUPS_AFTER_VALUES = re.compile(r"\s+" + _SUBGROUP_LEAD + _SUBGROUP_LIST + r",?\s*$", re.I)
RESPECTIVELY_AFTER = re.compile(r",?\s*")
# An abbreviation right before a value's bracket, in Latin letters: "观察组CO(", "、SV(".
OWN_ABBREVIATION_BEFORE = re.compile(r"(?<![A-Za-z])(?P<name>(?-i:[A-Z][A-Za-z0-9]{1,7}))\s?[(（]\s?$")
# A phrase before a colon that names no rate or time: a link's label ("看更多：…20分鐘…"), a quotation's
# lead ("例如ESPN就說：…每天睡12小時"), a web address.
NOT_A_NAME_OF_A_RATE = re.compile(r"看更多|延伸[阅閱]读|延伸[阅閱]讀|相[关關][阅閱][读讀]|例如|比如|[说說]$|[说說][:：]?$|http|www\.", re.I)
# A time written as a word's first part: "2-year PFS", "12-week trial".
HYPHENED_TIME_AFTER = re.compile(r"-(?:years?|months?|weeks?|days?|hours?)\b", re.I)
# A date's month or day, its year or month before it, spaces and all: "于2011 年3 月启动", "2020年1月15日".
ZH_DATE_PART_BEFORE = re.compile(r"(?:\d\s*年|\d\s*月)\s*$")
ZH_DATE_PART_AFTER = re.compile(r"\s*[月日号號]")
# After a number, a line of treatment ("1L therapy", "2L+ setting"); before one, a regimen's "each time/day".
LINE_OF_THERAPY_AFTER = re.compile(r"L\+?\s+(?i:therapy|treatment|setting|regimen|chemotherapy|patients|NSCLC)\b")
REGIMEN_BEFORE = re.compile(r"(?:每次|每天|每日|每周|每週|每晚)[\u4e00-\u9fff]{0,4}$")
# One person of the study, whose values are no group's: "其中一人心率由…降至…", "in one patient".
ONE_PERSON = re.compile(r"其中(?:一|1)\s*(?:人|名|位|例)(?![\d例])|(?<![\d一二三四五六七八九十百])(?:一|1)\s*(?:名|位|例)(?:患者|受试者|受試者|病人)|"
                        r"\bin\s+(?:one|a\s+single)\s+(?:patient|participant|subject|person|man|woman|child|case)\b|"
                        r"\bone\s+(?:patient|participant|subject|person)['’]s\b", re.I)
# A Chinese score's or level's own name right before its value's bracket, after whose and when it is:
# "治疗组治疗后证侯总积分(2.20±2.20)" is 证侯总积分's value, whatever the vocabulary knows of it.
ZH_OWN_NAME_BEFORE = re.compile(r"(?:^|[组組后後前时時的为為,，;；:：、])(?P<name>(?:(?![组組后後前时時的为為])[\u4e00-\u9fff]){2,8}(?:积分|積分|评分|評分|分数|分數|指数|指數))\s?[(（]\s?$")
# A subgroup's head and numeral ("stages I, II and III", "grade 2"), and people a list may name.
SUBGROUP_HEAD = re.compile(r"(?:stage|grade|class|type|tier|level)s?", re.I)
ORDINAL_ITEM = re.compile(r"[IVX]{1,4}|\d{1,2}[A-Ca-c]?|[A-D]")
PEOPLE_SUBGROUP = re.compile(r"(?:(?:current|former|never)\s+)?(?:men|women|males?|females?|boys|girls|children|adolescents|"
                             r"adults|smokers|non-?smokers)", re.I)
# Words that make a listed item an arm, not a subgroup: "the intervention and control groups".
GROUP_WORDS = re.compile(r"\b(?:groups?|arms?|placebo|control|treatment|treated)\b", re.I)


def _subgroup_items(listed: str) -> list[str]:
    """The items of a list of subgroups, a head the first gives them shared: "stages I, II, III and
    IV" -> stage I, stage II, stage III, stage IV.

    >>> _subgroup_items("stages I, II, III and IV"), _subgroup_items("men, women and children")
    (['stage I', 'stage II', 'stage III', 'stage IV'], ['men', 'women', 'children'])
    """
    items = [x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed) if x.strip()]
    words = items[0].split()
    if len(words) == 2 and SUBGROUP_HEAD.fullmatch(words[0]) and all(ORDINAL_ITEM.fullmatch(x) for x in [words[1], *items[1:]]):
        head = words[0][:-1] if words[0].lower().endswith("s") else words[0]
        items = [f"{head} {words[-1]}", *(f"{head} {x}" for x in items[1:])]
    return items


def _is_subgroup(item: str) -> bool:
    """A subgroup a list may name: a stage, grade or class by its numeral ("stage II"), or people
    by sex, age or smoking ("women", "current smokers"); not a domain, cause, time or analysis.

    >>> [_is_subgroup(x) for x in ("stage II", "women", "physical", "first year", "per protocol analyses")]
    [True, True, False, False, False]
    """
    words = item.split()
    return (len(words) == 2 and SUBGROUP_HEAD.fullmatch(words[0]) is not None and ORDINAL_ITEM.fullmatch(words[1]) is not None) \
        or PEOPLE_SUBGROUP.fullmatch(item) is not None


def _heading_measure(heading: str) -> str:
    """What a heading over a table's arms says they measure, its brackets and marks aside.

    >>> _heading_measure("Seroconversion rate* (%) (95% CI)"), _heading_measure("Geometric mean titre† (95% CI)")
    ('seroconversion rate', 'geometric mean titre')
    """
    name = re.sub(r"\s*[(（\[][^()（）\[\]]*[)）\]]|[*†‡§¶#]+", "", heading or "").strip(" ,;:")
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def _p_column(table) -> int | None:
    """The column of p-values a table heads with other words ("Significance for the
    difference"): the one whose filled cells are, but for a few (a "ND"), "P = …".

    >>> from .tables import Table, Row
    >>> _p_column(Table("", ["", "A", "B", "Significance"], [Row(["Week 1", "4.3", "4.2", "P = 0.440"], 0, 0),
    ...     Row(["Week 2", "3.5", "3.1", "P < 0.001*"], 0, 0), Row(["Relapse", "14%", "19%", "ND"], 0, 0)]))
    3
    """
    if sum(1 for h in table.header[1:] if any(x.time.value for x in times(h))) >= 2:
        return None  # (columns of visits, "Week 4 | Week 12 | Change over time": the rows are the arms)
    for i in range(1, len(table.header)):
        cells = [r.cells[i] for r in table.rows if len(r.cells) == len(table.header) and r.cells[i].strip()]
        if len(cells) >= 2 and 3 * sum(bool(P_CELL.match(c)) for c in cells) >= 2 * len(cells):
            return i
    return None


def _same_words(a: str, b: str) -> bool:
    """Whether one name holds the other ("Mortality" and "all-cause mortality")."""
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _shift(items, offset):
    """Numbers are found on the sentence text; make their offsets document offsets.

    (Each copy is made by filling a new object's fields directly: the items are frozen
    dataclasses with no ``__post_init__``, and building each through ``__init__`` with
    keywords cost three times as much, for every number of every sentence.)"""
    out = []
    new = object.__new__
    for x in items:
        y = new(type(x))
        fields = y.__dict__
        fields.update(x.__dict__)
        fields["start"], fields["end"] = x.start + offset, x.end + offset
        if fields.get("value_end") is not None:
            fields["value_end"] += offset
        out.append(y)
    return out


# Events counted in people, whose rate in an arm has no baseline to fall from (not a level
# measured as a rate: heart rate, respiratory rate, a response rate).
EVENT_COUNTED = re.compile(r"mortality|\bdeaths?\b|hospitali[sz]|admissions?\b|\brecurrence|\brelapses?\b|fractures?\b|"
                           r"\bstrokes?\b|\binfarctions?\b|\bexacerbations?\b|\bevents?\b|\bepisodes?\b|\bincidence\b", re.I)
BASELINE_SAID = re.compile(r"\bbaseline\b|\bfrom\s+(?:the\s+)?(?:start|before)\b", re.I)


def zh_count(n: str) -> int | None:
    """A small count as written, in digits or in a Chinese numeral, else None.

    >>> zh_count("4"), zh_count("三"), zh_count("两"), zh_count("几")
    (4, 3, 2, None)
    """
    return int(n) if n.isdigit() else chinese_to_int(n.replace("兩", "两"))


class Outcomes:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.measurements: list[Measurement] = []
        self.effects: list[Effect] = []
        # Rates of adverse events the shapes read ("gastrointestinal adverse events (82.8 versus
        # 63.2 percent)"): no outcome of efficacy, handed to the safety reader's events.
        self.adverse_rates: list[Measurement] = []
        self._adverse_names: set[str] = set()  # the events this sentence names as a whole (``_with_adverse_events``)
        self._compared_events: set[str] = set()  # the event this sentence compares the arms on by a ratio (``facts_of``)
        self.last_measure: Mention | None = None
        self._last_pair: tuple | None = None  # (measure, sides, sentence start, end) of the last pair read in brackets
        # (the index of the last sentence that listed measures and then their values, and those measures)
        self.listed_before: tuple[int, list[Mention]] | None = None
        # The last sentence's measurements (its index, paragraph and their (measure, group, time)).
        self.sentence_before: tuple[int, int, list[tuple]] | None = None
        # The arm a sentence opened on ("In the aflibercept group, …"), for the next sentence that
        # goes on about it without naming it ("Correspondingly, mean CRT decreased …").
        self.framed_arm: str | None = None
        self._sentence_families: dict[int, set[str]] = {}  # (``_families_in``)
        self.default_time = self._default_time()
        self._last_listed_groups: tuple | None = None  # (sentence, groups, reference) a ratio list was of
        self._marks = (0, 0)  # how many effects and measurements there were when this sentence began
        self._verdict_effects: set[int] = set()  # effects read from words alone (``verdicts``)
        self._vaccine: bool | None = None  # whether the article studies a vaccine (``_about_vaccine``)
        self._ve_last: str | None = None  # the disease the last vaccine efficacy was against
        self._ratios_named: dict = {}  # sentence index -> where it names a list of ratios (``_in_ratio_list``)
        self._last_sized_change: tuple | None = None  # (sentence index, measure, arm, end) of ``sized_changes``

    # ------------------------------------------------------------------ context

    def _default_time(self) -> Time | None:
        """The follow-up time an unqualified "to" value refers to: the time most often
        named in sentences that report a measure. How long patients were followed
        ("followed for 12 months", "随访12个月") is no time a value was measured at."""
        counter: Counter = Counter()
        for s in self.ctx.sentences:
            if not self.ctx.mentions("measures", s.start, s.end) and not self.ctx.mentions("families", s.start, s.end):
                continue
            if CRITERIA.search(s.text):
                continue  # who could enrol ("MI within the previous 6 months"): no time of a result
            for t in self._time_points(s, _shift(times(s.text), s.start)):
                at = t.start - s.start
                if t.time.value and not AGE_BEFORE.search(s.text, max(0, at - 12), at) \
                        and not AGE_RANGE_BEFORE.search(s.text, max(0, at - 30), at) \
                        and not FOLLOWED_FOR.search(s.text, max(0, at - 20), at) \
                        and not BEFORE_ENROLMENT.search(s.text, max(0, at - 24), at):
                    counter[t.time] += 1
        if not counter:
            return None
        return max(counter, key=lambda t: (counter[t], t.days))

    def _family_before(self, offset: int, sentence: Sentence) -> str | None:
        """The scale family named last before ``offset``: in this sentence, else in the two
        sentences before it in the same paragraph, else in its heading."""
        sentences = [sentence] + [s for s in self.ctx.sentences[max(0, sentence.index - 2):sentence.index][::-1]
                                  if s.paragraph == sentence.paragraph]
        for s in sentences:
            end = min(offset, s.end)
            found = []
            for m in self.ctx.mentions("families", s.start, end):
                found.append((m.start, m.name))
            for m in self.ctx.mentions("measures", s.start, end):
                fam = (vocab.info(m.name) or {}).get("family")
                if fam:
                    found.append((m.start, fam))
            if found:
                return max(found)[1]
        if sentence.heading:
            found = _heading_families(sentence.heading)
            return found[0] if found else None
        return None

    def measure_mentions(self, s: Sentence) -> list[Mention]:
        # (Not a measure inside a group's name, "正常体重组", "体重正常组": a group, not body weight.)
        groups = [(g.start, g.end) for g in self.ctx.mentions("groups", s.start, s.end)]
        full = _not_defining([Mention(m.name, m.start, m.end) for m in self.ctx.mentions("measures", s.start, s.end)
                              if not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in groups)
                              and not GROUP_AFTER_NAME.match(self.ctx.text, m.end)],
                             self.ctx.norm)
        taken = [(m.start, m.end) for m in full]
        taken += [(m.start, m.end) for m in self.ctx.mentions("families", s.start, s.end)]
        parts = []
        for fam in self._families_near(s):
            if (vocab.info(fam) or {}).get("same_sentence") and fam not in self._families_in(s):
                continue  # (a family whose parts are common words, "睡眠质量", counts in its own sentence only)
            for m in vocab.part_lexicon(fam).find(self.ctx.tokens, s.start, s.end):
                if any(a < m.end and m.start < b for a, b in taken):
                    continue
                if RATE_AFTER_PART.match(self.ctx.text, m.end):
                    continue  # ("睡眠障碍发生率": how often the thing happened, no part of the scale)
                if self._family_before(m.start, s) == fam:
                    parts.append(Mention(m.name, m.start, m.end))
        # A scale named alone ("SCIM III improved from ...") is its total score; so is one named
        # beside other measures when none of its parts is ("WOMAC评分均较治疗前明显下降，Lysholm评分
        # 均较治疗前明显提高").
        with_parts = {(vocab.info(m.name) or {}).get("family") for m in parts}
        for m in self.ctx.mentions("families", s.start, s.end):
            total = vocab.family_total(m.name)
            if total and m.name not in with_parts and (not full or not any(x.name == total or (
                    vocab.info(x.name) or {}).get("family") == m.name for x in full)):
                parts.append(Mention(total, m.start, m.end))
        named = full + parts
        if any(m.name == TOTAL_EFFECTIVE and self.ctx.text[m.start:m.start + 1] in "总總" for m in named):
            # "痊愈率为0%，显效率为20.0%，有效率为51.1%，总有效率为71.1%": beside the total, 有效率 is the
            # rate of one grade ("effective"), not the total again.
            named = [Mention(GRADE_EFFECTIVE, m.start, m.end) if m.name == TOTAL_EFFECTIVE
                     and self.ctx.text[m.start:m.end] in ("有效率", "有效") else m for m in named]
        if "、" in s.text:
            named = self._shared_heads(s, named)
        # "weight loss of 5% or more", "a 50% or greater reduction in migraine days": the share
        # past a threshold is the outcome, named with it, in place of the measure it holds.
        if holds_any(s.text, THRESHOLD_WORDS):
            for t in threshold_measures(s.text):
                a, b = s.start + t.start, s.start + t.end
                named = [m for m in named if not (m.start < b and a < m.end)] + [Mention(t.name, a, b)]
        return sorted(named, key=lambda m: m.start)

    def _shared_heads(self, s: Sentence, named: list[Mention]) -> list[Mention]:
        """``named`` with a Chinese list whose items share the head written once after the last
        ("哮喘、咳嗽、胸闷、气促症状积分": four symptom scores) read as one measure per item, each
        named by the vocabulary where it knows the whole name. The items between two "、" tell
        how long each is; the head must be one that names a measure of an item (积分, 改善时间)."""
        from ..vocab.lexicon import Tokens
        for run in ZH_ITEM_RUN.finditer(self.ctx.text, s.start, s.end):
            items = run.group().split("、")
            middle = {len(x) for x in items[1:-1]}
            k = middle.pop() if len(middle) == 1 else 0
            head = next((h for h in SHARED_HEADS if items[-1].startswith(h, k)), None) if 2 <= k <= 4 else None
            if head is None or len(items[0]) < k or (len(items[0]) > k and not items[0][:-k].endswith(ITEM_RUN_OPENERS)):
                continue  # (where the first item starts, only a word before it tells: "患儿哮喘", not "胃脘痛")
            start = run.start() + len(items[0]) - k
            end = run.end() - len(items[-1]) + k + len(head)
            listed, at = [], start
            for item in [items[0][-k:], *items[1:-1], items[-1][:k]]:
                whole = item + head
                hits = [m for m in vocab.lexicon("measures").find(Tokens(whole)) if m.start == 0 and m.end == len(whole)]
                listed.append(Mention(hits[0].name if hits else whole, at, at + k))
                at += k + 1
            listed[-1] = Mention(listed[-1].name, listed[-1].start, end)
            named = [m for m in named if m.end <= start or m.start >= end] + listed
        return sorted(named, key=lambda m: m.start)

    def _with_adverse_events(self, s: Sentence, measures: list[Mention], values: list[Stat]) -> list[Mention]:
        """``measures`` with the adverse events the sentence names as a whole ("serious adverse
        events", "≥3级不良反应"): every shape reads their shares by arm as it reads a measure's,
        and ``_add`` hands them to the safety reader's events. Only where the shares follow the
        name in its own clause, nothing but arms and verbs between ("Serious adverse events
        occurred in 16.6% of …", "不良反应发生率观察组为6.7%"): "Adverse events were comparable,
        and remission occurred in 40% …" gives the events no share, "不良反应多为轻度，…" a kind of
        its own, and a sentence that opens on a subgroup gives the arms none."""
        self._adverse_names = set()
        if s.text.isascii() and ascii_without(s.text, SAFETY_WORDS) or SUBGROUP_OPENS.match(s.text):
            return measures
        added, admitted = [], set()
        for m in SAFETY_PHRASE.finditer(self.ctx.text, s.start, s.end):
            first = next((x for x in values if x.start >= m.end()), None)
            if first is None or CLAUSE_OR_KIND.search(self.ctx.norm, m.end(), first.start) \
                    or KIND_BEFORE.search(self.ctx.norm, max(s.start, m.start() - 12), m.start()) \
                    or WHOSE_OR_WHEN.search(self.ctx.norm, s.start, m.start()) or WHOSE_OR_WHEN.search(self.ctx.norm, m.end(), first.start):
                continue
            named = [x for x in measures if x.start < m.end() and m.start() < x.end]
            admitted.update(x.name for x in named)  # (named already, by the vocabulary or a phrase)
            if not named:
                # ("不良反应发生率" is 不良反应's rate; "Serious adverse events occurred …": no capital)
                added.append(Mention(event_name(m.group()), m.start(), m.end()))
        self._adverse_names = admitted | {m.name for m in added}
        return sorted(measures + added, key=lambda m: m.start) if added else measures

    def _families_near(self, s: Sentence) -> list[str]:
        fams = set()
        lo = max(0, s.index - 2)
        for other in self.ctx.sentences[lo:s.index + 1]:
            if other.paragraph != s.paragraph and other is not s:
                continue
            fams.update(self._families_in(other))
        if s.heading:
            fams.update(_heading_families(s.heading))
        return sorted(fams)

    def _families_in(self, s: Sentence) -> set[str]:
        """The scale families one sentence names, itself or by one of its measures. Remembered
        per sentence: each is asked by itself and by the two after it. (The vocabulary's
        measures and families are all the article has: no reader adds terms of those kinds.)"""
        fams = self._sentence_families.get(s.index)
        if fams is None:
            fams = self._sentence_families[s.index] = {m.name for m in self.ctx.mentions("families", s.start, s.end)}
            for m in self.ctx.mentions("measures", s.start, s.end):
                fam = (vocab.info(m.name) or {}).get("family")
                if fam:
                    fams.add(fam)
        return fams

    def _not_negated(self, groups: list, s: Sentence) -> list:
        """The arms a sentence names, where "those who did not receive immunotherapy" names the
        other arm of a two-arm trial, not the immunotherapy arm (and no arm, where there are more)."""
        if not groups or not NEGATED_ARM.search(s.text):
            return groups
        arms = self._study_arms()
        out = []
        for g in groups:
            if not NEGATED_BEFORE.search(self.ctx.norm, max(s.start, g.start - 40), g.start):
                out.append(g)
            elif len(arms) == 2 and g.name in arms:
                out.append(g._replace(name=next(a for a in arms if a != g.name)))
        return out

    def _times_and_rates(self, s: Sentence, found_groups: list[Match]) -> tuple[list[TimeMention], list[tuple[int, int]]]:
        """A sentence's time points, and the spans of what its rates are counted per."""
        # A duration inside a group's name is no time point ("病程超过十年的患者", "aged over 65 years").
        # (An ASCII sentence without an age's word is not searched for one before each number.)
        ages = not ascii_without(s.text, AGE_WORDS)
        found_times = [t for t in _shift(times(s.text), s.start)
                       if not any(g.start <= t.start < g.end for g in found_groups)
                       and not (ages and (AGE_BEFORE.search(self.ctx.text, max(s.start, t.start - 12), t.start)
                                          or OLD_AFTER_TIME.match(self.ctx.text, t.end)))]  # ("65 years of age or older")
        # "中位无进展生存期分别为11.14个月和5.82个月", "(4.0天vs. 6.7天)": durations that are the
        # values of a measure of time, not time points.
        found_times = self._time_points(s, found_times)
        # "per 1000 person-years" is what a rate is counted per: no time point, no value.
        per = [(u.start, u.end) for u in _shift(rate_units(s.text), s.start)]
        if per:
            in_per = _within(per)
            found_times = [t for t in found_times if not in_per(t.start)]
        return found_times, per

    def facts_of(self, s: Sentence) -> SentenceFacts:
        found_groups = self._not_negated(self.ctx.mentions("groups", s.start, s.end), s)
        found_ps = _shift(p_values(s.text), s.start)
        if not found_ps and not DIGIT.search(s.text):
            # A sentence without a digit has no values (each is a number in digits) and, without
            # a p-value, no reader but ``verdicts`` reads it: its measures are read as below
            # (with no values no phrase is looked for), its times only when a verdict asks
            # (``_opening_time``). Two sentences in three are such.
            measures = self.measure_mentions(s)
            label = self._label_measure(s) if not measures else None
            return SentenceFacts(s, [label] if label is not None else measures, found_groups, [], None, found_ps)
        found_times, per = self._times_and_rates(s, found_groups)
        # A number inside a time point ("12个月") or a p-value is not a value of the measure.
        taken = [(t.start, t.end) for t in found_times] + [(p.start, p.end) for p in found_ps] + per
        if "%" in s.text:  # (both patterns need a "%"; the order of the spans does not matter)
            # "95.2%(40/42)": the count and the total of a share are no values of their own;
            # "95% confi dence interval": the level of an interval is none either
            taken += [(s.start + m.start(), s.start + m.end()) for m in SHARE_COUNT.finditer(s.text)]
            taken += [(s.start + m.start(), s.start + m.end()) for m in CI_LEVEL.finditer(s.text)]
        inside = _within(taken)
        # ("176 subjects (103 men, aged 52±10 years)": an age, as for time points, is who they
        # were, no outcome's value.)
        ages = not ascii_without(s.text, AGE_WORDS)
        values = [x for x in _shift(stats(s.text), s.start) if not inside(x.start)
                  and not (ages and AGE_BEFORE.search(self.ctx.text, max(s.start, x.start - 12), x.start))]
        measures = self.measure_mentions(s)
        label = self._label_measure(s) if not measures else None
        if label is not None:
            measures = [label]
        elif not measures and (any(x.has_spread for x in values) or found_ps or self._arm_percents(values, found_groups)
                               or len(arm_values := self._arm_values(values, found_groups)) >= 2):
            spread = [x for x in values if x.has_spread]
            measures = self._phrase_measure(s, spread or [x for x in values if x.percent and not found_ps]
                                            or (arm_values if not found_ps else []), found_ps)
            if self.last_measure is not None and (not measures or GENERIC_MEASURE.fullmatch(measures[0].name)) \
                    and (found_groups or measures) and not AGE_LIKE.search(s.text) and HAN.search(s.text):
                # (Chinese abstracts leave the measure out after its label; an English sentence
                # without one the phrase rules can read names something else.)
                # "治疗组和对照组该评分均有所下降", "治疗后2周，治疗组(8.17±3.01)与对照组(9.20±2.99)…":
                # a sentence that names no measure of its own speaks of the one named before.
                measures = [self.last_measure]
        if measures and values and HAN.search(s.text) and ZH_ITEM_BREAK.search(s.text):
            measures = self._items_named(s, measures, values)
        measures = self._with_adverse_events(s, measures, values)
        self._compared_events = set()
        if not measures and found_ps and values and RATIO_OF_A_VALUE.search(s.text):
            # ("Gastrointestinal bleedings … occurred in 61 (0.97%) … in the aspirin group versus 29
            # (0.46%) in the placebo group (HR 2.11, …)": an event the arms are compared on, by a
            # ratio, named before the first value)
            events = [m for m in self.ctx.mentions("adverse_events", s.start, values[0].start)]
            if len(events) == 1 and not WHO_HAD_BEFORE.search(self.ctx.norm, max(s.start, events[0].start - 30), events[0].start):
                # (not "Of patients with nausea, 61 (…) …": the event says who, not what happened;
                # its arms' shares are the safety reader's events, ``_add``)
                measures = [Mention(events[0].name, events[0].start, events[0].end)]
                self._compared_events = {events[0].name}
        # A number inside a measure's name is no value of it: the 2 of "餐后2 h血糖", written
        # with a space the name's vocabulary form allows. (A threshold inside one is kept,
        # ``bounded`` below: an outcome can be named by it.)
        inside_names = [(m.start, m.end) for m in measures if not THRESHOLD_NAME.search(m.name)
                        and DIGIT.search(self.ctx.text, m.start, m.end)]
        # (So is the dose inside an arm's name: the 25 of "with the 25-mg, −7.9 with the 10-mg".)
        inside_names += [(g.start, g.end) for g in found_groups if DIGIT.search(self.ctx.text, g.start, g.end)]
        if inside_names:
            values = [x for x in values if not any(a <= x.start < b for a, b in inside_names)]
        facts = SentenceFacts(s, measures, found_groups, values, found_times, found_ps)
        # A number after a bound is a threshold or a limit, no value that was measured: "to less
        # than 120 mm Hg", "超过90%的病灶", "不足10%". It stays among the sentence's numbers (an
        # outcome can be named by it: "a weight loss of at least 5%"), as one no reader takes.
        bounds = {m.end() for m in BOUND_WORD.finditer(self.ctx.norm, s.start, s.end)}
        if "间" in s.text or "間" in s.text or "分" in s.text or "range" in s.text:
            # (both ends of a range that says who could take part or what a scale can give)
            bounds |= {m.start(k) for m in LIMITS_OF_A_RANGE.finditer(self.ctx.norm, s.start, s.end)
                       for k, v in m.groupdict().items() if v is not None}
        # (So is the threshold inside an outcome's name: "weight loss of at least 5 percent".)
        named = [(m.start, m.end) for m in measures if THRESHOLD_NAME.search(m.name)]
        facts.bounded = {i for i, x in enumerate(values) if x.start in bounds or BOUND_AFTER.match(self.ctx.norm, x.end)
                         or any(a <= x.start < b for a, b in named)}
        facts.used_stats.update(facts.bounded)
        if found_ps and ("分" in s.text or "espectively" in s.text):
            # "RR = 1.04 (…), RR = 1.03 (…), P值分别为0.08、0.10": the readers that give a p to the
            # result before it would give the first p to the last ratio; a p said in a list is
            # ``_listed_ps``'s, which gives each to its ratio in order.
            facts.p_lists = [(m.start("list") + s.start, m.start() + s.start, m.end() + s.start)
                             for m in P_LIST.finditer(normalize(s.text))]
            facts.used_ps.update(i for i, p in enumerate(found_ps) if any(a <= p.start < b for _, a, b in facts.p_lists))
        return facts

    def _items_named(self, s: Sentence, measures: list[Mention], values: list[Stat]) -> list[Mention]:
        """A Chinese sentence of numbered or ；-parted items, each naming its own measure before
        its values ("①护理满意度实验组为97.50%…；②焦虑发生率实验组为1.25%…"): an item whose
        measure the vocabulary lacks is named as written, not given the item before it's."""
        added = []
        for item in ZH_ITEM.finditer(self.ctx.text, s.start, s.end):
            opened = self._text(s.start, item.start())
            if opened.count("(") + opened.count("（") > opened.count(")") + opened.count("）"):
                continue  # ("(McGill:17.66±7.23 vs 7.43±3.37,P0.01;NPQ:…)": a list inside brackets, read as one)
            first = next((x for x in values if item.start() <= x.start < item.end()), None)
            if first is None or any(item.start() <= m.start < first.start for m in measures):
                continue
            head = self._text(item.start(), first.start)
            name = measure_phrase(head)
            if not name:
                # "③日间困倦程度观察组为(3.1±0.9)分": the words between the item's mark and its first
                # arm are what it measured, though no rule knows their kind.
                arm = next((g for g in self.ctx.mentions("groups", item.start(), first.start)), None)
                words = ITEM_LEAD.sub("", self._text(item.start(), arm.start)) if arm is not None else ""
                words = ITEM_NOT_NAME.sub("", words)
                name = words if ITEM_NAME.fullmatch(words) and len(words) >= 3 else None
            at = head.find(name) if name else -1
            if name and at >= 0 and not re.search(r"\d", name) and not BARE_HEAD.fullmatch(name):
                added.append(Mention(name, item.start() + at, item.start() + at + len(name)))
        return sorted(measures + added, key=lambda m: m.start) if added else measures

    @staticmethod
    def _arm_percents(values: list[Stat], groups: list[Match]) -> bool:
        """Percentages of two or more arms: "in 41% of the drug group and 19% of the placebo group"."""
        return sum(1 for x in values if x.percent) >= 2 and len({g.name for g in groups}) >= 2

    def _arm_values(self, values: list[Stat], groups: list[Match]) -> list[Stat]:
        """Values each followed by its arm, two arms or more: "was 0.9 in the vaccinated group
        and 9.2 in the placebo group"."""
        out, names = [], set()
        for x in values:
            g = next((g for g in groups if 0 <= g.start - x.end <= 30
                      and VALUE_TO_ARM.fullmatch(self.ctx.norm, x.end, g.start)), None)
            if g is not None:
                out.append(x)
                names.add(g.name)
        return out if len(names) >= 2 else []

    def _time_points(self, s: Sentence, found: list[TimeMention]) -> list[TimeMention]:
        """The time mentions that are time points: not durations that are values, nor the
        second of a pair of them ("8.2 months compared to 5.8 months", "4.0天vs. 6.7天")."""
        out, previous, point = [], None, None
        for k, t in enumerate(found):
            following = found[k + 1] if k + 1 < len(found) else None
            if point is not None and TIMES_JOINED.fullmatch(self.ctx.norm, point.end, t.start):
                # ("3年和5年的总生存率分别为…": a time listed with a time point is one too)
                out.append(t)
                point = t
                continue
            value = self._duration_value(s, t) or (previous is not None and PAIR_GLUE.fullmatch(
                self.ctx.norm, previous.end, t.start) is not None) or (
                # "median survival 23.4 months vs 22.2 months": the first of a pair after a
                # measure of time is a value too.
                following is not None and PAIR_GLUE.fullmatch(self.ctx.norm, t.end, following.start) is not None
                and DURATION_NAME.search(self.ctx.norm, max(s.start, t.start - 40), t.start) is not None
                and not TIME_POINT_CUE.search(self.ctx.norm[max(s.start, t.start - 12):t.start]))
            # "as compared with 1.8 days in the placebo group": a fraction of a day or week is
            # a value, not when something was measured ("at 1.5 years" says it is a time).
            value = value or (t.time.value != int(t.time.value) and t.time.unit in ("day", "week", "hour")
                              and not AT_TIME.search(self.ctx.norm[max(s.start, t.start - 12):t.start])
                              and not TIME_AFTER.match(self.ctx.norm, t.end))
            # "median 7.0 vs 4.2 months": the unit the pair shares is written once, after both.
            value = value or PAIRED_BEFORE.search(self.ctx.norm, max(s.start, t.start - 16), t.start) is not None
            # "and 3.8 months (95% CI, 3.5 to 5.5) in the placebo group": a time point has no
            # confidence interval; an estimate has.
            value = value or interval_after(self.ctx.norm, t.end) is not None or self._inside_bare_interval(s, t)
            # "PFS从2至4个月提升到16.8个月": what a measure of time changed from is a value too (not
            # "治疗12周降至7.0%": a time point, then the change; only after 从 or 由 and a number).
            value = value or (CHANGE_TO_AFTER.match(self.ctx.norm, t.end) is not None
                              and FROM_NUMBER_BEFORE.search(self.ctx.norm, max(s.start, t.start - 12), t.start) is not None)
            previous = t if value else None
            point = None if value else t
            if not value:
                out.append(t)
        return out

    def _inside_bare_interval(self, s: Sentence, t: TimeMention) -> bool:
        """Whether a duration is a value read with its interval: "versus 4·8 months (4·6–5·8)"
        after a labelled one is an estimate and its interval, no time point (``numbers.stats``)."""
        # (the starts of the sentence's values read with an interval, once a sentence: a sentence of
        # many time points asked it for each)
        starts = self.__dict__.setdefault("_ci_value_starts", {}).get(s.index)
        if starts is None:
            starts = self._ci_value_starts[s.index] = {x.start for x in stats(s.text) if x.dispersion == "ci95"}
        return t.start - s.start in starts

    def _duration_value(self, s: Sentence, t: TimeMention) -> bool:
        """Whether a duration is a value: a measure of time (survival, time to, length of
        stay) named shortly before it, and a value's cue right before it ("为", "分别为",
        "(", "vs", "was")."""
        named = self.__dict__.setdefault("_duration_named", {})
        if s.index not in named:  # (a sentence that names no measure of time has no duration as a value)
            named[s.index] = DURATION_NAME.search(self.ctx.norm, s.start, s.end) is not None
        if not named[s.index]:
            return False
        starts = [t.start]
        # (Or an arm's name between the cue and the value: "中位缓解持续时间：联合组14.2个月".)
        starts += [g.start for g in self.ctx.mentions("groups", max(s.start, t.start - 30), t.start)
                   if 0 <= t.start - g.end <= 2 and g.start > s.start][:1]
        for start in starts:
            before = self.ctx.norm[max(s.start, start - 70):start]
            if DURATION_CUE.search(before) and DURATION_NAME.search(before) and not TIME_POINT_CUE.search(before[-12:]):
                return True
        return False

    def _label_measure(self, s: Sentence) -> Mention | None:
        """A measure the vocabulary does not know, named as the label of its results
        ("结果：1.TCMSSS评分：治疗前…", "2) Fatigue score: ..."): the following words and
        sentences are about it."""
        m = MEASURE_LABEL.match(s.text)
        if not m or SECTION_LABEL_WORDS.fullmatch(m["name"].strip()) or re.compile(r"组|組|\bgroups?\b|\barms?\b", re.I).search(m["name"]) \
                or FOUND_WORDS.search(m["name"].strip()):  # ("检定后发现：" labels what was found)
            return None
        return Mention(m["name"].strip(), s.start + m.start("name"), s.start + m.end("name"))

    def _phrase_measure(self, s: Sentence, values: list[Stat], ps: list[PValue]) -> list[Mention]:
        """A measure the vocabulary does not know, named as the sentence writes it before the
        first of ``values`` and ``ps`` ("FMD was significantly improved (7.7 ± 2.5% to 8.9 ± 2.2%)")."""
        first = min([x.start for x in values] + [p.start for p in ps])
        lo = clause_bounds(s, first, first)[0]
        commas = [s.start + m.end() for m in re.compile(r"[,，;；]\s*").finditer(self._text(s.start, first))]
        # (the three clauses before it at most, then the sentence's start: a sentence of hundreds of
        # commas asked each for every value took seconds)
        for a in dict.fromkeys([lo, *list(reversed(commas))[:3], *([s.start] if first - s.start <= 400 else [])]):
            head = self._text(a, first)
            if CONCESSIVE.match(head):
                continue  # ("Even though the baseline levels were low, …": not what the result is of)
            told = REPORTED_LEAD.match(head)
            if told is not None:
                # ("the researchers said crying time in the X group was reduced …": what they said)
                a, head = a + told.end(), head[told.end():]
            name = measure_phrase(head)
            whose = WHOSE_TAIL.search(name) if name else None
            # (without "the", only an arm of the study's by its name: "preparation time for group A",
            # not "number of treatments")
            if whose is not None and self._names_an_arm(PEOPLE_WORD_AFTER.sub("", THE.sub("", whose["who"]))) and (
                    whose["who"][:4].lower() == "the " or GROUP_BY_WORD.fullmatch(whose["who"])
                    or whose["who"].lower() in map(str.lower, self._study_arms())):
                name = name[:whose.start()]  # ("plaque score of the ChD mouthwash users": the score)
            if name and self._names_an_arm(name):
                # "drug K increased the remission rate (35.6% vs 20.2%)": the subject is an
                # arm; the outcome is what the verb did to.
                name = object_phrase(head)
            if name and not re.compile(r"\d").search(name):
                at = head.find(name)
                if at >= 0:
                    if name[:1] in "间間" and head[at - 1:at] in ("组", "組") and len(name) > 3:
                        # ("各组间出血转化率": the 间 of 组间, between the groups, is no part of the name)
                        name, at = name[1:].lstrip("的"), at + 1 + (name[1:2] == "的")
                    return [Mention(ABBREVIATION_IN_NAME.sub("", name), a + at, a + at + len(name))]
        return []

    def _names_an_arm(self, phrase: str) -> bool:
        """Whether a phrase is an arm or group rather than a measure ("drug K", "the drug K group",
        "Patients given drug K")."""
        words = ARM_PEOPLE_LEAD.sub("", phrase)
        called = self.ctx.group_called(words)
        # ("Response" is no group although "response group" is the responders.)
        if called is not None and (called.lower() == words.lower() or re.compile(r"\bgroups?$", re.I).search(words)
                                   or (vocab.info(called) or {}).get("role") == "arm" or called in self._study_arms()):
            return True
        lowered = words.lower()
        return any(lowered == a.lower() or lowered == f"{a.lower()} group" for a in self._study_arms())

    # ------------------------------------------------------------------ helpers

    def _text(self, a: int, b: int) -> str:
        return self.ctx.text[a:b]

    def _quote(self, s: Sentence, a: int, b: int) -> str:
        return quote(self.ctx.text, s, a, b)

    def _result_time(self, f: SentenceFacts, a: int, b: int, fallback: bool = True) -> Time | None:
        """When a result was measured: the first time point in [a, b) that is not the baseline
        ("1.42 at baseline and 1.51 at week 24 ... (difference 0.07; P=.03)" is at week 24)."""
        found = next((t.time for t in f.times if a <= t.start and t.end <= b and t.time.value), None)
        return found or (self.default_time if fallback else None)

    def _time_near(self, f: SentenceFacts, a: int, b: int) -> Time | None:
        for t in f.times:
            if a <= t.start and t.end <= b:
                return t.time
        return None

    def _frame(self, f: SentenceFacts, new_paragraph: bool) -> None:
        """Remember the arm a sentence opens on ("In the X group, …"); forget it at a new
        paragraph or a sentence that does not go on about it."""
        s = f.sentence
        if new_paragraph:
            self.framed_arm = None
        frame = ARM_FRAME.match(s.text)
        if frame:
            g = next((g for g in f.groups if s.start + frame.end() <= g.start <= s.start + frame.end() + 2), None)
            self.framed_arm = g.name if g is not None and g.name in self._study_arms() else None
        elif f.groups or not GOES_ON.match(s.text):
            self.framed_arm = None

    def _listed_ps(self, f: SentenceFacts, known: int) -> None:
        """P-values said once for the ratios before them, in their order: "其RR = 1.04 (…), RR =
        1.03 (…), P值分别为0.08、0.10" gives the first ratio 0.08 and the second 0.10. Only where
        the sentence's ratios without a p are exactly as many as the p-values, all before them."""
        s = f.sentence
        for values_at, start, end in f.p_lists:  # (found by ``facts_of``)
            listed = [q for q in f.ps if values_at <= q.start < end]
            ratios = [e for e in self.effects[known:] if e.p is None and e.value is not None and e.type in RATIOS
                      and e.quote and 0 <= self.ctx.text.find(e.quote, s.start, s.end) < start]
            if len(listed) >= 2 and len(ratios) == len(listed) and len({e.type for e in ratios}) == 1:
                for e, q in zip(ratios, listed):
                    # (the quote runs on to the list, so that it holds the p too)
                    e.p, e.p_relation = q.p, q.relation
                    e.quote = self._quote(s, self.ctx.text.find(e.quote, s.start, s.end), end)

    def _continued_outcome(self, f: SentenceFacts, a: int, b: int) -> str | None:
        """The outcome a result joined to the one before names: "… (p=0.024) and in the Patient
        Global Impression of Change (PGIC), (p=0.007)"; not an arm ("and in the nepafenac
        group"), people ("and in women") or a period ("and in the extension phase")."""
        more = AND_IN_NAME.match(self.ctx.norm, a, b)
        if more is None or any(more.start("x") <= g.start < more.end("x") for g in f.groups) \
                or self._names_an_arm(more["x"].strip()) or WHO_OR_WHEN.search(more["x"]):
            return None
        return self._named_measure(more["x"].strip())

    def _set_against(self, f: SentenceFacts, name: str, a: int, b: int) -> bool:
        """Whether the comparator arm ``name`` is named in [a, b) only as what something was set
        against: "separated from placebo", "superior to placebo", "versus placebo"."""
        from .interventions import is_comparator
        found = [g for g in f.groups if g.name == name and a <= g.start < b]
        return bool(found) and is_comparator(name) and all(
            SET_AGAINST.search(self._text(max(f.sentence.start, g.start - 24), g.start)) for g in found)

    def _group_for(self, f: SentenceFacts, lo: int, at: int, hi: int, end: int | None = None) -> str:
        """The group a value at ``at`` (ending at ``end``) belongs to: "in the X group" right
        after it, else the group named last between ``lo`` and the value ("longer in the A
        group (24.6 ± 1.7 months) than in the B group": the group after "than" is the other
        side's)."""
        end = at if end is None else end
        # "-6.0 ± 13.5 mmHg (SHAM)": the arm in brackets right after the value (its spread and unit).
        bracketed = next((g for g in f.groups if end <= g.start <= end + 30 and ARM_IN_BRACKETS_BEFORE.fullmatch(self._text(end, g.start))
                          and ARM_IN_BRACKETS_AFTER.match(self.ctx.text, g.end)), None)
        if bracketed is not None:
            return bracketed.name
        after = [g for g in f.groups if end <= g.start <= min(hi, end + 40)
                 and re.compile(r"\b(?:in|among|for|with|receiving|on|given|vs|versus)\b|组|在", re.I).search(self._text(end, g.start))
                 and not re.compile(r"[,;，；]|\band\b|\bthan\b|\d").search(self._text(end, g.start).split(")")[-1])]
        before = [g for g in f.groups if lo <= g.start < at]
        if after:
            return after[0].name
        if before:
            return before[-1].name
        return "all"

    def _measure_for(self, f: SentenceFacts, lo: int, at: int) -> Mention | None:
        before = [m for m in f.measures if lo <= m.start < at]
        if before:
            return before[-1]
        before = [m for m in f.measures if m.start < at]
        return before[-1] if before else None

    @staticmethod
    def _significance(text: str) -> bool | None:
        return _significance_of(text)

    def _p_after(self, f: SentenceFacts, at: int, limit: int) -> PValue | None:
        for i, p in enumerate(f.ps):
            if i not in f.used_ps and at <= p.start < limit:
                f.used_ps.add(i)
                return p
        return None

    def _measures_of_changes_respectively(self, f: SentenceFacts, found: list) -> list[Mention] | None:
        """The measures listed before two or more changes joined by "and" (or commas) and closed
        by "respectively", one for each in order; None unless there are as many."""
        if len(found) < 2:
            return None
        norm = self.ctx.norm
        if CLOSED_RESPECTIVELY.match(norm, found[-1][3].end) is None or any(not VALUES_JOINED.fullmatch(norm, a[3].end, b[0].start()) for a, b in zip(found, found[1:])):
            return None
        listed: list[Mention] = []
        for mention in (x for x in f.measures if x.end <= found[0][1].start):
            if mention.name not in {x.name for x in listed}:
                listed.append(mention)
        return listed if len(listed) == len(found) else None

    def _stat_index(self, f: SentenceFacts, stat: Stat) -> int:
        # (Found by where it starts, the values being in order: ``list.index`` compares every
        # field of every value before it, quadratic on a sentence of a hundred values.)
        if f.stat_starts is None:
            f.stat_starts = [x.start for x in f.stats]
        k = bisect_left(f.stat_starts, stat.start)
        return k if k < len(f.stats) and f.stats[k] is stat else f.stats.index(stat)

    # ------------------------------------------------------------------ shapes

    def from_to(self, f: SentenceFacts) -> None:
        s = f.sentence
        norm = self.ctx.norm
        prev_end = s.start
        found = []
        starts = [x.start for x in f.stats]  # (in order: the first value after each "from" by bisection)
        for m in FROM.finditer(norm, s.start, s.end):
            k = bisect_left(starts, m.end())
            first = f.stats[k] if k < len(starts) else None
            if not first or not self._filler_ok(f, m.end(), first.start, 24):
                continue
            if k in f.bounded:
                continue  # ("得分可从0到18分": the range a scale can give, a limit already)
            if DATE_MONTH_BEFORE.search(norm[max(s.start, first.start - 12):first.start]):
                continue  # ("held from Oct. 14 to 17": days of a month)
            if first.value == 0 and TIME_WINDOW_TO.match(norm, first.end):
                continue  # ("pain intensity difference from 0 to 48 hours": a window of time, no values)
            if RANGED_FROM.search(norm, max(s.start, m.start() - 12), m.end()):
                # "ranged from 8.03 to 8.50 kg": the ends of a range, no change from one to the other
                f.used_stats.add(k)
                if k + 1 < len(starts) and RANGE_GLUE.fullmatch(norm, first.end, f.stats[k + 1].start):
                    f.used_stats.add(k + 1)
                continue
            # "from 52.4 (SD 12.1) at baseline to ...": the first value's time may stand before "to";
            # so may an aside in brackets ("from 0.59±0.51 (Snellen equivalent, 20/77) at baseline").
            # (or, for a value without a spread, its unit and range: "from 12.5 cm2 (range, 2.1-48.0) at baseline")
            aside = ASIDE_AFTER_VALUE.match(norm, first.end) if first.has_spread else RANGE_AFTER_VALUE.match(norm, first.end)
            first_end = aside.end() if aside else first.end
            when = self._time_mention_right_after(f, first, first_end)
            to = TO.search(norm, first_end, min(s.end, (when.end if when else first_end) + 12))
            if not to or not self._filler_ok(f, first_end, to.start(), 10):
                continue
            if aside:
                f.used_stats.update(i for i, x in enumerate(f.stats) if first.end <= x.start < first_end)
            if (ranged := RANGE_THEN_CHANGE.match(norm, to.end(), s.end)) is not None:
                # "PFS从2至4个月提升到16.8个月": a range (whose, the sentence does not say), then the
                # level it changed to, read as a value; neither end of the range is one.
                f.used_stats.update(i for i, x in enumerate(f.stats) if first.start <= x.start and x.end <= ranged.start("verb"))
                continue
            second = next((x for x in f.stats if x.start >= to.end()), None)
            if not second or not self._filler_ok(f, to.end(), second.start, 24):
                continue
            if m.group() in "(（" and not (first.has_spread and second.has_spread):
                continue
            if HISTORICAL.search(norm, m.end(), first.start):
                # "将有效率从既往约5%提升至75%": the first is other patients' figure, no baseline of
                # this study's (and no value of it); the second is read as its level.
                f.used_stats.add(self._stat_index(f, first))
                continue
            if first.value == 0 and not first.has_spread and SCALE_WORDS.search(norm, max(s.start, m.start() - 40), m.start()):
                continue  # "rated on a scale from 0 to 10": the scale's ends, not a change
            if all(_a_year(x) for x in (first, second)):
                continue  # "analysed from September 2023 to March 2024": a period, not a change
            if any(a is first and b is second for _, a, _, b in found):
                continue  # "由（24.6±3.1）分降至…": 由 and its bracket open the same change
            if ONE_PERSON.search(norm, clause_bounds(s, m.start(), m.end())[0], first.start):
                f.used_stats.update(i for i, x in enumerate(f.stats) if x is first or x is second)
                continue  # ("其中一人心率由先前每分钟90次降至68次": one person's change, no group's)
            found.append((m, first, to, second))
        # "..., 7.9 ± 2.7% to 9.5 ± 2.8% in group II": a pair of values with their spread joined
        # by "to" is a change even where no "from" opens it.
        paired = {id(x) for _, a, _, b in found for x in (a, b)}
        for first, second in zip(f.stats, f.stats[1:]):
            if id(first) in paired or id(second) in paired or not (first.has_spread and second.has_spread):
                continue
            to = TO.search(norm, first.end, min(s.end, first.end + 6))
            if to and self._filler_ok(f, first.end, to.start(), 4) and self._filler_ok(f, to.end(), second.start, 4):
                found.append((re.compile(r"").match(norm, first.start), first, to, second))
                paired.update((id(first), id(second)))
        found.sort(key=lambda x: x[1].start)
        # "a reduction in A and B (4.6 to 1.2 and 3.9 to 0.9, respectively)": as many changes as
        # the measures listed before them, each the measure named in its place.
        respective = self._measures_of_changes_respectively(f, found)
        for k, (m, first, to, second) in enumerate(found):
            nxt = found[k + 1][0].start() if k + 1 < len(found) else s.end
            measure = respective[k] if respective else self._measure_for(f, prev_end, m.start())
            if measure is None:
                # ("Whole-mouth gingival bleeding score fell from 0.56 to 0.42": the sentence's own
                # subject before the one the sentence before spoke of)
                phrase = self._phrase_measure(s, [first], []) if first.start > prev_end else []
                generic = phrase and (GENERIC_CHANGE.fullmatch(ADJECTIVES_BEFORE.sub("", phrase[0].name))
                                      or GENERIC_MEASURE.fullmatch(phrase[0].name))  # ("mean levels fell from …": of what, said before)
                measure = phrase[0] if phrase and phrase[0].start >= prev_end and not generic else self.last_measure
            if measure is None or TEMPERATURE_AFTER.match(norm, second.end) and not TEMPERATURE_NAME.search(measure.name) \
                    and TEMPERATURE_NAME.search(norm, max(s.start, m.start() - 30), m.start()):
                # ("scores … when the temperatures went from 60 to 75 degrees": the setting's temperature, no change
                # of the scores; an angle's degrees, "knee flexion improved from 85 to 115 degrees", are its own)
                prev_end = second.end
                continue
            self.last_measure = measure
            group = self._group_for(f, second.end, second.end, nxt)
            if group == "all":
                group = self._group_for(f, prev_end, m.start(), m.start())
            if group == "all" and self.framed_arm and GOES_ON.match(s.text) and not EVERYONE.search(s.text):
                group = self.framed_arm  # ("In the X group, … Correspondingly, mean CRT decreased from …")
            if SURVIVAL_NAME.search(measure.name) and not (first.has_spread and second.has_spread):
                # "中位无进展生存期从6个月延长至11.2个月": survival has no baseline; what it rose from is
                # another group's (earlier patients', the comparator's): only the study's own is read.
                f.used_stats.update((self._stat_index(f, first), self._stat_index(f, second)))
                said = self._text(max(s.start, m.start() - 12), second.end)
                self._add_measurement(measure.name, group, None, "median" if MEDIAN.search(said) else "mean", second,
                                      self._quote(s, min(measure.start, m.start()), second.end))
                prev_end = second.end
                continue
            t0 = self._time_near(f, m.end(), first.start) or self._time_right_after(f, first) or BASELINE
            t1 = (self._time_near(f, to.end(), second.start) or self._time_right_after(f, second)
                  or self._time_opening(f, m.start()) or self.default_time)
            q = self._quote(s, min(measure.start, m.start()), second.end)
            # "The median urine protein-to-creatinine ratio, a key marker, fell from 3.9 to 0.4"
            said = self._text(max(prev_end, s.start, min(m.start(), measure.start if measure.start >= s.start else m.start()) - 12),
                              second.end)
            # ("The median target ulcer area fell from …": the statistic opening the measure's own phrase)
            named_median = measure.start >= max(prev_end, s.start) and MEDIAN_OPENS_NAME.search(
                self._text(max(prev_end, s.start, measure.start - 30), measure.start)) is not None
            stat = "median" if MEDIAN.search(said) or named_median else "mean"
            for st, t in ((first, t0), (second, t1)):
                f.used_stats.add(self._stat_index(f, st))
                if not st.has_spread and (said_range := RANGE_AFTER_VALUE.match(norm, st.end)) is not None:
                    # ("4.8 cm2 (range, 0-31.5)": the value's range as its bracket says, its numbers no values)
                    f.used_stats.update(i for i, x in enumerate(f.stats) if st.end <= x.start < said_range.end())
                    kind = "range" if said_range["kind"].lower() == "range" else "iqr"
                    st = dataclasses.replace(st, dispersion=kind, dispersion_value=[number(said_range["low"]), number(said_range["high"])])
                # (a rate's percentages are shares of people; an LVEF's are its level)
                # (so are an event's: "deaths from 2.9% to 2.2%"; a time in range's are its level)
                self._add_measurement(measure.name, group, t, "percent" if st.percent and (
                    RATE_NAME.search(measure.name) or EVENT_LIKE.search(measure.name)) else stat, st, q)
            boundary = min([x.start for x in f.measures if x.start > second.end] + [nxt])
            p = self._p_after(f, second.end, boundary)
            between = self._text(second.end, p.start) if p is not None else ""
            if p is not None and (effect_stats(between) or len({g.name for g in f.groups if second.end <= g.start < p.start}) >= 2
                                  or BETWEEN_ARMS.search(between) or SUBGROUPS_COMPARED.search(between)):
                # A between-arm difference's p ("；高剂量组与对照组的差异达到统计显著（P=0.01）"):
                # findings() takes it.
                f.used_ps.discard(f.ps.index(p))
                p = None
            if p is not None:
                tail = self._text(second.end, p.end)
                head = self._text(max(prev_end, clause_bounds(s, m.start(), m.end())[0]), m.start())
                sig = self._significance(tail)
                if sig is None:
                    sig = self._significance(head)
                self.effects.append(Effect(
                    measure.name, group, "baseline", t1, "none", None, None, p.p, p.relation, sig,
                    self._quote(s, min(measure.start, m.start()), p.end)))
            prev_end = second.end

    def _time_opening(self, f: SentenceFacts, before: int) -> Time | None:
        """A follow-up time the sentence opens with ("After 6 months, X improved from ...")."""
        for t in f.times:
            if t.start < before and t.time.value and t.start - f.sentence.start <= 25:
                return t.time
        return None

    def _time_right_after(self, f: SentenceFacts, st: Stat) -> Time | None:
        found = self._time_mention_right_after(f, st)
        return found.time if found else None

    def _time_mention_right_after(self, f: SentenceFacts, st: Stat, end: int | None = None):
        """A time point written right after a value (or after ``end``, past an aside): "57.9 at
        12 months", "52.4 before treatment"."""
        end = st.end if end is None else end
        # (the value's unit may stand between: "34.8 ± 11.6% before therapy", "389.0 ± 122.2m at baseline";
        # so may its unit and range, "4.8 cm2 (range, 0-31.5) at week 12")
        unit = RANGE_AFTER_VALUE.match(self.ctx.norm, end) or VALUE_UNIT_AFTER.match(self.ctx.norm, end)
        end = unit.end() if unit else end
        for t in f.times:
            if end <= t.start <= end + 7 and re.compile(r"\s*(?:at|in|on|after|by|时|的)?\s*", re.I).fullmatch(self._text(end, t.start)):
                return t
        return None

    def _filler_ok(self, f: SentenceFacts, a: int, b: int, limit: int) -> bool:
        """Between the parts of a from-to, only words and time points: no other number."""
        if b < a:
            return False
        text = self._text(a, b)
        for t in f.times:
            if a <= t.start and t.end <= b:
                text = text.replace(self._text(t.start, t.end), "")
        return len(text) <= limit and not re.compile(r"\d").search(text)

    def sized_changes(self, f: SentenceFacts) -> None:
        """Each arm's mean change named by its size, as news writes it: "patients taking drug K
        charted a 16.6-point improvement on the MADRS", then "… compared with the 11.9-point
        benefit seen on placebo" (in that sentence or the next). The measure is the one the
        change is of ("on the MADRS", "in HbA1c"), else, for a change of the arm after one read
        so, that one's; the arm is the one its clause names; the sign is the verb's (an
        improvement is down on a scale where lower is better). A change whose arm or measure
        the page does not say, or whose sign the vocabulary cannot tell, is left unread."""
        s = f.sentence
        if not f.stats or not SIZED_CHANGE.search(self.ctx.norm, s.start, s.end):
            return
        arms = self._study_arms()
        if SUBGROUP_OPENS.match(s.text) or NOT_A_RESULT.search(s.text):
            return  # (a subgroup's change, a definition, a hypothesis or a change that did not happen)
        for m in SIZED_CHANGE.finditer(self.ctx.norm, s.start, s.end):
            at = next((i for i, x in enumerate(f.stats) if x.start == m.start("v")), None)
            if at is None or at in f.used_stats:
                continue
            lo, hi = clause_bounds(s, m.start(), m.end())
            group = self._group_for(f, lo, m.start(), hi, m.end())
            if group == "all" or (arms and group not in arms):
                continue
            other_after = SIZED_THEN_OTHER.match(self.ctx.norm, m.end())
            # (a comparison word that brings no number of its own: "a 4.7-point improvement … than those
            # on placebo", "Compared with placebo, … a 4.7-point improvement": a difference, not a change;
            # not "…, compared with an 11.9-point improvement with placebo": that arm's own change)
            against = [c for c in SET_AGAINST_WORD.finditer(self.ctx.norm, s.start, s.end)
                       if (c.start() >= m.end("v") or any(c.end() <= g.start < m.start() for g in f.groups))
                       and not any(c.end() <= x.start <= c.end() + 25 for x in f.stats)]
            if against and other_after is None:
                continue
            measure = None
            if m["what"]:
                measure = next((x for x in f.measures if m.start("what") <= x.start and x.end <= m.end("what")), None)
            elif "weight" in m["verb"].lower() or WEIGHT_UNIT_AFTER.match(m["unit"]):
                measure = next((x for x in f.measures if x.name == "body weight"), None) or Mention("body weight", m.start(), m.end())
            elif self._last_sized_change and self._last_sized_change[0] >= s.index - 1 and self._last_sized_change[2] != group \
                    and not any(max(s.start, self._last_sized_change[3]) <= x.start < m.start() for x in f.measures) \
                    and not measure_phrase(self._text(max(lo, self._last_sized_change[3]), m.start())):
                measure = self._last_sized_change[1]  # ("… compared with the 11.9-point benefit seen on placebo")
            if measure is None or EVENT_LIKE.search(measure.name):
                continue
            verb = "improvement" if m["verb"].lower() == "benefit" else m["verb"]
            sign = self._sign(verb, measure.name)
            if sign is None:
                continue
            f.used_stats.add(at)
            time = self._time_clue(f, f.stats[at], lo, hi) or self._opening_time(f)
            self.effects.append(Effect(measure.name, group, "baseline", time, "mean_change", sign * number(m["v"]),
                                       None, None, None, None, self._quote(s, lo, hi)))
            self._last_sized_change = (s.index, measure, group, m.end())
            k = next((i for i, x in enumerate(f.stats) if other_after is not None and x.start == other_after.start("v")), None)
            if k is None or k in f.used_stats:
                continue
            whose = self._group_for(f, other_after.end(), other_after.end(), min(s.end, other_after.end() + 40), other_after.end())
            if whose not in ("all", group) and (not arms or whose in arms):
                f.used_stats.add(k)
                self.effects.append(Effect(measure.name, whose, "baseline", time, "mean_change", sign * number(other_after["v"]),
                                           None, None, None, None, self._quote(s, lo, max(hi, other_after.end()))))

    def listed_changes(self, f: SentenceFacts, before: int = 0) -> None:
        """"A、B和C分别提升2.5、2.3和2.1分": one signed mean change per measure.
        ``before`` is the number of effects found before this sentence."""
        s = f.sentence
        # (An ASCII sentence is its stretch of the normalised text: the words are looked for in it.)
        found = [] if ascii_without(s.text, CHANGE_BY_WORDS) else list(CHANGE_BY.finditer(self.ctx.norm, s.start, s.end))
        if " by " in s.text:
            found = sorted(found + list(CHANGED_WHAT_BY.finditer(self.ctx.norm, s.start, s.end)), key=lambda m: m.start())
        for m in found:
            relative = False
            what = m.groupdict().get("what")
            if RISK_BEFORE.search(self.ctx.norm, max(s.start, m.start() - 8), m.start()):
                continue  # "死亡风险降低49%", "risk reduced by 22%": a relative reduction, no mean change
            if PER_UNIT_BEFORE.search(self.ctx.norm, max(s.start, m.start() - 4), m.start()):
                continue  # "收缩压每下降10mmHg", "年龄每增加1岁": the unit a ratio is given per, no change
            if GROUP_BY_CHANGE.search(self.ctx.norm, max(s.start, m.start() - 8), m.start()):
                continue  # "1.02 (0.90–1.16) for decreased ≥2 h": a group named by how it changed
            if (TIME_AFTER_AMOUNT.match(self.ctx.norm, m.end("list")) and "." not in m["list"]) \
                    or DOSE_AFTER_AMOUNT.match(self.ctx.norm, m.end("list")) or (
                    m["verb"].lower() in ("lost", "gained") and not LOST_WHAT_AFTER.match(self.ctx.norm, m.end("list"))):
                # ("rose by 16 weeks to 38%": a time, no amount; "fell by 4.5% with 3 mg": a dose's arm the
                # study does not name; "the study lost 6 in the … group": people, not weight)
                continue
            values = [number(v) for v in re.compile(r"-?\d+(?:\.\d+)?").findall(m["list"])]
            # ("体重至少减少5%", "减少了0.5千克到2千克": a bound, before the verb or its value, or a range)
            if BOUND_BEFORE.search(self.ctx.norm, max(s.start, m.start() - 6), m.start()) \
                    or any(f.stats[i].start == m.start("list") for i in f.bounded) or self._range_after(m, values):
                continue
            if ZH_THAN_ARM_BEFORE.search(self.ctx.norm, max(s.start, m.start() - 24), m.start()):
                continue  # "发生率比安慰剂组降低13.2%": one arm against the other, no change within one
            if THRESHOLD_AFTER.match(self.ctx.norm, m.end()) or ABOUT_AFTER.match(self.ctx.norm, m.end()):
                continue  # ("疼痛减轻50%以上的患者比例": a threshold of the share that follows; "平均减重15%左右": a figure
                # told roughly, of users in general, no result measured)
            lo, hi = clause_bounds(s, m.start(), m.end())
            if "%" in (self._text(m.start("list"), m.end()) + self._text(m.end(), m.end() + 9)).replace("percent", "%") \
                    and RATIO_NAMED.search(self.ctx.norm, m.end(), min(s.end, m.end() + 24)):
                continue  # "readmission was reduced by 34% (RR 0.66, …)": the ratio said again, not a change within an arm
            # The measures listed since the last number before the verb: "..., A、B和C分别提升".
            numbers_before = [x.end for x in (*f.stats, *f.ps, *f.times) if lo <= x.end <= m.start()]
            window = max([lo, *numbers_before])
            measures = [x for x in f.measures if window <= x.start < m.start()]
            earlier = [x for x in f.measures if x.start < m.start()]
            if what and (WHAT_IS_A_RISK.search(what) or m["verb"].lower() in ("lost", "gained")):
                continue  # "cut the risk of death by 20%": a relative change, read as one elsewhere
            if what:
                # "reduced weight by 12.4%": the measure is what the verb changed, one the
                # vocabulary knows ("significantly", "from baseline", "the dose" are none), and
                # not in a sentence about a subgroup ("Among participants with diabetes, …").
                if SUBGROUP_SENTENCE.search(self.ctx.norm, s.start, m.start()):
                    continue
                named = [x for x in f.measures if m.start("what") <= x.start and x.end <= m.end("what")]
                weight = _body_weight_or(what.strip().lower()) == "body weight"
                measures = named[-1:] or ([Mention("body weight", m.start("what"), m.end("what"))] if weight else [])
                if not measures:
                    continue
                if measures and EVENT_LIKE.search(measures[0].name) \
                        and "%" in self._text(m.start("list"), m.end()) + self._text(m.end(), m.end() + 9).replace("percent", "%"):
                    continue  # "cut hospitalizations by 63 percent": fewer events, a relative change ("LDL by 52%" is a level's)
            after = self._measure_after_change(f, m.end(), hi) if len(values) == 1 else None
            of = OF_THEIR.match(self.ctx.norm, m.end()) if not measures and after is None and len(values) == 1 else None
            # ("lost 10.2 percent of their weight": of their body weight, what else)
            named = _body_weight_or(self._named_measure(of["x"])) if of else None
            if after is not None and not measures:
                # "lost an average of 15.2% of their body weight": the measure follows.
                measures = [after]
            elif named is not None and not self._names_an_arm(named):
                # "… lost 1.5% of their weight": the measure follows, one the vocabulary lacks,
                # not the outcome named earlier in the sentence (and only for an arm the
                # sentence names, or a study without arms: "people taking the drug" is none).
                if (self._study_arms() or self._controlled) and self._group_for(f, lo, m.end(), hi) == "all":
                    continue
                measures = [Mention(named, of.start("x"), of.end("x"))]
            elif not measures and m["verb"] == "减重":
                measures = [Mention("body weight", m.start("verb"), m.end("verb"))]  # ("平均减重23.7%": the weight lost)
            elif not measures and len(values) == 1 and m["verb"].lower() in ("lost", "gained") \
                    and WEIGHT_UNIT_AFTER.match(self.ctx.norm, m.end("list")):
                # ("lost an average of 35 pounds", "gained 2.1 kg": what is lost in pounds is weight;
                # whose, the sentence must say where the study has arms)
                if (self._study_arms() or self._controlled) and self._group_for(f, lo, m.end(), hi) == "all":
                    continue
                measures = [Mention("body weight", m.start("verb"), m.end("verb"))]
            elif not measures and len(values) == 1 and not earlier \
                    and HAN.search(subject := self._text(own := window + max([0] + [c.end() for c in ZH_PHRASE_CUT.finditer(
                        self._text(window, m.start()))]), m.start())) \
                    and (name := self._named_measure(measure_phrase(subject))) is not None \
                    and (at := self.ctx.text.find(name, own, m.start())) >= 0:
                # ("使膝关节炎疼痛减轻62.6%": named as written in its own phrase, right before the verb, no other named)
                measures = [Mention(name, at, at + len(name))]
                # ("…住院的比率更大幅下降85%": a rate that fell by a share of itself, a relative change)
                relative = "率" in subject and "%" in self._text(m.start("list"), m.end() + 1)
            elif not measures and len(values) == 1 and earlier:
                # "X从A降至B (p<0.001)，平均下降18.5分": the change of the measure just reported; not where
                # the clause names what changed itself ("痊愈率达93.3%，总分下降72.5%": the total score's).
                subject = NOT_A_SUBJECT.sub("", self._text(window, m.start()))
                if HAN.search(subject) and len(HAN_RUN.findall(subject)) and max(len(x) for x in HAN_RUN.findall(subject)) >= 2 \
                        and not any(window <= g.start < m.start() for g in f.groups):
                    # (its value is that unnamed measure's change: no other reader takes it for the one before)
                    f.used_stats.update(i for i, st in enumerate(f.stats) if m.start("list") <= st.start < m.end())
                    continue
                measures = earlier[-1:]
            if len(measures) == 1 and not relative and EVENT_COUNTED.search(measures[0].name) and not HAN.search(m.group()) \
                    and "%" in (self._text(m.start("list"), m.end()) + self._text(m.end(), m.end() + 9)).replace("percent", "%") \
                    and not BASELINE_SAID.search(s.text):
                continue  # ("mortality was reduced by 12% with aspirin": fewer deaths than with the control, no
                # change within an arm, whose deaths at baseline are none)
            if len(measures) == 1 and len(values) >= 2 and self._changes_of_arms(f, m, measures[0], values, before):
                continue
            if not measures or (len(values) != len(measures) and len(values) != 1):
                continue
            if len(values) == 1:
                measures = measures[-1:]
            list_start = m.start("list")
            if any(st.start >= list_start and st.end <= m.end() and st.has_spread for st in f.stats):
                continue  # "improved by 2.5 ± 1.1": a mean change with its SD, handled as a value
            verb = m["verb"]
            for mention, value in zip(measures, values):
                sign = self._sign(verb, mention.name)
                if sign is None:
                    continue
                for i, st in enumerate(f.stats):
                    if list_start <= st.start < m.end():
                        f.used_stats.add(i)
                group = self._group_for(f, lo, m.end(), hi)
                same = next((e for e in self.effects[before:] if e.measure == mention.name and e.group == group
                             and e.versus == "baseline" and e.type == "none" and e.value is None), None)
                if same is not None:
                    # One comparison, stated twice: its p-value, and then its size.
                    same.type, same.value = "mean_change", sign * abs(value)
                    at = self.ctx.text.find(same.quote or "", s.start, s.end) if mention.start >= s.start else -1
                    if at >= 0:
                        # The quote holds both: the size, and the p-value read first.
                        same.quote = self._quote(s, min(at, mention.start, m.start()), max(at + len(same.quote), m.end()))
                    continue
                if any(e.measure == mention.name and e.group == group and e.type == "mean_change" and e.value == sign * abs(value)
                       for e in self.effects[before:]):
                    continue  # (read already as the arm after another's: "…, while the placebo group lost 2.4 percent")
                first = len(self.effects)
                self.effects.append(Effect(
                    mention.name, group, "baseline", self.default_time,
                    "effect_size" if relative else "mean_change", sign * abs(value), None, None, None, None,
                    self._quote(s, max(s.start, min(measures[0].start, m.start())), m.end())))
                # "..., compared with 2.4% in the placebo group": the same change in another arm.
                at = after.end if after is not None else of.end("x") if of is not None and mention.start == of.start("x") else m.end()
                more = (AND_VERSUS.match(self.ctx.norm, at) or AND_ARM_ZH.match(self.ctx.norm, m.end())
                        or self._next_arms_change(f, at, hi, group)) if len(measures) == 1 else None
                # (the first value's unit may follow the verb's list: "lost 10.2 percent of their weight")
                first_percent = PERCENT_END.search(m["list"]) or PERCENT_NEXT.match(self.ctx.norm, m.end())
                if more is not None and "unit" in more.groupdict() \
                        and bool(more["unit"] and PERCENT_END.match(more["unit"])) != bool(first_percent):
                    more = None  # "1.2% …, compared with 12 …": not the same kind of number ("16 kg …, 3 kg" is)
                other_sign = sign
                if more is not None and more.groupdict().get("verb"):
                    # "…, whereas the placebo group gained 2.4%": that arm's own verb says its sign.
                    other_sign = self._sign(more["verb"], mention.name) if more["verb"].lower() != "had" else sign
                other = self._group_for(f, lo, more.end(), min(s.end, more.end() + 40)) if more else None
                if more and other_sign and other not in ("all", group):
                    from .interventions import is_comparator
                    arms = self._study_arms()
                    if group == "all" and what and (other in arms and len(arms) == 2 or not arms and is_comparator(other)):
                        # "A 36 mg dose of the drug reduced weight by 12.4%, compared to 0.9% for
                        # the placebo group": the first change is the study's other arm's (its
                        # treated arm, named by role where the arms are not known yet).
                        self.effects[first].group = next(a for a in arms if a != other) if arms else "treatment"
                    self.effects.append(Effect(
                        mention.name, other, "baseline",
                        self.default_time, "mean_change", other_sign * abs(number(more.group("v"))), None, None, None, None,
                        self._quote(s, max(s.start, min(measures[0].start, m.start())), more.end())))
                    for j, x in enumerate(f.stats):
                        if more.start("v") <= x.start < more.end():
                            f.used_stats.add(j)
                # "... fell by 1.2% with A and by 0.5% with B": the same change in the next arm,
                # and then perhaps the comparator's (", as compared with 1.8 days in the placebo group").
                for more in AND_BY.finditer(self.ctx.norm, m.end(), hi):
                    if self._text(m.end(), more.start()).count("(") > self._text(m.end(), more.start()).count(")"):
                        break
                    self.effects.append(Effect(
                        mention.name, self._group_for(f, lo, more.end(), hi), "baseline", self.default_time,
                        "mean_change", sign * abs(number(more.group("v"))), None, None, None, None,
                        self._quote(s, measures[0].start, more.end())))
                    for j, x in enumerate(f.stats):
                        if more.start("v") <= x.start < more.end():
                            f.used_stats.add(j)
                    last = COMPARED_CHANGE.match(self.ctx.norm, more.end())
                    mine, theirs = _unit_of(self._text(more.start("v"), more.end())), _unit_of(last["unit"]) if last else None
                    if last is not None and (not (mine == theirs or mine is None and theirs not in ("%", None))
                                             or GAINED_AFTER.match(self.ctx.norm, last.end())):
                        last = None  # "… by 5.2%, compared with 12 kg": not the same kind of number
                    other = self._group_for(f, lo, last.end(), min(hi, last.end() + 40)) if last else None
                    if last and other not in ("all", None) and not any(
                            e.group == other and e.measure == mention.name for e in self.effects[before:]):
                        self.effects.append(Effect(
                            mention.name, other, "baseline", self.default_time, "mean_change",
                            sign * abs(number(last.group("v"))), None, None, None, None,
                            self._quote(s, measures[0].start, min(hi, last.end() + 40))))
                        for j, x in enumerate(f.stats):
                            if last.start("v") <= x.start < last.end():
                                f.used_stats.add(j)
                    break

    def _range_after(self, m: Match, values: list[float]) -> bool:
        """Whether a change's last value (of ``values``) opens a range ("减少了0.5千克到2千克"), not a
        change down to a level ("下降了3.2千克至85.1千克": a level many times the change)."""
        other = RANGE_AFTER.match(self.ctx.norm, m.end())
        return other is not None and bool(values) and number(other["v"]) <= 5 * max(abs(values[-1]), 1e-9)

    def _next_arms_change(self, f: SentenceFacts, at: int, hi: int, group: str) -> Match | None:
        """"… by 2.1 kg in the drug group and 0.4 kg in the placebo group": the second change, in
        the first one's unit, of another of the study's arms, named last in its clause ("… and
        12 men in the placebo group withdrew", "… in women and 1.4 kg in men" are none)."""
        more = AND_ARM_CHANGE.match(self.ctx.norm, at, hi)
        if more is None:
            return None
        # (the first value's unit may stand before ``at``, inside the verb's list: "by 2.1% in …")
        first = (more["u1"] or (self._text(max(0, at - 12), at) if PERCENT_END.search(self._text(max(0, at - 12), at)) else "")).lower()
        second = (more["u2"] or "").lower()
        if (_unit_of(first) or first) != (_unit_of(second) or second):
            return None
        arm = next((g for g in f.groups if more.end() < g.start <= more.end() + 30), None)
        if arm is None or arm.name == group or arm.name not in self._study_arms() \
                or not ARM_LEAD.fullmatch(self.ctx.norm, more.end(), arm.start) or not ARM_PHRASE_END.match(self.ctx.norm, arm.end):
            return None
        return more

    def _changes_of_arms(self, f: SentenceFacts, m: Match, measure: Mention, values: list[float], before: int) -> bool:
        """"HbA1c fell by 1.2% and 0.3% with drug X and placebo, respectively": one measure's
        change in each arm the run's "respectively" names, in order. Whether it was read so."""
        items = [st for st in f.stats if m.start("list") <= st.start < m.end("list")]
        arms = self._respective_order(f, items) if len(items) == len(values) else None
        sign = self._sign(m["verb"], measure.name)
        if not arms or sign is None:
            return False
        # (the quote runs to "respectively", so that it names the arms too)
        closing = RESPECTIVELY.search(self.ctx.norm, items[-1].end, f.sentence.end)
        quote = self._quote(f.sentence, min(measure.start, m.start()), closing.end() if closing else m.end())
        for arm, value in zip(arms, values):
            if not any(e.measure == measure.name and e.group == arm and e.type == "mean_change" for e in self.effects[before:]):
                self.effects.append(Effect(measure.name, arm, "baseline", self.default_time, "mean_change", sign * abs(value),
                                           None, None, None, None, quote))
        f.used_stats.update(i for i, x in enumerate(f.stats) if any(x is st for st in items))
        return True

    def _measure_after_change(self, f: SentenceFacts, at: int, hi: int) -> Mention | None:
        """The measure right after a change's value: "lost 15.2% of their body weight",
        "a 3.1-point improvement in the pain score"."""
        for x in f.measures:
            if at <= x.start <= at + 30 and x.end <= max(hi, at + 30) and MEASURE_AFTER_CHANGE.fullmatch(self._text(at, x.start)):
                return x
        return None

    def _sign(self, verb: str, measure: str) -> int | None:
        if IMPROVE.search(verb):
            better = (vocab.info(measure) or {}).get("better")
            return {"higher": 1, "lower": -1}.get(better)
        if DOWN.search(verb):
            return -1
        if UP.search(verb):
            return 1
        return None

    def baseline_balance(self, f: SentenceFacts) -> None:
        """"治疗前两组ABI、TcPO₂及VAS评分比较，差异无统计学意义（P>0.05）", "baseline characteristics
        did not differ (P>0.05)": the arms were alike before treatment, which is no result of it.
        Its p-values are set aside so no shape reads them as effects."""
        if not _baseline_balance(f.sentence.text):
            return
        for i, p in enumerate(f.ps):
            lo, hi = clause_bounds(f.sentence, p.start, p.end)
            if p.relation in (">", ">=") or p.p > 0.05:
                f.used_ps.add(i)

    def listed_against(self, f: SentenceFacts) -> None:
        """One arm's values listed measure by measure, then the other arm's in the same order,
        as Chinese abstracts write them: "观察组ABI（0.71±0.09）、TcPO₂〔（42.6±6.8）mmHg〕高于对照组
        〔（0.62±0.08）、（35.1±7.2）mmHg〕…差异均有统计学意义（t=4.901、4.966，P均<0.001）".
        Each value is a measurement; a p-value after the lists ("P均<0.001", or one p for each)
        is the comparison of the two arms on each measure."""
        s = f.sentence
        compared = []  # (measure, first arm, second arm, time)
        start = s.start  # where the next list may begin: after the last one read
        for verb in AGAINST.finditer(self.ctx.norm, s.start, s.end):
            after = [g for g in f.groups if verb.end() <= g.start <= verb.end() + 2]
            before = [g for g in f.groups if start <= g.start < verb.start()]
            if not before and compared:
                # "…；VAS评分〔（2.3±1.1）分〕低于对照组〔…〕": the arm of the list before carries over.
                before = [m for m in f.groups if m.name == compared[-1][1] and m.start < verb.start()][-1:]
            if not after or not before or before[-1].name == after[0].name:
                continue
            a, b = before[-1], after[0]
            first = max(a.end, start)  # where the first arm's list begins (its name may stand in an earlier one)
            stop = ITEM_AFTER_LIST.search(self.ctx.norm, b.end, s.end)
            end = stop.start() if stop else s.end
            measures = [m for m in f.measures if first <= m.start < verb.start()]
            left = [(i, x) for i, x in enumerate(f.stats) if first <= x.start < verb.start() and x.has_spread]
            right = [(i, x) for i, x in enumerate(f.stats) if b.end <= x.start < end and x.has_spread]
            if not measures or len(measures) != len(left) or len(left) != len(right) \
                    or any(m.start > x.start for m, (_, x) in zip(measures, left)):
                continue
            time = self._time_clue(f, left[0][1], s.start, s.end) or self._paragraph_time(s) or self.default_time
            quote = self._quote(s, max(a.start, start), end)
            # ("体重、空腹血糖…水平下降程度[(4.24±1.04)kg、…]均高于口服药组[…]": the amounts of change
            # named after the list are each arm's change, signed by the noun's way, not its levels)
            change = ZH_CHANGE_NOUN_IN.search(self._text(measures[-1].end, left[0][1].start))
            if change and "幅" in change.group() and any(
                    st.percent or PERCENT_AFTER.match(self.ctx.norm, st.end) for _, st in left + right):
                # ("体重、HbA1c降幅[(5.21±1.10)%、(18.34±4.02)%]": how far each fell, as a share of where it
                # began, or in its own points: the list does not say which; nothing is read)
                for k, _ in left + right:
                    f.used_stats.add(k)
                start = end
                continue
            for m, (i, x), (j, y) in zip(measures, left, right):
                # (a change's way: its noun's, 下降 down, 增加 up; 改善 by the measure's better way;
                # 变化值 as printed, its sign written)
                sign = self._sign(change.group(), m.name) if change else None
                for k, st, arm in ((i, x, a.name), (j, y, b.name)):
                    f.used_stats.add(k)
                    if not change:
                        stat = "median" if st.dispersion in ("pair", "iqr") else "mean"
                        self._add_measurement(m.name, arm, time, stat, st, quote)
                    elif sign is not None or not IMPROVE.search(change.group()):
                        # (改善 of a measure whose better way the vocabulary does not know: which way, unknown)
                        value = sign * abs(st.value) if sign is not None else st.value
                        self.effects.append(Effect(m.name, arm, "baseline", time, "mean_change", value,
                                                   None, None, None, None, quote))
                compared.append((m.name, a.name, b.name, time))
            start = end
        free = [(i, p) for i, p in enumerate(f.ps) if i not in f.used_ps and p.start >= start]
        if not compared or not free:
            return
        if len(free) == 1 or EACH_P.search(self._text(start, s.end)):
            pairs = [(c, free[0]) for c in compared]
        elif len(free) == len(compared):
            pairs = list(zip(compared, free))
        else:
            return
        last = free[-1][1]
        sig = self._significance(self._text(start, last.end))
        for (measure, a, b, time), (i, p) in pairs:
            f.used_ps.add(i)
            self.effects.append(Effect(measure, a, b, time, "none", None, None, p.p, p.relation, sig,
                                       self._quote(s, s.start, p.end)))

    def _paragraph_time(self, s: Sentence) -> Time | None:
        """The time point that opens this sentence or the one before it in its paragraph
        ("治疗后3个月，两组…；观察组…高于对照组…"): a result sentence's time when it names none."""
        for other in (s, *self.ctx.sentences[max(0, s.index - 1):s.index][::-1]):
            if other.paragraph != s.paragraph:
                break
            # (A duration that is a value opens no time: "两组中位生存期分别为7.1个月和4.3个月".)
            found = [t.time for t in self._time_points(other, _shift(times(other.text[:24]), other.start)) if t.time.value]
            if found:
                return found[0]
        return None

    def _study_arms(self) -> list[str]:
        """The study's arms: those its allocation named, else the two arms the article speaks of
        by role ("观察组" and "对照组", "the treatment and control groups") when there are two."""
        arms = list(self.ctx.arms)
        if arms:
            return arms
        if "_role_arms" not in self.__dict__:
            named = dict.fromkeys(m.name for m in self.ctx.mentions("groups")
                                  if (vocab.info(m.name) or {}).get("role") == "arm"
                                  and not self.ctx.is_other_work(self.ctx.sentence_at(m.start)))
            self._role_arms = list(named) if len(named) == 2 else []
        return self._role_arms

    def both_arms(self, f: SentenceFacts, before: int) -> None:
        """"两组ABI、TcPO₂均较治疗前升高（P<0.05）", "improved in both groups (P<0.05)": a change
        against baseline read for the whole cohort is each arm's, when the study has two."""
        arms = self._study_arms()
        every = EVERY_ARM_ZH.search(f.sentence.text)
        # ("观察组与对照组的…均有明显降低,与治疗前相比,差异均有显著的统计学意义(P<0.05)": each arm against
        # its own baseline, not the arms against each other)
        each_since = len(arms) == 2 and ZH_EACH_AGAINST_BEFORE.search(f.sentence.text) is not None
        if len(arms) > 2 and every and (every["n"] is None or zh_count(every["n"]) == len(arms)):
            pass  # ("4组患者治疗后…均有改善(P<0.05)" in a study of four arms: each arm's change)
        elif not each_since and (len(arms) != 2 or ascii_without(f.sentence.text, BOTH_WORDS)
                                 or not BOTH_ARMS.search(f.sentence.text)):
            return
        kept = self.effects[:before]
        # ("治疗前,2组患者的…水平差异没有统计学差异(P>0.05)": the two arms compared before treatment, no change)
        compared_before = len(arms) == 2 and ZH_BEFORE_TREATMENT_OPENS.search(f.sentence.text[:40]) is not None \
            and ZH_DIFFERENCE.search(f.sentence.text) is not None and not WITHIN_BOTH.search(f.sentence.text)
        for e in self.effects[before:]:
            # (its own p the one after "与治疗前相比…均": the quote's last; "…,且该差异具有统计学意义(P<0.05)" after
            # it is the arms' own comparison)
            against_before = list(ZH_EACH_AGAINST_BEFORE.finditer(e.quote or ""))
            if each_since and e.value is None and {e.group, e.versus} == set(arms) and e.p is not None and against_before \
                    and not re.compile(r"[(（]\s*[Pp]").search(e.quote, against_before[-1].end()):
                for arm in arms:
                    kept.append(Effect(e.measure, arm, "baseline", e.time, "none", None, None, e.p, e.p_relation,
                                       e.significant, e.quote))
            elif e.group == "all" and e.versus == "baseline" and compared_before:
                group, versus = self._treatment_first(arms)
                kept.append(Effect(e.measure, group, versus, BASELINE, "none", None, None, e.p, e.p_relation,
                                   e.significant, e.quote))
            elif e.group == "all" and e.versus == "baseline":
                for arm in arms:
                    kept.append(Effect(e.measure, arm, "baseline", e.time, e.type, e.value, e.ci, e.p, e.p_relation,
                                       e.significant, e.quote))
            else:
                kept.append(e)
        self.effects[:] = kept

    def value_pairs(self, f: SentenceFacts) -> None:
        """Two sides' values set against each other outside any bracket, each with its own
        interval or spread: "…did not differ: 94% (95% CI 92-96%) vs 93% (95% CI 88-99%; p=0.64)",
        "五年生存率…没有显著差异:94%(95%CI:92-96%)对93%(95%CI:88-99%)". The first value is the side
        the sentence names first, the second the other (the study's two arms in the order the
        sentence names them, else in the study's order); the measure is the one named before."""
        s = f.sentence
        arms = self._study_arms()
        for i in range(len(f.stats) - 1):
            a, b = f.stats[i], f.stats[i + 1]
            if i in f.used_stats or i + 1 in f.used_stats or not (a.has_spread and b.has_spread) or a.percent != b.percent:
                continue
            if not PAIRED_GAP.fullmatch(self.ctx.norm, a.end, b.start) or in_brackets(s.text, a.start - s.start):
                continue  # (a pair in brackets is ``paired_values``', its sides named around it)
            lo, hi = clause_bounds(s, a.start, b.end)
            named_before = {g.name for g in f.groups if s.start <= g.start < a.start}
            if any(b.end <= g.start < s.end for g in f.groups) or RESPECTIVELY.search(self.ctx.norm, b.end, s.end) and len(named_before) < 2:
                # ("5.9 ± 9 vs. 2.7 ± 4.6 for hyperbaric and isobaric, respectively", "…，分别为放疗组和手术组", "… for
                # women and men, respectively": the sides said after, not in the order named before, or no arms at
                # all; a reader of "respectively" would have read them already: neither value is read as an arm's)
                f.used_stats.update((i, i + 1))
                continue
            if PAIR_OF_CHANGES.search(self._text(lo, a.start)):
                continue  # ("the reduction in SBP was 12.3 mmHg (…) vs 6.1", "the mean difference … was -0.8% vs -0.5%": no levels)
            mentions = [g for g in f.groups if s.start <= g.start < a.start and g.name in arms]
            named = list(dict.fromkeys(g.name for g in mentions))
            # (in the order named, unless the first is what the other is compared with: "与对照组相比，试验组…")
            sides = list(self._in_order(mentions, named, s.start)) if len(named) == 2 else arms if len(arms) == 2 and not named else None
            if sides is None and not arms:
                # (a study whose arms no rule read: the two treatments the sentence names, as written,
                # "接受手术的患者…与接受SBRT的患者没有显著差异")
                given = self.ctx.mentions("interventions", s.start, a.start)
                taken = list(dict.fromkeys(m.text for m in given))
                sides = taken if len(taken) == 2 else None
                if sides and COMPARED_WITH.search(self._text(max(s.start, given[0].start - 16), given[0].start)):
                    sides = sides[::-1]
            if sides is None:
                continue
            measure = self._measure_for(f, s.start, a.start)
            # (the words before it, so far back only: a sentence of hundreds of pairs reads each once)
            head = max(s.start, a.start - 300)
            if measure is None and (name := self._named_measure(measure_phrase(self._text(head, a.start)) or (
                    (lead := PAIR_SUBJECT.match(self._text(head, a.start))) and lead["x"]))) is not None \
                    and (at := self.ctx.text.find(name, head, a.start)) >= 0:
                measure = Mention(name, at, at + len(name))  # ("Five-year survival of the surgery patients did not differ …")
            measure = measure or self._previous_measure(s)
            if measure is None:
                continue
            # (the p the second side's bracket closes on, or the one right after it, is the pair's)
            j = next((j for j, p in enumerate(f.ps) if j not in f.used_ps and b.start <= p.start and p.end <= b.end + 16
                      and not any(st.start < p.start for st in f.stats[i + 2:i + 3])), None)
            end = max(b.end, f.ps[j].end) if j is not None else b.end
            quote = self._quote(s, s.start, end)  # (from the sentence's start: where its sides and measure are named)
            time = None
            for k, (x, who) in enumerate(zip((a, b), sides)):
                stat = "percent" if x.percent else "median" if MEDIAN.search(self._text(lo, a.start)) else "mean"
                time = self._time_for(f, x, lo, hi)
                self._add_measurement(measure.name, who, time, stat, x, quote)
                f.used_stats.add(i + k)
            if j is not None:
                f.used_ps.add(j)
                p = f.ps[j]
                self.effects.append(Effect(measure.name, sides[0], sides[1], time, "none", None, None, p.p, p.relation,
                                           self._significance(self._text(lo, hi)), quote))

    def _label_in_bracket(self, f: SentenceFacts, bracket: int, first: int) -> Mention | None:
        """The outcome a bracket names before a colon and its first value, "(ORR: 64.3% vs 33.3%)",
        where the vocabulary knows it; None where there is no such label, or it is a section's, a
        note's, an arm's, a population's or a time's ("(Results: …)", "(placebo: …)", "(ITT: …)")."""
        label = COLON_LABEL_RIGHT_BEFORE.match(self.ctx.norm, bracket, first)
        if label is None or NOT_AN_OUTCOME_LABEL.fullmatch(label["x"].strip()) or self._names_an_arm(label["x"]):
            return None
        # (only an outcome the vocabulary knows: "ITT:", "Efficacy:", "women:", "Week twelve:" label
        # a population, a time or nothing, and the pair stays the outcome named before the bracket)
        known = [x for x in f.measures if label.start("x") <= x.start and x.end <= label.end("x")
                 and vocab.info(x.name) is not None]
        return known[-1] if known else None

    def paired_values(self, f: SentenceFacts) -> None:
        """Two arms' values side by side in brackets after their measure, with the p-value
        of their difference: "Recanalization rates (80.0% vs 85.0%, p = 0.211)", "时间(4.0天
        vs. 6.7天)". The values are the two sides' in the order the sentence (or the study)
        names them: the arms named outside the brackets, the sides of a contrast ("between
        those with and without ..."), else the study's two arms."""
        s = f.sentence
        previous_end = s.start
        for m in BRACKETED.finditer(self.ctx.norm, s.start, s.end):
            # ("(9.5% vs. 12.7%; HR 0.76, 95% CI 0.6 to 0.96)": the pair before the ratio that
            # follows it, which is read as an effect of its own with whatever p it has.)
            end = m.end()
            ratio = PAIR_THEN_RATIO.search(self.ctx.norm, m.start(), m.end())
            if ratio is not None and effect_stats(self._text(ratio.end(), m.end())):
                end = ratio.start() + 1
            inside = [i for i, st in enumerate(f.stats) if m.start() < st.start and st.end <= end]
            ps = [i for i, p in enumerate(f.ps) if m.start() < p.start and p.end <= end]
            if len(inside) != 2 or len(ps) > 1 or any(i in f.used_stats for i in inside):
                continue
            a, b = f.stats[inside[0]], f.stats[inside[1]]
            if not BRACKETED_VS.fullmatch(self._text(a.end, b.start)) or a.count_pct is not None or b.count_pct is not None:
                continue
            tail = self._text(b.end, f.ps[ps[0]].start if ps else end - 1)
            if not re.compile(r"\s*(?:%|[A-Za-zμ/²]{1,8}|[\u4e00-\u9fff]{1,2})?\s*[,;，；]?\s*").fullmatch(tail):
                continue  # more in the brackets than the pair and its p
            if DOSE_UNIT.match(tail) and DOSE_UNIT.match(self._text(a.end, b.start)):
                continue  # "at 2 different doses (0.50 mL vs 0.25 mL)": the arms' doses, no result
            lo, hi = clause_bounds(s, m.start(), m.end())
            if BEFORE_AND_AFTER.search(self._text(s.start, m.end())):
                continue  # "before and after treatment (6.1 vs 3.2)": one arm at two times
            if (times := BETTER_IN_THAN_IN.search(self._text(lo, m.start()))) is not None:
                side_a, side_b = (WHEN_AFTER_SIDE.sub("", times[k]) for k in "ab")
                if TIME_SIDE.search(side_a) or TIME_SIDE.search(side_b) or side_a.lower() == side_b.lower():
                    continue  # "higher in the first month than in the second month (62% v 41%)": two times, whose the page does not say
            if CHANGE_FROM_BASELINE.search(self._text(lo, m.start())):
                continue  # "reduction from baseline HbA1c … (2.1% vs. 0.3%)": changes, not levels
            measure = self._measure_right_before(f, lo, m.start())
            sides = self._two_sides(f, lo, hi, m.start(), m.end(), measure)
            if measure is None and sides is not None:
                # "survival at five years was better in women taking metformin than in controls (73% v
                # 44%)": the subject of the comparison, where no name stands right before the pair.
                measure = self._subject_measure(lo, m.start())
            if measure is None and sides is not None:
                # "LVEF, as evaluated by UCG, was markedly improved at 6 months (…)": the sentence's
                # subject past an aside; "…, 1 year (…), and 4 years (…)": the pair before's, at
                # the time said before this one.
                measure = next((x for x in f.measures if s.start <= x.start and x.end <= m.start()
                                and SUBJECT_PAST_ASIDE.fullmatch(self._text(x.end, m.start()))), None)
                pair = self._last_pair
                if measure is None and pair is not None and pair[2] == s.start \
                        and TIME_OF_NEXT_PAIR.fullmatch(self._text(pair[3], m.start())):
                    measure, sides = pair[0], pair[1]
            arm = self._arm_before_pair(f, lo, m.start()) if sides is None else None
            if arm is not None:
                # "Remission was higher in the drug K group (35.6 vs. 20.2%)": the arm named right
                # before the pair has its first value, the study's other arm the second; the
                # measure is the one the clause named before that arm.
                measure = next((x for x in reversed(f.measures) if lo <= x.start and x.end <= arm[0].start),
                               measure if measure is not None and measure.end <= arm[0].start else None)
                sides = (arm[0].name, arm[1])
            if measure is not None and b.percent and (a.percent or BARE_VS.fullmatch(self._text(a.end, b.start))):
                measure = self._share_reaching(lo, m.start(), measure)
            if measure is not None and CHANGE_NOUN_BEFORE.search(self.ctx.norm, max(lo, measure.start - 40), measure.start) \
                    and not EVENT_LIKE.search(measure.name):
                continue  # "The reduction in nightly awakenings was larger (2.1 vs 0.6)": changes, not levels
            labelled = self._label_in_bracket(f, m.start(), a.start)
            if labelled is not None and sides is not None:
                measure = labelled  # ("… were seen (ORR: 64.3% vs 33.3%; p = 0.01)": the label is the pair's outcome)
            if measure is None or sides is None or {measure.name.lower(), self._text(measure.start, measure.end).lower()} & {
                    sides[0].lower(), sides[1].lower()}:
                continue  # ("Compared with placebo, functional independence was better (20% vs 7%)": no side is the measure)
            # (A time inside the brackets is a value, "(4.0天vs. 6.7天)", not when it was measured;
            # one after them belongs to the next pair where another follows: "(55.2% vs 40.1%) and
            # mortality at 3 months (48.9% vs 24.3%)".)
            following = BRACKETED.search(self.ctx.norm, m.end(), hi)
            time = next((t.time for t in f.times if max(lo, previous_end) <= t.start and t.end <= (m.start() if following else hi)
                         and t.time.value and not m.start() <= t.start < m.end()), None)
            if time is None and not any(not m.start() <= t.start < m.end() for t in f.times):
                time = self.default_time  # (not where the sentence gives another pair its own time)
            previous_end = m.end()
            self._last_pair = (measure, sides, s.start, m.end())
            quote = self._quote(s, min(measure.start, m.start()) if measure.start >= s.start else lo, m.end())
            # ("(35.6 vs. 20.2%)": the unit is written once, after the second.)
            both_percent = b.percent and a.dispersion is None and b.dispersion is None \
                and BARE_VS.fullmatch(self._text(a.end, b.start)) is not None
            for st, group in ((a, sides[0]), (b, sides[1])):
                stat = "percent" if st.percent or both_percent else (
                    "median" if self._median_before(s, st.start) or st.dispersion == "iqr" else "mean")
                self._add_measurement(measure.name, group, time, stat, st, quote)
            f.used_stats.update(inside)
            if ps:
                p = f.ps[ps[0]]
                f.used_ps.add(ps[0])
                self.effects.append(Effect(measure.name, sides[0], sides[1], time, "none", None, None, p.p, p.relation,
                                           self._significance(self._text(lo, hi)), quote))

    def _scale_share(self, measure: Mention, lo: int) -> bool:
        """Whether percentages of a scale's measure are shares of people who reached something
        on it ("the proportion of participants with PHQ-9 below 5"), said before the measure."""
        scale = (vocab.info(measure.name) or {}).get("range")
        return bool(scale) and scale[1] != 100 and SHARE_OF_PEOPLE.search(self.ctx.text, lo, measure.start) is not None

    def _share_reaching(self, lo: int, at: int, measure: Mention) -> Mention:
        """The measure of a pair of percentages: not a scale's score (PHQ-9 runs 0-27) but the
        share of people who reached something on it, named as written ("the rate of
        participants experiencing at least minimally clinically important PHQ-9 change"), where
        the clause says so before the scale; else the measure as found."""
        if not lo <= measure.start < at or not self._scale_share(measure, lo):
            return measure
        share = SHARE_OF_PEOPLE.search(self.ctx.text, lo, measure.start)
        name = _cleaned_name(self._text(share.start(), at))
        if not name:
            return measure
        start = self.ctx.text.find(name, share.start(), at)
        return Mention(name, start, start + len(name)) if start >= 0 else measure

    def _arm_before_pair(self, f: SentenceFacts, lo: int, at: int) -> tuple[Match, str] | None:
        """(the arm, the other arm) where one of a two-arm study's arms is named right before a
        bracketed pair after a comparison ("was higher in the drug K group (35.6 vs. 20.2%)"),
        else None."""
        arms = self._study_arms()
        if len(arms) != 2:
            return None
        named = [g for g in f.groups if lo <= g.start and g.end <= at]
        if not named or named[-1].name not in arms or len({g.name for g in named}) != 1 \
                or not ARM_THEN_PAIR.fullmatch(self.ctx.norm, named[-1].end, at) \
                or not PAIR_COMPARED.search(self.ctx.norm[max(lo, named[-1].start - 80):named[-1].start]):
            return None
        return named[-1], next(a for a in arms if a != named[-1].name)

    def zh_differences(self, f: SentenceFacts) -> None:
        """How much one arm's mean differed from the other's, in Chinese: "代盐组人群的收缩压比对照组
        低3.3mmHg" is a mean difference of the first arm against the second, signed (低, 少, 降低:
        less), of the measure the vocabulary names between them. Only where nothing else could
        be meant: not a list of arms ("A组和B组…分别比C组低…"), a range ("低3.3~4.1"), points of a
        percentage, a count ("少5例"), a fall's size ("下降幅度…多3.3"), a difference before
        treatment ("基线时…高2.1"), or an arm's subgroup ("K药组中糖尿病亚组的…"). The clauses after it
        are left to the other readers: each may name its own arms, times or subgroups."""
        s = f.sentence
        if not f.groups or not f.stats or not HAN.search(s.text) or not ZH_THAN_ANY.search(s.text) \
                or ZH_NOT_AFTER_TREATMENT.search(s.text):
            return
        pairs = list(zip(f.groups, f.groups[1:]))
        first = f.groups[0]
        named = ZH_GROUP_BEFORE.search(self.ctx.norm, s.start, first.start)
        if named and ZH_THAN_END.search(self._text(named.end(), first.start)):
            # "含钾代盐组人群的收缩压比对照组低3.3mmHg": the first arm by its own name, which no
            # allocation sentence gave (a Match in its place, as the article writes it).
            pairs.insert(0, (Match(named.group(), named.start(), named.end(), named.group(), 0, 0), first))
        for k, (g1, g2) in enumerate(pairs):
            between = self._text(g1.end, g2.start)
            after = ZH_DIFF_AFTER.match(self.ctx.norm, g2.end)
            if g1.name == g2.name or not ZH_THAN_END.search(between) or after is None or ZH_NOT_ONE_ARM.search(between) \
                    or (k and ZH_LIST_BEFORE.search(self._text(pairs[k - 1][0].end, g1.start))):
                continue
            measure = next((m for m in reversed(f.measures) if g1.end <= m.start and m.end <= g2.start), None)
            if measure is None or FALL_SIZE.search(between):
                continue
            st = next((i for i, x in enumerate(f.stats) if after.start("v") <= x.start <= after.end("v")), None)
            if st is None or st in f.used_stats:
                continue
            f.used_stats.add(st)
            lo, hi = clause_bounds(s, after.start("v"), after.end("v"))
            value = number(after["v"]) * (-1 if after["dir"] in LESS_WORDS else 1)
            self.effects.append(Effect(measure.name, g1.name, g2.name, self._result_time(f, lo, hi, fallback=False),
                                       "mean_difference", value, None, None, None, None, self._quote(s, g1.start, after.end())))
            # (The clauses after it, "，24小时尿钠排泄量平均少350 mg": differences too, whose arms they do
            # not say again; left unread, and their numbers no arm's means.)
            at = after.end()
            while (nxt := ZH_DIFF_NEXT.match(self.ctx.norm, at)) is not None and nxt.end() <= s.end:
                f.used_stats.update(i for i, x in enumerate(f.stats) if nxt.start() <= x.start < nxt.end())
                at = nxt.end()

    def compared_values(self, f: SentenceFacts) -> None:
        """A value, then the comparator's value after it: "死亡風險為6.9%，較對照組的13.5%為低",
        "比率為5.8%，低於安慰劑組的7.6%", "5.8%, compared with 7.6% in the placebo group" is
        arm_lists' (the arm after its value). The first value is the arm named before it, else
        the study's other arm, else the treatment the comparator stands against."""
        from .interventions import is_comparator
        s = f.sentence
        for j, b in enumerate(f.stats):
            if j in f.used_stats or b.count_pct is not None:
                continue
            # (The glue is a few characters at most: "对照组的", "安慰剂组为".)
            g = next((g for g in f.groups if 0 <= b.start - g.end <= 6
                      and COMPARATOR_TO_VALUE.fullmatch(self._text(g.end, b.start))), None)
            if g is None:
                continue
            i = next((i for i, a in reversed(list(enumerate(f.stats))) if a.end <= g.start and i not in f.used_stats
                      and a.percent == b.percent and VALUE_TO_COMPARATOR.fullmatch(self._text(a.end, g.start))), None)
            if i is None:
                continue
            a = f.stats[i]
            if CHANGE_BEFORE_VALUE.search(self.ctx.norm, max(s.start, a.start - 10), a.start):
                continue  # "降低了5.2分，较对照组的3.1分更明显": changes, read as changes elsewhere
            lo, hi = clause_bounds(s, a.start, a.end)
            before = [x.name for x in f.groups if s.start <= x.start and x.end <= a.start and x.name != g.name]
            arms = [x for x in self._study_arms() if x != g.name]
            first = before[-1] if before else arms[0] if len(arms) == 1 else "treatment" if is_comparator(g.name) else None
            measure = self._measure_for(f, s.start, a.start) or (self._phrase_measure(s, [a], []) or [None])[0]
            if first is None or measure is None:
                continue
            time = self._time_of_stated(f, a, lo, hi)
            quote = self._quote(s, min(measure.start, a.start) if measure.start >= s.start else lo, b.end)
            for st, group in ((a, first), (b, g.name)):
                stat = "percent" if st.percent else ("median" if self._median_before(s, st.start) else "mean")
                self._add_measurement(measure.name, group, time, stat, st, quote)
            f.used_stats.update((i, j))

    def shares_by_what_they_took(self, f: SentenceFacts) -> None:
        """Each arm's share, the people described by what they took, as news writes a trial's
        result: "29% on the drug died versus 41% given usual care", "completed by 80% of
        patients taking the drug and 77% of patients in the placebo group". Two or more
        shares, each of a different arm of the study; the outcome the verb after the first says
        (outcome_verbs.yaml), else the one named before the first share."""
        from .interventions import INN, is_comparator
        s = f.sentence
        if "%" not in s.text and "percent" not in s.text:
            return
        arms = self._study_arms()
        matches = list(SHARE_WHO_TOOK.finditer(self.ctx.norm, s.start, s.end))
        if len(arms) < 2:
            # (A story that never names its arms' allocation: "the drug" against "usual care", as
            # written, when one is a comparator and the other a treatment.)
            written = [re.compile(r"^(?:the|a|an)\s+").sub("", m["arm"].strip()) for m in matches]
            one = len(written) == 1 and _verb_phrase_at(self.ctx.norm, matches[0].end(), vocab.outcome_verbs()) is not None \
                and (is_comparator(written[0]) or (INN.fullmatch(written[0]) is not None
                     or bool(self.ctx.mentions("interventions", matches[0].start("arm"), matches[0].end("arm"))))
                     # (the study's own treatment, which the page names again: not "30 percent of
                     # patients taking aspirin", said once in passing)
                     and len(re.findall(r"\b" + re.escape(written[0]) + r"\b", self.ctx.text, re.I)) >= 2)
            if not one and (len(written) != 2 or sum(1 for w in written if is_comparator(w)) != 1
                            or not any(THE_DRUG.fullmatch(w) or self.ctx.mentions("interventions", m.start("arm"), m.end("arm"))
                                       for w, m in zip(written, matches) if not is_comparator(w))):
                return
            # (or one share of people by what they took, a treatment or its comparator as written,
            # with what happened to them: "7.0 percent of those patients that took the placebo
            # were hospitalized or died")
            arms = written
            # ("patients who took Tagrisso", a brand the page names with its drug, "Tagrisso
            # (osimertinib)": the drug's name, as the study's interventions give it)
            generic = {w: self._generic_of(w) for w in written}
        else:
            generic = {}
        found = []
        for m in matches:
            arm = self._arm_in_words(m["arm"], arms)
            at = next((i for i, x in enumerate(f.stats) if x.start == m.start("v") and x.percent), None)
            if arm is None or at is None or at in f.used_stats:
                return  # (a share of people no arm of the study describes: whose, the sentence does not say)
            found.append((m, arm, at))
        if not any(TOOK.search(m.group()) for m, _, _ in found):
            return  # (shares "in the X group" only: ``arm_proportions``' and the others')
        verbs = vocab.outcome_verbs()
        said = _verb_phrase_at(self.ctx.norm, found[0][0].end(), verbs) if found else None
        if len(found) == 1 and said is not None:
            # ("0.8 percent of patients that took Paxlovid ended up in the hospital": one arm's
            # share, in a sentence of its own, of what the vocabulary's verbs say happened to them;
            # not some of them, another study's, nor what they had before the trial)
            if SUBGROUP_OPENS.match(s.text) or AMONG_OPENS.match(s.text) or OTHER_STUDY.search(s.text) \
                    or BEFORE_THE_TRIAL.search(self.ctx.norm, found[0][0].end(), s.end):
                return
        elif len(found) < 2 or len({arm for _, arm, _ in found}) != len(found) \
                or any(not self._shares_joined(f, a.end(), b.start()) for (a, _, _), (b, _, _) in zip(found, found[1:])):
            return
        verb = SHARE_OUTCOME_VERB.match(self.ctx.norm, found[0][0].end())
        name = said or (verbs.get(re.compile(r"\s+").sub(" ", verb["verb"].lower())) if verb else None)
        passive = VERB_BY_BEFORE.search(self.ctx.norm, max(s.start, found[0][0].start() - 40), found[0][0].start())
        if name is None and passive is not None:
            # ("the study was completed by 80% of patients taking the drug …")
            name = verbs.get(re.compile(r"\s+").sub(" ", passive["verb"].lower()))
        if name is None and verb is not None and SAID_OF_THEM.match(verb["verb"]):
            return  # ("32% taking drug K were women", "… had dizziness": what they were or had, not the outcome before)
        if name is None:
            # ("88% of those taking tirzepatide lost 5% or more of their body weight, compared with
            # 17% of those taking a placebo": the outcome named by its threshold right after them)
            after = [x for x in f.measures if 0 <= x.start - found[0][0].end() <= 12 and THRESHOLD_NAME.search(x.name)]
            before = [x for x in f.measures if x.end <= found[0][0].start()]
            if not (before or after):
                return
            name = after[0].name if after else before[-1].name
        lo, hi = clause_bounds(s, found[0][0].start(), found[-1][0].end())
        quote = self._quote(s, s.start, max(hi, found[-1][0].end()))
        # ("It reduced deaths by 36% for patients sick enough to need breathing machines: 29% on the
        # drug died …": the shares are of the people named before the colon)
        whose = WHOSE_BEFORE_COLON.search(self.ctx.norm, s.start, found[0][0].start())
        who = f"{whose['who'].strip()}, " if whose else ""
        for _, arm, at in found:
            st = f.stats[at]
            time = self._time_clue(f, st, lo, hi) or self._time_near(f, s.start, st.end)
            if time is None and not any(t.start >= st.end for t in f.times):
                time = self.default_time
            self._add_measurement(name, who + (generic.get(arm) or arm), time, "percent", st, quote)
            f.used_stats.add(at)

    def _generic_of(self, brand: str) -> str | None:
        """The drug a brand stands for where the page names it so, "Tagrisso (osimertinib)",
        as the vocabulary names the drug; else None."""
        m = re.compile(r"\b" + re.escape(brand) + r"\s*[(（]\s*([A-Za-z][\w-]{3,30})\s*[)）]").search(self.ctx.text)
        if m is None:
            return None
        known = self.ctx.mentions("interventions", m.start(1), m.end(1))
        return known[0].name if known and known[0].end - known[0].start == len(m[1]) else None

    def _shares_joined(self, f: SentenceFacts, a: int, b: int) -> bool:
        """Whether only joining words stand between one arm's share and the next, or an outcome
        named by its threshold and then they: "… lost 5% or more of their body weight, compared
        with nearly 17% …"."""
        if SHARES_JOINED.fullmatch(self.ctx.norm, a, b):
            return True
        named = next((x for x in f.measures if a <= x.start and x.end <= b and THRESHOLD_NAME.search(x.name)), None)
        # (and what it was during: "… of their body weight during the trial, compared with …")
        rest = WORDS_BEFORE_COMMA.sub("", self.ctx.norm[named.end:b]) if named is not None else ""
        return named is not None and re.compile(r"\s*(?:[a-z]+\s+){0,2}").fullmatch(self.ctx.norm, a, named.start) is not None \
            and SHARES_JOINED.fullmatch(rest) is not None

    def _arm_in_words(self, words: str, arms: list[str]) -> str | None:
        """The study's arm that words describing what people took name ("the drug" in a trial of
        one drug against its comparator, "usual care", "drug K")."""
        from .interventions import is_comparator
        words = re.compile(r"^(?:the|a|an)\s+").sub("", words.strip())
        if words in arms:
            return words
        called = self.ctx.group_called(words)
        if called in arms:
            return called
        held = _arm_holding(words, arms) or _arm_with_its_route(words, arms)
        if held is not None:
            return held
        treated = [a for a in arms if not is_comparator(a)]
        if len(arms) == 2 and len(treated) == 1 and THE_DRUG.fullmatch(words):
            return treated[0]
        return None

    def fewer_or_more_by_arm(self, f: SentenceFacts) -> None:
        """Each arm's change said as how many fewer (or more) of something its people had, as
        news of a trial writes it: "Those taking the drug averaged four fewer migraine days,
        while those on the placebo had two fewer migraine days" (the second's outcome may be
        left unsaid, the first's carried). Each is the arm's change from baseline, signed by its
        word; an arm the study does not have, or no outcome named, gives nothing."""
        from ..extract.numbers import EN_NUMBERS
        s = f.sentence
        if "fewer" not in s.text and "more" not in s.text or HAN.search(s.text):
            return  # (asked of every sentence, numbers or not: most have neither word)
        from .interventions import is_comparator
        arms = self._study_arms()
        found = []  # (the amount's match, and its people's)
        for m in FEWER_OR_MORE.finditer(self.ctx.norm, s.start, s.end):
            if AGAINST_OTHERS_AFTER.match(self.ctx.norm, m.end()):
                return  # ("4 fewer migraine days than those on placebo": a difference between arms, no change)
            lo = clause_bounds(s, m.start(), m.end())[0]
            who = PEOPLE_BY_ARM_BEFORE.search(self.ctx.norm, max(lo, m.start() - 80), m.start())
            if who is not None:
                found.append((m, who))
        # (an average, or each arm's amount side by side: "had 12 more deaths" alone is a total, or
        # the difference from the other arm)
        averaged = any(m["average"] or m["verb"].lower() == "averaged" for m, _ in found)
        named = {_clean(m["x"]) for m, _ in found if m["x"] and _clean(m["x"])}
        if not found or not (averaged or len(found) >= 2 and len(named) == 1):
            return
        if len(arms) < 2 and found:
            # (a story that never names its arms' allocation: the drug and its comparator as the
            # sentence writes them, "those taking the drug" the one treatment the page names)
            written = [re.compile(r"^(?:the|a|an)\s+").sub("", who["arm"].strip()) for _, who in found]
            treated = [w for w in written if not is_comparator(w)]
            if len(written) != 2 or len(treated) != 1 or not THE_DRUG.fullmatch(treated[0]):
                return
            named = {x.name for x in self.ctx.mentions("interventions", 0, len(self.ctx.norm)) if not is_comparator(x.name)}
            arms = [next(iter(named)) if len(named) == 1 and w in treated else w for w in written]
        measure = None
        for m, who in found:
            arm = self._arm_in_words(who["arm"], arms)
            measure = _clean(m["x"]) if m["x"] else measure
            if arm is None or not measure:
                continue
            word = m["v"].lower()
            value = EN_NUMBERS[word] if word in EN_NUMBERS else number(m["v"])
            at = next((i for i, x in enumerate(f.stats) if x.start == m.start("v")), None)
            if at is not None:
                if at in f.used_stats:
                    continue
                f.used_stats.add(at)
            self.effects.append(Effect(self._named_measure(measure) or measure, arm, "baseline", self.default_time, "mean_change",
                                       -value if m["dir"].lower() == "fewer" else value, None, None, None, None,
                                       self._quote(s, who.start(), m.end())))

    def differences_against_the_opening_arm(self, f: SentenceFacts) -> None:
        """A sentence that opens on the arm it compares with, then outcomes each with a value
        and its interval, said of the other arm: "Compared to controls body weight (−17.0 (95% CI:
        −18.7, −15.3) kg, P < 0.0001) and fat mass (−15.2 (…) kg, …) were reduced in the ILI
        group". Each value is the difference between the arms, the other's against the one named
        first (its p the one in its bracket); never a level of the arm named first. A study of
        two arms (or of arms not yet named), the one named first one of them. Not a pair of
        levels ("45% (…) vs 30% (…)"), an arm's own value ("in the drug K group (−5.0 (…))"),
        nor a ratio ("the hazard ratios for death (0.80 (…))")."""
        s = f.sentence
        opening = COMPARED_OPENING.match(s.text)
        if opening is None or not any(st.dispersion == "ci95" for st in f.stats):
            return
        arms = self._study_arms()
        lo, hi = s.start + opening.end(), s.end
        if len(arms) == 2:
            against = self._arm_in_words(opening["who"], arms)
            other = next((a for a in arms if a != against), None) if against is not None else None
        elif len(arms) < 2:
            # (arms the study has not named yet: the group the opening names, and the one the
            # sentence says the outcomes changed in, "were reduced in the ILI-group")
            named = [g for g in f.groups if s.start <= g.start < lo]
            against = named[-1].name if named else None
            later = [g.name for g in f.groups if g.start >= lo and g.name != against]
            said = IN_THE_GROUP.search(self.ctx.norm, lo, hi) if not later else None
            if said is not None:
                from .arms import spelled_out
                later = [spelled_out(self.ctx.text, said["x"]) or said["x"]]  # ("in the ILI-group": as the article spells it out)
            other = later[-1] if len(set(later)) == 1 else None
        else:
            return  # (of three arms or more, which the values are of, the sentence must say)
        if against is None:
            return
        if RATIO_NAMED.search(self.ctx.norm, lo, hi) or RATIOS_NAMED.search(self.ctx.norm, lo, hi):
            return  # ("the hazard ratios for death (0.80 (…))": ratios, read elsewhere)
        previous = lo
        for i, st in enumerate(f.stats):
            if i in f.used_stats or st.start < lo or st.dispersion != "ci95" or not isinstance(st.dispersion_value, (list, tuple)):
                continue
            opened = OPENS_BRACKET_BEFORE.search(self.ctx.norm, max(lo, st.start - 3), st.start)
            if opened is None:
                continue
            close = _closing_bracket(self.ctx.norm, opened.start(), hi)
            if PAIR_AFTER_BRACKET.match(self.ctx.norm, st.end) or close is not None and PAIR_AFTER_BRACKET.match(self.ctx.norm, close + 1):
                # "… was higher with drug K (45% (95% CI 40–50) vs 30% (95% CI 25–35))": each a level, the
                # first the arm named right before the pair's bracket, the second the arm named first
                self._pair_against_the_opening_arm(f, i, st, previous, against, lo, hi)
                previous = st.end
                continue
            if close is None or PAIR_BEFORE_VALUE.search(self.ctx.norm, previous, st.start):
                previous = st.end
                continue  # (the second of a pair, read with the first)
            if any(previous <= g.start < opened.start() or st.end <= g.start < close for g in f.groups):
                previous = st.end
                continue  # ("… fell further in the drug K group (−5.0 (…))", "(−6.1 (…) cm in the drug K group and …)": an arm's own value
            measure = next((m for m in reversed(f.measures) if previous <= m.start and m.end <= st.start), None)
            if measure is None:
                # ("…, and visceral fat (−86.6 (95% CI …) cm2, …)": the outcome as written right before its bracket)
                words = NAME_BEFORE_BRACKET.search(self.ctx.norm, previous, st.start)
                measure = Mention(words["x"], words.start("x"), words.end("x")) if words and not PEOPLE_NAME.fullmatch(words["x"]) \
                    and not self.ctx.mentions("groups", words.start("x"), words.end("x")) else None
            previous = st.end
            f.used_stats.add(i)  # (read here or not at all: never a level of the arm named first)
            if measure is None or other is None:
                continue
            p = self._p_after(f, st.end, close)
            self.effects.append(Effect(measure.name, other, against, self._result_time(f, lo, hi), "mean_difference", st.value,
                                       list(st.dispersion_value), p.p if p else None, p.relation if p else None, None,
                                       self._quote(s, measure.start, close + 1)))

    def _pair_against_the_opening_arm(self, f: SentenceFacts, i: int, st: Stat, previous: int, against: str, lo: int, hi: int) -> None:
        """The two levels of "Compared with placebo, X was higher with drug K (45% (…) vs 30% (…))":
        drug K's first (the arm named right before the pair's bracket), placebo's second. Both
        unread where no other arm is named there, or no measure: which is whose, unsaid."""
        second = next((k for k in range(i + 1, len(f.stats)) if f.stats[k].start > st.end), None)
        f.used_stats.add(i)
        if second is None or second in f.used_stats:
            return
        f.used_stats.add(second)
        bracket = self.ctx.norm.rfind("(", previous, st.start)
        named = [g for g in f.groups if previous <= g.start and g.end <= max(bracket, previous) and g.name != against]
        measure = next((m for m in reversed(f.measures) if lo <= m.start and m.end <= st.start), None)
        if not named or measure is None:
            return
        time, quote = self._result_time(f, lo, hi), self._quote(f.sentence, measure.start, f.stats[second].end)
        stat = "percent" if st.percent else "median" if MEDIAN.search(self._text(lo, st.start)) else "mean"
        self._add_measurement(measure.name, named[-1].name, time, stat, st, quote)
        self._add_measurement(measure.name, against, time, stat, f.stats[second], quote)

    def vaccine_efficacy(self, f: SentenceFacts) -> None:
        """A vaccine's efficacy or effectiveness, the headline of every vaccine trial: one
        effect each, type "vaccine_efficacy", the vaccine against its comparator (placebo,
        control, the unvaccinated). "an overall vaccine efficacy of 89.5%", "76% efficacy in
        preventing symptomatic disease", "efficacy against COVID-19 was 91.6% (95% CI, 85.6 to
        95.2)", "90% among participants 70-79 years", "对带状疱疹的保护效力为89.5%", "94% effective".

        The measure is the disease prevented: the one named after "against" or "in
        preventing" (before 的保护效力), else the outcome or condition the sentence names
        last before it, else the one the article's last efficacy was against; the group is a
        subgroup named right after the value, else the vaccine arm. Only in articles about a
        vaccine ("clinical efficacy" of a drug is a response rate); between the word and its
        value only a verb ("efficacy of", "was", "为"), so "efficacy was assessed in 95% of
        participants" is none."""
        s = f.sentence
        norm = self.ctx.norm
        if not self._about_vaccine() or SUPPOSED.search(s.text) or VE_HYPOTHETICAL.search(s.text):
            return
        control = self._ve_control()
        self._ve_listed(f, control)
        for kw in VE_WORD.finditer(norm, s.start, s.end):
            if kw.group() in ("防护力", "防護力", "效力") and (not VACCINE_NEAR.search(norm, max(s.start, kw.start() - 30), kw.start())
                                                         or NOT_A_VACCINE_BEFORE.search(norm, max(s.start, kw.start() - 4), kw.start())):
                continue  # ("N95口罩的防护力", "退烧药效力": a vaccine's only where the clause names one)
            if kw.group() in ("有效率", "有效性") and norm[max(0, kw.start() - 2):kw.start()] != "疫苗" \
                    and not PREVENTING_BEFORE.search(norm, max(s.start, kw.start() - 31), kw.start()) \
                    and not self._vaccines_own_rate(s, kw.start()):
                continue  # ("治疗组的有效率": a treatment's response rate, no vaccine's efficacy; but "某公司的疫苗Ⅲ期
                # 临床已发现95例阳性病例，其中90例来自对照组，有效率为94.5%" is the vaccine's)
            x = self._ve_value(f, kw)
            if x is None:
                continue
            measure = self._ve_measure(f, kw, x)
            # "90% among participants 70-79 years and 89.1% among participants ≥80 years": the
            # values that follow, each with its own subgroup (all of them, or only the first).
            run = [(x, self._ve_subgroup(f, x, control))]
            for k, y in enumerate(f.stats):
                if y.start <= run[-1][0].end or not y.percent or k in f.used_stats:
                    continue
                between = norm[run[-1][0].end:y.start]
                if len(between) > 70 or VE_RUN_STOP.search(between) or not VE_RUN_JOIN.search(between):
                    break
                run.append((y, self._ve_subgroup(f, y, control)))
            bands = None
            if len(run) > 1 and not all(group for _, group in run):
                # "对50岁及以上和70岁及以上成人的…保护效力分别为97.2%、91.3%", "… was 97.2% and 91.3% in
                # adults aged 50 and older and 70 and older, respectively": the age bands listed, in order
                bands = self._ve_age_bands(f, kw, [y for y, _ in run])
                run = list(zip([y for y, _ in run], bands)) if bands else run[:1]
            if bands is None and RESPECTIVELY_ZH.search(norm, kw.end(), x.start):
                continue  # ("两款疫苗保护效力分别为72.8%和78.1%": each value some listed thing's, not the vaccine's)
            for y, subgroup in run:
                lo, hi = clause_bounds(s, min(kw.start(), y.start), max(kw.end(), y.end))
                tail = self.ctx.text[y.end:y.end + 60]
                # (a value read with its interval holds it; else the interval printed right after it)
                found = None if y.dispersion == "ci95" else next(
                    (c for c in intervals(tail) if c.start <= 6 and c.low <= y.value <= c.high), None)
                bounds = y.dispersion_value if y.dispersion == "ci95" else [found.low, found.high] if found else None
                p = self._p_after(f, y.end, min(hi, y.end + 80))
                f.used_stats.add(self._stat_index(f, y))
                self._ve_last = measure
                self.effects.append(Effect(measure, subgroup or self._ve_vaccine_arm(), control, None, "vaccine_efficacy",
                                           y.value, bounds, p.p if p else None,
                                           p.relation if p else None, None,
                                           self._quote(s, min(lo, kw.start(), y.start), max(hi, y.end))))

    def _vaccines_own_rate(self, s: Sentence, at: int) -> bool:
        """Whether a bare 有效率 at ``at`` is the vaccine's the sentence names before it, with no
        other treatment between ("疫苗联合化疗组有效率", "在疫苗尚未普及的人群中，该药物…的有效率": not
        the vaccine's) and no arm treated otherwise."""
        norm = self.ctx.norm
        named = [m.end() for m in VACCINE.finditer(norm, s.start, at)]
        if not named or TREATED_ARM_BEFORE.search(norm, s.start, at) or OTHER_TREATMENT_BETWEEN.search(norm, named[-1], at):
            return False
        return not any((vocab.info(x.name) or {}).get("kind") in ("drug", "biologic", "procedure", "cell")
                       for x in self.ctx.mentions("interventions", named[-1], at))

    def _ve_age_bands(self, f: SentenceFacts, kw: Match, values: list[Stat]) -> list[str] | None:
        """The age bands a run of efficacies is of, listed before the keyword (or after the
        values) and said "respectively" (分别), one for each value in order; None else."""
        s, norm = f.sentence, self.ctx.norm
        said = RESPECTIVELY_ZH.search(norm, kw.end(), values[0].start) or RESPECTIVELY.search(norm, values[-1].end, s.end)
        if said is None:
            return None
        lo = clause_bounds(s, kw.start(), kw.end())[0]
        bands = list(AGE_BAND.finditer(norm, lo, kw.start())) or list(AGE_BAND.finditer(norm, values[-1].end, said.start()))
        if len(bands) != len(values):
            return None
        return [self._text(b.start(), b.end()).strip() for b in bands]

    def _ve_listed(self, f: SentenceFacts, control: str) -> None:
        """Vaccines listed with their efficacy after the word, each named right before its
        value: "保護效力研究結果，顯示BNT達95.8%、高端疫苗91.0%、莫德納81.8%、AZ為65.7%". Two
        vaccines or more, each a name the vocabulary knows and a share joined by a verb or
        nothing, one after the other; the efficacy word before the first."""
        s = f.sentence
        norm = self.ctx.norm
        if HAN.search(s.text) is None:
            return
        # (Only what says the results follow stands between the word and the first vaccine: not "接种
        # BNT疫苗为60%", the share vaccinated, nor "发热比例：BNT疫苗为20%", another measure's.)
        kw, named = None, []
        for word in VE_WORD.finditer(norm, s.start, s.end):
            after = [m for m in self.ctx.mentions("interventions", word.end(), s.end) if is_vaccine(m.name)]
            if after and VE_LIST_LEAD.fullmatch(norm, word.end(), after[0].start):
                kw, named = word, after
                break
        if kw is None:
            return
        pairs = []
        for m in named:
            k, y = next(((k, y) for k, y in enumerate(f.stats) if y.start >= m.end), (None, None))
            if y is None or not y.percent or k in f.used_stats or not VE_NAME_TO_VALUE.fullmatch(norm, m.end, y.start):
                continue
            if pairs and not VE_LIST_GLUE.fullmatch(norm, pairs[-1][2].end, m.start):
                break
            pairs.append((m, k, y))
        if len(pairs) < 2 or len({m.name for m, _, _ in pairs}) != len(pairs):
            return
        measure = self._ve_measure(f, kw, pairs[0][2])
        for m, k, y in pairs:
            f.used_stats.add(k)
            self.effects.append(Effect(measure, m.name, control, None, "vaccine_efficacy", y.value, None, None, None, None,
                                       self._quote(s, kw.start(), pairs[-1][2].end)))
        self._ve_last = measure

    def _page_text(self) -> str:
        """The whole page's text, also where this is one stretch of a page of several studies."""
        return self.ctx.document.metadata.get("page_text") or self.ctx.text

    def _ve_subgroup(self, f: SentenceFacts, x: Stat, control: str) -> str | None:
        """The subgroup named right after an efficacy value ("90% among participants 70-79
        years"): a group the article knows, else the words as written; None when none is."""
        known = next((g.name for g in f.groups if x.end <= g.start <= x.end + 30 and g.name != control
                      and VE_SUBGROUP.fullmatch(self.ctx.norm, x.end, g.start)), None)
        if known:
            return known
        lead = VE_SUBGROUP.match(self.ctx.norm, x.end)
        if lead is None or lead.end() == x.end:
            return None
        words = VE_SUBGROUP_END.split(self.ctx.text[lead.start():min(lead.start() + 60, f.sentence.end)].strip(), maxsplit=1)[0]
        words = re.compile(r"^(?:among|in|for)\s+(?:the\s+)?", re.I).sub("", words.strip())
        if not words or VE_NOT_SUBGROUP.match(words) or len(words) > 40:
            return None
        return words

    def _about_vaccine(self) -> bool:
        """Whether the article studies a vaccine: its headline or lead (the first two
        sentences) names one, or an arm or intervention does; a vaccination among the
        exclusion criteria does not count."""
        if self._vaccine is None:
            lead = " ".join(x.text for x in self.ctx.sentences[:2])
            # (A stretch of a page of several studies is about what the page is about.)
            treatments = self.ctx.mentions("interventions")
            self._vaccine = bool(VACCINE.search(lead) or VACCINE.search(self.ctx.title)
                                 or any(VACCINE.search(a) for a in self.ctx.arms)
                                 or any(VACCINE.search(self.ctx.text[m.start:m.end]) for m in treatments)
                                 # ("… its vaccine candidate …", "Vaccine Demonstrates 89.3% Efficacy": named in two
                                 # lines of its own, not in exclusions or history, on a page of no drug)
                                 # (a page that holds none of VACCINE's words has no such line: not cut and searched)
                                 or (holds_any(self._page_text(), VACCINE_WORDS)
                                     and sum(1 for line in self._page_text().split("\n") if VACCINE.search(line) and not VACCINE_ASIDE.search(line)) >= 2
                                     and not any((vocab.info(m.name) or {}).get("kind") in ("drug", "biologic", "cell") for m in treatments)))
        return self._vaccine

    def _ve_value(self, f: SentenceFacts, kw) -> Stat | None:
        """The percentage an efficacy word gives: right before it ("76% efficacy", "94%
        effective") or after it with only a verb between, the disease it is against aside
        ("efficacy of 89.5%", "efficacy against COVID-19 was 91.6%", "保护效力为79.3%")."""
        norm = self.ctx.norm
        free = [x for k, x in enumerate(f.stats) if k not in f.used_stats and x.percent
                # ("71%-80% efficacy" is a range of estimates, not -80%.)
                and not (norm[x.start] == "-" and norm[max(0, x.start - 1)] in "%0123456789")
                and not (x.start >= 2 and norm[x.start - 1] in "-–" and norm[x.start - 2] in "%0123456789")
                and not VE_RANGE_NEXT.match(norm, x.end)
                # ("be at least 50% effective" is a bar to clear, not an estimate)
                and not BOUND_BEFORE.search(norm, max(0, x.start - 16), x.start)
                # ("assessed in 95% of participants" is a share of people)
                and not VE_SHARE_OF.match(norm, x.end)]
        before = next((x for x in reversed(free) if x.end <= kw.start() and VE_GAP_BEFORE.fullmatch(norm, x.end, kw.start())), None)
        if before is not None or kw["adjective"]:
            return before
        start = kw.end()
        against = VE_AGAINST.match(norm, start)
        if against is not None:
            words = VE_PHRASE_END.search(norm, against.end(), min(against.end() + 60, f.sentence.end))
            start = words.start() if words else start
        found = next((x for x in free if x.start >= start), None)
        if found is None or VE_COMPARED_AFTER.match(norm, found.end):
            return None  # ("the effectiveness of the vaccine was 25% lower in …": a change of it, no efficacy)
        if VE_GAP_AFTER.fullmatch(norm, start, found.start):
            return found
        # "Vaccine efficacy did not differ between the age groups – 90% among participants
        # 70-79 years": words, a colon or dash, and values each given to its subgroup.
        if VE_LEAD_IN.fullmatch(norm, start, found.start) and self._ve_subgroup(f, found, self._ve_control()):
            return found
        return None

    def _ve_measure(self, f: SentenceFacts, kw, x: Stat) -> str:
        """The disease a vaccine's efficacy is against."""
        norm = self.ctx.norm
        after = VE_AGAINST.match(norm, kw.end())
        if after is None:
            # ("efficacy of the vaccine was 87.1% (95% CI, 69.7–94.5) against varicella": what from, after
            # the value and its interval)
            bracket = INTERVAL_BRACKET.match(norm, x.end)
            after = VE_AGAINST.match(norm, bracket.end() if bracket else x.end)
        if after is not None:
            words = VE_EVENTS_OF.sub("", self.ctx.text[after.end():min(after.end() + 60, f.sentence.end)])
            phrase = VE_PHRASE_END.split(words, maxsplit=1)[0].strip()
            name = self._named_measure(phrase) if phrase else None
            if name and not re.compile(r"^\d").match(name):
                return name
        zh = VE_AGAINST_ZH.search(norm, max(f.sentence.start, kw.start() - 25), kw.start())
        if zh is not None:
            # ("预防3至5岁儿童感染变种新冠病毒株的有效率": who were protected is no part of what from;
            # "预防入院风险": the risk of admission is admission)
            what = ZH_VE_WHO.sub("", self.ctx.text[zh.start("what"):zh.end("what")])
            # ("对50岁及以上和70岁及以上成人的带状疱疹": the people, up to their 的, are who, not what from)
            what = ZH_VE_PEOPLE.sub("", what) or what
            what = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:的)?(?:风险|風險)$").sub("", what)
            return self._named_measure(what) or what
        at = min(kw.start(), x.start)
        named = [m for m in f.measures if m.start < at]
        if named:
            return named[-1].name
        found = self.ctx.mentions("conditions", f.sentence.start, at)
        if found:
            return found[-1].name
        return self._ve_last or "vaccine efficacy"

    def _ve_control(self) -> str:
        """The arm a vaccine is set against: the study's comparator arm, else placebo where the
        article names one, else the control where it names one, else the unvaccinated."""
        from .interventions import is_comparator
        control = next((a for a in self._study_arms() if is_comparator(a)), None)
        if control:
            return control
        # (a stretch of a page of several studies: where the page names a placebo)
        page = self._page_text()
        if re.compile(r"placebo|安慰剂|安慰劑", re.I).search(page):
            return "placebo"
        # (an observational study of effectiveness, no trial, has no control arm: the vaccinated
        # against the unvaccinated)
        if self._design in ("cohort", "case_control", "cross_sectional") or not re.compile(
                r"\btrials?\b|\bcontrol|试验|試驗|对照|對照", re.I).search(page):
            return "unvaccinated"
        return "control"

    def _ve_vaccine_arm(self) -> str:
        """The vaccine arm: the study's arm that is not the control, else the one vaccine the
        article names ("the CoronaVac vaccine was 100% effective"), else "vaccine"."""
        control = self._ve_control()
        arm = next((a for a in self._study_arms() if a != control), None)
        if arm is None:
            vaccines = {m.name for m in self.ctx.mentions("interventions") if is_vaccine(m.name)}
            arm = vaccines.pop() if len(vaccines) == 1 else None
        return arm or "vaccine"

    def rates(self, f: SentenceFacts) -> None:
        """Rates counted per so many person-years: one measurement each, stat "rate", the
        denominator in ``unit``. "16 infections in the F/TDF group (1.69 per 100 person-years;
        95% CI, 0.96 to 2.74)", "1472 and 1536 deaths per 100 000 person years, respectively",
        "57.1/10,000 vs 61.4/10,000 participant-years", "The incidence of herpes zoster per
        1000 person-years was 0.9 in the vaccinated group and 9.2 in the placebo group",
        "发生率分别为每千人年6.8例与9.0例".

        A rate's values are the run written right before its unit, else the run right after
        it in its clause. Each value's arm is the one named right after it, else the k-th of
        the groups the sentence named before the run; a run of two or more whose arms cannot
        be told that way is left alone (a rate on the wrong arm is worse than none)."""
        s = f.sentence
        for u in _shift(rate_units(s.text), s.start):
            run, bases = self._rate_run(f, u)
            if not run:
                continue
            first, last = run[0][1], run[-1][1]
            if any(x.value < 0 for _, x in run) or RATE_CONTRAST_BEFORE.search(self.ctx.norm, max(s.start, first.start - 40), first.start):
                continue  # a rate is never negative; "the rate difference was -1.2 per 100 ..." is no rate
            f.used_stats.update(bases)
            lo, hi = clause_bounds(s, min(first.start, u.start), max(last.end, u.end))
            measure = self._measure_for(f, lo, first.start) or self._rate_measure(f, lo, first.start, u)
            if measure is not None and RATE_WORD.fullmatch(measure.name.strip()):
                # "确诊失智症…发生率分别为每千人年6.8例": a bare "incidence" is of the condition
                # the sentence names before it, else of what the sentence before spoke of.
                named = self.ctx.mentions("conditions", s.start, first.start)
                measure = Mention(f"{named[-1].name} incidence", measure.start, measure.end) if named \
                    else self._previous_measure(s)
            if measure is None:
                continue
            groups = self._rate_groups(f, [x for _, x in run], lo, hi, u.end)
            if groups is None:
                continue
            ci = self._rate_interval(u, first.value) if len(run) == 1 else None
            for (i, x), group in zip(run, groups):
                f.used_stats.add(i)
                self._add(Measurement(measure.name, group, None, "rate", x.value, "ci95" if ci else None, ci, None,
                                      self._quote(s, min(lo, measure.start), hi), u.per))

    def _rate_run(self, f: SentenceFacts, u) -> tuple[list[tuple[int, Stat]], set[int]]:
        """The values a rate unit counts: "58.2 and 112.6 deaths per 1000 person-years" (before
        it), "per 1000 person-years was 0.9 in the vaccinated group and 9.2 in the placebo
        group" (after it, in its clause); and the bases written after values within the run
        ("57.1/10,000 vs 61.4"), which are no values of their own."""
        norm = self.ctx.norm
        free = [(i, x) for i, x in enumerate(f.stats) if i not in f.used_stats and not x.percent
                and x.count_pct is None and not x.has_spread]
        # "57.1/10,000 vs 61.4/10,000": a base written after each value is no value of its own.
        bases = {i for i, x in free if RATE_BASE_BEFORE.search(norm, max(0, x.start - 4), x.start)}
        free = [(i, x) for i, x in free if i not in bases]
        before = [(i, x) for i, x in free if x.end <= u.start]
        if before and RATE_EVENT.fullmatch(norm, before[-1][1].end, u.start):
            run = [before[-1]]
            for i, x in reversed(before[:-1]):
                if not RATE_RUN_GLUE.fullmatch(norm, x.end, run[0][1].start):
                    break
                run.insert(0, (i, x))
            return run, {i for i in bases if run[0][1].start < f.stats[i].start < u.start}
        run, at = [], u.end
        for i, x in free:
            if x.start < u.end:
                continue
            between = norm[at:x.start]
            if len(between) > (24 if not run else 60) or RATE_STOP.search(between) or (run and not RATE_JOIN.search(between)):
                break
            run.append((i, x))
            at = x.end
        return run, set()

    def _rate_measure(self, f: SentenceFacts, lo: int, at: int, u) -> Mention | None:
        """What a rate counts when no measure is named before it: the events named with its
        unit ("112.6 deaths per 1000 person-years"), else the outcome the clause names as
        written, else the measure the sentence before spoke of."""
        words = RATE_EVENT_WORD.search(self.ctx.norm, lo, u.end) or (
            # "3 infections occurred in the drug K group (0.75 per 100 person-years": the events
            # counted before the rate, in its sentence
            list(RATE_COUNTED.finditer(self.ctx.norm, f.sentence.start, at)) or [None])[-1]
        name = self._named_measure(words["event"]) if words else None
        if name and not re.compile(r"\d").search(name):
            return Mention(name, words.start("event"), words.end("event"))
        head = self._text(lo, at)
        name = self._named_measure(measure_phrase(head))
        if name and not re.compile(r"\d").search(name) and not self._names_an_arm(name):
            where = self.ctx.text.find(name, lo, at)
            return Mention(name, where if where >= 0 else lo, (where if where >= 0 else lo) + len(name))
        return self._previous_measure(f.sentence)

    def _rate_groups(self, f: SentenceFacts, run: list[Stat], lo: int, hi: int, unit_end: int) -> list[str] | None:
        """The arm of each value of a run: named right after it; else, for a single value, the
        one group named after its unit or the one group its own clause named before it; else,
        with "respectively" (分别), the k-th group named before the run in the sentence, or
        after it. None when that cannot be told."""
        norm = self.ctx.norm
        own = []
        for x in run:
            g = next((g for g in f.groups if x.end <= g.start <= x.end + 40 and RATE_TO_ARM.fullmatch(norm, x.end, g.start)), None)
            own.append(g.name if g is not None else None)
        if all(own) and len(set(own)) == len(own):
            return own
        respectively = RESPECTIVELY.search(norm, lo, hi) or RESPECTIVELY.search(norm, f.sentence.start, run[0].start)
        if len(run) == 1 and not respectively:
            x = run[0]
            after = list(dict.fromkeys(g.name for g in f.groups if unit_end <= g.start < hi))
            if len(after) == 1 and RATE_TO_ARM.fullmatch(norm, unit_end, next(g.start for g in f.groups if g.start >= unit_end)):
                return after
            # "3 infections occurred in the drug K group (0.75 per 100 person-years": the one
            # group named since the last ";" with no number between it and the value, and
            # nothing compared ("with drug K compared with placebo was 0.75" names two).
            since = max([f.sentence.start] + [m.end() for m in RATE_CLAUSE_CUT.finditer(norm, f.sentence.start, x.start)])
            named = [g for g in f.groups if since <= g.start and g.end <= x.start]
            if len({g.name for g in named}) == 1 and not re.compile(r"\d").search(norm, named[-1].end, x.start):
                return [named[-1].name]
            return ["all"] if not self.ctx.arms and not f.groups else None
        if not respectively:
            return None
        named = list(dict.fromkeys(g.name for g in f.groups if f.sentence.start <= g.start < run[0].start))
        if len(named) != len(run):
            # "58.2 and 112.6 deaths per 1000 person-years in the A and B groups, respectively"
            named = list(dict.fromkeys(g.name for g in f.groups if run[-1].end <= g.start < hi))
        return named if len(named) == len(run) else None

    def _rate_interval(self, u, value: float) -> list | None:
        """The 95% CI printed right after a rate's unit ("; 95% CI, 1.44 to 2.76")."""
        tail = self.ctx.text[u.end:u.end + 80]
        ci = next(iter(intervals(tail)), None)
        if ci is None or ci.start > 12 or not ci.low <= value <= ci.high:
            return None
        return [ci.low, ci.high]

    def efficacy_grades(self, f: SentenceFacts) -> None:
        """Each arm's count at each grade of overall effect, as Chinese abstracts give them:
        "治疗组痊愈48例，显效40例，好转13例；对照组痊愈18例，显效25例，好转17例，无效1例". The grade
        is the measure, the count its value (stat "n"); a grade counted once, with no arm
        before it, is not read."""
        s = f.sentence
        grades = list(GRADE_COUNT.finditer(self.ctx.norm, s.start, s.end))
        if len(grades) < 2:
            return
        names = vocab.grades()
        for k, g in enumerate(f.groups):
            end = f.groups[k + 1].start if k + 1 < len(f.groups) else s.end
            run = [m for m in grades if g.end <= m.start() < end]
            if len(run) < 2 or not GRADE_LEAD.fullmatch(self._text(g.end, run[0].start())):
                continue
            lo, hi = clause_bounds(s, g.start, run[-1].end())
            time = self._time_of_stated(f, f.stats[0], lo, hi) if f.stats else None
            for m in run:
                n = int(m["n"])
                share = m["pct"] or m["pct2"]
                # (with the share it makes where printed: a share of the arm, and its count)
                self._add(Measurement(names[m["grade"]], g.name, time, "percent" if share else "n", number(share) if share else n,
                                      None, None, n if share else None, self._quote(s, g.start, m.end())))
                for i, st in enumerate(f.stats):
                    if m.start("n") <= st.start < m.end("n"):
                        f.used_stats.add(i)

    def zh_event_counts(self, f: SentenceFacts) -> None:
        """Each arm's count of an event, as Chinese abstracts give them: "治疗组中生存人数21例，死亡7例，
        肝移植3例；对照组中生存人数11例，死亡15例，肝移植1例", "治疗组死亡7例，对照组死亡15例". The
        event is the measure, the count its value (stat "n"); only an event counted for two arms or
        more, each run right after its arm (nothing but 中, 患者 or commas between), never a count
        with its share (arm_proportions'). The events and their names are outcome_verbs.yaml's."""
        s = f.sentence
        arms = self._study_arms()
        if len(arms) < 2 or not HAN.search(s.text) or ZH_BEFORE_THE_TRIAL.search(s.text):
            return
        groups = [g for g in f.groups if g.name in arms]
        found: dict[str, list] = {}
        for k, g in enumerate(groups):
            end = groups[k + 1].start if k + 1 < len(groups) else s.end
            at = g.end
            for m in ZH_EVENT_COUNT.finditer(self.ctx.norm, g.end, end):
                if not ZH_EVENT_GLUE.fullmatch(self._text(at, m.start())):
                    break  # (the run of this arm's events ends where other words come)
                at = m.end()
                found.setdefault(ZH_EVENT_WORDS[m["event"] or m["event2"]], []).append((g, m))
        for name, counted in found.items():
            if len({g.name for g, _ in counted}) != len(counted) or len(counted) < 2:
                continue
            for g, m in counted:
                n = int(m["n"] or m["n2"])
                self._add(Measurement(name, g.name, self._opening_time(f), "n", n, None, None, None, self._quote(s, g.start, m.end())))
                f.used_stats.update(i for i, st in enumerate(f.stats) if m.start() <= st.start < m.end())

    def measure_lists(self, f: SentenceFacts) -> None:
        """Measures listed, then their values in the same order, then the comparator's:
        "治疗组主症积分、次症积分、舌脉积分分别为(0.43±0.68)、(0.90±0.61)、(0.90±0.94)分，低于
        对照组的(1.87±0.82)、(1.73±0.98)、(1.37±0.81)分". The k-th value is the k-th measure's; the
        arm is the one named right before the list (and the one after the comparison word)."""
        s = f.sentence
        for m in MEASURES_THEN_VALUES.finditer(self.ctx.norm, s.start, s.end):
            measures = self._measures_listed_before(f, m.start())
            if len(measures) < 2 and not HAN.search(s.text):
                measures = self._english_items_respectively(f, m)
            k = len(measures)
            if k < 2:
                # ("A、B、C评分均高于对照组，分别为…": the measures listed before the comparison, the
                # values in pairs after it)
                cmp = ZH_LIST_COMPARED.search(self._text(max(s.start, m.start() - 40), m.start()))
                if cmp is not None:
                    at = max(s.start, m.start() - 40) + cmp.start()
                    listed = self._measures_listed_before(f, at)
                    if len(listed) >= 2:
                        self._listed_pairs(f, m, listed)
                self._arm_values_of_listed(f, m)
                continue
            run = self._value_run(f, m.end(), k)
            if run is None:
                self._listed_pairs(f, m, measures)
                continue
            lo = clause_bounds(s, measures[0].start, measures[0].end)[0]
            named = list(dict.fromkeys(g.name for g in f.groups if lo <= g.start and g.end <= measures[0].start + 1))
            # (the arm named after the values before, where one is: "B组…分别为25.00%和80.00%，C组…分别为…" is C's)
            since = max([lo] + [x.end for x in f.stats if x.end <= measures[0].start])
            # (not the arm compared with: "观察组VAS评分为(…)分，与对照组相比JOA评分、ODI分别为…" are still 观察组's)
            named = list(dict.fromkeys(g.name for g in f.groups if since <= g.start and g.end <= measures[0].start + 1
                                       and not COMPARED_WITH_ARM.search(self.ctx.norm, max(s.start, g.start - 2), g.start)
                                       and not COMPARED_AFTER_ARM.match(self.ctx.norm, g.end))) or named
            if len(named) >= 2:
                continue  # "治疗组与对照组的A、B分别为…": whose value is which, the list does not say
            group = named[-1] if named else None
            if group is None and len(self._study_arms()) >= 2:
                continue  # whose values these are, the sentence does not say
            # (No time unless stated beside the list: "与本组治疗前比较" is no time point of the values.)
            # (since the last value before the list: "中位随访时间34.6个月(…),总人群的3年A、B分别为…" is at 3 years)
            # (nor an interval's bound, "(95%CI:28.7~40.5个月)")
            stated = [t.time for t in f.times if since <= t.start < measures[0].start and t.time.value
                      and not re.compile(r"\s*[)）]").match(self.ctx.norm, t.end)
                      and not BASELINE_COMPARISON.search(self.ctx.norm, max(s.start, t.start - 6), t.end + 4)]
            # (two times listed, "治疗3、6个月后A和B分别为…": which values are at which, the list does not say)
            time = stated[0] if len(set(stated)) == 1 else None
            end = f.stats[run[-1]].end
            rows = [(group or "all", run)]
            other = COMPARATOR_LIST.match(self.ctx.norm, end)
            if other:
                g = next((g for g in f.groups if other.start() <= g.start < other.end()), None)
                more = self._value_run(f, other.end(), k) if g is not None and g.name != group else None
                if more is not None:
                    rows.append((g.name, more))
                    end = f.stats[more[-1]].end
            quote = self._quote(s, min(measures[0].start, lo), end)
            for arm, indices in rows:
                for mention, i in zip(measures, indices):
                    st = f.stats[i]
                    stat = "percent" if st.percent else ("median" if st.dispersion == "iqr" or self._median_before(s, st.start) else "mean")
                    self._add_measurement(mention.name, arm, time, stat, st, quote)
                    f.used_stats.add(i)

    def measures_by_arm_respectively(self, f: SentenceFacts) -> None:
        """Measures listed, then each arm's values of them in the list's order: "The markedly
        effective rate and the total effective rate were 52.7% and 96.4% in the electroacupuncture
        group, and 28.6% and 73.8% in the drug group, respectively". Each run of as many values as
        measures ends on the arm it is of; every run must, or nothing is read."""
        s = f.sentence
        if not s.text.isascii() or len(f.measures) < 2:
            return
        free = [(i, x) for i, x in enumerate(f.stats) if i not in f.used_stats]
        if len(free) < 4:
            return
        before = max(s.start, free[0][1].start - 24)
        verb = LIST_THEN_VERB.search(self._text(before, free[0][1].start))
        measures = self._measures_listed_before(f, before + verb.start()) if verb is not None else []
        k = len(measures)
        if k < 2 or len(free) % k or any(re.search(r"\d", m.name) for m in measures) \
                or CHANGE_WORDS.search(self._text(s.start, free[0][1].start)):
            return  # ("The reductions in SBP and DBP were 12.1 and 6.3 …": changes, not levels)
        # (each measure's statistic, as the list names it: "the median PFS and the ORR")
        stats = []
        for j, m in enumerate(measures):
            lead = self._text(measures[j - 1].end if j else max(s.start, m.start - 20), m.end)
            stats.append("median" if MEDIAN.search(lead) else None)
        arms = self._study_arms()
        runs = []
        for r in range(0, len(free), k):
            run = free[r:r + k]
            # (the values of a run joined by "and" or commas only, then "in|for|with" and the arm)
            joins = [self._text(run[j][1].end, run[j + 1][1].start) for j in range(k - 1)]
            if not all(VALUE_JOIN.fullmatch(x) for x in joins):
                return
            after = ARM_AFTER_RUN.match(self.ctx.norm, run[-1][1].end)
            group = next((g for g in f.groups if g.start == after.end("lead") and g.name in arms), None) if after is not None else None
            if group is None or (runs and not RUN_JOIN.fullmatch(self._text(runs[-1][1].end, run[0][1].start))):
                return  # (each run after the last arm by ", and", "versus": "…in A, and 28.6% and 73.8% in B")
            runs.append((run, group))
        if len({g.name for _, g in runs}) != len(runs) or any(st.percent != runs[0][0][j][1].percent or (stats[j] and st.percent)
                                                             for run, _ in runs for j, (_, st) in enumerate(run)):
            return  # (each arm once; a measure's values alike in every arm, a median never a share)
        when, quote = self._result_time(f, s.start, s.end), self._quote(s, s.start, s.end)
        for run, group in runs:
            for (i, st), measure, stat in zip(run, measures, stats):
                self._add_measurement(measure.name, group.name, when, "percent" if st.percent else stat or "mean", st, quote)
                f.used_stats.add(i)

    def bracketed_listed_pairs(self, f: SentenceFacts) -> None:
        """Measures listed, compared between two arms, then a pair of values for each in a
        bracket after the second arm, in the list's order: "介入治疗组再发心绞痛、心力衰竭及再次
        介入的比例均高于药物治疗组(53.5%∶33.7%、15.8%∶9.2%、31.7%∶11.8%，P值分别为…)". The
        first of each pair is the arm named before the list (``_listed_pairs``)."""
        if not f.stats or not HAN.search(f.sentence.text):
            return
        for m in ZH_LIST_COMPARED_BRACKET.finditer(self.ctx.norm, f.sentence.start, f.sentence.end):
            listed = self._measures_listed_before(f, m.start())
            if len(listed) < 2:
                continue
            # (from the bracket on: both arms are named before it)
            bracket = OPENING_BRACKET.match(self.ctx.norm, m.end() - 1)
            read = self._listed_pairs(f, bracket, listed)
            close = _bracket_close(self.ctx.norm, bracket.end(), f.sentence.end)
            if read is None:
                inside = [i for i, x in enumerate(f.stats) if bracket.end() <= x.start and x.end <= close]
                if any(TWO_VALUES_GLUE.fullmatch(self._text(f.stats[i].end, f.stats[j].start))
                       for i, j in zip(inside, inside[1:])):
                    # Pairs, but not one per listed measure: whose is which, unsaid; no other
                    # reader is to give the bracket's first value to the arm before it.
                    f.used_stats.update(inside)
                continue
            # The bracket's p-values: one per measure in order ("P值分别为0.000、0.015及0.000"), or
            # one for them all ("均P<0.05").
            # (a "P值分别为" list is marked used when the sentence is read, for ``_listed_ps``: any
            # p of the bracket is these measures')
            ps = [i for i, q in enumerate(f.ps) if read[1] <= q.start < close]
            if len(ps) not in (1, len(listed)):
                continue
            arms, time, quote = read[0], read[2], self._quote(f.sentence, read[3], close + 1)
            for j, mention in enumerate(listed):
                q = f.ps[ps[j] if len(ps) > 1 else ps[0]]
                self.effects.append(Effect(mention.name, arms[0], arms[1], time, "none", None, None, q.p, q.relation,
                                           self._significance(self._text(read[3], close)), quote))
            f.used_ps.update(ps)

    def _listed_pairs(self, f: SentenceFacts, m: re.Match, measures: list[Mention]) -> tuple | None:
        """Measures listed, then a pair of values for each, the arm named before the list first
        and the arm it is set against second: "干预组的FMA-UE、FMA-WH、MBI评分均高于对照组，分别为
        50.00(25.75,57.25)分vs.24.00(9.75,51.50)分、12.00(…)分vs.0(0,12.50)分、24.50(…)分vs.13.00(…)分".
        Returns (the two arms, where the last value ends, the time, where the clause starts), or
        None where it read nothing."""
        s, k = f.sentence, len(measures)
        out, pos = [], m.end()
        for i, st in enumerate(f.stats):
            if st.start < pos:
                continue
            if i in f.used_stats:
                return None
            glue = BRACKET_ASIDE.sub("", self._text(pos, st.start), count=1)
            if not (TWO_VALUES_GLUE if len(out) % 2 else VALUE_RUN_GLUE).fullmatch(glue):
                return None
            out.append(i)
            pos = st.end
            if len(out) == 2 * k:
                break
        if len(out) != 2 * k:
            return None
        lo = clause_bounds(s, measures[0].start, measures[0].end)[0]
        named = list(dict.fromkeys(g.name for g in f.groups if lo <= g.start < m.start()))
        if len(named) != 2 or not COMPARED_AFTER_LIST.search(self.ctx.norm, measures[-1].end, m.start()):
            return None  # (whose values are whose: the arm before the list, then the one it is set against)
        stated = [t.time for t in f.times if lo <= t.start < measures[0].start and t.time.value]
        time = stated[0] if len(set(stated)) == 1 else None
        quote = self._quote(s, lo, f.stats[out[-1]].end)
        # (one kind for the whole list: "0(0,12.50)" among medians with their quartiles is a median)
        medians = any(f.stats[i].dispersion in ("iqr", "pair") for i in out) or self._median_before(s, f.stats[out[0]].start)
        for j, mention in enumerate(measures):
            for arm, i in zip(named, out[2 * j:2 * j + 2]):
                st = f.stats[i]
                stat = "percent" if st.percent else "median" if medians else "mean"
                self._add_measurement(mention.name, arm, time, stat, st, quote)
                f.used_stats.add(i)
        return named, f.stats[out[-1]].end, time, lo

    def _arm_values_of_listed(self, f: SentenceFacts, m: re.Match) -> None:
        """An arm's values of the measures its sentence listed earlier, in their order: "两组治疗前的
        A、B以及C水平差异无统计学意义(P>0.05)，对照组分别为(…)、(…)、(…)，观察组分别为(…)…". The arm
        is named right before "分别为"; the time is before treatment where the list's clause says so."""
        s = f.sentence
        g = next((g for g in f.groups if 0 <= m.start() - g.end <= 2), None)
        if g is None:
            return
        runs: list[list[Mention]] = []
        for x in (x for x in f.measures if x.end <= g.start):
            if runs and LIST_SPLIT.fullmatch(self._text(runs[-1][-1].end, x.start)):
                runs[-1].append(x)
            else:
                runs.append([x])
        listed = next((r for r in reversed(runs) if len(r) >= 2), None)
        if listed is None or any(listed[-1].end <= x.start < g.start and i not in f.used_stats
                                 for i, x in enumerate(f.stats) if x.has_spread):
            return  # (no list, or values between it and the arm no other arm took: those are the list's)
        run = self._value_run(f, m.end(), len(listed))
        if run is None or any(i in f.used_stats for i in run):
            return
        lo = clause_bounds(s, listed[0].start, listed[0].end)[0]
        before = any(lo <= t.start < listed[0].start and t.time == BASELINE for t in f.times)
        time = BASELINE if before else None
        if any((x.measure, x.group, x.time) == (mention.name, g.name, time) for x in self.measurements for mention in listed):
            return  # a second value of the same measure, arm and time is some subgroup's: whose, unsaid
        quote = self._quote(s, listed[0].start, f.stats[run[-1]].end)
        for mention, i in zip(listed, run):
            st = f.stats[i]
            stat = "percent" if st.percent else ("median" if st.dispersion == "iqr" else "mean")
            self._add_measurement(mention.name, g.name, time, stat, st, quote)
            f.used_stats.add(i)

    def subgroups_respectively(self, f: SentenceFacts) -> None:
        """English subgroups of the cohort listed, then an outcome's value in each, "respectively":
        "The 5-year overall survival rates for patients in stages I, II, III and IV were 90.48%,
        76.71%, 76.89% and 33.87%, respectively", or the values first, "… were 90%, 76% and 34% for
        men, women and children, respectively". Each subgroup as written (a head the items share
        is each one's: stage II); the outcome one the vocabulary names before them. As many
        subgroups as values, or nothing; not the study's arms (``measure_lists`` and the arms'
        readers read those)."""
        s = f.sentence
        if not s.text.isascii() or "respectively" not in s.text:
            return
        end = s.text.find("respectively") + s.start
        found = []
        for m in SUBGROUPS_BEFORE_VALUES.finditer(self.ctx.norm, s.start, end):
            run = self._value_run(f, m.end(), len(_subgroup_items(m["list"])), whole=True)
            if run is not None and RESPECTIVELY_AFTER.fullmatch(self._text(f.stats[run[-1]].end, end)):
                found.append((m, run))
        if not found:
            after = SUBGROUPS_AFTER_VALUES.search(self.ctx.norm, s.start, end)
            if after is not None and after.end() == end:
                k = len(_subgroup_items(after["list"]))
                before = [i for i, st in enumerate(f.stats) if st.end <= after.start()]
                run = self._value_run(f, f.stats[before[-k]].start, k, whole=True) if len(before) >= k else None
                if run is not None and run[-1] == before[-1] and not self._text(f.stats[run[-1]].end, after.start()).strip():
                    found.append((after, run))
        for m, run in found:
            items = _subgroup_items(m["list"])
            arms = {a.lower() for a in self._study_arms()}
            if len(set(items)) < len(items) or any(x.lower() in arms or GROUP_WORDS.search(x) or not _is_subgroup(x) for x in items):
                continue
            first = f.stats[run[0]].start
            named = [x for x in f.measures if s.start <= x.start and x.end <= min(m.start(), first)]
            if not named:
                continue
            measure = named[-1]
            time = self._result_time(f, s.start, min(m.start(), first), fallback=False)
            quote = self._quote(s, measure.start, max(f.stats[run[-1]].end, m.end()))
            for item, i in zip(items, run):
                st = f.stats[i]
                f.used_stats.add(i)
                self._add_measurement(measure.name, item, time, "percent" if st.percent else "mean", st, quote)
            self.last_measure = measure

    def groups_listed_respectively(self, f: SentenceFacts) -> None:
        """Groups listed, then one outcome, then its value in each group, in the same order:
        "在总人群、无肌少症和肌少症人群中，心血管疾病的患病率分别为12.6%、10.0%、18.0%" (each group
        as written). As many groups as values, or nothing."""
        s = f.sentence
        if s.text.isascii() or not (RESPECTIVELY_ZH.search(s.text) or "依次" in s.text):
            return
        for m in GROUPS_THEN_RESPECTIVELY.finditer(self.ctx.norm, s.start, s.end):
            items = [LISTED_ASIDE.sub("", x).strip().removesuffix("的") for x in GROUP_LIST_SPLIT.split(m["list"])]
            items[0] = LIST_OPENING.sub("", items[0].strip()).strip()  # ("结果 在总人群": the section's label first)
            tail = items[0].rsplit("的", 1)[-1]
            if "的" in items[0] and len(items[0]) > max(len(x) for x in items[1:]) + 4 and len(tail) >= 2 \
                    and all(PEOPLE_AT_END.sub("", x)[-1:] == tail[-1:] for x in items[1:]):
                # ("例如我院首诊确诊的乳腺癌、胰腺癌患者": the first group is the noun after its clause's last 的,
                # of the kind the others are; not "未接种过流感疫苗的老人和接种者", whose 的 says who they are)
                items[0] = tail
            if m["where"] and len(items) >= 2 and all(x.endswith(m["where"]) for x in items[:-1]):
                items[-1] += m["where"]  # ("吸烟者和不吸烟者中": the word the last one shares with the others)
            measure = m["measure"].strip()
            whose = WHOSE_OUTCOME.fullmatch(measure) if not m["sep"] and not m["where"] else None
            if whose is not None and re.compile(r"[组組]$").search(items[-1] + whose["tail"]):
                continue  # ("观察组和对照组患者的总有效率分别为…": the arms', the arm readers')
            if whose is not None and not OUTCOME_NAME_WORD.search(whose["tail"]):
                # ("乳腺癌、胰腺癌患者的总生存率": the last group's name and its people, then the outcome)
                items[-1], measure = items[-1] + whose["tail"], whose["rest"].strip()
            elif TIME_OPENS_NAME.match(measure):
                # ("乳腺癌、胰腺癌患者5年总生存率": the time parts the people from their outcome)
                items[-1] = PEOPLE_AT_END.sub("", items[-1]) or items[-1]
            elif not m["sep"] and not m["where"]:
                # The outcome's name glued to the last group's ("…代谢异常肥胖脑卒中发病率"), else
                # the measures listed ("A、B和C分别为": measure_lists).
                # (the rate of a condition the vocabulary knows, written right before it)
                rate = RATE_TAIL.search(m.group())
                ill = [c for c in self.ctx.mentions("conditions", m.start(), m.end()) if rate and c.end == m.start() + rate.start()]
                if rate is None or not ill:
                    continue
                last = items[-1] + measure
                measure = self._text(ill[-1].start, m.start() + rate.end())
                if len(last) - len(measure) < 2:
                    continue
                items[-1] = last[:len(last) - len(measure)].removesuffix("的")
            if len(items) < 2 or len(set(items)) < len(items) or any(len(x) < 2 or OUTCOME_NAME_WORD.search(x) for x in items):
                continue
            measure = measure.removeprefix("的").replace("的", "") if measure else None
            if not measure or len(measure) < 2 or not OUTCOME_NAME_WORD.search(measure):
                continue
            run = self._value_run(f, m.end(), len(items), whole=True)
            if run is None:
                continue
            opening = TIME_OPENS_NAME.match(measure)
            bare = measure[opening.end():].strip() if opening else measure
            known = [x for x in f.measures if m.start("measure") <= x.start and x.end <= m.end("measure")] if m["measure"] else []
            name = known[-1].name if len(known) == 1 and known[0].end - known[0].start >= len(bare) - 1 else bare
            quote = self._quote(s, m.start(), f.stats[run[-1]].end)
            # (the time that opens the outcome's name, "5年总生存率", else the one before the list)
            time = self._result_time(f, m.start("measure"), m.end("measure"), fallback=False) if opening \
                else self._result_time(f, s.start, m.start(), fallback=False)
            for item, i in zip(items, run):
                st = f.stats[i]
                self._add_measurement(name, "all" if item in EVERYONE_LISTED else item, time, "percent" if st.percent else "mean", st, quote)
                f.used_stats.add(i)

    def listed_ratios(self, f: SentenceFacts) -> None:
        """Outcomes listed, then one bracket holding a ratio for each, in the same order, as
        meta-analyses write them: "联合组ORR、DCR、QLIR均高于单纯化疗组[OR=2.52,95%CI(1.75,3.61);
        OR=3.53,95%CI(2.48,5.02);OR=3.31,95%CI(2.26,4.85),P<0.05]", "ORR and DCR were higher
        (OR 2.52, 95% CI 1.75-3.61; OR 3.53, 95% CI 2.48-5.02)". The k-th ratio is the k-th
        outcome's; a p at the bracket's end is every one's. Fewer or more outcomes than
        ratios: nothing (which is which, the sentence does not say)."""
        s = f.sentence
        for m in RATIO_BRACKET.finditer(self.ctx.norm, s.start, s.end):
            close = _closing_bracket(self.ctx.norm, m.start(), s.end)
            if close is None:
                continue
            # (cut at the semicolons outside inner brackets: "OR=2.52,95%CI(1.75,3.61);OR=3.53,…")
            a0 = m.start() + 1
            cuts = [(a0 + c.start(), a0 + c.end()) for c in _top_level(self.ctx.norm[a0:close], CLAUSE_END)]
            parts = list(zip([a0] + [e for _, e in cuts], [st for st, _ in cuts] + [close]))
            found = [(a, b, effect_stats(self._text(a, b))) for a, b in parts]
            # ("; P<0.05" as the bracket's last part is every ratio's p, not a ratio of its own.)
            found = [x for x in found if x[2] or not p_values(self._text(x[0], x[1]))]
            if len(found) < 2 or any(len(es) != 1 for _, _, es in found) or len({es[0].type for _, _, es in found}) != 1:
                continue
            items = self._outcomes_listed_before(f, m.start())
            if len(items) != len(found):
                continue
            ps = [i for i, p in enumerate(f.ps) if m.start() < p.start < close]
            # One p for all at the bracket's end, or one in each ratio's own part.
            own_ps = [[i for i in ps if a <= f.ps[i].start < b] for a, b, _ in found]
            per_part = len(ps) == len(found) and all(len(x) == 1 for x in own_ps)
            if len(ps) > 1 and not per_part:
                continue
            p = f.ps[ps[0]] if ps and not per_part else None
            lo, hi = clause_bounds(s, m.start(), close)
            group, versus = self._arms(f, lo, m.start())
            arms = self._study_arms()
            if versus == "baseline" and len(arms) == 2 and not AGAINST_BASELINE.search(self._text(lo, m.start())):
                group, versus = self._treatment_first(arms)  # (but "高于治疗前" is against baseline)
            if versus == "baseline" and found[0][2][0].type in RATIOS:
                # A ratio compares two sides: "higher in the combination group than with
                # chemotherapy alone"; one the sentence does not name leaves it unread.
                than = THAN_SIDE.search(self.ctx.norm, lo, m.start())
                other = side(than["x"]) if than else None
                if other is None:
                    continue
                versus = other
                if group == "all":
                    # "higher with the combination than with chemotherapy alone": the side before "than".
                    before = BEFORE_THAN.search(self.ctx.norm, lo, than.start() + 5)
                    mine = side(before["x"]) if before else None
                    group = mine if mine and mine.lower() != other.lower() else group
            time = self._result_time(f, lo, m.start())
            quote = self._quote(s, min(items[0].start, lo), close + 1)
            for k, (item, (a, b, es)) in enumerate(zip(items, found)):
                cis = intervals(self._text(a, b))
                mine = f.ps[own_ps[k][0]] if per_part else p
                self.effects.append(Effect(item.name, group, versus, time, es[0].type, es[0].value,
                                           [cis[0].low, cis[0].high] if cis else None, mine.p if mine else None,
                                           mine.relation if mine else None, self._significance(self._text(lo, close)), quote))
            f.used_ps.update(ps)

    def listed_exposures(self, f: SentenceFacts) -> None:
        """Exposures listed, each with its own ratio in its bracket, all of one outcome the
        sentence names once: "Risk factors associated with 10-year dementia included diabetes
        (DM; HR 4.31, 95% CI 1.97-9.43) and atrial fibrillation (HR 2.30, …)", "年龄(OR=1.05,
        95%CI: …)、糖尿病(OR=2.31, …)是卒中后抑郁的独立危险因素". Each ratio is its exposure's
        against those without it (the reference), named as the article writes it."""
        s = f.sentence
        if not f.stats:
            return
        if ascii_without(s.text, EXPOSURE_WORDS) and "因素" not in s.text:
            self._exposures_against_a_reference(f)
            return
        lead = EXPOSURES_LEAD.search(self.ctx.norm, s.start, s.end)
        if lead is not None:
            outcome_at, a, b = lead.start("outcome"), lead.end(), s.end
            # ("associated with increased risk of all-cause dementia": the outcome is the event)
            outcome = RISK_OF_LEAD.sub("", EXPOSURE_OUTCOME_TAIL.sub("", lead["outcome"]).strip())
        else:
            zh = ZH_EXPOSURES.search(self.ctx.norm, s.start, s.end)
            if zh is None:
                self._exposures_against_a_reference(f)
                return
            outcome_at, b = zh.start("outcome"), zh.start()
            # (the list opens after "显示，" or a clause's mark, not after a comma inside a bracket)
            a = max([s.start] + [s.start + m.end() for m in _top_level(self.ctx.norm[s.start:b], ZH_LIST_OPENING)])
            outcome = zh["outcome"].strip()
        if not outcome or len(outcome) > 60 or re.compile(r"[<>=≤≥]").search(outcome):
            return
        known = [m for m in f.measures if outcome_at <= m.start and m.end <= outcome_at + len(outcome) + 2]
        measure = known[0].name if len(known) == 1 and (known[0].end - known[0].start) >= 0.6 * len(outcome) else outcome
        taken = {e.value for e in self.effects if e.quote and e.quote in s.text}
        found = self._bracketed_ratios(a, b, NOT_AN_EXPOSURE, 60)
        if len(found) < 2 and not (found and lead is not None and ANOTHER_FACTOR.match(self.ctx.norm, found[0][4])):
            # (one exposure's ratio: the sentence readers weigh it, unless the sentence lists another
            # factor beside it: "factors associated with … dementia were depression (HR …) and
            # impaired fasting glucose levels")
            return
        for name, es, ci, x, y in found:
            if es.value in taken:
                continue
            self.effects.append(Effect(measure, name, REFERENCE, None, es.type, es.value, ci, None, None, None,
                                       self._quote(s, x, y)))

    def _bracketed_ratios(self, a: int, b: int, not_a_name: re.Pattern, longest: int,
                          stop: bool = False) -> list[tuple[str, EffectStat, list[float] | None, int, int]]:
        """The items "name (ratio, CI)" of a list in [a, b): (name, ratio, CI, start, end), each
        name the words since the bracket before it. An item whose bracket holds no one ratio, or
        whose name ``not_a_name`` finds or is too long, is skipped (``stop``: ends the list)."""
        found, start = [], a
        for open_at in BRACKET_OPEN.finditer(self.ctx.norm, a, b):
            if open_at.start() < start:
                continue
            close = _closing_bracket(self.ctx.norm, open_at.start(), b)
            if close is None:
                break
            inside = self.ctx.norm[open_at.end():close]
            ratios = [e for e in effect_stats(inside) if e.type in NAMED_RATIOS]
            name = EXPOSURE_ITEM_LEAD.sub("", self.ctx.norm[start:open_at.start()]).strip(" ,，、")
            start = close + 1
            if len(ratios) != 1 or not name or len(name) > longest or len(name.split()) > 8 or not_a_name.search(name):
                if stop:
                    break
                continue
            cis = intervals(inside)
            found.append((name, ratios[0], [cis[0].low, cis[0].high] if cis else None, open_at.start() - len(name), close + 1))
        return found

    def _exposures_against_a_reference(self, f: SentenceFacts) -> None:
        """Exposures listed against one reference the sentence names first, each with its ratio
        in its bracket, the outcome named after the list: "Compared with non-drinkers, those
        drinking 1 cup a day (HR 0.90, 95% CI 0.82-0.99) and 2-3 cups a day (HR 0.85, …) had a
        lower risk of death", "与鸡蛋摄入≤1个/周的人群相比，每周吃1-3个鸡蛋(HR 0.69，95%CI
        0.59-0.81)、每周吃3-7个鸡蛋(HR 0.68，…)均与死亡风险降低有关". Each ratio is its exposure's
        against the reference, both named as the article writes them; two exposures at least."""
        s = f.sentence
        if not any(w in s.text for w in REFERENCE_WORDS):
            return  # (every REFERENCE_LEAD holds one of these words)
        lead = REFERENCE_LEAD.search(self.ctx.norm, s.start, s.end)
        if lead is None:
            return
        reference = (lead["ref"] or lead["zhref"]).strip()
        # (a dose is part of an exposure's name here, "2-3 cups a day"; the list ends at the first item that is none)
        found = self._bracketed_ratios(lead.end(), s.end, NOT_A_LEVEL, 40, stop=True)
        outcome = OUTCOME_AFTER_LIST.match(self.ctx.norm, found[-1][4]) if len(found) >= 2 else None
        if outcome is None:
            return
        written = (outcome["out"] or outcome["zhout"]).strip()
        known = [m for m in f.measures if outcome.start() <= m.start and m.end <= outcome.end()]
        measure = known[0].name if len(known) == 1 else written
        taken = {e.value for e in self.effects if e.quote and e.quote in s.text}
        for name, es, ci, x, y in found:
            if es.value not in taken:
                self.effects.append(Effect(measure, name, reference, None, es.type, es.value, ci, None, None, None,
                                           self._quote(s, lead.start(), outcome.end())))
                f.used_stats.update(i for i, st in enumerate(f.stats) if x <= st.start < y)

    def named_ratio_lists(self, f: SentenceFacts) -> None:
        """A ratio named once, then one value with its interval for each item listed before
        it, in order: the times of one outcome ("术后1年、2年和3年复发率，风险比及其95%可信区间分别为
        0.48(0.37~0.63)、0.62(0.50~0.77)和0.62(0.45~0.84)"), else its outcomes ("ORR and DCR …, the
        odds ratios were 2.5 (1.8-3.6) and 3.5 (2.5-5.0), respectively"). As many items as
        values, or nothing: which is which, the sentence would not say. Read as anything else,
        the ratios were means at one time."""
        s = f.sentence
        if not (f.stats and RATIO_NAMED.search(s.text)):
            return
        # ("…HR(95%CI)分别为1.15(…)和1.42(…)，3年和8年时分别为1.05(…)和1.30(…)": a list that goes on
        # without naming the ratio again holds ratios too, whoever's they are: never means.)
        for more in RESPECTIVE_LIST.finditer(self.ctx.norm, s.start, s.end):
            items = list(RATIO_ITEM.finditer(self.ctx.norm, more.end(), min(s.end, more.end() + 80)))
            if len(items) >= 2 and all(_a_ratio(x) for x in items) and items[0].start() == more.end():
                f.used_stats.update(i for i, st in enumerate(f.stats) if items[0].start() <= st.start < items[-1].end())
        for m in NAMED_RATIO_LIST.finditer(self.ctx.norm, s.start, s.end):
            lead = RATIO_LIST_LEAD.match(self.ctx.norm, m.end())
            if lead is None:
                continue
            values, at = [], lead.end()
            # (Without intervals only where the sentence speaks of a risk: "心率HR分别为…" is a heart rate.)
            bare = RATIO_ITEM.match(self.ctx.norm, at) is None and RISK_CONTEXT.search(s.text) is not None
            while True:
                item = (RATIO_BARE_ITEM if bare else RATIO_ITEM).match(self.ctx.norm, at)
                if item is None:
                    break
                values.append(item)
                sep = RATIO_ITEM_SEP.match(self.ctx.norm, item.end())
                at = sep.end() if sep else item.end()
                if sep is None:
                    break
            if len(values) < 2 or not all(_a_ratio(item) for item in values):
                continue  # ("心率HR分别为72(68~76)和110(…)": a heart rate, no ratio of 72)
            # (Ratios, whoever's they are: never an arm's mean, whichever reader comes after.)
            f.used_stats.update(i for i, st in enumerate(f.stats) if values[0].start() <= st.start < values[-1].end())
            kind = next((name for pattern, name in EFFECT_KIND if pattern.search(m["kind"])), None)
            if kind not in ("odds_ratio", "risk_ratio", "hazard_ratio"):
                continue
            # (The items may stand in the clause before the ratio's: "降低…复发率，风险比…".)
            before = self._text(s.start, m.start())
            head = s.start + max([0] + [x.end() for x in re.compile(r"[。；;]").finditer(before)])
            times = [t for t in f.times if head <= t.start and t.end <= m.start() and t.time.value]
            measures = [x for x in f.measures if head <= x.start < m.start()]
            quote = self._quote(s, head, values[-1].end())
            listed = self._zh_groups_listed(head, m.start())
            if listed is None and not times and self._last_listed_groups and self._last_listed_groups[0] == s.index \
                    and not SUBGROUP_PART.search(self._text(head, m.start())):
                # ("…；CVD事件HR(95%CI)分别为…": the same groups; not "在糖尿病患者中，…" nor "随访第5年…")
                listed = (*self._last_listed_groups[1:], head)
            if listed is not None:
                groups, reference, groups_end = listed
                # (the outcome is the one named after the groups, right before the ratio; else the
                # words there: "…重度肥胖组的卒中发病风险HR", the risk of stroke)
                measures = [x for x in measures if x.start >= groups_end]
                if not measures or vocab.info(measures[-1].name) is None:
                    words = ZH_RISK_WORDS.sub("", self._text(groups_end, m.start()).strip())
                    name = self._named_measure(words) if len(HAN.findall(words)) >= 2 and not re.compile(r"\d").search(words) else None
                    measures = [Mention(name, groups_end, m.start())] if name else measures
                if len(groups) != len(values) or not measures:
                    continue
                # "…<250 g/d组、(≥400~<500)g/d组及≥500 g/d组全因死亡HR(95%CI)分别为…": one value per group
                # listed, of the outcome named last before the ratio (and the next ratio of the
                # sentence, "CVD事件HR(95%CI)分别为…", is of the same groups).
                self._last_listed_groups = (s.index, groups, reference)
                if reference is None:
                    continue  # each group against what, the sentence does not say
                time = self._result_time(f, head, m.start(), fallback=False)
                # ("…分别为1.21、1.56和2.03(均P<0.001)": a p said of them all, right after the list; one
                # not said of all is no other reader's either: no comparison of the first two groups)
                said_of_all = ALL_P.match(self.ctx.norm, values[-1].end()) is not None
                p = self._p_after(f, values[-1].end(), min(s.end, values[-1].end() + 12))
                p = p if said_of_all else None
                for name, item in zip(groups, values):
                    self.effects.append(Effect(measures[-1].name, name, reference, time, kind, number(item["v"]),
                                               _ratio_interval(item), p.p if p else None, p.relation if p else None,
                                               None, quote))
                continue
            one_list = len(times) >= 2 and all(TIME_LIST_GLUE.fullmatch(self._text(a.end, b.start)) for a, b in zip(times, times[1:]))
            if len(times) == len(values) and one_list and len({x.name for x in measures}) == 1 \
                    and len({g.name for g in f.groups if head <= g.start < m.start()}) < 2:
                slots = [(measures[0], t.time) for t in times]
            elif len(times) >= 2:
                continue  # times and other items besides: which value is which, the sentence does not say
            else:
                outcomes = self._outcomes_listed_before(f, m.start())
                if len(outcomes) != len(values):
                    continue
                time = self._result_time(f, head, m.start(), fallback=False)
                slots = [(x, time) for x in outcomes]
            group, versus = self._arms(f, head, m.start())
            arms = self._study_arms()
            if versus == "baseline" and len(arms) == 2:
                group, versus = self._treatment_first(arms)
            if versus == "baseline":
                sides = self._contrast(self._text(head, m.start()))
                if sides is None:
                    continue  # a ratio of what against what, the sentence does not say
                group, versus = sides.group, sides.versus
            for (measure, time), item in zip(slots, values):
                self.effects.append(Effect(measure.name, group, versus, time, kind, number(item["v"]),
                                           _ratio_interval(item), None, None, None, quote))

    def _zh_groups_listed(self, a: int, at: int) -> tuple[list[str], str | None, int] | None:
        """(the groups, the reference, where the groups end) of a Chinese list of groups
        before a ratio's name: "以(≥250~<400)g/d组为参照，南方地区<250 g/d组、(≥400~<500)g/d组及≥500 g/d组
        全因死亡HR…" gives the three groups as written and the reference named nearest before
        them; None without two or more, or where the last is followed by one of its subgroups."""
        text = self._text(a, at)
        start = max([0] + [x.end() for x in re.compile(r"[，,；;：:]").finditer(text)])
        clause = text[start:]
        items = [x.strip() for x in re.compile(r"、|及|和|与|與").split(clause)]
        people = PEOPLE_LISTED.search(items[-1]) if len(items) >= 2 else None
        if people is not None and all(1 < len(x) <= 12 and not re.compile(r"[组組，,]").search(x) for x in items[:-1]):
            # "超重、肥胖和重度肥胖人群卒中发病风险": groups of people listed, the last naming them
            # all ("人群", "者"), then the outcome.
            items[-1] = items[-1][:people.end()]
            sex = re.compile(r"^(?:男性|女性|男|女)")
            if all(sex.fullmatch(x) for x in items[:-1]) and (shared := sex.match(items[-1])) is not None:
                # ("男性、女性吸烟者": the men who smoke, and the women)
                items[:-1] = [x + items[-1][shared.end():] for x in items[:-1]]
            references = list(ZH_REFERENCE.finditer(text, 0, start))
            return items, (references[-1]["x"] or references[-1]["x2"]) if references else None, a + start + clause.rindex(items[-1]) + len(items[-1])
        if len(items) < 2 or not all(x.endswith(("组", "組")) or re.compile(r"[组組][^组組]{1,12}$").search(x) for x in items):
            return None
        tail = re.compile(r"[组組]([^组組]*)$").search(items[-1])
        if tail and SUBGROUP_PART.search(tail.group(1)):
            return None  # ("C组中男性全因死亡HR…": the men of C, not C)
        items[-1] = items[-1][:len(items[-1]) - len(tail.group(1))] if tail else items[-1]  # (the outcome after it)
        if not all(1 < len(x) <= 24 and x.endswith(("组", "組")) for x in items):
            return None
        references = list(ZH_REFERENCE.finditer(text, 0, start))
        groups_end = a + start + clause.rindex(items[-1]) + len(items[-1])
        return items, (references[-1]["x"] or references[-1]["x2"]) if references else None, groups_end

    def _outcomes_listed_before(self, f: SentenceFacts, at: int) -> list[Mention]:
        """The outcomes a sentence lists before a result ("客观缓解率(ORR)、疾病控制率(DCR)、
        生活质量改善率(QLIR)均高于…", "ORR, DCR and survival were higher …"): each the
        vocabulary's name where it knows the item, else the item as written."""
        s = f.sentence
        lo = clause_bounds(s, at - 1, at)[0]
        first = next((x for x in f.measures if lo <= x.start < at), None)
        if first is None:
            return []
        stop = LIST_STOP.search(self.ctx.norm, first.end, at)
        end = stop.start() if stop else at
        # (An abbreviation in brackets after an item is that item's: "客观缓解率(ORR)".)
        text = ABBREVIATION_AFTER.sub(lambda x: " " * len(x.group()), self._text(first.start, end))
        out, pos = [], 0
        for sep in [*LIST_SPLIT.finditer(text), None]:
            cut = sep.start() if sep else len(text)
            word = text[pos:cut].strip()
            a = first.start + pos + (len(text[pos:cut]) - len(text[pos:cut].lstrip()))
            b = a + len(word)
            if any(a <= g.start < b for g in f.groups) or LISTED_PEOPLE.search(word):
                return []  # "ORR in men and women": subgroups, not outcomes
            known = [x for x in f.measures if a <= x.start and x.end <= b + 1]
            if known:
                out.append(Mention(known[-1].name, a, b))
            elif word and (HAN.search(word) and len(word) <= 12 or not HAN.search(word) and len(word.split()) <= 5) \
                    and not re.compile(r"\d").search(word):
                out.append(Mention(word, a, b))
            else:
                return []
            pos = sep.end() if sep else pos
        for i in range(len(out) - 1):
            # "total and nonfatal myocardial infarction": a modifier alone shares the next item's noun.
            # ("all-cause and cardiovascular mortality": its last word, where the next opens on no modifier)
            head = out[i + 1].name.split(" ", 1)
            if LONE_MODIFIER.match(out[i].name) and len(head) == 2:
                noun = head[1] if LONE_MODIFIER.match(head[0]) else out[i + 1].name.rsplit(" ", 1)[1]
                out[i] = Mention(f"{out[i].name} {noun}", out[i].start, out[i].end)
        return out

    def _measures_listed_before(self, f: SentenceFacts, at: int) -> list[Mention]:
        """The measures named in a list that ends right before ``at`` ("A、B和C分别为"), each
        the vocabulary's name where it knows the item, else the item as written ("总积分")."""
        s = f.sentence
        lo = clause_bounds(s, at - 1, at)[0]
        # The list starts after the last group or number before it ("治疗组主症积分、…").
        starts = [lo] + [g.end for g in f.groups if lo <= g.end <= at] + [x.end for x in (*f.stats, *f.ps, *f.times) if lo <= x.end <= at]
        begin = max(starts)
        text = self._text(begin, at)
        items, pos = [], 0
        for sep in [*LIST_SPLIT.finditer(text), None]:
            end = sep.start() if sep else len(text)
            items.append((begin + pos, begin + end))
            pos = sep.end() if sep else pos
        out = []
        for a, b in items:
            word = self._text(a, b).strip()
            b = a + len(self._text(a, b).rstrip())
            a = b - len(word)
            # (An item is a measure's name, not a phrase holding one: "range of motion in A".)
            known = [x for x in f.measures if a <= x.start and b - 3 <= x.end <= b]
            # (its abbreviation in brackets after it is no part of its name: "无局部复发生存(LRFS)")
            bare = ITEM_ABBREVIATION_AFTER.sub("", word) if HAN.search(word) else word
            if known:
                out.append(known[-1])
            elif bare and len(bare) <= 12 and HAN.search(bare) and not re.compile(r"\d").search(bare) \
                    and not NOT_AN_ITEM_NAME.search(bare):
                out.append(Mention(bare, a, a + len(bare)))  # a Chinese item the vocabulary lacks ("总积分")
            elif ITEM_ABBREVIATION.fullmatch(word):
                out.append(Mention(word, a, b))  # an abbreviation the vocabulary lacks ("FMA-WH")
            else:
                return []
        if any(WHEN_ITEM.fullmatch(x.name) for x in out):
            return []  # "針刺前、中、後的數值分別為…": times listed, one measure's values at each
        return out if len(out) >= 2 and any(x in f.measures for x in out) else []

    def _english_items_respectively(self, f: SentenceFacts, m: re.Match) -> list[Mention]:
        """English outcomes listed before "were", their values after it and "respectively" after
        those, the items as written where the vocabulary lacks them: "the CBR and ORR were 76% and
        14%, respectively", "neutrophil and platelet recovery of 81% and 75%, respectively" (a
        head the items share is each one's: neutrophil recovery), "the rate of symptom
        disappearance in fever, asthenia and cough was 47.5%, 35.1%, and 20.0%, respectively" (so
        is an opening: the rate of symptom disappearance in asthenia). Empty where the words
        before are no such list, where an item is an arm (``measure_lists``' own arms), or where
        a ratio is named before them (a ratio's values are no outcome's level)."""
        s = f.sentence
        if RATIO_NAMED.search(self.ctx.norm, s.start, m.start()):
            return []
        begin = max([s.start] + [x.end for x in (*f.stats, *f.ps, *f.times) if s.start <= x.end <= m.start()])
        # The list opens at the start of what is left, or after a comma of it: the longest that
        # reads as a list whose values follow "respectively" ("In a study of 54 patients, the
        # rate of … in fever, asthenia and cough was …" opens after "patients,").
        for opening in [begin, *(begin + c.end() for c in ITEMS_MAY_OPEN_AFTER.finditer(self._text(begin, m.start())))]:
            listed = self._items_respectively(f, opening, m)
            if listed:
                return listed
        return []

    def _items_respectively(self, f: SentenceFacts, begin: int, m: re.Match) -> list[Mention]:
        """``_english_items_respectively`` for a list that opens at ``begin``."""
        lead = LISTED_OUTCOMES_LEAD.match(self._text(begin, m.start()))
        if lead is None or lead["ratio"]:
            return []
        at = begin + lead.end()
        spans, pos = [], at
        for sep in [*ENGLISH_ITEM_SPLIT.finditer(self.ctx.norm, at, m.start()), None]:
            end = sep.start() if sep else m.start()
            spans.append((pos, end))
            pos = sep.end() if sep else pos
        words = [self._text(a, b).strip() for a, b in spans]
        if not 2 <= len(words) <= 6 or not all(ENGLISH_ITEM.fullmatch(w) for w in words):
            return []
        if any(self._names_an_arm(w) or NOT_LISTED_OUTCOME.search(w) for w in words) or (
                not OPENING_OF_ITEMS.match(words[0]) and any(self.ctx.mentions("adverse_events", a, b) for a, b in spans)):
            # (people, their traits, changes and ratios, subgroups and times, harms: none is an
            # outcome level of the whole cohort: "Males and females were 60% and 40%", "changes in
            # weight and waist", "the relative risks of death and stroke", "in men and women",
            # "in year one and year two", "neutropenia and anemia" (the harms' reader's))
            return []
        # (a head the last item carries for all: "all-cause and cardiovascular mortality"; an
        # opening the first carries for all: "rate of disappearance in fever, asthenia and cough")
        last = words[-1].split()
        if len(last) >= 2 and all(len(w.split()) == 1 for w in words[:-1]) and not ITEM_ABBREVIATION.fullmatch(last[0]):
            words = [f"{w} {' '.join(last[1:])}" for w in words[:-1]] + [words[-1]]
        else:
            opening = OPENING_OF_ITEMS.match(words[0])
            if opening and all(len(w.split()) <= 2 for w in words[1:]):
                words = [words[0]] + [opening.group(0) + w for w in words[1:]]
        # The k values after "were", then "respectively" right after the last; each a share or a value
        # with its spread or unit (bare numbers are counts, ages, ratios: "were 58 and 40").
        run = self._value_run(f, m.end(), len(words))
        if run is None or not RESPECTIVELY_RIGHT_AFTER.match(self.ctx.norm, f.stats[run[-1]].end):
            return []
        last = f.stats[run[-1]].end  # (a unit written once, after the last: "2.1 and 11.5 months")
        if not (all(f.stats[i].percent for i in run) or all(f.stats[i].has_spread for i in run)
                or UNIT_AFTER.match(self.ctx.norm, last) or TIME_UNIT.match(self.ctx.norm, last)):
            return []
        return [Mention(self._named_measure(w) or w, a, b) for w, (a, b) in zip(words, spans)]

    def _value_run(self, f: SentenceFacts, at: int, k: int, whole: bool = False) -> list[int] | None:
        """The indices of the ``k`` values that start right after ``at``, joined by list words only.
        ``whole``: each value may have its count in brackets after it ("12.6%(1905/15137)、
        10.0%(1026/10280)"), all are of one kind (shares or not), and the run ends with the k-th
        (three values for two groups are no one's each)."""
        out, pos = [], at
        for i, st in enumerate(f.stats):
            if st.start < (pos if whole else at) or i in f.used_stats:
                continue
            glue = self._text(pos, st.start)
            if whole:
                glue = FRACTION_ASIDE.sub("", glue)
            if not VALUE_RUN_GLUE.fullmatch(glue) or whole and out and st.percent != f.stats[out[0]].percent:
                return None
            out.append(i)
            aside = FRACTION_ASIDE.match(self.ctx.norm, st.end) if whole else None
            pos = aside.end() if aside else st.end
            if len(out) == k:
                if not whole:
                    return out
                more = next((x for x in f.stats[i + 1:] if x.start >= pos), None)
                glue = FRACTION_ASIDE.sub("", self._text(pos, more.start)) if more else ""
                return None if more is not None and VALUE_RUN_GLUE.fullmatch(glue) and glue.strip() else out
        return None

    def _measure_right_before(self, f: SentenceFacts, lo: int, at: int) -> Mention | None:
        """The measure named right before ``at``: the vocabulary's, else the words since the
        clause began ("and the proportion of patients returning to prestroke functional level")."""
        # (Not where it was taken: "complication rates during hospital stay" are no stay's length.)
        setting = re.compile(r"\b(?:during|throughout)\s+(?:the\s+|their\s+)?$", re.I)
        near = [x for x in f.measures if lo <= x.start and x.end <= at
                and not re.compile(r"[(),;，；]|\b(?:was|were|is|are|had|has)\b", re.I).search(self._text(x.end, at))
                and not setting.search(self.ctx.norm, max(lo, x.start - 16), x.start)]
        if near:
            return near[-1]
        head = self._text(lo, at)
        # (An item of a list of pairs, "缓解时间：鼻塞(2.8天对3.7天)、咳嗽(3.2天对4.9天)", starts after the
        # pair before it or the list's heading; "恶心、呕吐发生率(…)" is one measure of two events.)
        start = max([0] + [m.end() for m in re.compile(r"[,;，；:]|[)）]\s*、|：(?=\s*\S)|\b(?:and|but|while|whereas)\b|和|及",
                                                       re.I).finditer(head)])
        parallel = AS_WERE.match(head, start)
        if parallel:
            start = parallel.end()  # ("Mortality was similar (…), as were stroke (…)": stroke's own values)
        trait = trait_subject(head, start)
        if trait:
            # "Patients with X had higher complication rates (…)": the measure follows the verb
            # of those with a trait (an arm's sentence is read as the arm's).
            start = trait[1]
        name = (_cleaned_name(head[start:]) or "").rstrip("：: ")
        if not name or VERDICT_WORDS.search(name):
            return None  # ("… but did not reach statistical significance (90% versus 50%)": no measure's name)
        a = lo + head.index(name, start)
        b = a + len(name)
        # "L组和S组总体不良反应": whose they are, then what was measured; the name starts after the groups.
        while (g := next((g for g in f.groups if g.start == a and g.end < b - 1 and HAN.search(self.ctx.text, g.start, g.end)), None)) is not None:
            a = g.end + len(re.compile(r"[\s的和与與及、]*").match(self.ctx.text, g.end).group())
        name = self._text(a, b)
        # The phrase ends in a measure the vocabulary knows ("NRS pain scores"): its name; but
        # not where it is when the measure was taken ("complication rates during hospital stay").
        known = [x for x in f.measures if a <= x.start and b - 8 <= x.end <= b and not setting.search(self._text(a, x.start))]
        return known[-1] if known else Mention(name, a, b)

    def _subject_measure(self, lo: int, at: int) -> Mention | None:
        """The outcome a clause's subject names (``measure_phrase``), where it stands."""
        head = self._text(lo, at)
        name = measure_phrase(head)
        if not name or PEOPLE_AS_SUBJECT.match(name):
            # ("Patients in group 1 were more likely than those in group 2 to experience one or more
            # 90-day postoperative complications (41% vs. 36%)": who they were is no outcome; what
            # they were likelier to have, named right before the bracket, is)
            name = noun_before_bracket(head)
            if name and BARE_STATISTIC.fullmatch(name):
                return None  # ("a lower incidence (60 vs. 87%) and severity of cough": the incidence of what follows)
        if not name or name not in head:
            return None
        a = lo + head.index(name)
        return Mention(self._named_measure(name) or name, a, a + len(name))

    def _share_pairs(self, f: SentenceFacts, shares: list) -> dict[int, str]:
        """Two counts with their shares set against each other in one bracket, "fewer in the
        aspirin group than in the placebo group (167 [1.6%] vs 215 [2.1%]; p=0.01)": by index,
        the side of each (the first named, the first; ``_two_sides``), not the arm the bracket
        follows."""
        s = f.sentence
        out = {}
        for k in range(len(shares) - 1):
            x, y = shares[k], shares[k + 1]
            if not PAIRED_GAP.fullmatch(self.ctx.norm, x.end, y.start) or not in_brackets(s.text, x.start - s.start):
                continue
            opened = self.ctx.norm.rfind("(", s.start, x.start)
            closed = _bracket_close(self.ctx.norm, y.end, s.end) if opened >= 0 else -1
            if opened < 0 or self.ctx.norm[opened + 1:x.start].strip():
                continue  # (the pair opens its bracket: "(167 [1.6%] vs 215 [2.1%]; …")
            sides = self._two_sides(f, clause_bounds(s, opened, opened + 1)[0], closed, opened, closed + 1)
            if sides is not None:
                out[k], out[k + 1] = sides
        return out

    def _two_sides(self, f: SentenceFacts, lo: int, hi: int, a: int, b: int,
                   measure: Mention | None = None) -> tuple[str, str] | None:
        """Whose the two values of a pair are, first and second. (A group's word inside the
        measure's own name is no side: the "control" of "workload for glucose control".)"""
        s = f.sentence
        named = [g for g in f.groups if s.start <= g.start < s.end and not a <= g.start < b
                 and not (measure is not None and measure.start <= g.start < measure.end)]
        names = list(dict.fromkeys(g.name for g in named))
        if len(names) == 2:
            return self._in_order(named, names, s.start)
        sides = self._contrast(self._text(s.start, s.end))
        arms = self._study_arms()
        if sides is not None and sides.trait and names and set(names) & set(arms):
            return None  # "Patients with diabetes had lower rates on drug X (5% vs 8%)": the arms, within a subgroup
        if sides is not None and sides.versus == REFERENCE and len(arms) == 2 and sides.group in arms:
            # ("FLOT was associated with less progressive disease (1% vs. 5%)" in a trial of FLOT and
            # ECF: one arm's result against the other's, not against a reference category)
            return sides.group, next(a for a in arms if a != sides.group)
        if sides is not None:
            return sides.group, sides.versus
        return (arms[0], arms[1]) if len(arms) == 2 and not names else None

    def comparisons(self, f: SentenceFacts) -> None:
        """Group A against group B, with one p-value per measure or one for all."""
        s = f.sentence
        for cmp in COMPARE.finditer(self.ctx.norm, s.start, s.end):
            lo, hi = clause_bounds(s, cmp.start(), cmp.end())
            groups = [g for g in f.groups if lo <= g.start < hi]
            names = list(dict.fromkeys(g.name for g in groups))
            study_arms = self._study_arms()
            # ("A组明显高于其他两组(P<0.01)": one arm named, against the others)
            against_others = AGAINST_OTHER_ARMS_ZH.search(self.ctx.norm, lo, hi) if len(study_arms) > 2 else None
            if len(names) < 2 and not (against_others and names and names[0] in study_arms):
                continue
            ps = [(i, p) for i, p in enumerate(f.ps) if lo <= p.start < hi and i not in f.used_ps]
            if not ps:
                continue
            breaks = [m.end() for m in CLAUSE_COMMA.finditer(self.ctx.norm, lo, ps[0][1].start)]
            after_break = [g for g in groups if breaks and g.start >= breaks[-1]]
            if len({g.name for g in after_break}) >= 2:
                # ("治疗组总有效率高于对照1组，对照1组和对照2组比较差异无统计学意义(P>0.05)": the p's own clause
                # names the two it compares)
                groups, names = after_break, list(dict.fromkeys(g.name for g in after_break))
            # The measures compared are those named before the p-values they go with.
            measures = [m for m in f.measures if lo <= m.start < ps[-1][1].start]
            if len(ps) == 1:
                measures = self._with_enumerated(measures)
            if not measures and THE_ABOVE.search(self._text(lo, ps[-1][1].start)) and any(q.end <= lo for q in f.ps):
                continue  # "上述指标" after a result of this sentence: its measures (findings reads it)
            if not measures and len(ps) == 1 and against_others and not any(s.start <= m.start and m.end <= lo for m in f.measures) \
                    and self.listed_before is not None and self.listed_before[0] == s.index - 1 \
                    and BARE_AGAINST_OTHERS.fullmatch(self._text(groups[0].end, against_others.start())):
                # ("A组治愈率和总有效率分别为…。A组明显高于其他两组(P<0.01)": the measures whose values
                # the sentence before listed, each compared)
                measures = self.listed_before[1]
            if not measures and len(names) < 2:
                continue  # (one arm against the others, on a measure the sentence names but no vocabulary knows)
            if not measures:
                # ("The mean number of migraine days was 8.3; by month 6 it was reduced by 3.2 …
                # (P<0.001)": the measure the sentence named before the clause, else the last one)
                earlier = [m for m in f.measures if m.end <= lo]
                listed = self._listed_for_each_arm(f, lo, ps[0][1].start) if len(ps) == 1 else []
                # ("观察组总有效率为100.0%,…复发率为8.5%;对照组总有效率为85.7%,…复发率为25.7%;两组比较差异有
                # 统计学意义(P<0.05)": one arm's list, the other's, then one p for the comparison of each)
                measures = listed or earlier[-1:] or ([self.last_measure] if self.last_measure else [])
            if not measures or (len(ps) != len(measures) and len(ps) != 1):
                continue
            span = self._text(lo, ps[-1][1].end)
            if effect_stats(span) or BARE_WITH_CI.search(span):
                continue  # a named difference or ratio ("MD -2.41 (95% CI ...)"): findings() reads it with its CI
            armed = [n for n in names if n in study_arms]
            if len(armed) >= 2 and len(armed) < len(names):
                # "Among older patients, remission was higher with A than with B": the arms are
                # compared (within a subgroup), not the subgroup with an arm.
                groups, names = [g for g in groups if g.name in armed], armed
            group, versus = self._in_order(groups, names, lo) if len(names) >= 2 else (names[0], None)
            kind = "difference_in_change" if CHANGE_WORDS.search(span) else "none"
            sig = self._significance(span)
            each = EACH_VERSUS.match(self.ctx.norm, ps[-1][1].end) if len(ps) == 1 and len(measures) == 1 else None
            against = next((g.name for g in f.groups if each and each.start("x") <= g.start < each.end()), None)
            sides = armed if study_arms else names  # ("Among older patients, …": a subgroup is no arm)
            if against is not None and len(sides) >= 3 and against in sides:
                # "(P<0.001 for each dose vs. placebo)": every other arm against that one.
                i, p = ps[0]
                f.used_ps.add(i)
                for name in sides:
                    if name != against:
                        self.effects.append(Effect(measures[0].name, name, against, self.default_time, kind, None, None,
                                                   p.p, p.relation, sig, self._quote(s, measures[0].start, each.end())))
                self.last_measure = measures[-1]
                return
            sides_of_p = [(group, versus)] if versus is not None else []
            if len(study_arms) > 2 and group in study_arms and versus in study_arms \
                    and (more := self._arms_joined_after(f, versus, group, lo, ps[-1][1].start)):
                # ("治疗组总有效率明显高于对照1组和对照2组(P<0.05)": that arm against each arm named with the first)
                sides_of_p += [(group, a) for a in more]
            if len(study_arms) > 2 and (other := AGAINST_OTHER_ARMS_ZH.search(self.ctx.norm, lo, ps[-1][1].start)) \
                    and (other["n"] is None or zh_count(other["n"]) == len(study_arms) - 1):
                # ("…总有效率分别为…，手套联合电针组总有效率优于其他3组(P<0.05)": the arm named last
                # before it, against each of the others)
                subject = next((g.name for g in reversed(groups) if g.start < other.start()), None)
                if subject in study_arms:
                    sides_of_p = [(subject, a) for a in study_arms if a != subject]
            if not sides_of_p:
                continue
            pairs = zip(measures, ps) if len(ps) == len(measures) else ((m, ps[0]) for m in measures)
            quoted = measures[0].start if measures[0].start >= s.start else lo  # (measures of the sentence before)
            # ("治疗后14 d、治疗后90 d…均高于对照组(P<0.05)": the comparison at each time its clause lists)
            whens = self._compared_times(f, lo, ps[0][1].start) or [self.default_time]
            for mention, (i, p) in pairs:
                f.used_ps.add(i)
                for group, versus in sides_of_p:
                    for when in whens:
                        self.effects.append(Effect(
                            mention.name, group, versus, when, kind, None, None,
                            p.p, p.relation, sig, self._quote(s, quoted, ps[-1][1].end)))
            self.last_measure = measures[-1]
            return

    def _compared_times(self, f: SentenceFacts, a: int, b: int) -> list[Time]:
        """The times a comparison's clause [a, b) names, after treatment: one ("治疗后2周，…低于对照组"),
        or several listed for all of them ("治疗后14 d、治疗后90 d…均高于…", "at weeks 4 and 8 … both");
        [] where it names none, or several with no word that says all of them."""
        found = list(dict.fromkeys(t.time for t in f.times if a <= t.start and t.end <= b and t.time.value))
        if len(found) >= 2 and not ALL_OF_THEM.search(self.ctx.norm, a, b):
            return []
        return found


    def changes_with_p(self, f: SentenceFacts) -> None:
        """"ASIA motor improved significantly (p<0.001)": a within-group p for each measure."""
        s = f.sentence
        for i, p in enumerate(f.ps):
            if i in f.used_ps:
                continue
            lo, hi = clause_bounds(s, p.start, p.end)
            # (A p after another in its clause speaks of what is said since that one, when that is a
            # clause of its own: "…A较治疗前改善(P<0.05),其余3组患者治疗后A与治疗前差异无统计学意义(P>0.05)".)
            since = max([q.end for q in f.ps if lo <= q.start and q.end <= p.start], default=lo)
            if since > lo and OTHER_ARMS_ZH.search(self._text(since, p.start)):
                continue  # ("其余3组…(P>0.05)": the other arms, not one of them; whose, unsaid)
            measures = [m for m in f.measures if lo <= m.start < p.start]
            if since > lo and any(m.start >= since for m in measures) and len(WORDISH.findall(self._text(since, p.start))) > 3:
                measures = [m for m in measures if m.start >= since]
            clause = self._text(lo, hi)
            if not measures or not (UP.search(clause) or DOWN.search(clause) or IMPROVE.search(clause)):
                continue
            if COMPARE.search(clause) or effect_stats(self._text(lo, p.start)):
                continue  # a named difference or ratio: findings() reads it with its CI
            if len({g.name for g in f.groups if lo <= g.start < p.start}) >= 2:
                continue  # "... in 14 of 60 in the MSC group and 19 of 58 in the placebo group (P=.26)": arms compared
            f.used_ps.add(i)
            # (whose change it is is said before its p: an arm named after it is the next result's,
            # "4组…均较治疗前升高(P<0.05)，且手套联合电针组…优于其他3组")
            group = self._group_for(f, lo, measures[-1].start, p.end)
            for mention in measures:
                self.effects.append(Effect(
                    mention.name, group, "baseline", self.default_time, "none", None, None, p.p,
                    p.relation, self._significance(clause), self._quote(s, lo, hi)))

    def values(self, f: SentenceFacts) -> None:
        """Remaining values with a spread, beside a measure: one measurement each."""
        s = f.sentence
        plans: dict[tuple[int, int], dict] = {}
        named = None  # the spans of the sentence's named effects, read once when a value needs them
        clause_ratios: dict[tuple[int, int], list[int]] = {}
        zh = HAN.search(s.text) is not None
        for i, st in enumerate(f.stats):
            if i in f.used_stats or not st.has_spread:
                continue
            if named is None:
                named = [(s.start + e.start, s.start + e.end) for e in effect_stats(s.text)]
            if any(a <= st.start < b for a, b in named):
                continue  # "[HR: 0.75 (0.71–0.79)]": a ratio and its CI, an effect (findings), no mean and range
            if self._in_ratio_list(s, st):
                continue  # "the HRs … were 1.02 (…) for …, 0.97 (0.85–1.11) for increased 1 h": ``ratio_lists``'
            inner_estimate = opens_its_bracket(self.ctx.norm, st)
            if DIFFERENCE_RIGHT_BEFORE.search(self.ctx.norm, max(s.start, st.start - 30), st.start):
                continue  # ("… than controls (0%, 0 of 23; difference, 32% [95% CI, 11–53%])": the arms' difference, ``findings``')
            if inner_estimate and self._difference_named_before(s, st.start):
                # "the difference between the 25- and 1-mg groups … (−6.6, 95% CI, …)": a difference,
                # ``findings``' (an arm's "(38%; 95% CI …)" is its value; one of no arm is read below)
                continue
            lo, hi = clause_bounds(s, st.start, st.end)
            ratios = clause_ratios.get((lo, hi))
            if ratios is None:  # (the clause's ratios, found once: a clause of hundreds of values asks for each)
                ratios = clause_ratios[(lo, hi)] = [m.end() for m in RATIO_OF_A_VALUE.finditer(self.ctx.norm, lo, hi)
                                                    if not INTERVAL_AFTER.match(self.ctx.norm, m.end())]
            if ratios and (RATIO_RIGHT_BEFORE.search(self._text(max(lo, st.start - 40), st.start)) or self._in_a_row_of_ratios(st.start)
                           or self._ratio_named_for(f, st, ratios)) and not HEART_RATE_AFTER.search(self.ctx.norm, st.start, st.end + 20):
                # (not "HR: 68.2 (7.1) beats/min", "HR为(72.1±8.2)次/min": a heart rate)
                continue  # ("the HR (95% CI) of death was 1.84 (1.78–1.91)", "HR值为1.84(95%CI:…)": a ratio, no mean and its range)
            if RATIOS_NAMED.search(self.ctx.norm, s.start, st.start) and any(
                    ONLY_VALUES_BETWEEN.fullmatch(self.ctx.norm, r.end(), st.start)
                    for r in LIST_OF_RATIOS.finditer(self.ctx.norm, s.start, st.start)):
                continue  # ("the hazard ratios for death and stroke were 1.06 (…) and 1.34 (…)": ratios, no means)
            plan = plans.get((lo, hi))
            if plan is None:
                plan = plans[(lo, hi)] = self._segment_plan(f, lo, hi)
            if id(st) in plan:
                measure = self._measure_for(f, lo, st.start)
                if measure is not None:
                    group, time = plan[id(st)]
                    stat = "median" if MEDIAN.search(self._text(lo, st.start)) or st.dispersion == "iqr" else "mean"
                    if not self._change_of(f, measure, st, group, time, stat, self._quote(s, lo, hi)):
                        self._add_measurement(measure.name, group, time, stat, st, self._quote(s, lo, hi))
                    f.used_stats.add(i)
                    continue
            measure = self._measure_for(f, lo, st.start)
            if measure is not None:
                measure = self._own_measure_after_and(f, measure, st)
            own = OWN_ABBREVIATION_BEFORE.search(self.ctx.norm, max(lo, st.start - 12), st.start) if zh else None
            if measure is not None and own is not None and measure.end <= own.start("name") \
                    and not any(own.start("name") <= m.start < st.start for m in f.measures):
                # ("且观察组CO(6.1±0.4)L/min、LVEF(…)": the value of the abbreviation right before its bracket,
                # one the vocabulary lacks, not of the measure the sentence named before)
                measure = Mention(own["name"], own.start("name"), own.end("name"))
            named_here = ZH_OWN_NAME_BEFORE.search(self.ctx.norm, max(lo, st.start - 24), st.start) if zh else None
            if named_here is not None and (measure is None or measure.end <= named_here.start("name")) \
                    and not any(named_here.start("name") <= m.start < st.start for m in f.measures):
                # ("…总有效率为86.7%…。…;治疗组治疗后证侯总积分(2.20±2.20)": the score the clause names, one
                # the vocabulary lacks, not the rate named before it)
                measure = Mention(named_here["name"], named_here.start("name"), named_here.end("name"))
            if measure is None or AGE_NAME.fullmatch(measure.name):
                continue
            if measure.start < lo and OWN_ACRONYM.search(self.ctx.norm, lo, st.start) \
                    and not any(lo <= x.start < st.start for x in f.stats if x is not st):
                continue  # "…NIHSS评分11.0(7.0,14.0)分;中位基线ASPECTS 7.0(6.0,8.0)分": the clause names its own scale
            disp, dval = st.dispersion, st.dispersion_value
            # An IQR is only ever given with a median.
            stat = "median" if MEDIAN.search(self._text(lo, st.start)) or disp == "iqr" or (
                # "Median HbA1c was 8.4% [7.6, 9.5] ...; at 12 months it was 7.3% [6.7, 8.1]"
                disp == "pair" and self._median_before(s, st.start)) else "mean"
            if disp == "pair":
                disp = "iqr" if stat == "median" else "range"
            if st.percent and disp == "ci95":
                stat = "percent"  # ("34.5% (95% CI, 24.3 to 45.9)": a share with its interval)
            group = (self._respective_group(f, st, lo, hi) or self._parallel_arm(f, st, lo, hi)
                     or self._versus_pair_arm(f, st, lo, hi) or self._group_for(f, lo, st.start, hi, st.end))
            if inner_estimate and not any(g.name == group and g.end <= st.start and ARM_THEN_BRACKET.fullmatch(self.ctx.norm, g.end, st.start)
                                          for g in f.groups):
                # ("higher in men (3.54; 95% CI …) than in women (…)", "lower (-0.15 mmol/l, 95% CI …)",
                # "in group A and B: 91.6%; 95% CI …": whose, unsaid; "in the Internet group (68.9; 95% CI …)" is the arm's)
                continue
            if group == "all" and len(self.ctx.arms) >= 2 and UNKNOWN_ARM_AFTER.match(self.ctx.norm, st.end):
                continue  # (an arm's value, of an arm whose name no rule read: not the whole cohort's)
            time = self._time_for(f, st, lo, hi)
            if time is None and OPENS_AT_BASELINE.match(s.text):
                time = BASELINE  # "At baseline the mean ABI was ...; mean VAS was 6.8 (SD 1.9) and 6.6 (SD 2.1)"
            if self._before_treatment_run(f, st):
                time = BASELINE  # ("…,低于治疗前的(7.21±1.32)和(7.24±1.29)mmol/L": each before treatment)
            if not self._change_of(f, measure, st, group, time, stat, self._quote(s, lo, hi)):
                self._add(Measurement(measure.name, group, time, stat, st.value, disp, dval, None, self._quote(s, lo, hi)))
            f.used_stats.add(i)

    def _change_of(self, f: SentenceFacts, measure: Mention, st: Stat, group: str, time, stat: str, quote: str) -> bool:
        """A value with its spread that the sentence calls a change of its measure: the arm's
        change from its baseline, stored as one; True when it was (or when it was one of two
        values the sentence gives one arm, which are neither). A change, not a level, where
        the value is written with its sign ("similar reductions in daytime systolic pressure
        compared with baseline [-6.2 ± 18.8 mmHg (RDN) vs. +1.5 ± 13.5 mmHg (SHAM)]"), the
        sentence sets it against baseline, the noun is "change", or the change is the subject of
        the value ("the increase in vitamin D levels … was 16.80 ± 9.15"); not "improvements in
        FEV1 at 12 weeks (2.1 ± 0.5 L vs 1.8 ± 0.6 L)", week-12 levels. An unsigned reduction is
        negative; a signed value keeps its sign."""
        if stat != "mean" or time == BASELINE or st.percent or STUDY_DESCRIPTOR.search(measure.name):
            return False
        noun = CHANGE_NAMED_BEFORE.search(self.ctx.norm, max(f.sentence.start, measure.start - 40), measure.start)
        if noun is None:
            return False
        signed = self.ctx.norm[st.start:st.start + 1] in "-+" or self.ctx.norm[max(0, st.start - 1):st.start] == "+"
        # ("The increase in LVEF after 12 months in Group B (11.7 ± 2.6%) was greater than …": the value in
        # the bracket after an arm, in the change's own subject before its verb)
        # (the bracket holding that value alone, not a level at its time: "(38.2 ± 5.1% at 6 months vs …)")
        bracketed = any(measure.end <= g.start and OPENED_RIGHT_AFTER.fullmatch(self.ctx.norm, g.end, st.start)
                        for g in f.groups) and not NOT_THE_SUBJECT.search(self.ctx.norm, measure.end, st.start) \
            and VALUE_CLOSES_BRACKET.match(self.ctx.norm, st.end) is not None
        if not (signed or "chang" in noun.group().lower() or PAIR_AGAINST_BASELINE.search(f.sentence.text)
                or CHANGE_IS_VALUE.search(self.ctx.norm, measure.end, st.start) or bracketed):
            return False
        down = DOWN.search(noun.group()) is not None
        value = -abs(st.value) if down and not signed else st.value
        same = [e for e in self.effects if e.type == "mean_change" and e.versus == "baseline" and e.quote == quote
                and (e.measure, e.group, e.time) == (measure.name, group, time)]
        if same:
            if any(e.value != value for e in same):
                # two changes the sentence gives one arm ("drug K 8.1 … vs placebo 3.0", both read
                # for one side): whose is which is unsure, so neither is kept
                self.effects = [e for e in self.effects if not any(e is x for x in same)]
            return True
        # ("16.80 ± 9.15 (p < 0.001)": the p in the bracket right after the change is the change's own)
        own = next((j for j, x in enumerate(f.ps) if j not in f.used_ps and 0 <= x.start - st.end <= 4
                    and OPENING_BRACKET.fullmatch(self.ctx.norm, st.end, x.start)), None)
        p, relation = (f.ps[own].p, f.ps[own].relation) if own is not None else (None, None)
        if own is not None:
            f.used_ps.add(own)
        # ("1.96 (95% CI: 1.78–2.11)": a change's interval is kept with it)
        ci = list(st.dispersion_value) if st.dispersion == "ci95" and st.dispersion_value and not (down and not signed) else None
        self.effects.append(Effect(measure.name, group, "baseline", time, "mean_change", value, ci, p, relation, None, quote))
        return True

    def _versus_pair_arm(self, f: SentenceFacts, st: Stat, lo: int, hi: int) -> str | None:
        """"Rest pain was lower with BM-MNC at 6 months (mean 3.8 [SD 2.5] vs 4.9 [SD 2.6])": the
        first value of a "vs" pair is the arm the clause speaks of, the second the other arm (the
        one after "than" when it is named)."""
        pair = [x for x in f.stats if lo <= x.start < hi and x.has_spread]
        if len(pair) != 2 or st not in pair or not re.compile(r"[^\d;；]{0,12}?(?:\bvs\.?|\bversus\b|\bv\.)\s*$", re.I).match(
                self._text(pair[0].end, pair[1].start)):
            return None
        named = list(dict.fromkeys(g.name for g in f.groups if lo <= g.start < pair[0].start))
        arms = self._study_arms()
        if len(named) == 2:
            order = named
        elif len(named) == 1 and len(arms) == 2 and named[0] in arms:
            order = [named[0], next(a for a in arms if a != named[0])]
        else:
            return None
        return order[pair.index(st)]

    def _parallel_arm(self, f: SentenceFacts, st: Stat, lo: int, hi: int) -> str | None:
        """"ABI was 0.41 (SD 0.17) in the A group and 0.43 (SD 0.19) in the B group; VAS was 6.8
        (SD 1.9) and 6.6 (SD 2.1)": a later clause's two values, naming no group, are the two arms
        in the order the sentence first gave them."""
        if any(lo <= g.start < hi for g in f.groups):
            return None
        pair = [x for x in f.stats if lo <= x.start < hi and x.has_spread]
        if len(pair) != 2 or not re.compile(r"[^\d;；]{0,14}?(?:\band\b|\bvs\.?|\bversus\b|、|和|与|與)\s*$", re.I).match(
                self._text(pair[0].end, pair[1].start)):
            return None
        order = list(dict.fromkeys(g.name for g in f.groups if f.sentence.start <= g.start < lo))
        if len(order) != 2 or not set(order) <= set(self._study_arms() or order):
            return None
        return order[pair.index(st)] if st in pair else None

    def arm_lists(self, f: SentenceFacts) -> None:
        """Values listed arm by arm without a spread, as Chinese news and press releases write
        them: "低剂量组6.9分、高剂量组7.1分、对照组7.0分" (each arm, then its value);
        "三组分别降至4.6分、3.8分及5.5分" (the study's arms in the order it lists them); and
        "安慰剂组则分别为322.0、326.5与324.8" (one arm's values at the times the other arm's
        were just given)."""
        s = f.sentence
        arms = list(self.ctx.arms)
        free = [(i, x) for i, x in enumerate(f.stats) if i not in f.used_stats and x.count_pct is None
                and not COUNT_UNIT.search(self._text(x.start, x.end + 2).strip("（("))
                and not DOSE_OR_RANGE_AFTER.match(self.ctx.norm, x.end)
                and self.ctx.norm[max(0, x.start - 1):x.start] not in ("+", "-", "−")]
        thresholds = [(m.start - s.start, m.end - s.start) for m in f.measures if THRESHOLD_NAME.search(m.name)]
        if any(not any(a <= c.start() < b for a, b in thresholds) for c in CHANGE_WORDS.finditer(s.text)):
            # (not the change inside a threshold's name: "a 50% or greater reduction in migraine days")
            # "mean changes were +0.02% for placebo and -0.48% for ...": changes, not values;
            # each arm's own, when the sign is written ("变化百分比分别为：A组：-12.1%，B组：-3.6%").
            self._signed_arm_changes(f)
            return
        # 1. Each arm named right before its value.
        pairs = []
        for i, x in free:
            g = next((g for g in f.groups if 0 <= x.start - g.end <= 6
                      and ARM_TO_VALUE.fullmatch(self._text(g.end, x.start))
                      # (not a difference, "the placebo group was 1.2 points higher"; nor an arm inside a
                      # measure's name, "the waiting time for surgery was 14 weeks")
                      and not (COMPARATIVE_AFTER.match(self.ctx.norm, x.end)
                               or (NAME_OF_BEFORE.search(self.ctx.norm, max(s.start, g.start - 12), g.start) and not GROUP_WORDED.search(g.text)))),
                     None)
            if g is None and (x.percent or STATED_BEFORE.search(self.ctx.norm, max(s.start, x.start - 24), x.start)):
                # "28-day mortality was 24.6% with MSCs and 32.8% with control", "the incidence
                # per 1000 person-years was 0.9 in the vaccinated group and 9.2 in the placebo group"
                g = next((g for g in f.groups if 0 <= g.start - x.end <= 30
                          and VALUE_TO_ARM.fullmatch(self._text(x.end, g.start))
                          and ARM_ENDS.match(self.ctx.norm, g.end)), None)
            if g is not None:
                pairs.append((g, i, x))
        verb = self._verb_before(ARMS_CHANGED_BY, s, pairs[0][2], 80) if pairs else None
        risk = self._verb_before(RISK_CUT_BY, s, pairs[0][2], 120) if pairs else None
        if risk is not None:
            from .interventions import is_comparator
            # "cut the risk of heart attack, stroke or cardiovascular death by 15% with the 90 mg dose
            # and by 16% with the 60 mg dose": each arm's relative change against the comparator;
            # none where the study's comparator is not one arm.
            comparators = [a for a in self._study_arms() if is_comparator(a)]
            measure = self._measure_for(f, risk.start(), pairs[0][2].start) or self._measure_for(f, s.start, pairs[0][2].start)
            sign = -1 if DOWN.search(risk["verb"]) else 1
            # (the verb's own value first, each next one joined by "and (by)" or a comma only; every
            # side one of the study's arms: not "by 23% compared with placebo, with 5.5% of the
            # colchicine group …", an arm's rate, nor "in the high-risk group", a subgroup)
            run = []
            for g, i, x in pairs:
                before = self._text(run[-1][2].end if run else risk.end(), x.start)
                if (run and NOT_THE_SAME_VERB.search(before)) or (not run and x.start != risk.end()) or g.name not in self._study_arms():
                    break
                run.append((g, i, x))
            if not run:
                return
            for g, i, x in run:
                f.used_stats.add(i)
                if measure is not None and len(comparators) == 1 and x.percent and g.name != comparators[0]:
                    lo, hi = clause_bounds(s, x.start, x.end)
                    self.effects.append(Effect(measure.name, g.name, comparators[0], self._time_of_stated(f, x, lo, hi), "effect_size",
                                               sign * abs(x.value), None, None, None, None, self._quote(s, lo, hi)))
            return
        if verb is not None and not NOT_A_LIST_OF_CHANGES.search(self.ctx.norm, verb.end(), pairs[0][2].start) \
                and sum(1 for x in f.stats if verb.end() <= x.start < pairs[0][2].start) <= 1:
            # "Weight fell by 4.5% with 3 mg, 5.8% with 12 mg and 7.6% with 36 mg": each arm's
            # change, signed by the verb; none where the verb does not say which way ("improved").
            measure = self._measure_for(f, s.start, verb.start())
            sign = None if IMPROVE.search(verb.group()) else -1 if DOWN.search(verb.group()) else 1 if UP.search(verb.group()) else None
            for g, i, x in pairs:
                f.used_stats.add(i)
                if measure is not None and sign is not None:
                    lo, hi = clause_bounds(s, x.start, x.end)
                    self.effects.append(Effect(measure.name, g.name, "baseline", self._time_of_stated(f, x, lo, hi), "mean_change",
                                               sign * abs(x.value), None, None, None, None, self._quote(s, lo, hi)))
            return
        if len({g.name for g, _, _ in pairs}) >= 2:
            # (An arm after its value needs the measure in its own sentence: "49% of patients
            # on the high dose had a response" is not the last sentence's outcome.)
            measure = self._measure_for(f, s.start, pairs[0][2].start) or (
                self._previous_measure(s) if pairs[0][0].end <= pairs[0][2].start else None)
            own_brackets = self._bracket_measures(f, pairs)
            if own_brackets is None:
                measure = None
            elif own_brackets:
                for (g, i, x), named in zip(pairs, own_brackets):
                    if named is not None:
                        lo, hi = clause_bounds(s, x.start, x.end)
                        self._add_plain(f, i, named.name, g.name, self._time_of_stated(f, x, lo, hi), x, s, lo, hi)
                f.bracket_measures = ([x.start for _, _, x in pairs], own_brackets)
                measure = None
            if measure is not None:
                for g, i, x in pairs:
                    lo, hi = clause_bounds(s, x.start, x.end)
                    # (each pair's measure is the one named last before it: "①护理满意度实验组为97.5%，
                    # 对照组为80.0%；②焦虑发生率实验组为1.25%…" names a second after the first pairs)
                    breaks = [b.end() for b in ZH_ITEM_BREAK.finditer(self.ctx.text, pairs[0][2].end, x.start)] if HAN.search(s.text) else []
                    own = measure
                    if breaks:
                        own = self._measure_for(f, breaks[-1], x.start)
                        own = own if own is not None and own.start >= breaks[-1] else None
                        if own is None:
                            continue  # ("③日间困倦程度观察组为…": an item whose measure is not known is not the last item's)
                    self._add_plain(f, i, own.name, g.name, self._time_of_stated(f, x, lo, hi), x, s, lo, hi)
        # 2. "三组分别…" (the study's arms in their order), "高剂量组、低剂量组及安慰剂组的缓解率分别为
        # 62.5%（25/40）、46.3%（19/41）及28.2%（11/39）" (the arms as just listed).
        listed = list(RESPECTIVELY_ZH.finditer(self.ctx.norm, s.start, s.end))
        if listed:
            # "…受孕率分别为29%、46%、49%，妊娠率为22%、39%、38%": a list after one that said 分别,
            # without it, of the same arms in the same order (as many values, nothing else between).
            listed = sorted(listed + list(LISTED_AGAIN.finditer(self.ctx.norm, listed[0].end(), s.end)), key=lambda m: m.start())
        order = None
        for k, m in enumerate(listed):
            lo, hi = clause_bounds(s, m.start(), m.end())
            # ("活产率分别为22%、36%、34%,受孕率分别为29%、46%、49%": each list ends where the next
            # one's measure begins, and its measure is named after the list before it.)
            if k + 1 < len(listed):
                hi = min(hi, listed[k + 1].start())
            after_previous = max([x.end for x in f.stats if k and x.start < m.start() and x.end <= m.start()
                                  and x.start >= listed[k - 1].end()], default=s.start)
            named = list(dict.fromkeys(g.name for g in f.groups if s.start <= g.start < m.start()))
            if not RESPECTIVELY_ZH.match(m.group()):
                if order is None or any(lo <= g.start < hi for g in f.groups):
                    continue
            elif len(named) >= 2 and set(named) <= set(arms):
                if self._one_arm_respectively(f, m.start()):
                    continue  # ("治疗组愈合率为72.97%，…，对照组分别为…": the last arm's values, ``other_arm_respectively``)
                order = named
            elif ALL_ARMS_RESPECTIVELY.search(self.ctx.norm, max(s.start, m.start() - 48), m.end()):
                order = arms
            else:
                continue
            props = [x for x in _shift(proportions(s.text), s.start) if m.end() <= x.start < hi]
            run = [(i, x) for i, x in free if m.end() <= x.start < hi and i not in f.used_stats]
            # (the list ends at its last item: "…33%,妊娠率为22%、39%…" begins another)
            for j in range(1, len(run)):
                if len(run) > len(order) and self._list_glue(run[j - 1][1].end, run[j][1].start) not in LIST_GLUE:
                    run = run[:j]
                    break
            if len(props) == len(order) >= 2:
                # Each value a percentage with its count: "62.5%（25/40）"
                run = [(i, Stat(p.pct, p.start, p.end, percent=True)) for i, p in
                       zip([next(k for k, y in enumerate(f.stats) if y.start == p.start) for p in props], props)]
                for k, y in enumerate(f.stats):
                    if any(p.start <= y.start < p.end for p in props):
                        f.used_stats.add(k)
            if len(order) < 2 or len(run) != len(order) or (not props and any(
                    self._list_glue(a.end, b.start) not in LIST_GLUE for (_, a), (_, b) in zip(run, run[1:]))):
                continue
            # The measure named in this clause (vocabulary, else as written) before one an
            # earlier clause named: "…发病率为21.4%，…，两组逆转IGT到正常糖耐量的比例分别为56%和32.9%".
            near = max(clause_bounds(s, m.start(), m.end(), QUOTE_END)[0], after_previous)  # since the last comma
            measure = ([x for x in f.measures if near <= x.start < m.start()] or [None])[-1] or \
                self._phrase_before(s, m.start(), after_previous) or (self._measure_for(f, s.start, m.start()) or self._previous_measure(s)
                                                      if after_previous == s.start else None)
            if measure is None:
                continue
            time = self._time_of_stated(f, run[0][1], lo, hi) or self._paragraph_time(s)
            verb = CHANGE_VERB_ZH.search(self._text(m.end(), run[0][1].start)) or (
                # ("HbA1c下降值分别为1.2%和0.7%": the measure's change, named by its noun)
                ZH_CHANGE_NOUN_AFTER.match(self.ctx.norm, measure.end) if measure.end <= m.start() else None)
            for arm, (i, x) in zip(order, run):
                if verb and not (UP.search(verb.group()) or DOWN.search(verb.group())):
                    # ("变化值分别为-1.2和0.3": a change whose sign is written)
                    f.used_stats.add(i)
                    self.effects.append(Effect(measure.name, arm, "baseline", time, "mean_change", x.value,
                                               None, None, None, None, self._quote(s, lo, hi)))
                elif verb:
                    # "三组总分分别平均下降9.8分、7.1分及4.3分": each arm's change, signed.
                    f.used_stats.add(i)
                    sign = -1 if DOWN.search(verb.group()) else 1
                    self.effects.append(Effect(measure.name, arm, "baseline", time, "mean_change", sign * abs(x.value),
                                               None, None, None, None, self._quote(s, lo, hi)))
                else:
                    self._add_plain(f, i, measure.name, arm, time, x, s, lo, hi)
            # "；12个月时则为4.2分、3.1分及5.8分": the next clause lists the same arms at another time
            # (not a list of another measure that follows: "随访6个月时复发率为5%、15%").
            while hi < s.end:
                lo, hi = clause_bounds(s, hi + 1, hi + 1)
                run = [(i, x) for i, x in free if lo <= x.start < hi and i not in f.used_stats]
                clue = self._time_clue(f, run[0][1], lo, hi) if run else None
                if len(run) != len(arms) or clue is None or not THEN_AS.search(self._text(lo, run[0][1].start)) \
                        or any(lo <= later.start() < hi for later in listed[k + 1:]):
                    break
                for arm, (i, x) in zip(arms, run):
                    self._add_plain(f, i, measure.name, arm, clue, x, s, lo, hi)

    def _verb_before(self, pattern: re.Pattern, s: Sentence, x: Stat, back: int) -> re.Match | None:
        """The last match of ``pattern`` that ends before the value ``x``, up to ``back``
        characters before it, looked for with the value and its unit in sight (the patterns'
        look-aheads read them: "fell by 4.5%", not "fell by 16 weeks")."""
        found = [v for v in pattern.finditer(self.ctx.norm, max(s.start, x.start - back), min(s.end, x.end + 12)) if v.end() <= x.start]
        return found[-1] if found else None

    def _list_glue(self, a: int, b: int) -> str:
        """What joins two listed values once the first one's unit is taken out: "7.1个月和4.3个月"
        and "62.5%、46.3%" are joined by "和" and "、"."""
        unit = UNIT_AFTER.match(self.ctx.norm, a, b)
        return self._text(unit.end() if unit else a, b).strip()

    def _signed_arm_changes(self, f: SentenceFacts) -> None:
        s = f.sentence
        pairs = []
        for i, x in enumerate(f.stats):
            sign = self.ctx.norm[max(0, x.start - 1):x.start]
            # ("0.4-0.6": a range; its hyphen is no sign)
            signed = (x.value < 0 or sign in ("+", "-", "−")) and not self.ctx.norm[max(0, x.start - 2):x.start - 1].isdigit() \
                and not re.compile(r"\d\s?[-−–]\s?$").search(self.ctx.norm[max(0, x.start - 4):x.start])
            if i in f.used_stats or x.count_pct is not None or x.has_spread or not signed:
                continue
            g = next((g for g in f.groups if 0 <= x.start - g.end <= 4 and SIGNED_AFTER_ARM.fullmatch(self._text(g.end, x.start))), None)
            if g is None:
                g = next((g for g in f.groups if 0 <= g.start - x.end <= 30 and VALUE_TO_ARM.fullmatch(self._text(x.end, g.start))
                          and ARM_ENDS.match(self.ctx.norm, g.end)), None)
            if g is not None:
                pairs.append((g, i, x))
        if len({g.name for g, _, _ in pairs}) < 2:
            return
        measure = self._measure_for(f, s.start, min(g.start for g, _, _ in pairs)) or self._previous_measure(s)
        if measure is None:
            return
        # (one time point in the sentence is each change's: "changes at week 3 … were −12.0 with the
        # 25-mg, −7.9 with the 10-mg, …")
        points = {t.time for t in f.times or () if t.time.value}
        for g, i, x in pairs:
            lo, hi = clause_bounds(s, x.start, x.end)
            value = -abs(x.value) if self.ctx.norm[max(0, x.start - 1):x.start] in ("-", "−") or x.value < 0 else abs(x.value)
            when = self._time_of_stated(f, x, lo, hi) or (next(iter(points)) if len(points) == 1 else None)
            self.effects.append(Effect(measure.name, g.name, "baseline", when or self.default_time,
                                       "mean_change", value, None, None, None, None,
                                       self._quote(s, min(measure.start, g.start) if measure.start >= s.start else lo, hi)))
            f.used_stats.add(i)

    def _time_of_the_arm_before(self, f: SentenceFacts, before: int) -> None:
        """"治疗4周后，治疗组总有效率为93.3%…。对照组总有效率为80.0%…": a sentence that opens on an
        arm and names no time of its own, right after one that gave the same measures of another
        arm at one time, gives them at that time too. ``before`` is the number of measurements
        found before this sentence."""
        s = f.sentence
        mine = self.measurements[before:]
        last, self.sentence_before = self.sentence_before, (s.index, s.paragraph, [(m.measure, m.group, m.time) for m in mine])
        if not last or last[0] != s.index - 1 or last[1] != s.paragraph or not mine or not f.groups:
            return
        arm = f.groups[0]
        if not ARM_OPENS.fullmatch(self._text(s.start, arm.start)) or any(t.time.value for t in f.times) \
                or OWN_TIME_WORDS.search(self._text(arm.end, s.end)):
            return  # (a time of its own, said in words: "before randomisation", "at screening", "随访期末")
        earlier = [(measure, when) for measure, group, when in last[2] if group != arm.name and when is not None]
        times, named = {when for _, when in earlier}, {measure for measure, _ in earlier}
        if len(times) != 1:
            return  # (the sentence before gave no time, or several: which is this one's, unknown)
        (when,) = times
        for m in mine:
            if m.time is None and m.group == arm.name and m.measure in named:
                m.time = when

    def same_times_as_before(self, f: SentenceFacts, before: int) -> None:
        """"安慰剂组则分别为322.0、326.5与324.8": one arm's values at the times the other arm's
        were just given in this sentence, in the same order. ``before`` is the number of
        measurements found before this sentence."""
        mine = self.measurements[before:]
        for g in f.groups:
            if not THE_SAME_FOR.match(self.ctx.norm, g.end):
                continue
            later = [m for m in mine if m.group == g.name and m.time is None]
            earlier = [m for m in mine if m.group != g.name and m.time is not None
                       and (not later or m.measure == later[0].measure)]
            series = [m for m in earlier if m.group == earlier[-1].group] if earlier else []
            if later and len(series) == len(later):
                for m, like in zip(later, series):
                    m.time = like.time

    def _bracket_measures(self, f: SentenceFacts, pairs: list) -> list[Mention | None] | None:
        """Each arm's value said in a bracket after its measure, two brackets or more in one
        English sentence: "fewer migraine days (RA: 5.2 ± 5.0; SA: 10.1 ± 7.1; P = 0.008), less
        severe migraine (RA: 2.18 ± 1.05; SA: 2.93 ± 0.61; P = 0.004)". The measure of a
        bracket's values is the one named between it and the bracket before (the vocabulary's,
        else the words right before it); None where none is named. Empty unless the pairs
        stand in two brackets or more, two arms in each; None where a bracket's words make its
        values a subgroup's, a baseline's or a later time's ("similar at baseline (…) but differed
        after treatment (…)"): then none of them is read."""
        s = f.sentence
        if HAN.search(s.text):
            return []
        opens = []
        for _, _, x in pairs:
            before = self._text(s.start, x.start)
            at = max(before.rfind("("), before.rfind("["))
            if at < 0 or ")" in before[at:] or "]" in before[at:]:
                return []
            opens.append(s.start + at)
        brackets = list(dict.fromkeys(opens))
        if len(brackets) < 2 or any(len({g.name for (g, _, _), o in zip(pairs, opens) if o == b}) < 2 for b in brackets):
            return []
        named = {}
        for k, b in enumerate(brackets):
            since = s.start if k == 0 else self.ctx.norm.find(")", brackets[k - 1]) + 1
            lead = self._text(since, b)
            inside = [m for m in f.measures if since <= m.start and m.end <= b]
            # (the words since the measure, in the first bracket's lead: "Migraine days were similar at
            # baseline (…)"; not "At the end of treatment, compared with …, fewer migraine days (…)")
            cue = lead if k else self._text(inside[-1].end, b) if inside else lead[-40:]
            if NOT_ITS_OWN_MEASURE.search(cue):
                return None  # (a subgroup's, a baseline's or a later time's bracket: whose values, unsaid here)
            if inside:
                named[b] = inside[-1]
                continue
            # ("…, less severe migraine (…)": a measure as the comparison names it, a few words)
            said = COMPARED_MEASURE.search(lead) if k else None
            phrase = self._named_measure(said["m"]) if said else None
            named[b] = Mention(phrase, since, b) if phrase and not LONE_NUMBER.search(phrase) else None
        return [named[o] for o in opens]

    def _rename_bracket_ps(self, f: SentenceFacts) -> None:
        """The p of a later bracket of ``_bracket_measures`` is its own measure's, not the
        first bracket's, which a reader of the sentence's comparison gave every p of it."""
        if f.bracket_measures is None:
            return
        starts, named = f.bracket_measures
        first = named[0]
        if first is None:
            return
        for at, own in zip(starts, named):
            if own is None or own.name == first.name:
                continue
            close = self.ctx.norm.find(")", at)
            for p in f.ps:
                if at <= p.start < close:
                    hits = [e for e in self.effects[self._marks[0]:] if e.p == p.p and e.measure == first.name]
                    if len(hits) == 1:
                        hits[0].measure = own.name

    def _phrase_before(self, s: Sentence, at: int, since: int = 0) -> Mention | None:
        """An outcome the vocabulary lacks, named as written right before "分别为" ("…的缓解率分别为"),
        after ``since`` (the end of the list before it)."""
        lo = max([s.start, since] + [g.end for g in self.ctx.mentions("groups", s.start, at)])
        head = re.compile(r"^.*[两兩三四各](?:个|個)?[组組]的?").sub("", self._text(lo, at)).lstrip("的")
        name = self._named_measure(measure_phrase(head))
        if name is None or re.compile(r"\d").search(name):
            return None
        where = self.ctx.text.find(name, lo, at)
        return Mention(name, where if where >= 0 else lo, (where if where >= 0 else lo) + len(name))

    def _previous_measure(self, s: Sentence) -> Mention | None:
        """The measure the sentence before (same paragraph) spoke of, for "三组分别降至…"."""
        return self.last_measure if self.last_measure is not None and self.last_measure.start < s.start else None

    def _add_plain(self, f, i, measure, group, time, x, s, lo, hi) -> None:
        f.used_stats.add(i)
        stat = "percent" if x.percent and not x.has_spread else "median" if MEDIAN.search(self._text(lo, x.start)) else "mean"
        self._add_measurement(measure, group, time or self.default_time, stat, x, self._quote(s, lo, hi))

    def _segment_plan(self, f: SentenceFacts, lo: int, hi: int) -> dict:
        """Group and time of each value in a clause that lists one arm's values, then the
        other's: "1.42 (0.38) L at baseline and 1.51 (0.41) L at week 24 in the MSC group vs
        1.45 (0.40) L and 1.47 (0.39) L in the placebo group". Each part between "vs" (or
        "whereas", ";", 而) names its arm once; a part that names no time takes the other
        part's times in the same order. Empty unless every part names exactly one arm."""
        cuts = [lo] + [m.start() for m in SEGMENT.finditer(self.ctx.norm, lo, hi)] + [hi]
        parts = []
        for a, b in zip(cuts, cuts[1:]):
            values = [x for x in f.stats if a <= x.start < b and x.has_spread]
            if not values:
                continue
            arms = {g.name for g in f.groups if a <= g.start < b}
            if len(arms) != 1:
                return {}
            parts.append((arms.pop(), values, [self._time_clue(f, x, a, b) for x in values]))
        if len(parts) < 2 or len({arm for arm, _, _ in parts}) != len(parts):
            return {}
        # The times of the first part that names one for every value, for a part that names none.
        pattern = next((clues for _, _, clues in parts if None not in clues), None)
        plan = {}
        for arm, values, clues in parts:
            if pattern is not None and len(pattern) == len(values) and not any(clues):
                clues = pattern
            for x, t in zip(values, clues):
                plan[id(x)] = (arm, t if t is not None else self._time_for(f, x, lo, hi))
        return plan

    def median_changes_compared(self, f: SentenceFacts) -> None:
        """Two arms' median (or mean) percent changes set side by side, as trial press releases
        write them: "a 27.8% median reduction from baseline in seizure frequency compared to a
        3.1% median increase in the control group". Each is a measurement of the percent change
        in what is named, signed by its word (a reduction is negative): the first the other arm's
        of a trial of two, the second the arm named after it."""
        from .interventions import is_comparator
        s = f.sentence
        if HAN.search(s.text) or "%" not in s.text:
            return
        arms = self._study_arms()
        if len(arms) != 2:
            return
        for lead in PERCENT_CHANGE_LEAD.finditer(self.ctx.norm, s.start, s.end):
            m = PERCENT_CHANGE_OTHER.search(self.ctx.norm, lead.end(), min(s.end, lead.end() + 160))
            if m is None or ";" in self.ctx.norm[lead.end():m.start()]:
                continue
            named = self.ctx.group_called(m["arm"].strip())
            if named not in arms:
                continue
            other = next(a for a in arms if a != named)
            if is_comparator(other) or not is_comparator(named):
                continue  # (the first value is the treatment's, set against the comparator named after it)
            first = next((i for i, x in enumerate(f.stats) if x.start == lead.start("v1")), None)
            second = next((i for i, x in enumerate(f.stats) if x.start == m.start("v2")), None)
            if first is None or second is None or first in f.used_stats or second in f.used_stats:
                continue
            what = re.compile(r"\s*\([^()]*\)").sub("", self.ctx.norm[lead.end():m.start()]).strip()
            measure = self._named_measure(_clean(what) or "") if what else None
            if not measure or re.compile(r"\d").search(measure):
                continue
            name = f"percent change in {measure}"
            stat = lead["stat1"].lower()
            lo, hi = clause_bounds(s, lead.start(), m.end())
            quote = self._quote(s, lead.start(), m.end())
            time = None
            for i, word, arm in ((first, lead["dir1"], other), (second, m["dir2"] or lead["dir1"], named)):
                st = f.stats[i]
                value = -abs(st.value) if DOWN.search(word) else abs(st.value)
                time = self._time_clue(f, st, lo, hi) or self.default_time
                self._add(Measurement(name, arm, time, stat, value, None, None, None, quote))
                f.used_stats.add(i)
            # ("… in the control group (p=0.0007)": the p of the arms' comparison, not of a change)
            p = self._p_after(f, m.end(), min(s.end, m.end() + 16))
            if p is not None:
                self.effects.append(Effect(name, other, named, time, "none", None, None, p.p, p.relation, None,
                                           self._quote(s, lead.start(), p.end)))

    def zh_medians_with_range(self, f: SentenceFacts) -> None:
        """A range, then its median, as Chinese abstracts of a single cohort write a time: "起效时间为
        CAR-T细胞治疗后第14~37天，中位数为第24天", "疗效维持时间1.3~6.3个月，中位数为4.75个月": the
        median of what is named before the range, with the range as its spread, of the cohort (or
        the one arm the clause names)."""
        s = f.sentence
        if not HAN.search(s.text) or "中位" not in s.text:
            return
        for m in ZH_RANGE_THEN_MEDIAN.finditer(self.ctx.norm, s.start, s.end):
            at = next((i for i, x in enumerate(f.stats) if x.start == m.start("v")), None)
            if at is None or at in f.used_stats:
                continue
            name = self._named_measure(_clean(self.ctx.text[m.start("name"):m.end("name")]) or "")
            if not name or re.compile(r"\d").search(name):
                continue
            arms = {g.name for g in f.groups if clause_bounds(s, m.start(), m.end())[0] <= g.start < m.start()}
            if len(arms) > 1 or (not arms and len(self._study_arms()) >= 2):
                continue  # (whose median, when the study has arms and the clause names none, is not said)
            lo, hi = number(m["lo"]), number(m["hi"])
            value = number(m["v"])
            if not lo <= value <= hi:
                continue  # (a median lies inside its range)
            time = self._time_of_stated(f, f.stats[at], *clause_bounds(s, m.start(), m.end())) if not m["unit"] else None
            self._add(Measurement(name, arms.pop() if arms else "all", time, "median", value, "range", [lo, hi], None,
                                  self._quote(s, m.start(), m.end())))
            f.used_stats.add(at)
            f.used_stats.update(i for i, x in enumerate(f.stats) if m.start("lo") <= x.start < m.end("hi"))

    def stated_means(self, f: SentenceFacts) -> None:
        """Values without a spread that the sentence calls a mean, average or median, as news
        and press releases write them: "ALSFRS-R评分基线时平均为38.5分，6个月时平均为36.7分",
        "began the study with an average score of 38.5", "averaged 78% at the start of the
        trial and 76% at six months", "the average score had fallen by 1.8 points, to 36.7".

        The words between the averaging word and the value may only be the measure's name and
        words like "score" or "was": "the mean age was 52" is nobody's outcome."""
        s = f.sentence
        taken, taken_stat, taken_time = None, "mean", None  # the last value read here, so "and 76% at six months" can follow it
        for i, st in enumerate(f.stats):
            if i in f.used_stats or st.has_spread or st.count_pct is not None:
                continue
            lo, hi = clause_bounds(s, st.start, st.end)
            head = self.ctx.norm[max(s.start, st.start - 60):st.start]
            said = MEAN_BEFORE.search(head)
            if said is not None:
                between = head[said.end("word"):]
                names = [m for m in f.measures if st.start - len(head) + said.end("word") <= m.start < st.start]
                for m in names:
                    between = between.replace(self._text(m.start, m.end), " ")
                # (the name's English gloss in brackets: "中位數整體存活期(Median OS):12.6個月", the
                # averaging word found inside it)
                between = GLOSS_IN_BRACKETS.sub(" ", between).replace(")", " ").replace("）", " ")
                if not FILLER_WORDS.fullmatch(between):
                    said = None
            follows = None
            if said is None and taken is not None and AND_NEXT.fullmatch(self._text(taken.end, st.start)) \
                    and any(st.end <= t.start <= st.end + 6 for t in f.times):
                follows = taken
            elif said is None and taken is not None and not DIGIT.search(self.ctx.norm, taken.end, st.start) \
                    and len(self._arm_values([taken, st], f.groups)) == 2:
                # ("an average of 131 minutes for the probiotic group and 122 minutes for the placebo
                # group": the next arm's, each value followed by its arm)
                follows = taken
            if said is None and follows is None:
                continue
            measure = self._measure_for(f, s.start, st.start)
            if measure is None and self.last_measure is not None and self.last_measure.start < s.start \
                    and self._spoken_of_just_before(s, self.last_measure):
                # (The measure of the sentence right before, not one named further back: "The
                # total number of CD34+ cells infused ranged … (median 5.68)" is no EDSS.)
                measure = self.last_measure
            if measure is None or GENERIC_CHANGE.fullmatch(measure.name) or CHANGE_WORDS.search(measure.name):
                continue  # "the average decline was 0.58 points per month": a rate of change, not a value
            if (said is not None and AGE_LIKE.search(head[said.start():])) or CHANGE_AMOUNT.search(head) \
                    or AGE_OR_FOLLOW_UP_AFTER.match(self.ctx.norm, st.end):
                continue  # "the mean age was 52", "平均64岁", "中位时间为23.7个月的随访"; "had fallen by 1.8"
            if HAN.search(s.text) and SEMICOLON.search(self.ctx.norm, max(s.start, measure.end), st.start):
                # "脱落剔除率为5.0%；…；病程…平均278周": a Chinese list's items, each its own (but
                # "a mean score of 40.2; nine months later the mean score … 37.8" goes on about it)
                continue
            if not self._stands_alone(f, st, lo, hi, head):
                continue
            time = self._time_of_stated(f, st, lo, hi) or (taken_time if follows is not None else None)
            stat = "median" if MEDIAN.search(said.group("word") if said else "") or (
                follows is not None and taken_stat == "median") else "mean"
            group = self._group_for(f, lo, st.start, hi, st.end)
            if group == "all" and not self._study_arms() and ARM_WORD_ZH.search(self.ctx.norm, s.start, hi):
                continue  # ("上午組患者的中位數為28個月，亦較下午組…": an arm no reader knew, not everyone's)
            self._add(Measurement(measure.name, group, time or self.default_time, stat, st.value, None, None, None,
                                  self._quote(s, lo, hi)))
            f.used_stats.add(i)
            taken, taken_stat, taken_time = st, stat, time

    def _spoken_of_just_before(self, s: Sentence, measure: Mention) -> bool:
        """Whether the sentence before ``s`` named ``measure`` or gave a value of it ("…began
        with an average score of 38.5. Six months later … to 36.7": the score of the one before)."""
        if not s.index:
            return False
        before = self.ctx.sentences[s.index - 1]
        return before.start <= measure.start < s.start or any(
            m.measure == measure.name and m.quote and m.quote in before.text for m in self.measurements[-8:])

    def _stands_alone(self, f: SentenceFacts, st: Stat, lo: int, hi: int, head: str) -> bool:
        """Whether a value without a spread can be read on its own. Not in a comparison
        ("median 46 versus 32 hours", "41.9 and 30.7 months, respectively"), not a time ("at 1
        and 4 hours"), not an effect with its CI ("mean: 3.0%; 95% CI ..."), and not for a group
        the article never named ("16 min for intranasal")."""
        if COMPARING.search(self._text(lo, hi)) or TIME_BEFORE.search(head):
            return False
        rest = self._text(st.end, min(hi, st.end + 40))
        if LIST_NEXT.match(rest) or re.compile(r"[^.]{0,25}?\bCI\b").match(rest):
            return False
        prep = FOR_SOMEONE.match(rest)
        if prep and not any(st.end + prep.end() <= g.start <= st.end + prep.end() + 12
                            and not re.compile(r"\d").search(self._text(st.end + prep.end(), g.start)) for g in f.groups):
            return False
        # "95 ml after 6 hours in supine position and 110 ml after 6 hours in prone position":
        # a second value in the clause at the same time is another group's, so neither stands alone.
        nxt = next((x for x in f.stats if st.end < x.start < hi), None)
        if nxt is not None and not any(st.end <= g.start < nxt.start for g in f.groups):
            here, there = self._time_of_stated(f, st, lo, hi), self._time_of_stated(f, nxt, lo, hi)
            if here is None or there is None or here == there:
                return False
        return True

    def _time_of_stated(self, f: SentenceFacts, st: Stat, lo: int, hi: int) -> Time | None:
        """The time a value is stated at: named right after it and before the next number
        ("78% at the start of the trial and 76% at six months"), else right before it."""
        return self._values_then_times(f, st) or self._time_clue(f, st, lo, hi) or self._time_for(f, st, lo, hi)

    def _time_clue(self, f: SentenceFacts, st: Stat, lo: int, hi: int) -> Time | None:
        """The time named with a value itself (see ``_time_of_stated``), None when there is none."""
        later = [x.start for x in f.stats if x.start > st.end] + [hi]
        stop = ITEM_END.search(self.ctx.norm, st.end, min(later))
        if stop:
            later.append(stop.start())
        after = self._text(st.end, min(later))
        own = [t for t in f.times if st.end <= t.start < min(later)]
        if own:
            return own[0].time
        if BASELINE_WORDS.search(after):
            return BASELINE
        earlier = [x.end for x in (*f.stats, *f.ps) if x.end <= st.start and x is not st]
        start = max([lo, *earlier])
        # The clue nearest before the value: a time point, or words of the baseline.
        before = [(t.start, t.time) for t in f.times if start <= t.start < st.start]
        before += [(start + m.start(), BASELINE) for m in BASELINE_WORDS.finditer(self._text(start, st.start))]
        if before:
            return max(before, key=lambda x: x[0])[1]
        return None

    def _median_before(self, s: Sentence, at: int) -> bool:
        """The sentence said "median" before ``at``, and not "mean" since."""
        text = self._text(s.start, at)
        last_median = max((m.end() for m in MEDIAN.finditer(text)), default=-1)
        return last_median >= 0 and not re.compile(r"\bmean\b|均值|平均", re.I).search(text, last_median)

    def _time_for(self, f: SentenceFacts, st: Stat, lo: int, hi: int) -> Time | None:
        """The time of a value: one named in its own comma-clause, else the first named after
        it in the clause ("..., respectively, at week 24"), else the last named before it."""
        respective = self._respective_time(f, st) or self._values_then_times(f, st)
        if respective is not None:
            return respective
        found = self._stated_time(f, st, lo, hi)
        if found is not None and not found.value:
            # "6.8 ± 1.2 before treatment and 3.1 ± 0.9 after treatment", "治疗前…为(6.8±1.2)分，治疗后为
            # (3.1±0.9)分": a value the clause says is after treatment is not at the baseline named
            # beside it.
            before = max([s.end for s in f.stats if s.end <= st.start] + [f.sentence.start])
            # (or in the words after it, up to the next value: "37.2 ± 13.8% at months after the 2nd infusion")
            after = min([x.start for x in f.stats if x.start > st.end and (x.has_spread or x.percent)] + [hi, st.end + 48])
            if in_brackets(self._text(f.sentence.start, st.start), st.start - f.sentence.start):
                after = min(after, _bracket_close(self.ctx.norm, st.end, after))  # (its own bracket's words only)
            cut = WORDS_END.search(self.ctx.norm, st.end, after)  # (not the next clause's "，治疗后为(3.1±0.9)")
            after = cut.start() if cut else after
            if AFTER_TREATMENT.search(self.ctx.norm, before, st.start) or AFTER_TREATMENT.search(self.ctx.norm, st.end, after):
                return None
            # (nor past "after treatment" said since the baseline named before it: "与治疗前相比，…，且治疗后
            # 观察组990.46±457.31，对照组1232.10±426.28" are both after treatment)
            named = [t.end for t in f.times if not t.time.value and t.end <= st.start]
            if named and AFTER_TREATMENT.search(self.ctx.norm, named[-1], st.start):
                return None
        return found

    def _stated_time(self, f: SentenceFacts, st: Stat, lo: int, hi: int) -> Time | None:
        a, b = clause_bounds(f.sentence, st.start, st.end, QUOTE_END)
        # (not the baseline a value is set against: "…为(350±120)个/μL，高于治疗前" is at 12 weeks)
        inside = [t for t in f.times if a <= t.start < b and not self._names_another_measure(f, t, st)
                  and not (t.start >= st.end and not t.time.value
                           and REFERENCE_BEFORE_TIME.search(self.ctx.norm, max(a, t.start - 4), t.start))]
        if inside:
            # "at 3 months [-6.2 (RDN) vs. -6.0 (SHAM)] and at 6 months [...]": a value inside the
            # brackets opened after a time is that time's, however near the next one stands.
            for t in reversed([t for t in inside if t.end <= st.start]):
                between = self._text(t.end, st.start)
                own = [u for u in inside if st.end <= u.start < _bracket_close(self.ctx.text, st.end, b)]
                if between.count("[") + between.count("(") > between.count("]") + between.count(")") \
                        and not re.compile(r"[\])]\s*(?:and|,|;)").search(between) and not own \
                        and _one_bracket_open(between):
                    return t.time  # (not where the value's own bracket names its time: "(… 8.4 (RDN) … by 6 months)")
                break
            # (A value in a bracket of arms' values is not at a time named before a bracket that
            # closed since: "similar at baseline (…) but differed after treatment (RA: 5.2; SA: 10.1)".)
            inside = [t for t in inside if t.start >= st.end or _one_bracket_open(self._text(t.end, st.start))
                      or not in_brackets(self._text(f.sentence.start, st.start), st.start - f.sentence.start)]
            if not inside:
                return None
            return min(inside, key=lambda t: abs(t.start - st.start)).time
        # (nor past a semicolon: "… in the placebo group; at 12 months, 31% and 12% …"; nor the
        # baseline it is set against, "…，高于治疗前")
        after = [t for t in f.times if st.end <= t.start < hi and not self._names_another_measure(f, t, st)
                 and not SEMICOLON.search(self.ctx.norm, st.end, t.start)
                 and not (not t.time.value and REFERENCE_BEFORE_TIME.search(self.ctx.norm, max(st.end, t.start - 4), t.start))]
        if after:
            return after[0].time
        before = [t for t in f.times if lo <= t.start < st.start and not self._names_another_measure(f, t, st)]
        return before[-1].time if before else None

    @staticmethod
    def _names_another_measure(f: SentenceFacts, t: TimeMention, st: Stat) -> bool:
        """Whether a time is part of another measure's name than the value's: after the value,
        "…4.1-7.2), and the 12-month OS rate was 61%"; before it, with another measure named
        between, "The 6-month progression-free rate was 44% (…), and median PFS was 4.2 months"."""
        named = [m for m in f.measures if 0 <= m.start - t.end <= 2]
        if not named:
            return False
        return t.start >= st.end or any(named[0].end <= n.start < st.start for n in f.measures)

    def _respective_time(self, f: SentenceFacts, st: Stat) -> Time | None:
        """"治疗42、72 d后PEF分别为(223.17±62.81)、(224.60±61.65)L/min": times listed together,
        then "分别" and a run of as many values: the k-th value is the k-th time's."""
        marks = list(RESPECTIVELY_ZH.finditer(self.ctx.norm, f.sentence.start, st.start))
        if not marks:
            return None
        mark = marks[-1]
        run = self._times_listed_before(f, mark.start())
        if len(run) < 2 or not RESPECTIVE_LEAD.fullmatch(self.ctx.norm, run[-1].end, mark.start()) \
                or len({g.name for g in f.groups if run[-1].end <= g.start < mark.start()}) > 1:
            return None
        values, pos = [], mark.end()
        for x in f.stats:
            if x.start < pos:
                continue
            glue = self._text(pos, x.start)
            if not (VALUE_RUN_GLUE.fullmatch(glue) if values else RESPECTIVE_OPEN.fullmatch(glue)):
                break
            values.append(x)
            pos = x.end
            if len(values) == len(run):
                break
        return run[values.index(st)].time if len(values) == len(run) and st in values else None

    def changes_with_difference(self, f: SentenceFacts) -> None:
        """Each arm's change, then the difference between them, as trial abstracts report a
        continuous outcome: "The mean change on the KCCQ-CSS was 16.6 points with semaglutide and
        8.7 points with placebo (estimated difference, 7.8 points; 95% CI, 4.8 to 10.9; P<0.001)".
        Each arm's value is its change from baseline; the difference, with its interval and p,
        the treatment's change against the comparator's. Every part from one opening ("the mean
        change in …") to the next is read on its own. English (Chinese writes its changes
        otherwise: ``zh_differences``, ``listed_changes``)."""
        s = f.sentence
        if HAN.search(s.text):
            return
        leads = list(CHANGE_LEAD.finditer(self.ctx.norm, s.start, s.end))
        for k, lead in enumerate(leads):
            end = leads[k + 1].start() if k + 1 < len(leads) else s.end
            pairs, named = [], 0
            for i, x in enumerate(f.stats):
                if not lead.end() <= x.start < end or x.count_pct is not None:
                    continue
                g = next((g for g in f.groups if 0 <= g.start - x.end <= 30 and g.end <= end
                          and VALUE_TO_ARM.fullmatch(self.ctx.norm, x.end, g.start)), None)
                if g is not None:
                    named += 1
                    if i not in f.used_stats and g.name not in {p[0] for p in pairs}:
                        pairs.append((g.name, i, x, g.end))
            # "The median reduction in seizure frequency was 29.8% compared to 0.0% in the control
            # arm": in a trial of two arms, a first value no arm is named after is the other arm's.
            arms = self._study_arms()
            if len(pairs) == 1 and named == 1 and len(arms) == 2 and pairs[0][0] in arms:
                first = next((i for i, x in enumerate(f.stats) if lead.end() <= x.start < pairs[0][2].start
                              and i not in f.used_stats and x.count_pct is None), None)
                if first is not None and OTHER_ARM_BETWEEN.fullmatch(self.ctx.norm, f.stats[first].end, pairs[0][2].start):
                    other = next(a for a in arms if a != pairs[0][0])
                    pairs.insert(0, (other, first, f.stats[first], f.stats[first].end))
                    named = 2
            # (Two arms, each once, in the opening's own clause: not a third arm or a second dose
            # of one, nor values after a semicolon or ", and the target level was reached by 60%".)
            if len(pairs) != 2 or named != 2 or LEAD_CLAUSE_BREAK.search(self.ctx.norm, lead.end(), pairs[1][2].start) \
                    or any(PEOPLE_AFTER_VALUE.match(self.ctx.norm, x.end) for _, _, x, _ in pairs) \
                    or len(LINKING_VERB.findall(self.ctx.norm, lead.end(), pairs[0][2].start)) > 1:
                continue  # (… "was modest, mean body weight at week 26 was 95.1 kg": levels of another clause)
            down = lead["down"] or DOWN_BEFORE.search(self.ctx.norm, lead.end(), pairs[0][2].start)
            measure = next((m for m in f.measures if lead.start() <= m.start < pairs[0][2].start), None)
            if measure is None:
                continue
            lo, hi = lead.start(), end
            when = self._time_for(f, pairs[0][2], lo, hi)
            quote = self._quote(s, lo, hi)
            # "The mean reduction in HbA1c was 1.4% …": a reduction, written as a positive number,
            # is a change downwards.
            changes = [(arm, i, x, -abs(x.value) if down else x.value) for arm, i, x, _ in pairs]
            for arm, i, x, value in changes:
                self.effects.append(Effect(measure.name, arm, "baseline", when, "mean_change", value,
                                           x.dispersion_value if x.dispersion == "ci95" and not down else None,
                                           None, None, None, quote))
                f.used_stats.add(i)
            diff = DIFFERENCE_AFTER.match(self.ctx.norm, pairs[-1][3])
            if diff is None:
                continue
            # The difference is one arm's change less the other's, to the precision printed: which
            # arm it is of is read from the numbers; one that is neither ("difference vs placebo"
            # after two active arms, a difference of something else) is not stored.
            d, (a, b) = number(diff["v"]), (changes[0][3], changes[1][3])
            close = lambda x, y: abs(x - y) <= 0.051 + 0.01 * abs(y)  # noqa: E731
            flipped = bool(down) and d > 0 and close(a - b, -d) != close(b - a, -d)
            if flipped:
                # ("mean reduction … 1.4% and 0.3% (difference, 1.1)": a difference in reductions,
                # stored as one in changes, signed as they are, its interval with it)
                d = -d
            # The difference's interval and p are those inside its own bracket, not the next clause's.
            shut = _closing_bracket(self.ctx.norm, diff.start("open"), hi) or min(hi, diff.end("v") + 80)
            ci = next(iter(intervals(self._text(diff.end("v"), shut))), None)
            p = next((q for q in f.ps if diff.end("v") <= q.start < shut), None)
            # (Stored or not, the difference and its interval and p are no reader's levels: "(estimated
            # difference vs placebo, −12.6 …)" is no placebo arm's body weight.)
            for i, x in enumerate(f.stats):
                if diff.start("v") <= x.start < shut:
                    f.used_stats.add(i)
            if p is not None:
                f.used_ps.add(f.ps.index(p))
            if close(a - b, d) and not close(b - a, d):
                treatment, comparator = changes[0][0], changes[1][0]
            elif close(b - a, d) and not close(a - b, d):
                treatment, comparator = changes[1][0], changes[0][0]
            else:
                continue
            bounds = ([-ci.high, -ci.low] if flipped else [ci.low, ci.high]) if ci else None
            self.effects.append(Effect(measure.name, treatment, comparator, when, "difference_in_change", d,
                                       bounds, p.p if p else None,
                                       p.relation if p else None, None, quote))

    def _times_listed_before(self, f: SentenceFacts, at: int) -> list[TimeMention]:
        """The last run of the sentence's times before ``at`` listed together ("42、72 d",
        "第4、8、12周"), in order."""
        run: list[TimeMention] = []
        for t in reversed([t for t in f.times if t.end <= at]):
            if run and not LISTED_TIMES_GLUE.fullmatch(self.ctx.norm, t.end, run[0].start):
                break
            run.insert(0, t)
        return run

    def times_respectively(self, f: SentenceFacts) -> None:
        """Times listed together, then each arm's values at them: "治疗4、8周后，观察组有效率分别为
        80.0%、93.3%，对照组分别为66.7%、76.7%", "治疗42、72 d后PEF分别为(223.17±62.81)、(224.60±61.65)
        L/min". After each "分别", as many values as times: the k-th at the k-th time, of the one
        arm named since the last value (the whole cohort where none is and the study has no
        arms), of the measure named after the times."""
        s = f.sentence
        marks = list(RESPECTIVELY_ZH.finditer(self.ctx.norm, s.start, s.end))
        if not marks or len(f.times) < 2:
            return
        run = self._times_listed_before(f, marks[0].start())
        if len(run) < 2 or any(t.time.value == 0 for t in run) or DIGIT.search(self._text(run[-1].end, marks[0].start())):
            return
        measures = [m for m in f.measures if run[-1].end <= m.start < marks[0].start()] or (
            [self.last_measure] if self.last_measure is not None and not f.measures else [])
        if len(measures) != 1:
            return  # (none, or "空腹血糖和糖化血红蛋白分别为": the values are the measures', not the times')
        rows, since = [], run[-1].end
        for mark in marks:
            named = list(dict.fromkeys(g.name for g in f.groups if since <= g.start < mark.start()))
            if len(named) > 1 or len(self._text(since, mark.start())) > 30:
                return
            group = named[0] if named else ("all" if not self.ctx.arms else None)
            if group is None:
                return
            values, pos = [], mark.end()
            for i, x in enumerate(f.stats):
                if x.start < pos:
                    continue
                glue = self._text(pos, x.start)
                if not (VALUE_RUN_GLUE.fullmatch(glue) if values else RESPECTIVE_OPEN.fullmatch(glue)) or i in f.used_stats:
                    break
                values.append((i, x))
                pos = x.end
                if len(values) == len(run):
                    break
            if len(values) != len(run):
                return
            rows.append((group, values))
            since = pos
        lo, hi = s.start, since
        for group, values in rows:
            for (i, x), t in zip(values, run):
                self._add_plain(f, i, measures[0].name, group, t.time, x, s, lo, hi)

    def _values_then_times(self, f: SentenceFacts, st: Stat) -> Time | None:
        """"to 38% and 41% at 6 and 12 months": a run of values, then as many times listed
        together: the k-th value is the k-th time's; one time after them is each one's."""
        # (every run of the sentence read once, kept with its facts: a sentence of many values asks
        # for each of them)
        found = f.value_like.get("times of runs")
        if found is None:
            found = f.value_like["times of runs"] = self._times_of_value_runs(f)
        return found.get(st.start)

    def _times_of_value_runs(self, f: SentenceFacts) -> dict[int, Time]:
        """{where a value starts: its time} for each value of a run followed by its times."""
        runs: list[list[Stat]] = []
        for x in f.stats:
            if runs and VALUES_JOINED.fullmatch(self.ctx.norm, runs[-1][-1].end, x.start):
                runs[-1].append(x)
            else:
                runs.append([x])
        out: dict[int, Time] = {}
        for values in runs:
            if len(values) < 2:
                continue
            opened = TIMES_OPEN.match(self.ctx.norm, values[-1].end)
            if opened is None:
                continue
            run = []
            for t in f.times or ():
                if t.start < opened.end():
                    continue
                if run and not LISTED_TIMES_GLUE.fullmatch(self.ctx.norm, run[-1].end, t.start) \
                        and not TIME_LIST_AND.fullmatch(self.ctx.norm, run[-1].end, t.start):
                    break
                if not run and t.start != opened.end():
                    break
                run.append(t)
            if len(run) == 1:
                out.update((x.start, run[0].time) for x in values)  # ("27.3% and 11.6% at 12 months": each one's)
            elif run and len(run) == len(values):
                out.update((x.start, t.time) for x, t in zip(values, run))
        return out

    def _respective_group(self, f: SentenceFacts, st: Stat, lo: int, hi: int) -> str | None:
        """"7.2% (1.1) and 7.8% (1.0), respectively": the k-th value of a run of values
        without their own group goes to the k-th group named in the sentence."""
        m = RESPECTIVELY.search(self.ctx.norm, st.end, hi)
        if not m:
            return self._groups_then_respectively(f, st, lo, hi)
        run = [x for x in f.stats if x.has_spread and st.start - 60 <= x.start and x.end <= m.start()
               and not any(x.end <= g.start < m.start() or g.end <= x.start and x.start - g.end < 8
                           for g in f.groups if g.start >= lo)]
        names = list(dict.fromkeys(g.name for g in f.groups if f.sentence.start <= g.start < st.start))
        if st in run and len(run) == len(names) >= 2:
            return names[run.index(st)]
        # "were 8.1 ± 2.0 and 3.0 ± 2.1 (P < 0.001) in the drug K and placebo groups, respectively":
        # the values first, no group between them, then the groups in the same order.
        values = [x for x in f.stats if x.has_spread and lo <= x.start and x.end <= m.start()]
        after = [g for g in f.groups if values and values[-1].end <= g.start < m.start()]
        names = list(dict.fromkeys(g.name for g in after))
        if st in values and len(values) == len(names) >= 2 \
                and not any(values[0].start <= g.start < values[-1].end for g in f.groups):
            return names[values.index(st)]
        return None

    def _groups_then_respectively(self, f: SentenceFacts, st: Stat, lo: int, hi: int) -> str | None:
        """"观察组与对照组治疗后神经功能缺损分值分别为(5.06±4.02)分和(9.05±4.10)分": the arms named
        before "分别", then as many values after it with no arm between them, in the same order."""
        m = next(reversed(list(RESPECTIVELY.finditer(self.ctx.norm, lo, st.start))), None)  # (the last before it)
        if m is None and lo > f.sentence.start:
            # (the same arms before treatment, in a clause after the run of "分别": that clause's own
            # values, read from where "分别" stands)
            m = next(reversed(list(RESPECTIVELY.finditer(self.ctx.norm, f.sentence.start, lo))), None)
            if m is None or not BEFORE_TREATMENT_RUN.search(self.ctx.norm, m.end(), st.start):
                return None
            lo, hi = clause_bounds(f.sentence, m.start(), m.end())[0], max(hi, st.end)
        if m is None or any(m.end() <= g.start < st.start for g in f.groups) \
                or ZH_CHANGE_AROUND.search(self.ctx.norm, max(lo, m.start() - 8), st.start):
            return None  # ("分别降低了(5.1±2.0)分": changes, no levels)
        names = list(dict.fromkeys(g.name for g in f.groups if lo <= g.start < m.start()))
        if not names and ALL_ARMS_RESPECTIVELY.search(self.ctx.norm, max(lo, m.start() - 48), m.end()):
            names = self._study_arms()  # ("两组患者治疗后的…分别为(a)、(b)": the arms in the order the study gave them)
        run = self._joined_run(f, m.end(), hi)
        if run and st not in run:
            # ("…分别为(4.56±0.87)、(6.12±0.96)mmol/L,低于治疗前的(7.21±1.32)和(7.24±1.29)mmol/L": the
            # same arms before treatment, in the same order)
            before = BEFORE_TREATMENT_RUN.match(self.ctx.norm, run[-1].end)
            later = self._joined_run(f, before.end(), hi) if before else []
            return names[later.index(st)] if st in later and len(later) == len(run) == len(names) >= 2 else None
        if st not in run or any(run[0].start <= g.start < run[-1].end for g in f.groups) \
                or any(m.end() <= x.start < run[-1].end and not x.has_spread for x in f.stats):
            return None  # (an arm, or a number of another kind, among the values: not one run)
        return names[run.index(st)] if len(run) == len(names) >= 2 else None

    def _before_treatment_run(self, f: SentenceFacts, st: Stat) -> bool:
        """Whether ``st`` is one of a run of values right after "低于治疗前的" (the arms' values
        before treatment, set against their values after it just before)."""
        for m in BEFORE_TREATMENT_RUN.finditer(self.ctx.norm, f.sentence.start, st.start):
            if st in self._joined_run(f, m.end(), f.sentence.end):
                return True
        return False

    def _joined_run(self, f: SentenceFacts, at: int, hi: int) -> list[Stat]:
        """The values with their spread that follow ``at`` joined by list words only (units, "、",
        "和"), up to the first other words: "(4.56±0.87)mmol/L、(6.12±0.96)mmol/L"."""
        run, pos = [], at
        for x in f.stats:
            if x.start < pos or x.start >= hi:
                continue
            if not x.has_spread or not VALUE_RUN_GLUE.fullmatch(self._text(pos, x.start)):
                break
            run.append(x)
            pos = x.end
        return run

    def findings(self, f: SentenceFacts) -> None:
        """Every p-value no shape above claimed: one effect, on the measure named before it
        (from the vocabulary, else as written), with any OR/RR/HR/difference and CI stated."""
        s = f.sentence
        prev = None
        # the arms an earlier result of this sentence compared (read here or by another shape)
        prior = [e for e in self.effects[self._marks[0]:] if e.versus != "baseline"]
        compared = (prior[-1].group, prior[-1].versus) if prior else None
        earlier: list[str] = []  # the measures an earlier result of this sentence spoke of
        earlier_kind = "none"  # and its statistic
        respective = self._respective_arms(f)
        arms_together = ARMS_TOGETHER.search(self.ctx.norm, s.start, s.end) is not None  # (once a sentence, not once a p)
        respective_names: list | None = None  # (measures whose ps follow, one each, "respectively")
        for i, p in enumerate(f.ps):
            if LEGEND_BEFORE_P.search(self.ctx.norm, max(s.start, p.start - 45), p.start):
                prev = p.end
                continue  # ("*, statistically significant, p ≤ 0.05": a table's legend for its marks, no result)
            if i in f.used_ps or TREND_AFTER.match(self.ctx.norm, p.end):
                # (nor "P < .001 for the trend": a test across levels, no comparison of two)
                prev = p.end
                continue
            if P_OPENS_EFFECT.match(self.ctx.norm, p.end) and self.ctx.norm[s.start:p.start].rstrip()[-1:] in ("(", "[", "（") \
                    and not P_OF_SOMETHING_ELSE.search(self.ctx.norm, p.start, p.end):
                # "(p < 0.001; WMD = −1.24 [95% CI, …])": the p of the effect after it in its
                # bracket (``effects_without_p``), not of a value before it.
                prev = p.end
                continue
            lo, hi = clause_bounds(s, p.start, p.end)
            window = max(lo, prev if prev is not None else lo)
            tail = self._group_after_p(f, p.end, hi)
            prev = tail.end if tail is not None else p.end
            measures = [m for m in f.measures if window <= m.start < p.start]
            after = [m for m in f.measures if p.end <= m.start < hi]
            first = window
            valued = _values_in_own_bracket(self._text(window, p.start))  # (the p stands among values: their outcome's)
            if not measures and earlier and THE_ABOVE.search(self._text(window, p.start)):
                # "…水平降低(P<0.05)；观察组上述指标均优于对照组(P<0.05)": the measures of the
                # result before it in the sentence
                names = earlier
            elif measures:
                # (A named difference or ratio belongs to one outcome: only a bare p is shared.)
                if effect_stats(self._text(window, p.end)):
                    # ("Stroke was related to dementia (…), and exposure to anaesthesia was inversely associated
                    # with dementia development (OR = 0.6, …; P = 0.003)": the outcome named right before the
                    # ratio's bracket, not a measure named earlier in the sentence)
                    near = self._noun_before_bracket(window, p.start)
                    listed = [near if near is not None and near.start >= measures[-1].end else measures[-1]]
                else:
                    listed = self._listed_before(measures)
                joined = self._listed_before(measures) if len(listed) == 1 and respective_names is None else []
                if len(joined) >= 2 and self._results_in_turn(f, i, len(joined), hi):
                    # ("在改善腰椎和股骨颈骨密度方面,…优于…[SMD=0.16, …, P=0.03]、[SMD=0.18, …, P=0.05]": as
                    # many bracketed results side by side as measures joined before them, each the next one's)
                    respective_names = [m.name for m in joined]
                names = list(dict.fromkeys(m.name for m in listed))
                first = listed[0].start
            elif window == lo and BETWEEN_ARMS.search(self._text(lo, p.start)) and not after \
                    and (listed := self._listed_for_each_arm(f, lo, p.start)):
                # ("治疗组总有效率为…,复发率为…;对照组总有效率为…,复发率为…;两组比较差异有统计学意义(P<0.05)":
                # one arm's list, the other's, then one p for the comparison of each)
                names = list(dict.fromkeys(m.name for m in listed))
                first = listed[0].start
            elif after and not measure_phrase(self._text(window, p.start)) and not effect_stats(self._text(window, p.end)) \
                    and (not valued or NAMED_AFTER_BRACKET.fullmatch(self._text(p.end, after[0].start))):
                # (A hazard or odds ratio belongs to one outcome: never spread over a list.)
                # "Significant (P < 0.05) improvements were present for A, B and C."
                # (a bracket's values are of one outcome, the one named right after it: "a greater
                # reduction (-6.2 vs -1.1 kg; p < 0.001) in body weight, waist … and …")
                names = [after[0].name] if valued else list(dict.fromkeys(m.name for m in after))
            else:
                name = self._named_measure(measure_phrase(self._text(window, p.start)))
                if name is None:
                    name = self._continued_outcome(f, window, p.start)  # ("… (p=0.024) and in the PGIC (p=0.007)")
                if name is None and earlier:
                    # "... was 2.2 (P = .10) for the low dose and 4.1 (P = .002) for the high dose":
                    # the second value is of the measure the first one was.
                    names = earlier
                else:
                    name = (name or self._named_measure(measure_phrase(self._text(lo, p.start)) if window != lo else name)
                            or (None if valued else self._named_measure(measure_phrase(self._text(p.end, hi))))
                            or self._measure_earlier_in(f, lo, window) or self._measured_here(s))
                    said = DIFFERENCE_BETWEEN_SAID.search(self._text(s.start, p.start))
                    if name is None and said and not OUTCOME_AFTER_GROUPS.match(self._text(s.start, p.start), said.end()) \
                            and (before := self._previous_measure(s)) is not None:
                        # "… changes in the MADRS total score were … . Only the difference between the
                        # 25- and 1-mg dose groups achieved significance (…; p<0.001)": the difference
                        # in the measure the sentence before spoke of
                        name = before.name
                    if name is None:
                        continue
                    names = [name]
            # "The differences in A and B … were −0.92 (…; P<0.001) and 0.40 (…; P<0.001),
            # respectively": as many ps as measures listed, each p the next measure's.
            if respective_names is None and "espectively" in s.text:
                # (a name the vocabulary does not know may hold the list: "plaque score and bleeding score")
                listed = names if len(names) >= 2 or vocab.info(names[0]) is not None else \
                    [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", names[0])]
                if len(listed) >= 2 and len([k for k in range(i, len(f.ps)) if k not in f.used_ps]) == len(listed):
                    respective_names = listed
            if respective_names:
                names = [respective_names.pop(0)]
            earlier = names
            f.used_ps.add(i)
            text = self._text(window, p.end)
            group, versus = self._arms(f, window, hi if tail is None else tail.start)
            if group == "all" and OTHER_ARMS_ZH.search(self._text(window, p.start)):
                continue  # ("其余3组患者…差异无统计学意义(P>0.05)": the arms not named, together; whose, unsaid)
            if len(arms_named := self._study_arms()) > 2 and len(DOSE_MENTION.findall(self._text(window, p.start))) > 2:
                continue  # ("the differences between the 25- and 10-mg dose groups and the 1-mg group (…; p<0.001)": whose, unsaid)
            if len(arms_named) > 2 and (doses := self._dose_arms_named(self._text(window, p.start), arms_named)):
                # ("difference between the 25- and 1-mg dose groups (…; p<0.001; 10 mg vs 1 mg: …; p=0.18)":
                # each p's two dose arms, named before it since the p before)
                group, versus = doses
            if self._arms_listed_together(f, window, hi if tail is None else tail.start) \
                    and not P_AGAINST_COMPARATOR.match(self.ctx.norm, p.end, hi):
                continue  # ("50% and 57% in the A and B groups, compared to 3% with C (P<0.001)": A's and B's p)
            arms = self._study_arms()
            if versus == "baseline" and arms_together:
                # ("… reached by 31%, 38% and 53% in arms 1-3 (p = 0.19)", "no difference … among three
                # groups (P > 0.05)": the arms' comparison, all of them at once, no one arm's change)
                group, versus = "all", BETWEEN_ARMS_SIDE
            if versus == "baseline" and len(arms) > 2 and group in arms and AGAINST_OTHER_ARMS_ZH.search(text):
                versus = next(a for a in arms if a != group)  # ("A组…低于其他2组": against the others, each, below)
            if versus == "baseline" and len(arms) == 2 and not NO_ARM_AGAINST_ITSELF.search(s.text) \
                    and not (UP.search(s.text) or DOWN.search(s.text)) \
                    and (group in arms and {g.name for g in f.groups} >= set(arms)
                         or group == "all" and {m.group for m in self.measurements[self._marks[1]:] if m.measure in names} >= set(arms)):
                # "对照组总有效率为84.8%，治愈率为55.4%；观察组总有效率为97.8%，治愈率为67.0%，P<0.05",
                # "…，局部反应率分别为1.6%和1.7%(P>0.05)": both arms' values, no change and no
                # baseline said: the p compares the arms.
                group, versus = self._treatment_first(arms)
            if versus == "baseline" and group == "all" and OMNIBUS_OVER_TIME.search(self._text(window, p.start)):
                continue  # ("MVPA changed over time (F = 4.0, …, p = 0.002)": a test across every visit, no change from baseline)
            if versus == "baseline" and COMPARE.search(text) and TIMES_COMPARED.search(text):
                continue  # ("greater during intervention week 2 when compared to intervention week 6": two times, no arms)
            if versus == "baseline" and COMPARE.search(text) and not (UP.search(text) or DOWN.search(text)):
                # Two things compared, neither named here: the study's two arms, else the two
                # sides the sentence names (``contrast``); else, in a controlled trial, its arms
                # by their roles; else whose the p is, the page does not say (a cohort's "stronger
                # in patients aged 75 or older than in younger patients" is left unread).
                # A controlled trial's arms by their roles, when it does not name them here.
                sides = self._contrast(self._text(lo, hi)) if len(arms) != 2 else None
                if len(arms) != 2 and sides is None:
                    # (the two arms whose shares of this outcome the sentence gave before its p)
                    shared, sides = self._outcome_of_shares_before(s, p.start)
                    sides = sides if shared is not None and shared.name in names else None
                if len(arms) != 2 and sides is None:
                    if not self._controlled:
                        continue
                    sides = ("treatment", "control")
                group, versus = self._treatment_first(arms) if len(arms) == 2 else sides[:2]
            elif versus == "baseline" and len(arms) == 2 and group in arms and PAIR_IN_BRACKETS.search(text) \
                    and not WITHIN_BOTH.search(self._text(lo, hi)) and not THAN_WORD.search(self._text(lo, hi)):
                # "higher in the drug K group (35.6% vs. 20.2%, P = 0.01)": one arm named, its
                # value paired with the other arm's; the p compares the arms, not a baseline.
                versus = next(a for a in arms if a != group)
            if versus == "baseline" and len(arms) == 2 and group in arms and DIFFERENCE_BETWEEN.search(text) \
                    and VS_WORD.search(text) and not WITHIN_BOTH.search(self._text(lo, hi)):
                # "no difference in blood loss (TA 750 ml vs. P 780 ml, P = 0.22)": one arm named,
                # set against the other: the arms' difference, not a change from baseline.
                versus = next(a for a in arms if a != group)
            if versus == "baseline" and len(arms) == 2 and group in arms and self._set_against(f, group, window, p.start):
                # "TNX-102 SL separated from placebo in CGI-S (p=0.024)": the comparator, set against;
                # the p is the other arm's against it, not the placebo arm's change.
                group, versus = next(a for a in arms if a != group), group
            if versus == "baseline" and len(arms) == 2 and P_AGAINST_COMPARATOR.match(self.ctx.norm, p.end, hi):
                # "(P <0.001 for all placebo comparisons)", "(P<0.001 for each comparison with placebo)": the
                # treated arm against the comparator, whichever arm the clause named last.
                from .interventions import is_comparator
                comparators = [a for a in arms if is_comparator(a)]
                if len(comparators) == 1:
                    group, versus = next(a for a in arms if a != comparators[0]), comparators[0]
            value = ci = None
            value_at = p.start  # where the value is written: the quote holds it
            kind = "none"
            named = [e for e in effect_stats(self._text(window, p.end))]
            if len(named) >= 2 and named[-2].type == named[-1].type \
                    and RATIO_LIST_GLUE.search(self._text(window + named[-2].end, window + named[-1].start)) \
                    and _one_bracket_stays_open(self._text(window + named[-2].end, window + named[-1].start)):
                # ("A、B、C均高于对照组[OR=2.10,…;OR=2.80,…;OR=1.95,…,P<0.05]": a list of ratios the
                # list's reader left, of measures it could not pair them with: whose is which, unknown)
                named = []
            if named:
                kind, value = named[-1].type, named[-1].value
                value_at = window + named[-1].start
                if kind == "mean_difference" and earlier_kind == "difference_in_change":
                    kind = earlier_kind  # "...多走了18.8米(...), 到第24周时差距扩大到31.7米": the same statistic
                elif kind == "mean_difference" and not NAMED_MEAN_DIFFERENCE.search(self._text(window, p.end)) \
                        and CHANGED_PER_ARM.search(self._text(s.start, named[-1].start + window)):
                    # "6MWD increased from 338 to 362 m with MSCs and from 341 to 349 m with placebo
                    # (difference, 16 m; ...)": the difference of the arms' changes.
                    kind = "difference_in_change"
            elif earlier_kind in RATIOS:
                # "... the mean difference was 2.2 (95% CI ...) for the low dose and 4.1 (95% CI ...)
                # for the high dose": a bare value with its CI, in a list of the same statistic.
                bare = BARE_WITH_CI.search(self.ctx.norm, window, p.start)
                if bare:
                    kind, value = earlier_kind, number(bare[_value_group(bare)])
                    value_at = bare.start()
            if len(self.ctx.subgroups) == 2 and SUBGROUPS_COMPARED.search(self._text(s.start, p.start)):
                # "两个亚组的改善幅度差异无统计学意义（P=0.21）": the two subgroups, in their order.
                group, versus = self.ctx.subgroups
            elif versus == "baseline" and len(arms) == 2 and BETWEEN_ARMS.search(self._text(lo, hi)) \
                    and not WITHIN_BOTH.search(self._text(lo, hi)):
                # "组间差异未达统计学意义（P=0.41）", "did not differ between the groups": the two arms.
                group, versus = self._treatment_first(arms)
            if not named and kind == "none" and (versus != "baseline" or COMPARE.search(self._text(s.start, p.start))):
                # "与安慰剂相比，干细胞组多走了18.8米（95% CI 1.9至35.7；P=0.03）": an unnamed
                # difference between arms, stated with its CI.
                bare = BARE_WITH_CI.search(self.ctx.norm, window, p.start)
                if bare and bare["w"] is not None and not self._difference_named_before(s, bare.start()):
                    bare = None  # ("higher with drug K (38%; 95% CI …) than with …": an arm's share with its interval, no difference)
                if bare and PAIRED_SECOND.search(self.ctx.norm, max(window, bare.start() - 12), bare.start()):
                    bare = None  # ("48.33% VS 26.67%(95%置信区间:4.34~37.27)": the other arm's level, no difference)
                if bare and (own := next((x for x in f.stats if x.start == bare.start(_value_group(bare))), None)) is not None \
                        and PAIR_NEXT.match(self.ctx.norm, own.end) and not self._difference_named_before(s, bare.start()):
                    bare = None  # ("41% (95% CI 33-49%) vs 29% (…)": the first of two values set side by side, no difference)
                if bare and "%" in bare.group() and SHARE_OF_PEOPLE_AFTER.match(self.ctx.norm, bare.end(), p.start):
                    bare = None  # ("50% (95% CI, 46 to 54) and 57% (…) of the participants …": shares of people, no difference)
                if bare and any(i in f.used_stats and x.start == bare.start(_value_group(bare)) for i, x in enumerate(f.stats)) \
                        and not self._difference_named_before(s, bare.start()):
                    bare = None  # ("recorded for 62% (95% CI 45–78) in the active group": read as an arm's level, no difference)
                if bare:
                    verb = self._text(max(window, bare.start() - 8), bare.start())
                    kind = "difference_in_change" if (UP.search(verb) or DOWN.search(verb) or MORE_LESS.search(verb)) \
                        else "mean_difference"
                    value = number(bare[_value_group(bare)])
                    value_at = bare.start()
                    if value > 0 and (DOWN.search(verb) or LESS.search(verb)):
                        value = -value
            earlier_kind = kind
            comparator = self._comparator_named(f, s.start, p.start)
            if tail is not None and tail.name != comparator:
                # "4.1 (95% CI, 1.5 to 6.7; P = .002) for the high dose", after "Compared with placebo".
                group, versus = tail.name, comparator or (compared[1] if compared else "baseline")
            elif respective and i in respective[0]:
                # "the differences versus placebo were 17 m (...; P = .18) and 31 m (...; P = .03),
                # respectively": the k-th result is the k-th arm the sentence named.
                group, versus = respective[0][i], respective[1]
            if versus == "baseline" and compared and group not in ("all", compared[1]) and tail is None:
                # "与对照组相比，高剂量组…（P=0.002）；低剂量组…未达统计显著（P=0.07）": the same comparator.
                versus = compared[1]
            elif versus == "baseline" and compared and group == "all" and tail is None \
                    and not any(window <= g.start < p.start for g in f.groups) and not WITHIN_BOTH.search(self._text(window, p.end)) \
                    and (self._continued_outcome(f, window, p.start) is not None or TIME_CONTINUED.fullmatch(self._text(window, p.start))):
                # "separated from placebo in CGI-S (p=0.024) and in PGIC (p=0.007)": the same two arms;
                # "comparable between both groups on day 42 (p = 0.55) and day 70 (p = 0.35)": at another time.
                group, versus = compared
            if versus != "baseline":
                compared = (group, versus)
            elif compared and kind in RATIOS:
                # "... of HHF (HR 0.74 ...) and of all-cause death (HR 0.81 ...)": the same arms.
                group, versus = compared
            elif kind in RATIOS:
                # "两组VAS疼痛分数差异为-1.2分", or a pooled "MD=3.12" of a meta-analysis: a
                # between-arm result of a study with two arms compares those arms.
                arms = self._study_arms()
                if len(arms) == 2 and (BETWEEN_ARMS.search(self._text(lo, hi)) or kind != "difference_in_change"):
                    group, versus = self._treatment_first(arms)
                elif group == "all" and kind != "difference_in_change":
                    # No arms: the sentence may name the two sides itself ("patients treated
                    # with X had … compared to those who received Y").
                    sides = self._contrast(self._text(lo, hi))
                    if sides is not None and not any(_same_words(sides.group, n) for n in names):
                        group, versus = sides.group, sides.versus
            cis = intervals(self._text(window, p.end))
            if cis and kind != "none":
                # (the first interval after the value is its own; "HR 0.80 (95% CI 0.70-0.91) vs 0.82 (95% CI 0.69-0.97)")
                after_value = [c for c in cis if c.start >= value_at - window]
                ci = [after_value[0].low, after_value[0].high] if after_value else [cis[-1].low, cis[-1].high]
                own = next((x for x in f.stats if x.start == value_at and x.dispersion == "ci95"), None)
                if own is not None:
                    ci = list(own.dispersion_value)  # (its own bracket's: "-0.8% (95% CI -1.0 to -0.6) vs -0.5% (…)")
                elif value is not None and not min(ci) <= value <= max(ci):
                    ci = None  # (an interval that does not hold the value is another's)
            elif named and value is not None:
                ci = bare_interval(self.ctx.norm, window + named[-1].end, value)
            sig = self._significance(self._text(lo, hi))
            end = max([p.end] + [m.end for m in after if m.name in names])
            pairs = [(group, versus)]
            if len(arms) > 2 and group in arms and (other := AGAINST_OTHER_ARMS_ZH.search(self._text(window, p.start))) \
                    and (other["n"] is None or zh_count(other["n"]) == len(arms) - 1):
                # ("手套联合电针组…改善程度均优于其他3组(P<0.05)": that arm against each of the others)
                pairs = [(group, a) for a in arms if a != group]
            if kind == "none" and len(arms) >= 3 and P_AGAINST_COMPARATOR.match(self.ctx.norm, p.end, hi):
                # "(P <0.001 for all placebo comparisons)" in a trial of two doses and placebo: each
                # dose against it.
                from .interventions import is_comparator
                comparators = [a for a in arms if is_comparator(a)]
                if len(comparators) == 1:
                    pairs = [(a, comparators[0]) for a in arms if a != comparators[0]]
            for name in names:
                for group, versus in pairs:
                    self.effects.append(Effect(name, group, versus,
                                               self._result_time(f, window, p.end, False) or self._result_time(f, lo, hi),
                                               kind, value, ci, p.p, p.relation, sig, self._quote(s, min(first, value_at), end)))

    def _arms_joined_after(self, f: SentenceFacts, versus: str, group: str, a: int, b: int) -> list[str]:
        """The other arms named right after the comparator ``versus`` in [a, b), joined to it by a
        list word ("对照1组和对照2组", "control groups 1 and 2" is not read), none of them ``group``."""
        named = sorted((g for g in f.groups if a <= g.start < b), key=lambda g: g.start)
        # (the comparator where it is last named before the p: "…高于对照1组和对照2组(P<0.05)"; a clause of
        # its own comparing two others, "…，对照1组和对照2组比较…", ``comparisons`` has already taken as the p's)
        at = max((k for k, g in enumerate(named) if g.name == versus), default=None)
        if at is None:
            return []
        out: list[str] = []
        for first, second in zip(named[at:], named[at + 1:]):
            if second.name in (group, versus, *out) or second.name not in self._study_arms() \
                    or not ARMS_JOIN.fullmatch(self._text(first.end, second.start)):
                break
            out.append(second.name)
        return out

    def _results_in_turn(self, f: SentenceFacts, i: int, k: int, hi: int) -> bool:
        """Whether the p at ``i`` and the k - 1 after it end bracketed results set side by side in
        one clause ("[SMD=0.16, …, P=0.03]、[SMD=0.18, …, P=0.05]"), and no other p follows there."""
        ps = [p for p in f.ps[i:] if p.start < hi]
        if len(ps) != k:
            return False
        return all(RESULTS_SIDE_BY_SIDE.fullmatch(self._text(a.end, b.start)) for a, b in zip(ps, ps[1:]))

    def _listed_before(self, measures: list[Mention]) -> list[Mention]:
        """The last measure before a result, with those listed right before it: "CGRP、内毒素、
        IL-6水平降低（P<0.05）" is a result for each. Only names joined by list words count."""
        listed = [measures[-1]]
        for m in reversed(measures[:-1]):
            between = self._text(m.end, listed[0].start)
            # ("CGRP、内毒素水平降低，凝血酶原时间升高，差异有统计学意义(P<0.05)": two runs, each with
            # its direction, share the p)
            # (two runs only where the second has a direction of its own: not "ALT水平降低，TBIL与治疗前
            #比较差异无统计学意义(P>0.05)", whose p is TBIL's alone)
            directed = DIRECTED_RUN_JOIN.fullmatch(between) and RUN_DIRECTION_AFTER.match(self.ctx.text, measures[-1].end)
            if m.end > listed[0].start or not (LIST_JOIN.fullmatch(between) or directed or ENUMERATED.fullmatch(between)):
                break
            # ("IL-6、hs-CPR、TBIL": a name the vocabulary does not know, between two it does, is
            # one more measure of the enumeration, as written)
            listed[:0] = [m, *self._enumerated(m.end, listed[0].start)]
        return listed

    def _outcome_after(self, at: int, limit: int, shares: list[Stat]) -> Mention | None:
        """What people did or reached, named after their shares up to ``limit``: the phrase
        after "achieved", "had", "lost", 达到 … ("remission", "weight loss of at least 5%"),
        or a verb that is the outcome ("responded", "died"), whichever comes first."""
        outcome = None
        for m in SHARE_OUTCOME.finditer(self.ctx.norm, at, limit):
            key = "en" if m["en"] else "zh"
            name = (m["en"] or m["zh"] or "").strip()
            name = re.compile(r"^(?:a|an|the)\s+", re.I).sub("", name)
            if m["en"] and m.group().lower().startswith("lost"):
                # "lost at least 5% of their body weight": the outcome is the weight loss it reached
                lost = LOST_SHARE_OF_WEIGHT.match(name)
                if lost is None:
                    continue
                name = f"weight loss of {lost['bound'] + ' ' if lost['bound'] else ''}{lost['n']}%{lost['more'] or ''}"
            # (named as every threshold outcome is: "weight loss ≥5%", "≥50% reduction in seizures";
            # a verb phrase that is an outcome, by its name: "were alive at two years" is survival)
            named = threshold_measures(m.group())
            said = _verb_phrase_at(self.ctx.norm, m.start(), vocab.outcome_verbs(), ending=OUTCOME_PHRASE_END) if m["en"] else None
            name = named[0].name if named else said or name
            # (A Chinese outcome may open on its threshold: "实现20%及以上的体重降幅"; a share inside
            # an outcome is its threshold only when a bound says so, "weight loss of at least 5%",
            # and such an event is an efficacy end point, whatever the safety vocabulary says.)
            inside = [st for st in shares if m.start(key) < st.start < m.end()]
            if name and not (m["en"] and NOT_AN_OUTCOME.match(name)) and name.lower() not in TOO_GENERIC_OUTCOME \
                    and all(self._threshold(st) for st in inside) \
                    and (inside or not self._adverse_event_named(m.start(), m.end())):
                outcome = Mention(name, m.start(key), m.end(key))
                break
        verb = OUTCOME_VERB_AT.search(self.ctx.norm, at, limit)
        if verb is not None and (outcome is None or verb.start() < outcome.start):
            outcome = Mention(OUTCOME_VERB[verb.group().lower()], verb.start(), verb.end())
        return outcome

    def _adverse_event_named(self, a: int, b: int) -> bool:
        """Whether [a, b) names an adverse event that no longer outcome's name holds: "had
        nausea", not "achieved seizure freedom" (a seizure inside an efficacy end point)."""
        longer = self.ctx.mentions("measures", a, b)
        return any(not any(x.start <= e.start and e.end <= x.end and x.end - x.start > e.end - e.start for x in longer)
                   and not FREE_OF_IT.match(self.ctx.norm, e.end)  # ("were pain free": its absence, an end point)
                   for e in self.ctx.mentions("adverse_events", a, b))

    def _one_arm_respectively(self, f: SentenceFacts, at: int) -> bool:
        """Whether the "分别" at ``at`` follows one arm right before it, after the arm before that
        gave its own values: "治疗组愈合率为72.97%，好转为24.33%，对照组分别为…"."""
        before = [g for g in f.groups if g.end <= at]
        if not before or not OTHER_ARM_RESPECTIVELY.match(self.ctx.norm, before[-1].end) \
                or self.ctx.norm.find("分", before[-1].end, at + 2) < 0:
            return False
        last = before[-1]
        other = next((g for g in reversed(before[:-1]) if g.name != last.name), None)
        return other is not None and any(other.end <= x.start < last.start and not any(t.start <= x.start < t.end for t in (f.times or ()))
                                          for x in f.stats)

    def other_arm_respectively(self, f: SentenceFacts) -> None:
        """One arm's values, each named ("治疗组愈合率为72.97%，好转为24.33%"), then the other
        arm's "respectively" in the same order ("对照组分别为24.24%和51.52%"): each of the other
        arm's values is the measure named k-th for the first. As many values as names, or
        nothing: which is which, the sentence would not say."""
        s = f.sentence
        if "分别" not in s.text and "分別" not in s.text:
            return
        arms = [g for g in f.groups if (vocab.info(g.name) or {}).get("role") == "arm" or g.name in self._study_arms()]
        for k, b in enumerate(arms):
            said = OTHER_ARM_RESPECTIVELY.match(self.ctx.norm, b.end)
            before = [a for a in arms[:k] if a.name != b.name]
            if said is None or not before:
                continue
            a = before[-1]
            hi = clause_bounds(s, said.end(), said.end())[1]
            theirs = [st for st in f.stats if said.end() <= st.start < hi and not st.has_spread]
            # The first arm's items: "愈合率为72.97%", "好转为24.33%", each one value, parted by "，".
            items, at = [], a.end
            for cut in [*ZH_ITEM_COMMA.finditer(self.ctx.norm, a.end, b.start), None]:
                end = cut.start() if cut else b.start
                inside = [st for st in f.stats if at <= st.start < end]
                name = ZH_NAME_BEFORE_VALUE.match(self.ctx.norm, at, inside[0].start + 1) if len(inside) == 1 else None
                if len(inside) == 1 and name:
                    items.append((name["name"], inside[0], at))
                elif inside:
                    items = []
                    break
                at = cut.end() if cut else end
            if len(items) < 2 or len(items) != len(theirs) or any(st.percent != x.percent for (_, x, _), st in zip(items, theirs)) \
                    or BALANCE_ZH.search(s.text):
                continue
            whens = [TIME_ITEM.match(name) for name, _, _ in items]
            if all(whens):
                # "治疗组治疗前Hp阳性率为100.0%，治疗后为12.0%，对照组分别为100.0%和38.0%": one measure,
                # the items its times (the measure named after the first time, or before the arm).
                first = items[0][0][whens[0].end():].strip("的") or None
                named = next((m.name for m in f.measures if items[0][2] <= m.start < items[0][1].start), None)
                measure = (named and vocab.info(named) is not None and named) or first or (
                    self.last_measure.name if self.last_measure else None)
                if not measure or NOT_AN_ITEM_MEASURE.search(measure):
                    continue
                names = [measure] * len(items)
                times = [BASELINE if BEFORE_TREATMENT.match(w.group()) else self._time_in(f, start, x.start)
                         for w, (_, x, start) in zip(whens, items)]
            elif any(NOT_AN_ITEM_MEASURE.search(name) for name, _, _ in items):
                continue  # ("男性占55.0%，吸烟者占30.0%": who took part, no outcome)
            else:
                names = [next((m.name for m in f.measures if start <= m.start < x.start), None) or name for name, x, start in items]
                if len(set(names)) < len(names):
                    # ("综合疗效总有效率为94.67%，发作次数总有效率为86.67%": two rates the vocabulary names
                    # alike, each by what it rates, as written)
                    names = [name for name, _, _ in items]
                times = [self._result_time(f, s.start, b.start, fallback=False)] * len(items)
            quote_a = self._quote(s, a.start, b.start)
            for measure, time, (_, x, _), y in zip(names, times, items, theirs):
                stat = "percent" if x.percent else "mean"
                self._add(Measurement(measure, a.name, time, stat, x.value, None, None, None, quote_a))
                self._add(Measurement(measure, b.name, time, stat, y.value, None, None, None, self._quote(s, a.start, hi)))
                f.used_stats.update(self._stat_index(f, z) for z in (x, y))

    def _time_in(self, f: SentenceFacts, a: int, b: int) -> Time | None:
        """The time point named in [a, b), if one is ("治疗4周后为…"); "治疗后" alone names none."""
        return next((t.time for t in (f.times or ()) if a <= t.start < b and t.time.value), None)

    def share_before_its_rate(self, f: SentenceFacts) -> None:
        """In a study of one arm, a share written before the rate it is: "including a 53%
        (n=136/256) complete response rate", "a 41% objective response rate". The rate a
        measure the vocabulary knows, right after the share and its bracket; no arm named in
        the sentence."""
        if self._study_arms() or f.groups:
            return
        for i, st in enumerate(f.stats):
            if i in f.used_stats or not st.percent or st.has_spread or not AN_BEFORE.search(self.ctx.norm, max(f.sentence.start, st.start - 4), st.start):
                continue
            after = BRACKET_THEN_SPACE.match(self.ctx.norm, st.end)
            rate = next((m for m in f.measures if m.start == after.end() and RATE_NAME.search(m.name)
                         and vocab.info(m.name) is not None), None) if after else None
            if rate is None:
                continue
            lo, hi = clause_bounds(f.sentence, st.start, rate.end)
            self._add_measurement(rate.name, "all", self._result_time(f, lo, hi), "percent", st, self._quote(f.sentence, lo, hi))
            f.used_stats.add(i)

    def share_of_everyone(self, f: SentenceFacts) -> None:
        """In a study of one arm, a share of its people and what they reached: "80% of patients
        achieved remission", "32 of 40 patients (80%) achieved remission at 12 weeks". One
        share, nothing but who its people are between it and the outcome, no arm named in
        the sentence (in a trial of two arms, "patients" may be either or both)."""
        if len(self._study_arms()) >= 2 or f.groups or _safety_named(f.sentence.text) \
                or WHO_THEY_WERE.search(f.sentence.text) or SUBGROUP_OPENS.match(f.sentence.text):
            return
        shares = [(i, st) for i, st in enumerate(f.stats) if (st.percent or st.count_pct is not None)
                  and i not in f.used_stats and not st.has_spread and not self._threshold(st)]
        # (A share whose measure is named before it in its clause is that measure's value, the plain
        # reader's: "总缓解率为88%，74%(42名)患者达到了完全缓解" leaves the second to this one.)
        shares = [(i, st) for i, st in shares
                  if not any(self._phrase_start(f.sentence, st.start) <= x.start < st.start for x in f.measures)] \
            if len(shares) > 1 and HAN.search(f.sentence.text) else shares
        # (Each share with its own outcome right after it: "43% of patients had a viral load below
        # 50 copies/mL and 50% had one below 200 copies/mL". Shares whose outcomes are not each
        # said so are left: "30% were lost and 45% …, respectively".)
        if not shares or len(shares) > 1 and RESPECTIVELY.search(f.sentence.text):
            return
        if len(shares) > 1:
            # (every share its own outcome, or none is read: "16 (53%) were Caucasian, and 11 (37%)
            # had completed college" tells who they were)
            ends = [shares[k + 1][1].start if k + 1 < len(shares) else clause_bounds(f.sentence, st.start, st.end)[1]
                    for k, (_, st) in enumerate(shares)]
            pct = [x for x in f.stats if x.percent or x.count_pct is not None]
            if any(self._outcome_after(st.end, end, pct) is None for (_, st), end in zip(shares, ends)):
                return
        prev = None  # (where the share before ended with its outcome: a measure named there is that one's)
        for k, (i, st) in enumerate(shares):
            nxt = shares[k + 1][1].start if k + 1 < len(shares) else None
            if k and SUBGROUP_BEFORE_SHARE.search(self.ctx.norm, prev, st.start):
                break  # ("…，其中男性患者中60%达到临床缓解": a subgroup's share, not everyone's)
            prev = self._share_of_everyone(f, i, st, prev if k else None, nxt) or st.end

    def _phrase_start(self, s: Sentence, at: int) -> int:
        """Where the phrase holding ``at`` starts: after the last comma, 、, colon or semicolon before it."""
        return s.start + max([0] + [m.end() for m in ZH_PHRASE_CUT.finditer(self._text(s.start, at))])

    def _share_of_everyone(self, f: SentenceFacts, i: int, st: Stat, prev: int | None, nxt: int | None) -> int | None:
        """One share and the outcome after it (``share_of_everyone``): where that outcome ends, if read."""
        s = f.sentence
        lo, limit = clause_bounds(s, st.start, st.end)
        lo, limit = max(lo, prev) if prev is not None else lo, min(limit, nxt) if nxt is not None else limit
        outcome = self._outcome_after(st.end, limit, [x for x in f.stats if x.percent or x.count_pct is not None])
        if outcome is None or not EVERYONE_THEN_OUTCOME.fullmatch(self.ctx.norm, st.end, outcome.start) \
                or re.compile(r"\b(?:reported|showed)\b", re.I).search(self.ctx.norm, st.end, outcome.start):
            return None  # ("14 (82%) reported body weight at 4 months": who sent their data, not a result)
        own = max(lo, self._phrase_start(s, st.start)) if HAN.search(s.text) else lo
        if any(own <= x.start < st.start for x in f.measures):
            return None  # a measure named before the share is the share's ("the response rate was 80%")
        name = outcome.name if re.compile(r"\d").search(outcome.name) or self._qualified_zh(outcome.name) \
            else self._named_measure(outcome.name) or outcome.name
        time = self._time_of_stated(f, st, lo, limit)
        if time is None and prev is not None:
            time = self._opening_time(f)  # ("At week 24, 43% … and 50% …": the time the sentence opens on is both's)
        value, n = (st.count_pct, st.value) if st.count_pct is not None else (st.value, None)
        if (k := OF_TOTAL_BEFORE.search(self.ctx.norm, max(lo, st.start - 16), st.start)) is not None:
            n = int(k[1])  # "32 of 40 patients (80%)": 32 reached it, of 40
        self._add(Measurement(name, "all", time, "percent", value, None, None, n, self._quote(s, lo, limit)))
        f.used_stats.add(i)
        # (and its abbreviation in brackets after it, "主要临床缓解（MCR）": no measure of the next share's)
        aside = re.compile(r"\s*[(（][^()（）]{0,20}[)）]").match(self.ctx.norm, outcome.end)
        return aside.end() if aside else outcome.end

    def counted_events(self, f: SentenceFacts) -> None:
        """A cohort's events counted with their share, each named after its count: "记录2086例
        (5.3%)全因死亡、688例(1.7%)心血管疾病死亡和3112例(7.8%)心血管事件", "identified 721
        participants (8.2%) with dementia", "incident dementia was 577 (6.7%)". One measurement
        each, of everyone: only in a study without two arms, a sentence that names no group and
        says the events happened (a count of who had a trait at baseline is no result)."""
        s = f.sentence
        if len(self._study_arms()) >= 2 or f.groups or WHO_THEY_WERE.search(s.text) \
                or not any(st.count_pct is not None and i not in f.used_stats for i, st in enumerate(f.stats)):
            return
        zh = not s.text.isascii()
        for i, st in enumerate(f.stats):
            if st.count_pct is None or i in f.used_stats:
                continue
            lo, hi = clause_bounds(s, st.start, st.end)
            m = (ZH_COUNTED_EVENT if zh else EN_COUNTED_EVENT).match(self.ctx.norm, st.end, s.end)
            before = None if m or zh else EN_EVENTS_WERE.search(self.ctx.norm, max(s.start, st.start - 70), st.start)
            if not zh and m and m["verb"].lower() in ("with", "had") \
                    and not EVENTS_HAPPENED.search(self.ctx.norm, max(lo, st.start - 60), st.start):
                continue  # ("3,050 (34.7%) had diabetes": who they were, unless "identified … with dementia")
            if before is not None and not EVENTS_HAPPENED.search(before.group()):
                continue  # ("The number of cases of incident dementia was …", not "the number of smokers was …")
            written = EVENT_LEAD.sub("", (m["x"] if m else before["x"] if before else "").strip())
            named = self._named_measure(written) if written else None
            if not written or DIGIT.search(written) or (zh and (
                    not counts(self._text(st.start, st.end)) or ZH_NOT_AN_EVENT.search(written) or not (
                        named or ZH_EVENT_WORD.search(written)))):
                continue  # (a Chinese event is one the vocabulary names or a word of one: 死亡, 事件, 复发, …)
            name = named or (written if (len(written) <= 14 if zh else len(written.split()) <= 5) else None)
            if name is None or name.lower() in TOO_GENERIC_OUTCOME:
                continue
            self._add(Measurement(name, "all", self._time_of_stated(f, st, lo, hi), "percent", st.count_pct, None, None,
                                  st.value, self._quote(s, lo, hi)))
            f.used_stats.add(i)

    def _threshold(self, st: Stat) -> bool:
        """Whether a share is a threshold an outcome is named by ("at least 5%", "5% or more",
        "≥20%", "20%及以上"), not a result."""
        return bool(BOUND_BEFORE.search(self.ctx.norm, max(0, st.start - 16), st.start)
                    or THRESHOLD_AFTER.match(self.ctx.norm, st.end))

    def _enumerated(self, start: int, end: int) -> list[Mention]:
        """The names an enumeration (顿号 "、") lists between ``start`` and ``end``, as written."""
        return [Mention(item["name"], item.start("name"), item.end("name"))
                for item in ENUMERATED_ITEM.finditer(self.ctx.text, start, end)]

    def _listed_for_each_arm(self, f: SentenceFacts, lo: int, p_start: int) -> list:
        """The measures a sentence listed once for each of its two arms, in order, before the
        clause at ``lo`` that compares the two arms and names no measure before its p at
        ``p_start`` ("…;两组比较差异有统计学意义(P<0.05)"): [] unless the arms' lists name the same
        two or more measures in the same order."""
        if measure_phrase(self._text(lo, p_start)):
            return []  # ("…;两组患者服药依从评分比较…(P<0.05)": the clause names its own)
        earlier = [m for m in f.measures if m.end <= lo]
        arms = self._study_arms()
        heads = [g for g in f.groups if g.end <= lo and g.name in arms]
        if len(arms) != 2 or len(heads) != 2 or heads[0].name == heads[1].name:
            return []
        first = [m.name for m in earlier if heads[0].end <= m.start < heads[1].start]
        second = [m.name for m in earlier if m.start >= heads[1].end]
        if len(first) < 2 or first != second or len(set(first)) != len(first):
            return []
        return [m for m in earlier if heads[1].end <= m.start]

    def _with_enumerated(self, measures: list) -> list:
        """``measures`` with the names an enumeration lists between two of them ("ALT、Q因子、IL-6")."""
        out = measures[:1]
        for a, b in zip(measures, measures[1:]):
            if ENUMERATED.fullmatch(self._text(a.end, b.start)):
                out += self._enumerated(a.end, b.start)
            out.append(b)
        return out

    def _named_measure(self, phrase: str | None) -> str | None:
        """A measure phrase as the vocabulary names it where it names one ("LVEF change" is
        LVEF), None for a phrase that only says something changed ("differences in change")."""
        if phrase is None or GENERIC_CHANGE.fullmatch(phrase):
            return None
        phrase = ABBREVIATION_IN_NAME.sub("", phrase)
        from ..vocab.lexicon import Tokens
        tokens = Tokens(phrase)
        hits = vocab.measure_lexicon().find(tokens)
        if len(hits) == 1:
            return hits[0].name
        # "失智症风险": the risk of a diagnosis the conditions vocabulary names in full.
        found = vocab.lexicon("conditions").find(tokens)
        if len(found) == 1 and len(found[0].text) >= 0.8 * len(phrase.strip()):
            return found[0].name
        return phrase

    @staticmethod
    def _qualified_zh(name: str) -> bool:
        """Whether a Chinese outcome opens on a word the vocabulary's name for it would drop:
        "主要临床缓解" (major) is no clinical remission as a whole.

        >>> Outcomes._qualified_zh("主要临床缓解"), Outcomes._qualified_zh("完全缓解")
        (True, False)
        """
        from ..vocab.lexicon import Tokens
        if not HAN.search(name):
            return False
        hits = vocab.measure_lexicon().find(Tokens(name))
        return len(hits) == 1 and hits[0].start > 0

    def _own_measure_after_and(self, f: SentenceFacts, measure: Mention, st: Stat) -> Mention:
        """The measure a value's own part of the sentence names, after "and" past the value
        before it, where that is not ``measure``: "the median ESR was 6.5 (…) mm/hr and the median
        CHAQ score was 0.88 (…)" (a CHAQ score the vocabulary lacks, not a second ESR)."""
        prev = max((x.end for x in f.stats if measure.end <= x.start and x.end <= st.start and x is not st), default=None)
        if prev is None:
            return measure
        part = self._text(prev, st.start)
        item = ZH_NEXT_ITEM.fullmatch(part)
        if item is not None and not any(prev <= m.start < st.start for m in f.measures) \
                and not NOT_AN_ITEM_NAME.search(item["name"]) and not self._names_an_arm(item["name"]):
            # ("手术时间(13.37±5.08)min、…、自主活动时间(13.12±1.34)h": the next item of a Chinese list
            # names its own measure, one the vocabulary lacks, not the one named before)
            at = prev + item.start("name")
            return Mention(item["name"], at, at + len(item["name"]))
        joined = AND_THE_NEXT.match(part)
        name = measure_phrase(part[joined.end():]) if joined else None
        if not name or self._named_measure(name) == measure.name:
            return measure
        at = prev + joined.end() + part[joined.end():].find(name)
        return Mention(self._named_measure(name) or name, at, at + len(name))

    def _measured_here(self, s: Sentence) -> str | None:
        """The measure whose values this sentence gave ("…由47.4分降至39.5分，两个亚组的改善幅度
        差异无统计学意义（P=0.21）"), when it gave one measure's values only."""
        here = {m.measure for m in self.measurements[self._marks[1]:]}
        return here.pop() if len(here) == 1 else None

    def _measure_earlier_in(self, f: SentenceFacts, lo: int, at: int) -> str | None:
        """The measure named last before a result in its own sentence ("6MWD changed from 352
        to 371 m; the differences versus placebo were 17 m (P = .18)")."""
        before = [m for m in f.measures if m.start < at and m.start >= f.sentence.start]
        return before[-1].name if before else None

    def _group_after_p(self, f: SentenceFacts, at: int, hi: int) -> Match | None:
        """An arm named right after a result's bracket: "(95% CI, 1.5 to 6.7; P = .002) for the high dose"."""
        for g in f.groups:
            if at <= g.start <= min(hi, at + 20):
                between = self._text(at, g.start)
                if re.compile(r"[)\]）]*\s*(?:for|in|with|among|on)\s+(?:the\s+)?", re.I).fullmatch(between):
                    return g
                return None
        return None

    def _comparator_named(self, f: SentenceFacts, lo: int, at: int) -> str | None:
        """The arm a sentence compares with, before ``at``: "Compared with placebo", "versus placebo"."""
        for g in f.groups:
            if lo <= g.start < at and COMPARED_WITH.search(self._text(max(lo, g.start - 16), g.start)):
                return g.name
        return None

    def _respective_arms(self, f: SentenceFacts) -> tuple[dict[int, str], str] | None:
        """For a run of results closed by "respectively" and compared with one arm ("versus
        placebo"), which arm each result is: the other arms in the order the sentence named them."""
        m = RESPECTIVELY.search(self.ctx.norm, f.sentence.start, f.sentence.end)
        if not m or len(f.ps) < 2:
            return None
        comparator = self._comparator_named(f, f.sentence.start, m.start())
        if comparator is None:
            return None
        run = [i for i, p in enumerate(f.ps) if p.end <= m.start()
               and not any(p.end <= g.start < m.start() for g in f.groups)]
        lo = f.ps[run[0]].start if run else m.start()
        arms = list(dict.fromkeys(g.name for g in f.groups if g.start < lo and g.name != comparator))
        if len(run) < 2 or len(arms) != len(run):
            return None
        return dict(zip(run, arms)), comparator

    def _treatment_first(self, arms: list[str]) -> tuple[str, str]:
        """Two arms as (treatment, comparator): the control arm, placebo or sham is the comparator;
        of two treatments, the one the article sets the other against ("Drug K Versus
        Chemotherapy", "抑制剂对比化疗"), else the order the arms were given in."""
        from .interventions import is_comparator
        a, b = arms
        if is_comparator(a) != is_comparator(b):
            return treatment_first(arms)
        written = self._arm_order_written
        return written if written is not None and set(written) == {a, b} else (a, b)

    @cached_property
    def _arm_order_written(self) -> tuple[str, str] | None:
        """The study's two arms in the order the article first sets one against the other, each
        named by a mention with nothing but "versus" (对比, compared with) between them."""
        arms = self._study_arms()
        if len(arms) != 2:
            return None
        # (in the headline, or a sentence that says what the study compared: "hair loss was more
        # frequent with chemotherapy versus drug K" sets nothing against anything)
        first_line = self.ctx.text.find("\n")
        spans = [(0, first_line if first_line > 0 else len(self.ctx.text))] + \
            [(x.start, x.end) for x in self.ctx.sentences if STUDY_SETS_AGAINST.search(x.text)]
        for a, b in spans:
            named = [m for m in self.ctx.mentions("groups", a, b) if m.name in arms]
            for x, y in zip(named, named[1:]):
                if x.name != y.name and 0 <= y.start - x.end <= 20 and ARMS_SET_AGAINST.fullmatch(self.ctx.norm, x.end, y.start):
                    return x.name, y.name
        return None

    def effects_without_p(self, f: SentenceFacts, before: int) -> None:
        """A named difference or ratio with its CI and no p-value: "两组变化量的差异为−3.4分（95% CI
        −5.9至−0.9）", "the pooled MD was 2.1 (95% CI 0.8 to 3.4)". ``before`` is the number of
        effects found before this sentence: a value one of them already holds is not read twice."""
        s = f.sentence
        # (values other readers took from this sentence; a value written twice, "1.08 (…) for all cause
        # mortality and 1.08 (…) for cardiovascular mortality", is two effects)
        taken = {e.value for e in self.effects[before:] if e.value is not None}
        restated: set = set()  # (a value and its interval read here: "hazard ratio 0.75 (…) …, and the hazard ratio of 0.75 (…)" is one)
        arms = self._study_arms()
        last_end = s.start
        first_new = len(self.effects)
        borrowed: list[Effect] = []  # effects whose outcome was named before another ratio's, not since
        starts: dict[str, int] = {}  # where each outcome's first ratio is written
        previous_ratio_end = s.start  # where the last ratio read (or not) ends
        clause_leads: dict[int, int] = {}  # clause's start: where its first ratio's outcome is named
        ratios = _shift(effect_stats(s.text), s.start)
        exposures = self._exposures_listed(f, ratios)
        for es in ratios:
            if es.value in taken or any(p.start <= es.start < p.end for p in f.ps):
                continue
            since_previous, previous_ratio_end = previous_ratio_end, es.end
            # (its interval after its value, where the outcome comes after both: "1.13 (1.07 to 1.19) for death")
            after_value = es.end if es.value_end is None or CI_RIGHT_AFTER.match(self.ctx.norm, es.end) else es.value_end
            ci = CI_RIGHT_AFTER.match(self.ctx.norm, after_value)
            ci = ci or INLINE_CI.match(self.ctx.norm, after_value)  # "(HR 0.81, 95% CI 0.70-0.94)"
            cis = intervals(self._text(after_value, ci.end())) if ci else []
            bare = None if cis or not ci else bare_interval(self.ctx.norm, after_value, es.value)
            if not cis and not bare and not (es.type in NAMED_RATIOS and (RATIO_NAME.match(self.ctx.norm, es.start) or es.listed)
                                             and self._looks_like_a_ratio(es)) \
                    and not (es.type == "mean_difference" and LABELLED_DIFFERENCE.match(self.ctx.norm, es.start)):
                continue  # a bare "difference of 3" is no effect; "HR 1.04" is, interval or not; so is "(MD: -1.40"
            end = max(ci.end(), es.end) if cis or bare else es.end
            key = (es.type, es.value, (cis[0].low, cis[0].high) if cis else tuple(bare or ()), es.outcome)
            if key in restated:
                continue
            restated.add(key)
            lo, hi = clause_bounds(s, es.start, es.end)
            if es.start in exposures and (outcome := self._outcome_of_listed(f, s, min(exposures))) is not None:
                # (one of several treatments, each named before its own ratio: its ratio of the
                # sentence's outcome, or the one before's, against what they are compared with)
                self.effects.append(Effect(outcome.name, exposures[es.start], self._reference_of_listed(s, min(exposures), outcome),
                                           self._result_time(f, lo, hi), es.type,
                                           es.value, [cis[0].low, cis[0].high] if cis else bare, None, None, None,
                                           self._quote(s, lo, end)))
                last_end = end
                continue
            # "The hazard ratio for death was 0.80": the outcome stands inside the ratio's words.
            inside = self._outcome_of_ratio(f, es) if es.outcome else None
            if inside is not None:
                since = measure = inside
                own = True
            else:
                since = self._measure_since(f, last_end, es.start)
                # (Whether this ratio has an outcome of its own, named since the one before: "reduced
                # all-cause mortality (RR 0.94; …), myocardial infarction (RR 0.83; …)".)
                own = since is not None and (vocab.info(since.name) is not None or not NOT_AN_OUTCOME_NAME.search(since.name)) \
                    and sum(1 for m in f.measures if last_end <= m.start and m.end <= es.start) <= 1
                # (An English outcome named right before the bracket the effect stands in is its own:
                # "… pain relief (p < 0.001; WMD …) and neck disability (p = 0.030; WMD …)".)
                # (Not an exposure before its ratio, "Night shift work (HR 1.26, …) was associated with
                # increased mortality": the outcome is named after it.)
                right_before = self._noun_before_bracket(last_end, es.start) if since is None and not HAN.search(s.text) else None
                known = [m for m in f.measures if right_before is not None and right_before.start <= m.start and m.end <= right_before.end]
                right_before = known[-1] if known else right_before  # ("lower gout risk (HR …)": gout, as the vocabulary names it)
                if right_before is not None and OPENS_RESULT_BRACKET.fullmatch(self.ctx.norm, right_before.end, es.start) \
                        and not self._arm_as_outcome(right_before) \
                        and self._measure_associated_after(f, ci.end() if ci else es.end, hi) is None:
                    since, own = right_before, True
                measure = (since or self._measure_for(f, s.start, es.start)
                           or self._measure_associated_after(f, ci.end() if ci else es.end, hi))
                if measure is None and not HAN.search(s.text):
                    # (An English sentence names its own outcome before the ratio, "treatment was
                    # stopped because of side effects (RR …)", before one carried from the sentence
                    # before; not the treatment that did it, "Aspirin reduced …".)
                    measure = self._phrase_before_ratio(max(lo, last_end), es.start)
                    if measure is not None and self._arm_as_outcome(measure):
                        measure = None
                    measure = measure or (right_before if right_before is not None and not self._arm_as_outcome(right_before) else None)
                    # (named right before the bracket the ratio stands in: this ratio's own outcome)
                    own = measure is not None and OPENS_RESULT_BRACKET.fullmatch(self.ctx.norm, measure.end, es.start) is not None
                    measure = measure or self._previous_measure(s)
                elif measure is None:
                    measure = self._previous_measure(s) or self._phrase_before_ratio(max(lo, last_end), es.start)
            last_end = end
            sides_of_shares = None
            if measure is None and es.type in RATIOS:
                # "12.5% of those given A died, compared with 18.1% of those given B (hazard ratio
                # 0.68; …)": the ratio of the outcome the two arms' shares before it were read of,
                # the first arm against the second.
                measure, sides_of_shares = self._outcome_of_shares_before(s, es.start)
            if measure is None:
                continue
            group, versus = sides_of_shares or self._arms(f, lo, hi)
            if versus == "baseline" and len(arms) == 2 and (es.type in RATIOS or BETWEEN_ARMS.search(self._text(lo, hi))):
                # (unless the sentence sets two other kinds of people against each other: "patients
                # older than 75 had more bleeding than younger patients (HR 1.6)" within a drug's arm)
                named = self._contrast(self._text(lo, hi)) or self._contrast(self._text(s.start, es.start))
                if named is not None and named.versus != REFERENCE and named.group not in arms and named.versus not in arms \
                        and not _same_words(named.group, measure.name):
                    group, versus = named.group, named.versus
                else:
                    group, versus = self._treatment_first(arms)
            if versus == "baseline" and es.type != "mean_change":
                # No arms: the sentence may name the two sides itself (a cohort's exposure
                # levels, one subgroup against another).
                # (The sentence's earlier sides are not those of a list said "respectively" in a
                # clause of its own: "…≤5 h的老年人风险增加30%(HR=1.30…)，7、8和≥9 h的老年人风险分别
                # 增加34%(HR=1.34…)…" is each listed group's ratio, not the ≤5 h group's again.)
                listed = RESPECTIVELY.search(self.ctx.norm, since_previous, es.start)
                sides = self._contrast(self._text(max(lo, since_previous), es.start)) if listed else (
                    self._contrast(self._text(lo, hi)) or self._contrast(self._text(s.start, es.start)))
                if sides is not None and sides.versus == REFERENCE and es.type in NAMED_RATIOS \
                        and (self._treatment_against_control or self._design in ("rct", "non_randomized_controlled")):
                    sides = None  # ("Aspirin increased the risk of major bleeding (RR 1.66)": the treatment against its control, below)
                if sides is not None and not _same_words(sides.group, measure.name):
                    group, versus = sides.group, sides.versus
                elif not (sides is None and own and es.type in NAMED_RATIOS and self._treatment_against_control):
                    # A difference between what, the sentence does not say; or its "side" is
                    # the outcome ("Mortality was associated with age").
                    continue
                # (else a hazard, odds or risk ratio of a controlled study or a review of them, of
                # its own outcome, "Aspirin reduced all-cause mortality (RR 0.94; 95% CI, 0.88-1.00)":
                # the treatment against its control, sides given once the study's are known,
                # ``_sides_of_between_arm_effects``. Three ratios after two outcomes say nothing
                # of which is which.)
            # ("(p < 0.001; WMD = −1.24 [95% CI, …])": the p that opens the effect's own bracket is its p)
            bracket = self.ctx.norm.rfind("(", s.start, es.start)
            p = next((x for i, x in enumerate(f.ps) if i not in f.used_ps and bracket >= 0 and bracket < x.start < es.start
                      and not self.ctx.norm[bracket + 1:x.start].strip() and P_THEN_EFFECT.fullmatch(self.ctx.norm, x.end, es.start)
                      and not P_OF_SOMETHING_ELSE.search(self.ctx.norm, x.start, x.end)), None) \
                if bracket >= 0 and ")" not in self.ctx.norm[bracket:es.start] else None
            if p is not None:
                f.used_ps.add(f.ps.index(p))
            when = self._result_time(f, lo, hi)
            if own and since_previous > lo:
                # (a later ratio of a list, each with its outcome: its own time, or one that leads the whole
                # list, "At 3 months, A (aOR …), B (aOR …)"; not the first item's, "A at 3 months (aOR …),
                # early improvement (aOR …)"; no lead known where the clause's first ratio was read elsewhere)
                when = self._result_time(f, since_previous, es.start, False) \
                    or self._result_time(f, lo, clause_leads.get(lo, lo), False)
            elif own:
                clause_leads.setdefault(lo, measure.start if lo <= measure.start < es.start else es.start)
            self.effects.append(Effect(measure.name, group, versus, when, es.type, es.value,
                                       [cis[0].low, cis[0].high] if cis else bare, p.p if p else None, p.relation if p else None,
                                       None, self._quote(s, min(measure.start, es.start) if measure.start >= s.start else lo, end)))
            starts.setdefault(measure.name, es.start)
            if since is None:
                borrowed.append(self.effects[-1])
        # "ORR and DCR were higher … (OR 2.10, …; OR 2.80, …; OR 1.95, …)": ratios in a row after
        # outcomes named together in their clause, the first given the last outcome named, the others
        # borrowing it: which is which, the sentence does not say, so none of them is kept.
        new = self.effects[first_new:]
        crowded = set()
        for name in {e.measure for e in borrowed}:
            if sum(1 for e in new if e.measure == name) >= 2:
                lo = clause_bounds(s, starts[name], starts[name] + 1)[0]
                if len({m.name for m in f.measures if lo <= m.start < starts[name]}) >= 2:
                    crowded.add(name)
        if crowded:
            self.effects[first_new:] = [e for e in new if e.measure not in crowded]

    def _contrast(self, text: str):
        """``contrasts.contrast`` of ``text``, each side as the study names it (``_side_as_named``)."""
        sides = contrast(text)
        if sides is not None and any(_two_treatments(x) for x in (sides.group, sides.versus)):
            return None  # ("aspirin and clopidogrel … compared with placebo": one arm given both, or two? unsaid)
        arms = self._study_arms()
        if sides is None or len(arms) < 2:
            return sides  # (one arm known: which the other side is, the study's groups settle later)
        from .interventions import is_comparator
        group = self._side_as_named(sides.group)
        if sides.versus == REFERENCE:
            return sides._replace(group=group)
        versus = self._side_as_named(sides.versus)
        if group in arms and versus in arms:
            return sides._replace(group=group, versus=versus)
        if group not in arms and versus in arms and is_comparator(versus):
            # (of a study's two arms, a side set against its control is the other: "SMT
            # participants" against the control group are the treatment arm; of more, the side as written)
            return sides._replace(group=arms[1 - arms.index(versus)] if len(arms) == 2 else sides.group, versus=versus)
        return sides  # ("adherent drug Q users" against "non-adherent users": people within an arm, as written

    def _side_as_named(self, side: str) -> str:
        """A side a sentence compares, as the study names it: the one arm whose name it holds
        ("patients treated with the IMFINZI perioperative regimen" is the IMFINZI arm), else the
        group its words are ("the comparator arm"), else as written.

        >>> from ..read.document import Document
        >>> from .context import Context
        >>> o = Outcomes(Context(Document("")))
        >>> o.ctx.arms = ["IMFINZI", "comparator"]
        >>> o._side_as_named("IMFINZI perioperative regimen"), o._side_as_named("nonusers")
        ('IMFINZI', 'nonusers')
        """
        held = [a for a in self._study_arms() if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", side, re.I)]
        if len(held) == 1:
            return held[0]
        return self.ctx.group_called(THE.sub("", side)) or side

    @staticmethod
    def _dose_arms_named(text: str, arms: list[str]) -> tuple[str, str] | None:
        """The two arms of one drug a text names by their doses alone, "the 25- and 1-mg dose
        groups", "25 mg vs 1 mg": the arms whose names end on those doses, in that order.

        >>> Outcomes._dose_arms_named("between the 25- and 1-mg dose groups", ["k 25 mg", "k 10 mg", "k 1 mg"])
        ('k 25 mg', 'k 1 mg')
        >>> Outcomes._dose_arms_named("between the 25- and 5-mg dose groups", ["k 25 mg", "k 10 mg", "k 1 mg"])
        """
        m = DOSES_NAMED.search(text)
        if m is None or len(DOSE_MENTION.findall(text)) > 2:
            return None  # (a third dose named: "the 25- and 10-mg dose groups and the 1-mg group")
        unit = m["unit"].lower()
        found = []
        for dose in (m["a"], m["b"]):
            held = [a for a in arms if a.lower().endswith(f" {dose} {unit}")]
            if len(held) != 1:
                return None
            found.append(held[0])
        return (found[0], found[1]) if found[0] != found[1] else None

    def _difference_named_before(self, s: Sentence, at: int) -> bool:
        """Whether the sentence names a difference before ``at`` ("the difference between the
        25- and 1-mg dose groups", "differed between the groups") or labels the value by two arms
        ("10 mg vs 1 mg: −2.5")."""
        return DIFFERENCE_SAID_BEFORE.search(self._text(s.start, at)) is not None \
            or VS_LABEL_BEFORE.search(self.ctx.norm, max(s.start, at - 40), at) is not None

    def _outcome_of_shares_before(self, s: Sentence, at: int) -> tuple[Mention | None, tuple[str, str] | None]:
        """The one outcome this sentence's shares were read of, when two arms' shares of it
        stand before ``at`` (quoted from the sentence's start up to ``at`` or beyond), and
        those two arms in order; (None, None) else."""
        new = [m for m in self.measurements[self._marks[1]:] if m.stat == "percent"]
        groups = list(dict.fromkeys(m.group for m in new))
        if len({m.measure for m in new}) != 1 or len(groups) != 2 or "all" in groups or len(new) != 2 \
                or any(self.ctx.text.find(m.quote or "\0", s.start, s.end) != s.start for m in new):
            return None, None
        from .interventions import is_comparator
        if is_comparator(groups[0]) and not is_comparator(groups[1]):
            groups.reverse()  # ("18.1% of those given placebo …, compared with 12.5% of those given X (HR 0.68)": X's)
        return Mention(new[0].measure, s.start, s.start), (groups[0], groups[1])

    def _measure_associated_after(self, f: SentenceFacts, at: int, hi: int) -> Mention | None:
        """The outcome named right after "was associated with" that follows a ratio's bracket:
        "Night shift work (HR 1.26, 95% CI 1.05-1.51) was associated with increased all-cause
        mortality"."""
        close = ASSOCIATED_AFTER.match(self.ctx.norm, at)
        if close is None:
            return None
        return next((m for m in f.measures if close.end() <= m.start <= close.end() + 30 and m.start < hi), None)

    def _outcome_of_ratio(self, f: SentenceFacts, es) -> Mention | None:
        """The outcome named between a ratio's name and its value ("the hazard ratio for death
        from any cause was 0.80", "the relative risk for progression to dementia in the drug K
        group was 0.75"): a measure the vocabulary knows there, else the words as written,
        without whose or when they are."""
        # (in "the odds ratio was 0.62 (…) for stroke", the outcome is after the value, never the ratio's name)
        inside = [m for m in f.measures if (es.start if es.value_end is None else es.value_end) <= m.start and m.end <= es.end]
        if inside:
            return inside[0]
        name = self._ratio_outcome_name(es.outcome)
        if name is None:
            return None
        at = self.ctx.norm.find(name, es.start, es.end)
        return Mention(name, at if at >= 0 else es.start, (at if at >= 0 else es.start) + len(name))

    def _ratio_outcome_name(self, words: str) -> str | None:
        """The outcome a ratio is for, from the words after "for"/"of" ("death from any cause",
        "progression to dementia in the drug K group"), without whose or when it is; None where
        they name an arm or a comparison ("drug K versus placebo", "the comparison of K with M")."""
        tailless = OUTCOME_TAIL.sub("", words)
        # ("risk for depression": the risk is of what follows "for", kept with it, whose it is cut from
        # that too, "risk for death with drug K versus placebo"; "death in the drug K group" loses whose it is)
        of_what = OF_WHAT.match(words, len(tailless))
        if BARE_RISK.fullmatch(tailless) and of_what:
            rest = OUTCOME_TAIL.sub("", words[of_what.end():])
            words = f"{tailless}{words[len(tailless):of_what.end()]}{rest}" if rest else tailless
        else:
            words = tailless
        if not words or NOT_A_RATIO_OUTCOME.search(words) or self._names_an_arm(words):
            return None
        name = self._named_measure(_clean(words))
        if name is None or GENERIC_EFFECT.search(name) or self._names_an_arm(name):
            return None
        return name

    def _phrase_before_ratio(self, a: int, at: int) -> Mention | None:
        """The outcome a ratio's clause names as written, where the vocabulary names none:
        "观察组的死亡风险降低了35%（HR=0.65，…）" is the ratio of 死亡."""
        name = self._named_measure(measure_phrase(self._text(a, at)))
        if name is None or re.compile(r"\d").search(name) or GENERIC_EFFECT.search(name):
            return None  # ("The treatment effect was larger in never smokers (HR 0.50)": whose, and of what?)
        where = self.ctx.norm.find(name, a, at)
        return Mention(name, where if where >= 0 else a, (where if where >= 0 else a) + len(name))

    def _exposures_listed(self, f: SentenceFacts, ratios: list) -> dict[int, str]:
        """{ratio's start: treatment} where a sentence lists two or more treatments or exposures
        the vocabulary knows, each named before its own ratio, the outcome named once before
        the first: "dapagliflozin exhibited the lowest risk (aHR 0.67 …), followed by
        empagliflozin (aHR 0.78 …), whereas canagliflozin showed no association (aHR 0.96 …)".
        Empty where an item names its own outcome, comparator or subgroup ("the risk of heart
        failure was lower with empagliflozin", "compared with metformin", "in users of
        insulin"), or an outcome follows the ratios."""
        from .interventions import is_comparator

        named_ratios = [es for es in ratios if es.type in NAMED_RATIOS]
        if len(named_ratios) < 2:
            return {}  # (asked of every sentence with a ratio: a list needs two)
        out, previous, first = {}, f.sentence.start, None
        for es in ratios:
            span = (previous, es.start)
            previous = es.end
            if es.type not in NAMED_RATIOS:
                continue
            named = [x for x in self.ctx.mentions("interventions", *span) if not is_comparator(x.name)]
            if not named:
                return {}  # (every ratio of the list has its own treatment)
            if first is not None and self._outcome_named(f, *span):
                return {}  # (an item's own outcome)
            if first is None and self._outcome_named(f, named[-1].end, es.start):
                return {}  # (the outcome between the treatment and its ratio: the ordinary reading's)
            if COMPARED_WITH_NEXT.search(self.ctx.norm, named[-1].end, es.start) or SUBGROUP_OF_USERS.search(self.ctx.norm, *span):
                return {}
            out[es.start] = named[-1].name
            first = es.start if first is None else first
        if self._outcome_named(f, named_ratios[-1].end, f.sentence.end):
            return {}  # ("… (HR 0.70) and empagliflozin (HR 0.80) lowered the risk of hospitalisation")
        # (each ratio a different treatment's: a list of outcomes with a treatment named among
        # them, "… (RR 0.67 …), revascularizations (RR 0.65 …)", is none)
        return out if len(set(out.values())) == len(out) else {}

    def _outcome_named(self, f: SentenceFacts, a: int, b: int) -> bool:
        """Whether an outcome is named in [a, b): a measure the vocabulary knows, or a condition's
        risk ("risk of heart failure")."""
        return any(a <= m.start and m.end <= b and vocab.info(m.name) is not None for m in f.measures) or any(
            self.ctx.mentions("conditions", r.end(), min(b, r.end() + 60)) for r in RISK_OF_CONDITION.finditer(self.ctx.norm, a, b))

    def _reference_of_listed(self, s: Sentence, first: int, outcome: Mention) -> str:
        """What a list of treatments' ratios compares them with: the treatment a comparison
        before the first ratio names, in the sentence or in the one before where that one
        speaks of the same outcome ("SGLT2 inhibitors compared with DPP-4 inhibitors were
        associated with lower risk of dementia"), else the reference."""
        before = self.ctx.sentence_at(s.start - 2) if s.start >= 2 else None
        same = before is not None and before.start < s.start and (
            before.start <= outcome.start < before.end or outcome.name.lower() in self._text(before.start, before.end).lower())
        for a, b in ((s.start, first), (before.start, before.end) if same else (0, 0)):
            for against in reversed(list(COMPARED_WITH_NEXT.finditer(self.ctx.norm, a, b))):
                named = [x for x in self.ctx.mentions("interventions", against.end(), b) if x.start == against.end()]
                if named:
                    return named[0].name
        return REFERENCE

    def _outcome_of_listed(self, f: SentenceFacts, s: Sentence, first: int) -> Mention | None:
        """The outcome of a list of treatments' ratios (``_exposures_listed``): the last the
        vocabulary knows in the sentence before the first ratio, else the condition whose risk
        it speaks of there, else the sentence before's measure or condition at risk."""
        named = [m for m in f.measures if m.end <= first and vocab.info(m.name) is not None]
        if named:
            return named[-1]
        here = self._condition_at_risk(s.start, first)
        if here is not None:
            return here
        previous = self._previous_measure(s)
        if previous is not None and vocab.info(previous.name) is not None:
            return previous
        # ("… were associated with lower risk of dementia. When stratified by …")
        before = self.ctx.sentence_at(s.start - 2) if s.start >= 2 else None
        return self._condition_at_risk(before.start, before.end) if before is not None and before.start < s.start else None

    def _condition_at_risk(self, a: int, b: int) -> Mention | None:
        """The last condition whose risk [a, b) speaks of ("lower risk of dementia"), or None."""
        for r in reversed(list(RISK_OF_CONDITION.finditer(self.ctx.norm, a, b))):
            found = [c for c in self.ctx.mentions("conditions", r.end(), min(b, r.end() + 60)) if c.start == r.end()]
            if found:
                return Mention(found[0].name, found[0].start, found[0].end)
        return None

    def _arm_as_outcome(self, m: Mention) -> bool:
        """Whether a name read as an outcome is one of the study's arms or treatments ("Aspirin
        reduced …": who did it, not what)."""
        name = m.name.lower()
        return any(name == a.lower() for a in self._study_arms()) or any(
            x.name.lower() == name or self.ctx.text[x.start:x.end].lower() == name
            for x in self.ctx.mentions("interventions", m.start, m.end))

    def _noun_before_bracket(self, a: int, at: int) -> Mention | None:
        """The outcome named right before the bracket a result stands in ("superior pain
        improvement (p < 0.001; WMD = …)"), as the vocabulary names it where it can."""
        bracket = self.ctx.norm.rfind("(", a, at)
        if bracket < 0 or ")" in self.ctx.norm[bracket:at] or EXAMPLE_OPENING.match(self.ctx.norm, bracket + 1):
            return None  # (nor an example's: "fewer events (e.g. HR 0.7 = 30% lower hazard)")
        words = noun_before_bracket(self._text(a, bracket))
        name = self._named_measure(words) if words else None
        if name is None:
            return None
        where = self.ctx.norm.rfind(words, a, bracket)
        return Mention(name, where if where >= 0 else a, (where if where >= 0 else a) + len(words))

    def _looks_like_a_ratio(self, es) -> bool:
        """A ratio given without its interval: named in words ("hazard ratio 0.93"), or by
        its abbreviation with a ratio's size and no unit after it ("HR 68 bpm" is a heart
        rate, "RR 18/min" a respiratory rate)."""
        if WORDS_RATIO.match(self.ctx.norm, es.start):
            return True
        return 0 < es.value < 10 and not RATE_UNIT_AFTER.match(self.ctx.norm, es.end) \
            and not RATE_WORDS.search(self.ctx.norm, max(0, es.start - 40), es.start)

    def _measure_since(self, f: SentenceFacts, a: int, b: int) -> Mention | None:
        """The outcome of an effect named between the previous effect (ending at ``a``) and
        this one (at ``b``): "lower risk of all-cause mortality, HR 0.82 (...) and of CVD
        events, HR 0.86 (...) and stroke, HR 0.70" gives each its own."""
        named = [m for m in f.measures if a <= m.start and m.end <= b]
        risk = list(RISK_OF_OUTCOME.finditer(self.ctx.norm, a, b))
        if risk and not (named and named[-1].end > risk[-1].end()):
            name = _cleaned_name(risk[-1]["x"])
            if name and not any(risk[-1].start("x") <= g.start < risk[-1].end("x") for g in f.groups):
                at = self.ctx.norm.find(name, risk[-1].start("x"), b)
                known = [x for x in named if at <= x.start and x.end <= at + len(name)]
                return known[-1] if known else Mention(name, at, at + len(name))
        if named:
            return named[-1]
        if a <= f.sentence.start:
            return None  # the first effect of the sentence: the sentence's measures decide
        if any(a <= g.start < b for g in f.groups):
            return None  # "in women (HR 0.66) and men (HR 0.70)": subgroups of one outcome
        between = self._text(a, b)
        risk = RISK_OF_OUTCOME.search(between)
        words = risk["x"] if risk else re.compile(r"^[\s)\]）,;，；]*(?:and|or|of|for)?\s*(?:of\s+)?").sub("", between)
        words = re.compile(r"[\s,;:，；：(（\[]*(?:\b(?:adjusted\s+)?(?:HRs?|ORs?|RRs?|hazard\s+ratios?|odds\s+ratios?|"
                           r"relative\s+risks?|risk\s+ratios?)\b)?[\s,;:=]*$", re.I).sub("", words)
        name = _cleaned_name(words)
        if not name or len(name.split()) > 5 or re.search(r"[()\[\]（）]", name):
            return None
        at = self.ctx.norm.find(name, a, b)
        return Mention(name, at, at + len(name)) if at >= 0 else None

    def ratio_lists(self, f: SentenceFacts, before: int) -> None:
        """A ratio named once, then its values with their intervals, each for its group:
        "Adjusted hazard ratios for death among men who drank coffee as compared with those
        who did not were as follows: 0.99 (95% CI, 0.95 to 1.04) for less than 1 cup per day,
        0.94 (95% CI, 0.90 to 0.99) for 1 cup, ..."."""
        s = f.sentence
        named = None if ascii_without(s.text, RATIOS_WORDS) else RATIOS_NAMED.search(self.ctx.norm, s.start, s.end)
        if named is None:
            return
        kind = next((k for pattern, k in EFFECT_KIND if pattern.search(named.group())), None)
        if kind not in NAMED_RATIOS:
            return
        taken = {e.value for e in self.effects[before:] if e.value is not None}
        rows = []
        for at, value, ci, end in self._values_with_interval(named.end(), s.end):
            who = FOR_GROUP.match(self.ctx.norm, end) if ci else None
            if value in taken or not ci or who is None or any(p.start <= at < p.end for p in f.ps):
                continue
            rows.append((value, ci, who["x"].strip(), at, who.end()))
        # After the first interval, or in every one, the list may leave the level out: "0.93
        # (0.85–1.02) for 6 h". (Each such value lies inside its interval, as an estimate does.)
        list_end = rows[0][3] if rows else named.end()
        for m in VALUE_BARE_INTERVAL.finditer(self.ctx.norm, list_end, s.end):
            value, low, high = number(m["v"]), number(m["lo"]), number(m["hi"])
            who = FOR_GROUP.match(self.ctx.norm, m.end())
            if any(r[3] == m.start() for r in rows):
                list_end = max(list_end, who.end() if who else m.end())
                continue
            if rows and LIST_GAP_STOP.search(self.ctx.norm, list_end, m.start()):
                break  # ("…, and the median survival was 8.2 (7.1, 9.3) among never smokers": another statement)
            if who is None or value in taken or not low <= value <= high or any(p.start <= m.start() < p.end for p in f.ps):
                continue
            rows.append((value, [low, high], who["x"].strip(), m.start(), who.end()))
            list_end = who.end()
        rows.sort(key=lambda r: r[3])
        if len(rows) < 2:
            rows = self._ratios_then_groups_respectively(f, named.end(), taken)
        if len(rows) < 2:
            return  # one value is the named-ratio reader's
        of = RATIO_OF.match(self.ctx.norm, named.end())  # "hazard ratios for death among men"
        measure = None
        if of:
            known = [x for x in f.measures if of.start("x") <= x.start and x.end <= of.end("x")]
            name = _cleaned_name(of["x"])
            measure = known[-1] if known else Mention(name, of.start("x"), of.start("x") + len(of["x"])) if name else None
        measure = measure or self._measure_for(f, s.start, named.end())
        if measure is not None and vocab.info(measure.name) is None and (RATIO_NAMED.search(measure.name) or RATIOS_NAMED.search(measure.name)):
            # ("For its change, the HRs compared with no change were …": words that name the ratio,
            # not what it is of; the outcome is the one the sentence before spoke of.)
            before = self.effects[-1] if self.effects and self.effects[-1].type in NAMED_RATIOS else None
            last = self.last_measure if self.last_measure is not None and not (
                RATIO_NAMED.search(self.last_measure.name) or RATIOS_NAMED.search(self.last_measure.name)) else None
            measure = Mention(before.measure, named.start(), named.end()) if before else last or measure
        if measure is None:
            return
        sides = self._contrast(self._text(s.start, rows[0][3]))
        # (the reference named before the list, in the ratio's words or earlier in the sentence:
        # "Participants had lower mortality risk … compared with nonparticipants (… hazard ratio …")
        references = list(REFERENCE_IN_LEAD.finditer(self.ctx.norm, s.start, rows[0][3]))
        reference = references[-1] if references else None
        versus = sides.versus if sides is not None else reference["ref"].strip() if reference else REFERENCE
        lo, hi = clause_bounds(s, named.start(), named.end())
        among = AMONG_WHOM.match(self.ctx.norm, of.end() if of else named.end())
        prefix = f"{among['who']}, " if among else ""
        labels = [group for _, _, group, _, _ in rows]
        # "When comparing the highest with the lowest quintiles, the hazard ratios … were 0.81 (…)
        # for HEI-2015; 0.82 (…) for the aMED": each item's top level against its bottom one.
        extremes = EXTREME_LEVELS.search(self.ctx.norm, s.start, rows[0][3])
        if extremes is not None:
            rows = [(value, ci, THE.sub("", group), at, end) for value, ci, group, at, end in rows]
        time, previous_end = self._result_time(f, lo, hi, False), named.end()
        for value, ci, group, at, end in rows:
            if extremes is not None:
                unit = extremes["unit"].lower()
                group, versus = f"{extremes['top'].lower()} {unit}, {group}", f"{extremes['bottom'].lower()} {unit}, {group}"
            # ("…, which persisted over 20 years of follow-up (0.81 [0.78, 0.84] in CLUE I, …)": a
            # time named between two runs of the list is the later run's)
            between = [t for t in f.times if previous_end <= t.start and t.end <= at and t.time.value
                       and self.ctx.norm.count("(", previous_end, t.start) <= self.ctx.norm.count(")", previous_end, t.start)]
            time = between[-1].time if between else time
            previous_end = end
            self.effects.append(Effect(measure.name, prefix + group, versus, time,
                                       kind, value, ci, None, None, None, self._quote(s, at, end)))
        # "...; the respective hazard ratios among women were 1.01 (95% CI ...), 0.95 (...), ...":
        # the same groups, in the same order, of another subgroup.
        again = RESPECTIVE_AMONG.search(self.ctx.norm, rows[-1][3], s.end)
        if again:
            more = []
            for found in self._values_with_interval(again.end(), s.end):
                if not found[2]:
                    break
                more.append(found)
            if 2 <= len(more) <= len(labels):  # (an excerpt may end inside the list)
                for (_at, value, ci, end), label in zip(more, labels):
                    self.effects.append(Effect(measure.name, f"{again['who']}, {label}", versus, self._result_time(f, lo, hi, False),
                                               kind, value, ci, None, None, None, self._quote(s, again.start(), end)))

    def _ratios_then_groups_respectively(self, f: SentenceFacts, a: int, taken: set) -> list:
        """Rows of a ratio list whose groups follow all its values, "respectively": "hazard ratios
        (95% CI) for HF were 1.28 (1.02-1.61) and 1.64 (1.08-2.49) for egg consumption of 1/day and
        2+/day, respectively". As many groups as values, each value inside its interval; else none."""
        s = f.sentence
        values, at = [], a
        for m in VALUE_BARE_INTERVAL.finditer(self.ctx.norm, a, s.end):
            if values and not VALUES_JOINED.fullmatch(self.ctx.norm, at, m.start()):
                break
            value, low, high = number(m["v"]), number(m["lo"]), number(m["hi"])
            if value in taken or not low <= value <= high or any(p.start <= m.start() < p.end for p in f.ps):
                return []
            values.append((value, [low, high], m.start()))
            at = m.end()
        listed = GROUPS_RESPECTIVELY_AFTER.match(self.ctx.norm, at) if len(values) >= 2 else None
        if listed is None:
            return []
        head, items = (listed["head"] or "").strip(), [x.strip() for x in GROUP_ITEM_SPLIT.split(listed["list"]) if x.strip()]
        if len(items) != len(values):
            return []
        # ("egg consumption of 1/day and 2+/day": the words before the first item are every item's)
        names = [f"{head} {x}".strip() for x in items]
        return [(v, ci, name, start, listed.end()) for (v, ci, start), name in zip(values, names)]

    def _in_ratio_list(self, s: Sentence, st: Stat) -> bool:
        """Whether a value is a row of a list of ratios named once ("the HRs … were A (…) for X,
        B (…) for Y"): a value with its interval, then whose, after the ratios' name."""
        named = self._ratios_named.get(s.index, 0)
        if named == 0:  # (searched once a sentence: every value of it asks)
            named = self._ratios_named[s.index] = None if ascii_without(s.text, RATIOS_WORDS) \
                else RATIOS_NAMED.search(self.ctx.norm, s.start, s.end)
        if named is None or named.start() >= st.start:
            return False
        row = VALUE_BARE_INTERVAL.match(self.ctx.norm, st.start) or BARE_WITH_CI.match(self.ctx.norm, st.start)
        if row is None:
            return False
        end = row.end() if row.re is VALUE_BARE_INTERVAL else (LIST_CI.match(self.ctx.norm, row.end(_value_group(row))) or row).end()
        return FOR_GROUP.match(self.ctx.norm, end) is not None

    def _values_with_interval(self, a: int, b: int):
        """(start, value, [low, high] or None, end) of each value in [a, b) that is followed
        by a bracketed 95% interval ("0.99 (95% CI, 0.95 to 1.04)")."""
        for m in BARE_WITH_CI.finditer(self.ctx.norm, a, b):
            v = _value_group(m)
            ci = LIST_CI.match(self.ctx.norm, m.end(v))
            cis = intervals(self._text(m.end(v), ci.end())) if ci else []
            yield m.start(), number(m[v]), ([cis[0].low, cis[0].high] if cis else None), (ci.end() if ci else m.end(v))

    def counts_of_arms(self, f: SentenceFacts) -> None:
        """Each arm's count of people out of its size, no share written: "Postoperative infections
        occurred in 15 of the 136 patients in the laparoscopic group and 31 of the 133 patients
        in the open group", "13 of the 1,626 participants in the M72/AS01E group, compared with
        26 of the 1,663 … in the placebo group, had tuberculosis". One count ("n") each, out of
        its arm's size, for the outcome named before the counts in their clause, else the one
        they had after them; two arms or more, each named right after its count."""
        s = f.sentence
        if len(self._study_arms()) < 2 or HAN.search(s.text):
            return
        counted = self._arm_counts(f, COUNT_OF_ARM) if " of " in s.text else []
        verb = None
        if len(counted) < 2:
            # ("108 patients died in the drug group and 156 in the placebo group": bare counts, the
            # first of people, or of people who did what the outcome is)
            counted = self._arm_counts(f, BARE_COUNT_IN_ARM)
            first = counted[0][0] if counted else None
            if first is None or not (first["people"] or first["verb"]):
                return
            verb = first["verb"]
            if verb is None and not EVENT_IN_BEFORE.search(self._text(max(f.sentence.start, first.start() - 30), first.start())):
                # (bare counts are events only where the sentence says they happened: "X occurred in 11
                # participants in the vaccine group and 33 in the placebo group", "… in the placebo group
                # died" right after the last arm, not "…, 20 and 35 died" after more numbers)
                after = self._outcome_after(counted[-1][1].end, s.end, [])
                if after is None or after.name not in OUTCOME_VERB.values() \
                        or not VERB_RIGHT_AFTER_ARM.fullmatch(self._text(counted[-1][1].end, after.start)):
                    return
        if len(counted) < 2 or len({g.name for _, g in counted}) != len(counted):
            return
        lo, hi = clause_bounds(s, counted[0][0].start(), counted[0][0].end())
        if COUNTED_PEOPLE_VERB.search(self._text(lo, counted[0][0].start())) \
                or COUNTED_PEOPLE_VERB.search(self._text(counted[-1][1].end, s.end)) \
                or BASELINE_WORDS.search(s.text) or BEFORE_THE_TRIAL.search(s.text) or SUBGROUP_OPENS.match(s.text):
            return  # (who was allocated, followed or analysed, who they were before, a subgroup's: no outcome)
        # The outcome: the verb of the counts; else what "occurred in" follows ("Tuberculosis developed in
        # 13 of …"), the vocabulary's measure where it names one; else what the counts had after them.
        event = EVENT_NAMED_BEFORE.search(self._text(lo, counted[0][0].start()))
        if verb:
            outcome = Mention(OUTCOME_VERB[verb.lower()], counted[0][0].start("verb"), counted[0][0].end("verb"))
        elif event:
            named = [x for x in f.measures if lo + event.start("x") <= x.start and x.end <= lo + event.end("x")]
            name = named[-1].name if named else self._named_measure(measure_phrase(self._text(lo + event.start("x"), counted[0][0].start())))
            outcome = Mention(name, lo + event.start("x"), lo + event.end("x")) if name else None
        else:
            outcome = self._outcome_after(counted[-1][1].end, s.end, [])
        if outcome is None or LONE_NUMBER.search(outcome.name):
            return  # (a number of its own in the name: no outcome's; "COVID-19" is one)
        quote = self._quote(s, min(lo, outcome.start), max(counted[-1][1].end, outcome.end))
        if any(m.groupdict().get("n") and int(m["k"].replace(",", "")) > int(m["n"].replace(",", "")) for m, _ in counted):
            return  # (more than out of: no count of its people)
        for m, g in counted:
            k = int(m["k"].replace(",", ""))
            n = int(m["n"].replace(",", "")) if "n" in m.groupdict() else None
            self._add(Measurement(outcome.name, g.name, self._time_of_stated(f, Stat(k, m.start(), m.end()), lo, hi), "n", k,
                                  None, None, n, quote))
            f.used_stats.update(i for i, x in enumerate(f.stats) if m.start() <= x.start < m.end())

    def events_then_arm_counts(self, f: SentenceFacts) -> None:
        """Events counted, then each arm's count in a bracket: "47 RSV-confirmed LRTD episodes
        were reported (RSVPreF3 OA: 7; placebo: 40)". One count ("n") per arm, of the events as
        named, when the bracket holds every count it holds for a study arm, two or more."""
        s = f.sentence
        arms = self._study_arms()
        if len(arms) < 2 or "(" not in s.text:
            return
        for m in EVENTS_THEN_ARM_COUNTS.finditer(self.ctx.norm, s.start, s.end):
            items = list(ARM_COUNT_ITEM.finditer(m["body"]))
            if len(items) < 2 or "".join(i.group() for i in items).strip() != m["body"].strip():
                continue
            at = m.start("body")
            named = []
            for i in items:
                g = next((g for g in f.groups if g.start == at + i.start("arm") and g.name in arms), None)
                if g is None:
                    break
                named.append((g.name, int(i["k"].replace(",", ""))))
            if len(named) != len(items) or len({a for a, _ in named}) != len(named):
                continue
            name = self._named_measure(_clean(m["x"])) or _clean(m["x"])
            if not name or LONE_NUMBER.search(name) or UNIT_OPENS_NAME.match(name) or COUNTED_PEOPLE_VERB.search(name):
                continue  # ("47 adults aged 65 years or older were seen (…)": the count's words cut at a number)
            lo, hi = clause_bounds(s, m.start(), m.end())
            for arm, k in named:
                self._add(Measurement(name, arm, self._opening_time(f), "n", k, None, None, None, self._quote(s, lo, m.end())))
            f.used_stats.update(i for i, st in enumerate(f.stats) if m.start("body") <= st.start < m.end())

    def _arm_counts(self, f: SentenceFacts, pattern: re.Pattern) -> list[tuple[re.Match, Mention]]:
        """The counts ``pattern`` finds in the sentence, each with the study arm named right after
        it; none that is a share's count ("15 of 136 (11.0%) in …") or a value with a unit."""
        out = []
        for m in pattern.finditer(self.ctx.norm, f.sentence.start, f.sentence.end):
            g = next((g for g in f.groups if g.start == m.end() and g.name in self._study_arms()), None)
            if g is None or any(x.start <= m.start() < x.end and (x.percent or x.count_pct is not None or x.has_spread)
                                for x in f.stats) or SHARE_BESIDE.match(self.ctx.norm, g.end):
                continue  # (a count with its share is arm_proportions')
            out.append((m, g))
        return out

    def arm_proportions(self, f: SentenceFacts) -> None:
        """Per-arm counts with their percentage, each beside its arm: "382 (61.2%) stroke-unit
        patients and 251 (50.4%) general-ward patients had an mRS score of 0-2", "mortality was
        6.6% (41/624) in the stroke-unit group", "治疗组有效率为85.0%（34/40）"."""
        s = f.sentence
        # One cohort: no arms found, and the sentence compares nothing and names no group.
        single_arm = not self.ctx.arms and not COMPARING.search(s.text) \
            and not GROUPISH.search(s.text)
        if not (f.groups or single_arm):
            return
        if not f.measures:
            if not single_arm:
                # "68 (71%) of 96 participants who received A versus 1 (2%) of 50 who received
                # placebo reached desensitization": the outcome they reached, named after the arms.
                after = self._outcome_after_arms(f)
                if after is None:
                    return
                f.measures = [after]
            else:
                # "Complete healing of all ulcers was seen in 8 of 21 patients (38%)": the outcome
                # as written before a cohort's rate.
                found = [x for x in _shift(proportions(s.text), s.start) if x.total is not None]
                name = self._named_measure(measure_phrase(self._text(s.start, found[0].start))) if found else None
                if name is None or re.compile(r"\d").search(name):
                    return
                at = self.ctx.text.find(name, s.start, found[0].start)
                f.measures = [Mention(name, at if at >= 0 else s.start, (at if at >= 0 else s.start) + len(name))]
        self._read_arm_proportions(f, single_arm)

    def _outcome_after_arms(self, f: SentenceFacts) -> Mention | None:
        """The outcome named right after the last of two arms' shares, each share's people
        described by what they received ("… of 50 who received placebo reached …")."""
        s = f.sentence
        shares = _shift(proportions(s.text), s.start)
        described = [WHO_RECEIVED.match(self.ctx.norm, x.end) for x in shares]
        if len(shares) < 2 or None in described or len({self._who_received(Stat(0, x.start, x.end)) for x in shares} - {None}) != len(shares):
            return None
        end = described[-1].end("x")
        outcome = self._outcome_after(end, s.end, [])
        if outcome is None or not OUTCOME_VERB_LEAD.fullmatch(self._text(end, outcome.start)):
            return None
        lead = END_POINT_OF.match(outcome.name)
        if lead and STUDY_ITSELF.match(outcome.name, lead.end()):
            return None  # ("reached the primary endpoint of the trial": which, it does not say)
        return Mention(outcome.name[lead.end():], outcome.start, outcome.end) if lead else outcome

    def _read_arm_proportions(self, f: SentenceFacts, single_arm: bool) -> None:
        """``arm_proportions``' reading, once the sentence's measure is known."""
        s = f.sentence
        taken = [(t.start, t.end) for t in f.times] + [(p.start, p.end) for p in f.ps]
        # (not a share another reader has read: "…分別為60.0%（24/40）、45.0%（18/40）及30.0%（12/40）" is arm_lists')
        read = [st for i, st in enumerate(f.stats) if i in f.used_stats]
        shares = [x for x in _shift(proportions(s.text), s.start) if not any(a <= x.start < b for a, b in taken)
                  and not any(x.start <= st.start < x.end for st in read)]
        in_order = self._respective_order(f, shares)
        paired = self._share_pairs(f, shares) if not in_order else {}
        for k, x in enumerate(shares):
            group = in_order[k] if in_order else paired.get(k) or self._group_beside(f, x.start, x.end)
            if group is None and single_arm and x.total is not None and self._one_per_time(f, s) and self._measure_for(
                    f, clause_bounds(s, x.start, x.end)[0], x.start) is not None:
                # A study of one cohort: "the ulcers healed in 8 of 21 patients (38%) at week
                # 12" is the cohort's rate (of the measure named before it in its clause).
                group = "all"
            if group is None:
                continue
            lo, hi = clause_bounds(s, x.start, x.end)
            # (a semicolon inside a bracket cuts no part: "62% (24 of 39; 95% CI 45–78) in the A group and …")
            part = s.start + max([0] + [p.end() for p in _top_level(self._text(s.start, x.start), PART_END)])
            # (A measure named after the value is its own only in its part of the sentence, and not
            # where an adverse event is named before it: "不良反应发生率为34.38%…；观察组的中位无进展生存期…")
            measure = self._measure_for(f, lo, x.start) or next(
                (m for m in f.measures if m.start >= x.end and not SAFETY_NAME.search(self._text(lo, x.start))
                 and not (PART_END.search(self.ctx.norm, x.end, m.start) and any(y.start > m.start for y in f.stats))), None)
            if measure is None or measure.start < part:
                continue  # (not a measure of an earlier part: "…总有效率为90.0%；再发卒中：治疗组2例(6.7%)")
            # (A time named after the value, in a later clause, is the later values': "治疗结束时
            # …80.0%(36/45)，3个月后随访…88.1%".)
            time = self._time_clue(f, Stat(x.pct, x.start, x.end), lo, hi) or self._time_near(f, s.start, x.end)
            if time is None and not any(t.start >= x.end for t in f.times):
                time = self.default_time
            self._add(Measurement(measure.name, group, time, "percent", x.pct, None, None, x.n,
                                  self._quote(s, min(lo, measure.start), max(hi, measure.end))))
            for i, st in enumerate(f.stats):
                if x.start <= st.start < x.end:
                    f.used_stats.add(i)

    def _respective_order(self, f: SentenceFacts, items: list) -> list[str] | None:
        """The arm of each of a run of values closed by "respectively": the arms named between
        the run and "respectively" ("30% (30/100) and 10% (10/100) with drug Z and placebo,
        respectively"), else those named before the run in its clause ("greater with drug Z than
        with placebo (48% and 21%, respectively)"), in order; None unless there is one arm per
        value. The arm nearest a value is the wrong one in both."""
        if len(items) < 2:
            return None
        closing = RESPECTIVELY.search(self.ctx.norm, items[-1].end, f.sentence.end)
        if closing is None:
            return None
        # (only the values between the run and "respectively" are looked at: found by bisection,
        # the values being in order, not by going through all of a long sentence's for each run)
        if f.stat_starts is None:
            f.stat_starts = [x.start for x in f.stats]
        between = f.stats[bisect_left(f.stat_starts, items[-1].end):bisect_left(f.stat_starts, closing.start())]
        if any(not any(i.start <= x.start < i.end for i in items) for x in between):
            return None
        after = list(dict.fromkeys(g.name for g in f.groups if items[-1].end <= g.start < closing.start()))
        if len(after) == len(items):
            return after
        lo = clause_bounds(f.sentence, items[0].start, items[0].end)[0]
        named = [g for g in f.groups if lo <= g.start < items[0].start]
        before = list(dict.fromkeys(g.name for g in named))
        if after:
            return None
        arms = self._study_arms()
        if len(before) == 1 == len(items) - 1 and len(arms) == 2 and before[0] in arms \
                and COMPARATOR_LEAD.search(self._text(max(lo, named[0].start - 30), named[0].start)):
            # "greater with supplements than placebo (58% and 25%, respectively)": of two arms,
            # the one after "than" is the second; the first is the other arm.
            return [next(a for a in arms if a != before[0]), before[0]]
        return before if len(before) == len(items) else None

    def shares_then_outcome(self, f: SentenceFacts) -> None:
        """Shares of two or more arms with what they did named after them: "35.6% of the
        intervention group and 20.2% of the usual care group achieved remission", "In the drug
        group, 40% responded versus 22% in the placebo group", "治疗组有71例（35.6%）达到缓解，对照组
        有40例（20.2%）达到缓解".

        The outcome is the phrase after the verb that follows the first share; each share's
        arm is the one named beside it, else the only arm its segment names before it. Two
        shares of two different arms, or nothing."""
        s = f.sentence
        # (arms the sentence names only by what their people received, in a story that names none:
        # "37% of patients treated with insulin icodec achieved …, compared with 27% of those treated
        # with insulin degludec")
        received_only = not f.groups and not self._study_arms() and len(WHO_RECEIVED_AFTER_SHARE.findall(s.text)) >= 2
        if not (f.groups or received_only) or _baseline_balance(s.text) or SUPPOSED.search(s.text) \
                or WHO_THEY_WERE.search(s.text) or SUBGROUP_OPENS.match(s.text):
            return  # (adverse events are the safety reader's; who people were, or a subgroup's shares, no result)
        # (A count with its share, "71例（35.6%）", is the share of that arm.)
        # (A share after a bound stays in the list: it can be part of the outcome's name.)
        # (A share with its confidence interval is a share: "50% (95% CI, 46 to 54) and 57% … of the …".)
        shares = [(i, st) for i, st in enumerate(f.stats) if (st.percent or st.count_pct is not None)
                  and (i not in f.used_stats or i in f.bounded) and (not st.has_spread or st.percent and _ci_spread(st))]
        if len(shares) < 2:
            return
        # (The outcome is said in the shares' own clause: "12% and 8% discontinued treatment;
        # 35.6% … achieved remission" gives the first two no outcome.)
        limit = clause_bounds(s, shares[0][1].start, shares[0][1].end)[1]
        outcome = self._outcome_after(shares[0][1].end, limit, [st for _, st in shares])
        if outcome is None or PEOPLES_HISTORY.search(self.ctx.norm, shares[0][1].end, outcome.end):
            return  # (what they had before: "55% and 53% had previously received a triptan")
        # The verb follows a share with nothing but who its people are between them: "…, 35.6%
        # achieved", "of the placebo group achieved", not "(88% … and 90% …), most achieved" nor
        # "对照组占52.0%，治疗后治疗组有71例达到缓解".
        before = [st for _, st in shares if st.end <= outcome.start]
        after_share = before[-1].end if before else outcome.start
        if self.ctx.norm[after_share:after_share + 1] in ")）":
            after_share += 1  # "one (3.3%) in the … group had": the share's own bracket
        # ("71% and 2% of those who received X and Y, respectively, achieved": who the shares'
        # people were, listed up to "respectively", then the verb.)
        listed = RESPECTIVELY_ASIDE.search(self.ctx.norm, after_share, outcome.start) if before else None
        # (only when that list is the study's arms: "… of patients who received concomitant
        # psychotherapy in the drug K and placebo groups, respectively" is a subgroup's shares)
        listed = listed if listed and self._arms_listed(self._text(before[-1].end, listed.start()),
                                                        self._study_arms()) else None
        if listed:
            after_share = listed.end()
        # ("51.2%, 60.4% and 22.5% of patients in the 100 mg, 300 mg and placebo groups had …": the
        # commas of a list of the arms, one for each share, cut nothing.)
        if not before or OUTCOME_CUT.search(self.ctx.norm, after_share, outcome.start) \
                and (listed or self._arm_list_beside(f, before) is None):
            return
        # A measure the sentence names before its first share is that share's, not this one's.
        if any(x.end <= shares[0][1].start and x.start >= clause_bounds(s, shares[0][1].start, shares[0][1].end)[0]
               for x in f.measures):
            return
        picked = []
        kept = [st for _, st in shares if not outcome.start <= st.start < outcome.end]
        # (The list before "respectively" is read below as a run's, not as the last share's own.)
        received = {id(st): None if listed else self._who_received(st) for st in kept}
        # ("… compared to 59.8% in the comparator arm": a share whose arm is named beside it is sure.)
        if not listed and any(WHO_RECEIVED.match(self.ctx.norm, st.end) for st in kept) \
                and any(received[id(st)] is None and self._group_beside(f, st.start, st.end) is None for st in kept):
            return  # "12% of patients who received concomitant X": a subgroup's share, or arms unsure
        if len({t.time for t in f.times if t.time.value}) > 1:
            return  # "40% at week 4 and 60% at week 8, versus 20% and 30%": whose time is whose is unsure
        for i, st in shares:
            if outcome.start <= st.start < outcome.end:
                continue  # "had a reduction of 50% or more": part of the outcome's name
            if i in f.bounded:
                continue  # "More than 50% of the drug group …": a bound, no arm's share
            # (Who the share's people are, said right after it, is the surest: "54 (39%) of 137
            # children who received X" is X's share, whatever arm was named before it.)
            group = received[id(st)] or self._group_beside(f, st.start, st.end) or self._segment_arm(f, st)
            if group is None:
                continue
            picked.append((i, st, group))
        unplaced = [st for st in kept if st.end <= outcome.start and not any(st is x for _, x, _ in picked)]
        if unplaced and len(picked) >= 2:
            return  # "30% were lost to follow-up and 45% achieved remission": a share left over is unsure
        if len(picked) < 2 or len({g for _, _, g in picked}) != len(picked):
            # "71% and 2% of those who received immunotherapy and placebo, respectively,
            # achieved desensitization": the arms of a run of shares, named after it.
            index = {id(st): i for i, st in shares}
            picked = []
            for run in self._runs(f, [st for _, st in shares if st.end <= outcome.start]):
                groups = self._run_groups(f, run, self._study_arms()) if len(run) >= 2 else None
                if groups and "all" not in groups and len(set(groups)) == len(groups):
                    picked += [(index[id(st)], st, g) for st, g in zip(run, groups)]
            if len(picked) < 2 or len({g for _, _, g in picked}) != len(picked):
                return
        # (An outcome with its threshold, "20%及以上的体重降幅", is not the measure it thresholds.)
        name = outcome.name if re.compile(r"\d").search(outcome.name) else self._named_measure(outcome.name) or outcome.name
        # One time point in the sentence is every share's ("至第二十四週，幹細胞組有9人（18.8%）發生急性
        # 惡化，安慰劑組為14人（29.2%）"); with more, each share's own clause says which.
        points = {t.time for t in f.times if t.time.value}
        taken = {(m.measure, m.group, m.time) for m in self.measurements if m.stat == "percent"}
        for i, st, group in picked:
            lo, hi = clause_bounds(s, st.start, st.end)
            time = next(iter(points)) if len(points) == 1 else self._time_clue(f, st, lo, hi) or self._opening_time(f)
            if (name, group, time) in taken:
                continue  # a second share of the same arm and time is some subgroup's: not this arm's
            share, n = (st.value, None) if st.percent else (st.count_pct, st.value)
            spread = (st.dispersion, st.dispersion_value) if _ci_spread(st) else (None, None)
            self._add(Measurement(name, group, time, "percent", share, *spread, n, self._quote(s, s.start, s.end)))
            f.used_stats.add(i)

    def zh_share_of_cohort(self, f: SentenceFacts) -> None:
        """"报告显示，61%患者有心血管共病", "61%的患者合并心血管疾病": the share of a study's
        people (one cohort: no arms) who had something, as a Chinese summary writes it; what
        they had named right after the verb, the vocabulary's name where it knows it."""
        s = f.sentence
        if self._study_arms() or f.groups or HAN.search(s.text) is None or "%" not in s.text:
            return  # (a sentence that names a group compares it: "…，远高于安慰剂组的3%")
        for m in ZH_SHARE_WHO_HAD.finditer(self.ctx.norm, s.start, s.end):
            if self.ctx.mentions("adverse_events", m.start("what"), m.end("what")):
                continue  # (an adverse event's share is the safety reader's)
            k = next((i for i, x in enumerate(f.stats) if x.start == m.start("pct") and x.percent), None)
            if k is None or k in f.used_stats or k in f.bounded:
                continue
            written = self._text(m.start("what"), m.end("what"))
            name = self._named_measure(written) or written
            f.used_stats.add(k)
            self._add(Measurement(name, "all", self._lead_time(f), "percent", number(m["pct"]), None, None, None,
                                  self._quote(s, s.start, s.end)))

    def shares_of_groups_as_written(self, f: SentenceFacts) -> None:
        """"Maternal vaccination was documented in 73 (19%) RSV-positive infants and 60 (41%)
        RSV-negative infants", "Supplemental oxygen was required in 287 (73%) RSV-positive
        patients compared with 62 (43%) controls": what the sentence names before "was … in",
        each count's share of the people named right after it, in a study that names no arms
        (a case-control study's cases and controls, a cohort's exposure groups). Two groups,
        each named once, or nothing."""
        s = f.sentence
        if len(self._study_arms()) >= 2 or "%" not in s.text:
            return
        # (named at the sentence's start, or right after the comma of its opening words)
        lead = SAID_OF_GROUPS.match(self.ctx.norm, s.start)
        if lead is None:
            opening = OPENING_WORDS.match(self.ctx.norm, s.start)
            lead = SAID_OF_GROUPS.match(self.ctx.norm, opening.end()) if opening else None
        if lead is None:
            return
        pairs = list(COUNT_SHARE_OF_WRITTEN_GROUP.finditer(self.ctx.norm, lead.end(), s.end))
        if len(pairs) < 2 or pairs[0].start() != lead.end() \
                or not GROUPS_JOINED.fullmatch(self.ctx.norm, pairs[0].end(), pairs[1].start()) \
                or len(pairs) > 2 and GROUPS_JOINED.fullmatch(self.ctx.norm, pairs[1].end(), pairs[2].start()):
            return  # (two groups: a third joined on is a list whose order the sentence does not tie)
        pairs = pairs[:2]
        names = [(m["who"] or m["people"]).strip() for m in pairs]
        if len({n.lower() for n in names}) != 2 or any(NOT_AN_OUTCOME.match(n) for n in names):
            return
        written = re.compile(r"^(?:the|a|an)\s+", re.I).sub("", self._text(lead.start("what"), lead.end("what")).strip())
        if written[:1].isupper() and not written[1:2].isupper():
            written = written[0].lower() + written[1:]  # (the sentence's capital, no part of the name)
        name = self._named_measure(written) or written
        if not name or re.compile(r"\d").search(name) or NOT_AN_OUTCOME.match(name) or GENERIC_MEASURE.fullmatch(name):
            return
        if any(not any(x.start == m.start("n") and i not in f.used_stats for i, x in enumerate(f.stats)) for m in pairs):
            return  # (a count another reader has taken)
        quote = self._quote(s, s.start, s.end)
        for m, group in zip(pairs, names):
            k = next(i for i, x in enumerate(f.stats) if x.start == m.start("n"))
            f.used_stats.add(k)
            self._add(Measurement(name, group, self._lead_time(f), "percent", number(m["pct"]), None, None,
                                  int(m["n"].replace(",", "")), quote))

    def _who_received(self, st: Stat) -> str | None:
        """The arm a share's people are described by right after it: "67 (51%) of 132 children
        who received R21/Matrix-M with low-dose adjuvant", "29% (14/49) of patients who
        underwent gastric bypass": the study's arm of that name, else the treatment as written."""
        m = WHO_RECEIVED.match(self.ctx.norm, st.end)
        if m is None:
            return None
        written = re.compile(r"^(?:the|a|an)\s+", re.I).sub("", self._text(m.start("x"), m.end("x")).strip())
        # (the study's arm as its allocation named it, "usual care", before the vocabulary's name
        # for those words, "standard care")
        own = self._arm_in_words(written, self._study_arms()) if self._study_arms() else None
        if own is not None:
            return own
        known = self.ctx.group_called(written)
        if known is not None:
            return known
        if self._study_arms():
            # "of those who received immunotherapy": the one arm whose name holds those words;
            # else none of the study's arms, a subgroup.
            return _arm_holding(written, self._study_arms())
        return written if 1 <= len(written.split()) <= 8 and not NOT_AN_OUTCOME.match(written) else None

    def _segment_arm(self, f: SentenceFacts, st: Stat) -> str | None:
        """The one arm a value's segment names before it ("治疗组中，200位病人有71位（35.6%）…",
        "In the drug group, 40% responded"), with no value of another arm between."""
        a, _ = self._segment(f.sentence, st.start)
        a = max(a, clause_bounds(f.sentence, st.start, st.end)[0]) if not HAN.search(self._text(a, st.start)) else a
        named = [g for g in f.groups if a <= g.start < st.start]
        if len({g.name for g in named}) != 1:
            return None
        if any(named[-1].end <= x.start < st.start and (x.percent or x.count_pct is not None) for x in f.stats):
            return None
        return named[-1].name

    def plain_values(self, f: SentenceFacts) -> None:
        """The values every shape above left: percentages and numbers with a unit but no
        spread ("FEV1 was 1.45 L vs 1.30 L", "the response rate was 62.5% (15/24) in the
        stem cell group versus 33.3% (8/24) with placebo", "45.1 and 50.2, respectively").

        One rule for all of them, so that it holds on articles nobody here has read: the
        measure is the one named last before the value in its sentence; the arm is the one
        named beside the value, else the k-th arm of a "respectively" or "vs" run, else the
        whole cohort when the study has no arms; the time is one named in the value's own
        clause, else none. A value for which any of the three is in doubt is left out: a
        missing number is better than a misplaced one."""
        s = f.sentence
        if SUPPOSED.search(s.text):
            return
        skip = self._not_values(f)
        if _baseline_balance(s.text):
            # The arms alike before treatment: no values of that part of the sentence are read
            # here, but a part after a semicolon (``_segment``) may give results ("…(P<0.05)；两组治疗前的…差异无
            # 统计学意义" is a result, then the balance).
            parts = sorted({self._segment(s, x.start) for x in f.stats})
            balanced = [(a, b) for a, b in parts if _baseline_balance(self._text(a, b))]
            if len(balanced) == len(parts):
                return
            skip = skip + balanced
        skipped = _within(skip)  # (by bisection: a flattened table asks it of hundreds of values)
        free = [(i, st) for i, st in enumerate(f.stats)
                if i not in f.used_stats and not st.has_spread and not skipped(st.start)
                and self._reads_as_value(f, st)]
        if not free:
            return
        if not f.measures:
            # A rate the vocabulary does not know, named before its percentage ("the response
            # rate was 62.5%", "总有效率为93.3%"); a burden of disease in a country is background.
            # Or a measure of time before its durations ("中位缓解时间…3.5天对5.0天").
            rates = [st for _, st in free if st.percent or TIME_UNIT.match(self.ctx.norm, st.end)]
            phrase = self._phrase_measure(s, rates, []) if rates else []
            if not phrase or not (RATE_NAME.search(phrase[0].name) or DURATION_NAME.search(phrase[0].name)) \
                    or BACKGROUND_RATE.search(phrase[0].name) or NOT_A_NAME_OF_A_RATE.search(phrase[0].name) \
                    or BACKGROUND_RATE.search(self.ctx.norm, max(s.start, phrase[0].start - 14), phrase[0].start):
                return  # ("台湾65岁以上长者失智症盛行率约7.99%": the country's, before the name and its age band)
            f.measures = phrase
        arms = self._study_arms()
        taken = {(m.measure, m.group, m.time, m.stat) for m in self.measurements}
        zh = HAN.search(s.text) is not None
        last = None  # (where the last value read here ends, and its arm)
        # (the value of the arm a value was set against, right after it: "(29.3%)显著低于对照组(47.2%)",
        # and the measure it is of)
        against: dict[int, Mention] = {}
        for run in self._runs(f, [st for _, st in free]):
            if BY_BEFORE_RUN.search(self._text(clause_bounds(s, run[0].start, run[0].end)[0], run[0].start)):
                continue  # ("Versus placebo, HbA1c was lower by 0.5%, 0.8%, and 1.0% …": differences, no arm's levels)
            groups = self._run_groups(f, run, arms)
            if groups is None and len(run) == 1 and last is not None:
                groups = self._arm_of_its_chain(f, run[0], *last)
            set_against = None
            if groups is None and len(run) == 1 and (found := self._arm_against_the_other(f, run[0], arms)) is not None:
                groups, set_against = found
            if groups is None:
                continue
            last = (run[-1], groups[-1])
            run_time = None
            for st, group in zip(run, groups):
                lo, hi = clause_bounds(s, st.start, st.end)
                # "痊愈率47.52%，愈显率87.13%": a rate named right before a value is that value's.
                measure = against.get(st.start) or self._named_right_before(f, st) or self._measure_for(f, lo, st.start)
                if set_against is not None and measure is not None:
                    against[set_against.start] = measure
                # "治疗组总有效率为100.0%，对照组为88.3%": a clause that names only its arm
                # carries the measure named before; a clause that names neither does not.
                carried = group != "all" and self._group_beside(f, st.start, st.end) == group \
                    and not any(lo <= m.start < st.start for m in f.measures) \
                    and not OWN_OUTCOME_VERB.search(self.ctx.norm, st.end, hi)  # ("…had relapsed": its own outcome)
                changed = list(CHANGED_BY_NUMBER.finditer(self.ctx.norm, lo, st.start))
                if ARM_THEN_OWN_VERB.match(self.ctx.norm, st.end, hi) or changed and not any(
                        changed[-1].end() <= x.start < st.start for x in f.measures):
                    # ("… and 40% in the placebo group had hypoglycaemia"; "… by 2.1 kg in women and 1.4 kg
                    # in men"): no value of the measure named before, and no reader's after this one.
                    f.used_stats.add(self._stat_index(f, st))
                    continue
                if measure is not None and WITH_BEFORE_MEASURE.search(self.ctx.norm, max(s.start, measure.start - 12), measure.start) \
                        and MEASURE_BOUND_AFTER.match(self.ctx.norm, measure.end):
                    continue  # ("… vs 14.5% with NIHSS scores of 15–25": who the people were, not what was measured)
                if measure is None or GENERIC_CHANGE.fullmatch(measure.name) \
                        or (PER_TIME.match(self.ctx.norm, st.end) and not (st.percent and EVENT_LIKE.search(measure.name))) \
                        or (measure.start < lo and self._other_value_between(f, measure.end, lo) and not carried) \
                        or self.ctx.mentions("adverse_events", measure.start, st.start):
                    continue  # (an event the safety reader counts)
                if st.percent and not RATE_NAME.search(measure.name) and RATE_NAME.search(self._text(measure.end, st.start)):
                    continue  # "收缩压下降≥10 mmHg，有效率高达94.4%": the rate is not the pressure's
                if st.percent and measure.start < st.start and (SHARE_OF_WHOM.match(self.ctx.norm, st.end)
                                                                or PEOPLE_THEN_SHARE.search(self.ctx.norm, max(s.start, st.start - 6), st.start)):
                    continue  # "…、50%的患者病毒载量低于200", "…的患者(36%)病情发生进展": a share of people, of what comes after it
                if st.percent and measure.end <= st.start and SHARE_IS_SUBJECT.match(self.ctx.norm, st.end):
                    continue  # "85% … achieved viral suppression and 30% were smokers": a share with its own verb
                if ZH_CHANGE_AMOUNT.search(self.ctx.norm, max(s.start, st.start - 12), st.start) \
                        or zh and ZH_CHANGE_NOUN_AFTER.match(self.ctx.norm, measure.end):
                    continue  # ("体脂率下降量(2.19%)", "体重降幅为3.1 kg", "…下降量…，对照组(0.35%)": an amount of change, no level)
                if CHANGE_FROM_BASELINE.search(self._text(min(lo, measure.start), st.start)) \
                        or (CHANGE_NOUN_BEFORE.search(self.ctx.norm, max(s.start, measure.start - 40), measure.start)
                            and not EVENT_LIKE.search(measure.name)):
                    continue  # "reduction from baseline HbA1c … (2.1% vs. 0.3%)", "The reduction in SBP was 12.1 vs 3.4": changes, not levels
                if st.percent and self._scale_share(measure, max(s.start, measure.start - 60)):
                    continue  # "participants with PHQ-9 below 5 was 25% vs 11%": shares of people, no PHQ-9 scores
                if st.percent and group == "all" and SHARE_OF_A_PART.search(self.ctx.norm, max(s.start, st.start - 48), st.start):
                    continue  # ("seven of the nine participants in Part B (78%)": a share of a part the study does not name as a group)
                if VERSUS_RIGHT_BEFORE.search(self.ctx.norm, max(s.start, st.start - 16), st.start) \
                        and CHANGED_BY_NUMBER.search(self.ctx.norm, s.start, st.start):
                    continue  # "decreased by 5.2% with A …, compared with 12 kg in the placebo group": a change
                if NOT_A_NAME_OF_A_RATE.search(measure.name) and vocab.info(measure.name) is None:
                    continue  # ("看更多：咖啡這樣喝20分鐘…": a link's label, no measure's name)
                stat = "percent" if st.percent else "median" if self._median_before(s, st.start) else "mean"
                # (The time named before a run is each of its values': "at week 12 … (48% and 21%)".)
                time = self._values_then_times(f, st) or self._time_clue(f, st, lo, hi) or (run_time if st is not run[0] else None)
                if time is None and OPENS_AT_BASELINE.match(s.text):
                    time = BASELINE
                elif time is None:
                    time = self._opening_time(f) or self._lead_time(f)
                if st is run[0]:
                    run_time = time
                if (measure.name, group, time, stat) in taken:
                    continue  # a second value for the same measure, group and time: one is not what it seems
                taken.add((measure.name, group, time, stat))
                self._add(Measurement(measure.name, group, time, stat, st.value, None, None, None,
                                      self._quote(s, min(lo, measure.start), hi)))
                f.used_stats.add(self._stat_index(f, st))

    def zh_risk_statements(self, f: SentenceFacts, known: int) -> None:
        """A risk said in words in Chinese news of a cohort: "睡眠少于5小时的人患痴呆的风险是睡眠7小时者
        的1.6倍" (a ratio, the group against the one after 是), "常吃加工红肉的人早逝风险增加13%" (a
        relative change of the people named first, against the reference the sentence names, else
        an unnamed one). The outcome is what their risk is of. Not where a ratio is given beside
        it (the ratio's reader has it), nor a change "增加2倍" (two-fold, or three?)."""
        s = f.sentence
        if not HAN.search(s.text) or not ZH_RISK_WORD.search(s.text):
            return
        taken = {e.value for e in self.effects[known:] if e.value is not None}
        # (A change beside a ratio restates it: "PFS HR=0.51，…疾病进展/死亡风险降低49%".)
        restated = RATIO_NAMED.search(s.text) is not None or any(e.type in NAMED_RATIOS for e in self.effects[known:])
        for m in ZH_RISK_TIMES.finditer(self.ctx.norm, s.start, s.end):
            self._zh_risk(f, m, number(m["v"]), "risk_ratio", m["ref"].strip(), taken)
        for m in ([] if restated else ZH_RISK_CHANGE.finditer(self.ctx.norm, s.start, s.end)):
            if m["than"] and ZH_BEFORE_TREATMENT.search(m["than"]):
                continue  # ("跌倒风险比干预前降低了35%": against its own past, no other group)
            sign = -1 if m["dir"] in ("降低", "下降", "减少", "減少", "减低", "減低", "降", "低") else 1
            reference = ZH_REFERENCE.search(self.ctx.norm, s.start, m.start())
            versus = m["than"].strip() if m["than"] else (reference["x"] or reference["x2"]).strip() if reference else REFERENCE
            self._zh_risk(f, m, sign * number(m["v"]), "effect_size", versus, taken)

    def _zh_risk_head(self, f: SentenceFacts, at: int) -> tuple[str, str, int] | None:
        """(the people, what their risk is of, where the people start) in the clause before a
        Chinese risk word: "睡眠少于5小时的人患痴呆" gives the people up to their last word for
        people and the outcome after it."""
        # (a bracket is no clause of its own: "发生各类感染（如呼吸道感染、肠胃炎等）的风险")
        spans = [(b.start(), b.end()) for b in ZH_BRACKETED.finditer(self.ctx.norm, f.sentence.start, at)]
        starts = [f.sentence.start] + [m.end() for m in ZH_CLAUSE_START.finditer(self.ctx.norm, f.sentence.start, at)
                                       if not any(a <= m.start() < b for a, b in spans)]
        head_start = max(starts)
        head = self.ctx.text[head_start:at]
        ends = list(ZH_PEOPLE_END.finditer(head))
        if not ends and len(starts) >= 2 and ZH_THEIR_OUTCOME.match(head):
            # ("使用氯氮平的患者，其感染风险…", "…的患者，发生感染的风险…": the people are the clause before)
            before = self.ctx.text[starts[-2]:head_start - 1]
            people = ZH_PEOPLE_END.search(before)
            if people is not None and people.end() == len(before):
                what = ZH_THEIR_OUTCOME.sub("", head)
                return before.removesuffix("的"), what, starts[-2]
        if not ends:
            return None
        last = ends[-1]
        return head[:last.end()].removesuffix("的"), head[last.end():], head_start

    def _zh_risk_of_trial(self, f: SentenceFacts, at: int) -> tuple[str, str, int] | None:
        """(the treatment arm, the outcome, where the outcome starts) for a risk said without
        its people in a controlled trial of two arms, one its comparator: "急性心臟衰竭風險降73%" (a
        news heading) is the treatment's against the control's. The sentence opens on the
        outcome, or on what reports the trial ("研究显示，"), or on what the trial did, where
        the sentence says it is the trial's ("临床试验显示，将血压降至…以下，能使中风风险降低33%、…")."""
        from .interventions import is_comparator
        arms = self._study_arms()
        if len(arms) != 2 or not self._controlled or any(g.start < at for g in f.groups) \
                or is_comparator(arms[0]) == is_comparator(arms[1]):
            return None  # (a group named before it: whose risk, the sentence says otherwise; which arm is the treatment, unsaid)
        start = max([f.sentence.start] + [m.end() for m in ZH_CLAUSE_START.finditer(self.ctx.norm, f.sentence.start, at)])
        what = self.ctx.text[start:at]
        causative = ZH_CAUSATIVE_LEAD.match(what.strip())
        if causative:
            start, what = start + what.index(causative.group()) + len(causative.group()), what.strip()[causative.end():]
        lead = self.ctx.text[f.sentence.start:start]
        if start != f.sentence.start:
            if ZH_NOT_THE_TRIAL_LEAD.search(lead):
                return None  # (not "在糖尿病亚组中，…", "达到目标血压者，…", an earlier study's, another finding)
            if causative or ZH_CAUSED_LIST.search(lead):
                if not ZH_THIS_TRIAL_REPORTS.search(lead):
                    return None  # ("研究还发现，每天步行30分钟，能使…": what caused it, not the trial's treatment)
            elif not ZH_REPORT_ONLY.search(lead):
                return None
        if not ZH_OUTCOME_ALONE.fullmatch(what.strip()):
            return None
        return self._treatment_first(arms)[0], what, start

    def _zh_risk(self, f: SentenceFacts, m, value: float, kind: str, versus: str, taken: set) -> None:
        at = next((i for i, x in enumerate(f.stats) if m.start("v") <= x.start < m.end("v")), None)
        head = self._zh_risk_head(f, m.start())
        trial = head is None and (head := self._zh_risk_of_trial(f, m.start())) is not None
        if head is None or at is None or at in f.used_stats or abs(value) in taken or value in taken:
            return
        if ZH_SUBGROUP_OPENING.match(head[0].strip()):
            return  # ("…，其中女性死亡风险下降了25%": the women of the group before, who the clause does not name)
        group = ZH_GROUP_LEAD.sub("", head[0]).strip()
        than = ZH_PEOPLE_THAN.fullmatch(group)
        if than is not None:
            # "吸烟者比不吸烟者患肺癌的风险高出20%": the people against those after 比
            group, versus = than["a"].strip(), than["b"].strip()
        what = ZH_RISK_OF.sub("", head[1]).strip().removesuffix("的")
        if (len(HAN.findall(group)) < 2 and not trial) or len(what) < 2 or re.compile(r"\d").search(what) or NOT_A_RISK_GROUP.search(group) \
                or re.compile(r"[使让讓令]").search(what):
            return  # (nor "使用某药的患者能使家庭成员感染流感的机率降低32%": whose risk, the people after 使)
        name = self._named_measure(what) or what
        arms = self._study_arms()
        # ("强化降压组患者": an arm's people are the arm)
        called = self.ctx.group_called(group) or self.ctx.group_called(re.sub(r"(?<=[组組])(?:的)?(?:患者|病人|受试者|受試者)$", "", group))
        if len(arms) == 2 and called in arms and versus == REFERENCE:
            # ("依沃西治疗组的疾病进展/死亡风险降低49%": one arm of a trial, against the other)
            group, versus = called, next(a for a in arms if a != called)
        elif len(arms) == 2 and versus != REFERENCE:
            # ("使用氯氮平的患者…比使用奥氮平的患者高出约25%": the people of each arm, each named by its
            # treatment, as the article writes it or as its arm is named)
            than_at = m.start("than") if "than" in m.re.groupindex and m["than"] else m.start()
            in_group = {x.name for x in self.ctx.mentions("interventions", head[2], m.start()) if x.name in arms}
            in_versus = {x.name for x in self.ctx.mentions("interventions", than_at, m.start("dir")) if x.name in arms} \
                if "dir" in m.re.groupindex else set()
            own = [a for a in arms if (a in group or a in in_group) and a not in versus and a not in in_versus]
            other = [a for a in arms if (a in versus or a in in_versus) and a not in group and a not in in_group]
            if len(own) == 1 and len(other) == 1 and own != other:
                group, versus = own[0], other[0]
        quote = self._quote(f.sentence, head[2], m.end())
        lo, hi = clause_bounds(f.sentence, m.start(), m.end())
        self.effects.append(Effect(name, group, versus, self._result_time(f, lo, hi, False), kind, value,
                                   None, None, None, None, quote))
        f.used_stats.add(at)
        taken.add(value)

    def relative_changes(self, f: SentenceFacts, known: int) -> None:
        """How much less (or more) often something happened, in percent, with no ratio beside
        it: "reduced the risk of stroke by 20%", "a 42% lower risk of death", "cut hospital
        admissions for ketoacidosis by 85%", "76% effective in preventing disease", "死亡风险
        降低49%". An effect of the treatment against its comparator (or of one side of the
        sentence's contrast against the other), signed: -20 for 20% fewer; an efficacy as
        printed. A reduction that restates a ratio the sentence gives ("42% lower risk (HR
        0.58)") is not a second effect.

        The thing that happened less must be an event: a risk, a rate, an odds named as such,
        or a condition or adverse event the vocabulary knows ("cut body weight by 10%" is a
        mean change, read elsewhere)."""
        s = f.sentence
        if not any(st.percent for st in f.stats) or any(e.type in ("hazard_ratio", "odds_ratio", "risk_ratio") for e in self.effects[known:]) \
                or RATIO_NAMED.search(s.text):
            return
        for m in RELATIVE_CHANGE.finditer(self.ctx.norm, s.start, s.end):
            v = next(k for k in ("v", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11") if m[k] is not None)
            x = next((k for k in ("x", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x11") if m[k] is not None), None)
            named_before = EVENT_BEFORE_RATE.search(self.ctx.norm, max(s.start, m.start() - 40), m.start()) if x is None else None
            if x is None and named_before is None:
                continue
            at = next((i for i, st in enumerate(f.stats) if i not in f.used_stats and st.percent
                       and m.start(v) <= st.start < m.end(v) + 1), None)
            if at is None:
                continue
            st = f.stats[at]
            if (m["x7"] is not None or m["v10"] is not None) and any(
                    abs(abs(a.value - b.value) - st.value) < 1e-9 for a in f.stats for b in f.stats
                    if a is not st and b is not st and a.percent and b.percent and a is not b):
                continue  # ("4 percent less likely …: 10 percent … and 6 percent": points between two shares, not a relative change)
            risk = m["risk"] or m["risk2"] or m["risk4"] or m["risk5"] or m["risk6"] or m["risk8"] or m["risk9"] or m["risk10"] or m["risk11"]
            # (how likely people were to be hospitalized, to die, to have a stroke: an event)
            x_start, x_end = (m.start(x), m.end(x)) if x is not None else named_before.span("x")
            if (m["v9"] is not None or m["v10"] is not None) and (
                    SUBGROUP_OPENS.match(s.text) and not TREATED_ARM_OPENS.match(s.text) or PRIOR_PERIOD.search(self.ctx.norm, m.end(), s.end)):
                continue  # (a subgroup's, or a change against an earlier period: "… compared with the year before")
            if m["v10"] is not None and not EVENT_RATE_WORD.search(self.ctx.norm, x_start, x_end):
                continue  # ("the heart rate was 12 percent lower": a level, no event's rate)
            event = risk is not None or m["efficacy"] is not None or m["x7"] is not None or bool(
                self.ctx.mentions("conditions", x_start, x_end) or self.ctx.mentions("adverse_events", x_start, x_end))
            written = self.ctx.norm[x_start:x_end].strip()
            if x in ("x4", "x5", "x6"):
                # "而住院的比率", "使死亡的风险": the event, without the words that join it on.
                written = re.compile(r"^[而因使令让讓并並且及和与與亦也的]+|[的之]+$").sub("", written)
                # ("阿司匹林使卒中风险降低20%": what did it, then the event)
                written = re.compile(r"^[^使令让讓]{1,12}[使令让讓]").sub("", written) or written
                # ("阿司匹林组的卒中风险降低了20%": an arm named before the event is no part of its name)
                arm = [g for g in self.ctx.mentions("groups", m.start(x), m.end(x)) if g.end < m.end(x)]
                if arm:
                    cut = self.ctx.text[arm[-1].end:m.end(x)].lstrip("的之")
                    written = cut if len(cut) >= 2 else written
            if written and HAN.search(written):
                # ("习惯喝茶的人患心脏病和中风的风险": the event is what they had, not having it)
                written = ZH_RISK_OF.sub("", PEOPLE_WORD_LEAD.sub("", written)) or written
            # ("increased breast cancer risk by 23%": the risk of breast cancer)
            written = RISK_AT_END.sub("", written) if written else written
            # ("a 23% lower risk of developing dementia": of dementia)
            written = DEVELOPING_LEAD.sub("", written) if written else written
            name = self._named_measure(_clean(written)) if written else None
            if not event or name is None or re.compile(r"\d").search(name):
                continue
            lo, hi = clause_bounds(s, m.start(), m.end())
            if BASELINE_WORDS.search(self._text(lo, hi)) or re.compile(r"\bfrom\s+baseline\b|较基线|較基線", re.I).search(self._text(lo, hi)):
                continue  # "reduced migraine days by 45% from baseline": a change within an arm
            if OTHER_ARMS_CHANGE.match(self.ctx.norm, m.end(), s.end):
                continue  # "a 55.6% reduction …, compared with a 21.5% reduction in the placebo group": each arm's change
            sides = self._relative_sides(f, lo, m.start()) if m["dir10"] is None else self._than_the_comparator(f, m.end())
            if sides is None and not self._study_arms():
                sides = self._taker_against_comparator(f, lo, m.start(), m.end())
            # (People by what they did, in a study of its own that compares no treatments: a cohort's
            # "coffee drinkers had a 23% lower risk of dementia than non-drinkers".)
            had = HAD_A_BEFORE.search(self.ctx.norm, lo, m.start()) \
                if (m["dir2"] is not None or m["dir7"] is not None) and self._design in OBSERVED_DESIGNS \
                and not OTHER_STUDY.search(s.text) and not MODAL.search(self.ctx.norm, lo, m.start()) else None
            if sides is None and (m["dir"] is not None or had is not None) and not self._study_arms() \
                    and not EXAMPLE_OPENS.match(s.text):
                # "the combined pill increased breast cancer risk by 23%", "a drug that lowered the
                # chances of death … by about 20 percent": what did it, the verb's subject, against an
                # unnamed reference (a study without arms; no "researchers found that")
                # ("people who strictly followed the diet had a 23% lower risk": who had it)
                subject = SUBJECT_BEFORE_VERB.search(self.ctx.norm, lo, had.start() + 1 if had is not None else m.start())
                words = subject["who"].strip() if subject else ""
                if words and not NOT_AN_EXPOSURE_SUBJECT.fullmatch(words) and not re.compile(r"\d").search(words):
                    # (against what the sentence names after the change: "…, compared to the older drug")
                    against = REFERENCE_IN_LEAD.search(self.ctx.norm, m.end(), s.end) or THAN_WHO.match(self.ctx.norm, m.end(), s.end)
                    sides = (re.compile(r"^(?:the|a|an)\s+", re.I).sub("", words), against["ref"].strip() if against else REFERENCE)
            if sides is None:
                continue
            direction = m["dir"] or m["dir2"] or m["dir4"] or m["dir5"] or m["dir6"] or ("fewer" if m["dir7"] == "less" else m["dir7"]) \
                or m["dir8"] or m["dir9"] or ("fewer" if (m["dir10"] or "").lower() == "less" else m["dir10"]) or m["dir11"] or ""
            sign = 1 if m["efficacy"] else (-1 if DOWN.search(direction) or direction.lower() == "fewer" else 1)
            f.used_stats.add(at)
            # (the p a reader gave this comparison already, "… 21% reduction in exacerbations compared
            # to placebo (p=0.02)": one result, its size and its p)
            # (a semicolon inside the bracket that holds the interval parts nothing: "by 36% (95% CI 20%-50%; P<0.001)";
            # a subgroup or another clause inside it does: "by 30% (and by 45% among patients with diabetes; P=0.01)")
            between = self._text(m.end(), f.ps[0].start) if f.ps else ""
            own_p = len(f.ps) == 1 and f.ps[0].start > m.end() and not _top_level(between, SEMICOLON) \
                and not any(x.group() != ";" for x in P_OF_ANOTHER_PART.finditer(between))
            bare = next((e for e in self.effects[known:] if own_p and e.type == "none" and e.value is None and e.p is not None
                         and e.measure == name and e.group in (sides[0], sides[1], "all", "treatment")
                         and e.versus in (sides[1], "baseline", "control")), None)
            # ("by 41.9% (95% CI 23.1%-56.3%)": the interval of the change, signed as it is)
            interval = RELATIVE_CI.match(self.ctx.norm, st.end)
            ci = sorted([sign * number(interval["a"]), sign * number(interval["b"])]) if interval else None
            if ci and not ci[0] <= sign * abs(st.value) <= ci[1]:
                ci = None  # (an interval that does not hold the change is another estimate's: a ratio's)
            if bare is not None:
                bare.type, bare.value, bare.group, bare.versus = "effect_size", sign * abs(st.value), sides[0], sides[1]
                bare.ci = bare.ci or ci
            else:
                self.effects.append(Effect(name, sides[0], sides[1], self._time_clue(f, st, lo, hi), "effect_size",
                                           sign * abs(st.value), ci, None, None, None, self._quote(s, lo, hi)))
            end = m.end()
            while m["v"] is not None and (more := AND_BY_PERCENT.match(self.ctx.norm, end, s.end)) is not None:
                # "... by 85% and severe hypoglycaemia by 60%": the next event, cut by the same verb.
                end = more.end()
                if CLAUSE_VERB.search(more["x"]):
                    break  # ("… and increased bleeding by 30%": its own verb, its own sign)
                other = self._named_measure(_clean(more["x"].strip()))
                k = next((i for i, y in enumerate(f.stats) if i not in f.used_stats and y.percent
                          and more.start("v") <= y.start < more.end("v") + 1), None)
                if k is None or other is None or not (risk or self.ctx.mentions("conditions", more.start("x"), more.end("x"))
                                                      or self.ctx.mentions("adverse_events", more.start("x"), more.end("x"))):
                    break
                f.used_stats.add(k)
                self.effects.append(Effect(other, sides[0], sides[1], self._time_clue(f, f.stats[k], lo, hi), "effect_size",
                                           sign * abs(f.stats[k].value), None, None, None, None, self._quote(s, lo, hi)))

    def relative_with_than(self, f: SentenceFacts) -> None:
        """An event's relative difference between two of the study's arms, each after its
        preposition: "the risk of heart attack was 15% lower with drug K than with placebo",
        "heart attacks were 15% less common in the drug K group than in the placebo group".
        The first arm's against the second's, signed (-15 for 15% lower); only of an event (a
        risk, a rate, a condition or adverse event the vocabulary knows), never of a level."""
        s = f.sentence
        arms = self._study_arms()
        # (not a subgroup's: "Among women, strokes were 20% less common with drug K than with placebo")
        if len(arms) < 2 or "than" not in s.text or SUBGROUP_OPENS.match(s.text):
            return
        for m in PERCENT_WITH_THAN.finditer(self.ctx.norm, s.start, s.end):
            at = next((i for i, st in enumerate(f.stats) if i not in f.used_stats and st.percent and st.start == m.start("v")), None)
            a = next((g for g in f.groups if m.end() <= g.start <= m.end() + 8 and g.name in arms), None)
            if at is None or a is None:
                continue
            than = THAN_THEN_ARM.match(self.ctx.norm, a.end)
            b = next((g for g in f.groups if than is not None and g.start == than.end() and g.name in arms and g.name != a.name), None)
            if b is None:
                continue
            lo = clause_bounds(s, m.start(), m.end())[0]
            # (its own clause: "Treatment costs were 15% lower …, and the rate of admissions was 18% lower …")
            lo = max([lo] + [c.end() for c in CLAUSE_JOIN.finditer(self.ctx.norm, lo, m.start())])
            # (the event: a measure named before, or a condition or adverse event the vocabulary knows)
            named = sorted(self.ctx.mentions("conditions", lo, m.start()) + self.ctx.mentions("adverse_events", lo, m.start()),
                           key=lambda x: x.start)
            measure = next((x for x in reversed(f.measures) if lo <= x.start < m.start()), None)  # (its own clause's only)
            if named and (measure is None or named[-1].start >= measure.start):
                if LEVEL_OF_IT.match(self.ctx.norm, named[-1].end):
                    continue  # ("depression scores were 20% lower": a level, no event)
                measure = Mention(named[-1].name, named[-1].start, named[-1].end)
            elif measure is None or not EVENT_RATE_WORD.search(self.ctx.norm, lo, m.start()):
                continue
            f.used_stats.add(at)
            st = f.stats[at]
            sign = -1 if m["dir"].lower() in ("lower", "less", "fewer") else 1
            hi = clause_bounds(s, b.start, b.end)[1]
            self.effects.append(Effect(measure.name, a.name, b.name, self._time_clue(f, st, lo, hi), "effect_size",
                                       sign * abs(st.value), None, None, None, None, self._quote(s, lo, hi)))

    def _taker_against_comparator(self, f: SentenceFacts, lo: int, at: int, end: int) -> tuple[str, str] | None:
        """"women taking zoledronic acid had a 41% relative risk reduction for hip fracture …,
        compared to placebo", in a story whose arms no allocation named: the one treatment its
        subject says the people took against the one comparator named after the change with
        "compared with", "versus" or "than"; None else."""
        from .interventions import is_comparator
        took = {x.name for x in self.ctx.mentions("interventions", lo, at) if not is_comparator(x.name)
                and TOOK.search(self.ctx.norm, max(lo, x.start - 14), x.start)}
        if not took and (said := TAKERS_HAD.search(self.ctx.norm, lo, at)) is not None:
            took = {said["x"].strip().lower()}  # (a drug the vocabulary does not know, as written)
        after = COMPARED_TO_WHOM.search(self.ctx.norm, end, f.sentence.end)
        named = sorted([*(g for g in f.groups), *self.ctx.mentions("interventions", f.sentence.start, f.sentence.end)],
                       key=lambda x: x.start) if after is not None else []
        first = next((g for g in named if g.start >= after.end()), None) if after is not None else None
        # (the first thing named after "compared to" is the comparator, or none is: not "compared to
        # women taking drug M, which … had beaten placebo")
        if len(took) != 1 or first is None or not is_comparator(first.name) \
                or not TO_COMPARATOR_AFTER.fullmatch(self.ctx.norm, after.end(), first.start):
            return None
        return took.pop(), first.name

    def _than_the_comparator(self, f: SentenceFacts, at: int) -> tuple[str, str] | None:
        """"The mortality rate was 29 percent less than when patients … were assigned a placebo":
        the study's treatment against its comparator, when the comparator is what follows "than"
        in the sentence; None else."""
        from .interventions import is_comparator
        arms = self._study_arms()
        comparators = [a for a in arms if is_comparator(a)]
        if len(arms) != 2 or len(comparators) != 1:
            return None
        first = next((g for g in f.groups if g.start >= at), None)
        # (right after "than": "… than with placebo", "… than when patients … were assigned a placebo";
        # not "… than investigators had predicted, in both the X group and the placebo group")
        if first is None or first.name != comparators[0] or not THAN_TO_COMPARATOR.fullmatch(self.ctx.norm, at, first.start):
            return None
        return next(a for a in arms if a != comparators[0]), comparators[0]

    def _relative_sides(self, f: SentenceFacts, lo: int, at: int) -> tuple[str, str] | None:
        """Who did better than whom in a relative change: the sentence's own contrast, else the
        study's treatment against its comparator when the words before the change name the
        treatment, the comparator after "compared with", or nobody else ("Placebo patients had
        a 20% higher risk", "Statins lowered the risk …" are not the treatment's effect)."""
        from .interventions import is_comparator
        sides = self._contrast(self._text(f.sentence.start, f.sentence.end))
        arms = self._study_arms()
        if sides is not None and (_names_a_measure(sides.group) or _names_a_measure(sides.versus)):
            sides = None  # ("中位PFS较帕博利珠单抗组延长": what was compared, no side of it)
        if sides is not None and sides.versus != REFERENCE and not (CLAUSE_VERB.search(sides.group) or CLAUSE_VERB.search(sides.versus)):
            # (a side that is one of the study's arms, as the arm is named: "drug Q" is the arm "drug q")
            as_arm = {a.lower(): a for a in arms}
            return as_arm.get(sides.group.lower(), sides.group), as_arm.get(sides.versus.lower(), sides.versus)
        comparators = [a for a in arms if is_comparator(a)]
        treated = [a for a in arms if a not in comparators]
        if len(arms) == 2 and len(treated) == 1 and len(comparators) == 1:
            before = [g for g in f.groups if f.sentence.start <= g.start < at]
            named = {g.name for g in before}
            # (the arm named first says whose it is: "Patients on placebo, unlike those on X, had …" is
            # placebo's; "randomized to X or placebo, those taking X had a 41% …" is X's)
            if before and before[0].name == comparators[0] and not COMPARED_BEFORE.search(self._text(f.sentence.start, at)):
                return None  # the comparator's own risk
            subject = self._text(lo, at)
            others = [x for x in self.ctx.mentions("interventions", lo, at) if x.name.lower() not in
                      {t.lower() for t in treated} and not is_comparator(x.name)]
            if others and treated[0] not in named:
                return None  # another treatment's effect
            if not named and not re.compile(r"\b(?:it|the\s+(?:drug|vaccine|treatment|intervention|therapy))\b|该药|該藥|治疗|治療|疫苗", re.I).search(subject) \
                    and not COMPARED_BEFORE.search(self._text(f.sentence.start, at)) \
                    and not (THEY_GO_ON.fullmatch(subject) and self._led_by_the_arm(f.sentence, treated[0])):
                return None  # nobody the sentence names did it (nor "They also had …" after a sentence of the arm's)
            return treated[0], comparators[0]
        if sides is not None:
            return sides.group, sides.versus
        if not arms and self._design in ("single_arm_trial", "case_series"):
            return "all", "baseline"  # a single group, against how often it happened before
        return None

    def _led_by_the_arm(self, s: Sentence, arm: str) -> bool:
        """Whether the sentence before ``s`` opens on ``arm``'s people, the first group it names:
        "Those men who took statins were 28 per cent less likely …" before "They also had …"."""
        if s.index == 0:
            return False
        before = self.ctx.sentences[s.index - 1]
        named = self.ctx.mentions("groups", before.start, before.end)
        return bool(named) and named[0].name == arm

    def _masked_words(self, a: int, b: int, spans: list[tuple[int, int]]) -> set[str]:
        """The words of ``text[a:b]`` outside ``spans``, lower case."""
        chars = list(self.ctx.text[a:b])
        for x, y in spans:
            for k in range(max(x, a), min(y, b)):
                chars[k - a] = " "
        return {w.lower() for w in re.compile(r"[A-Za-z]+|[\u4e00-\u9fff]").findall("".join(chars))}

    def _one_name_per_measure(self, measured: int, known: int) -> None:
        """One measure, one name within a sentence: "观察组的血清阳转率为99.8%，对照组阳转率则为
        62.5%" names the serum conversion rate twice, the second time shorter. A Chinese name
        the vocabulary does not know that ends another name of the sentence is that name."""
        items = self.measurements[measured:] + self.effects[known:]
        names = {x.measure for x in items}
        if len(names) < 2:
            return
        longer = {}
        for short in names:
            # (Chinese only: an English word before a name makes another measure, "marked
            # improvement", "less number of ablations".)
            if vocab.info(short) is not None or not HAN.search(short):
                continue
            fuller = [n for n in names if n != short and n.endswith(short)]
            # (Only where the two names share out the groups: "观察组的病毒转阴率…，对照组转阴率…".
            # Each with values of the same groups are two measures: "转阴率" and "病毒转阴率".)
            if len(fuller) == 1 and len(short) >= 2 and not any(
                    {x.group for x in kind if x.measure == short} & {x.group for x in kind if x.measure == fuller[0]}
                    for kind in (self.measurements[measured:], self.effects[known:])):
                longer[short] = fuller[0]
        for x in items:
            x.measure = longer.get(x.measure, x.measure)

    def clause_pairs(self, f: SentenceFacts) -> None:
        """Each arm's value in a clause of its own, as news writes results: "the semaglutide
        group lost 10.2% of their weight, while the placebo group lost 1.5%", "maintained by
        32% of the acupuncture group and only 13% of the sham group".

        What every shape above left: a sentence cut into clauses (at "while", "whereas",
        "but", "and", "compared with", ";"), each holding one arm of the study and one value.
        Two clauses or more, each a different arm, values of one kind (all percentages or
        none), and a measure named in the sentence, else none is read. A change verb before
        the first value ("lost", "fell by") makes every value a change from baseline, signed
        by its own clause's verb where it has one."""
        s = f.sentence
        arms = self._study_arms()
        if len(arms) < 2 or SUPPOSED.search(s.text) or _baseline_balance(s.text):
            return
        skip = self._not_values(f)
        # (A share after "by" is read here too: "maintained by 32% of the X group"; a change verb
        # before it makes it a change below.)
        free = [(i, st) for i, st in enumerate(f.stats)
                if i not in f.used_stats and not any(a <= st.start < b for a, b in skip) and (self._reads_as_value(f, st) or (
                    st.percent and st.count_pct is None and CHANGE_AMOUNT.search(self.ctx.norm, max(s.start, st.start - 6), st.start)))]
        if len(free) < 2 or self._clause_pairs_within(f, arms, free, s.start, s.end):
            return
        # Two results in one sentence, set apart by a semicolon ("…中位天数为11天，而安慰剂组为15天；
        # 瑞德西韦组死亡率为7.1%，安慰剂组为11.9%"): each part's pairs, read on their own.
        breaks = [s.start + m.end() for m in RESULT_BREAK.finditer(s.text)]
        # (A few parts only: each is read on its own, and a flattened table of fifty is no sentence.)
        for lo, hi in zip([s.start, *breaks], [*breaks, s.end]) if 0 < len(breaks) <= 4 else ():
            self._clause_pairs_within(f, arms, [(i, st) for i, st in free if lo <= st.start < hi and i not in f.used_stats], lo, hi)

    def _clause_pairs_within(self, f: SentenceFacts, arms: list[str], free: list, lo_bound: int, hi_bound: int) -> bool:
        """``clause_pairs`` within [lo_bound, hi_bound) of the sentence: whether it read any."""
        s = f.sentence
        if len(free) < 2:
            return False
        cuts = [lo_bound, *(lo_bound + m.end() for m in CLAUSE_CUT.finditer(self._text(lo_bound, hi_bound))), hi_bound]
        pairs = []
        unnamed = None  # (the first clause's value, when it names no group: ``_treatment_unnamed``)
        for a, b in zip(cuts, cuts[1:]):
            here = [g for g in f.groups if a <= g.start < b]
            named = {arm for g in here for arm in [g.name if g.name in arms else _arm_holding(g.name, arms)] if arm}
            values = [(i, st) for i, st in free if a <= st.start < b]
            # (the sentence's first clause only: "Among those with diabetes, the drug reduced weight
            # by 9.6%, compared to 3.4% for placebo" is a subgroup's)
            if not here and a == lo_bound and len(values) == 1 and UNIT_ONLY_AFTER.fullmatch(self._text(values[0][1].end, b)):
                # (nothing after its value but a unit: not "… by 0.9% among women with obesity",
                # nor "… in an earlier trial", whose people are others)
                unnamed = (*values[0], a, b)
            if len(named) != 1 or len(values) != 1:
                continue
            # A clause after the first says nothing but its arm and value ("while the placebo group
            # lost 1.5%"): one that names more ("30% of the placebo group had nausea") is of
            # another outcome.
            rest = self._masked_words(a, b, [(g.start, g.end) for g in here] + [(values[0][1].start, values[0][1].end)])
            if pairs and rest - CLAUSE_GLUE:
                return False
            pairs.append((named.pop(), *values[0], a, b))
        if len(pairs) == 1 and unnamed is not None and unnamed[1].start < pairs[0][2].start:
            treatment = self._treatment_unnamed(arms, pairs[0][0])
            pairs = [(treatment, *unnamed), *pairs] if treatment else pairs
        if len(pairs) < 2 or len({arm for arm, *_ in pairs}) != len(pairs) or len({st.percent for _, _, st, _, _ in pairs}) != 1:
            return False
        first = pairs[0][2]
        measure = self._measure_for(f, lo_bound, first.start) or next(
            (m for m in f.measures if first.end <= m.start <= first.end + 40
             and MEASURE_AFTER_CHANGE.fullmatch(self._text(first.end, m.start))), None)
        if measure is None:
            # Named as written: "Response was maintained by ...", "lost 10.2% of their weight".
            after = OF_THEIR.match(self.ctx.norm, first.end)
            name = self._named_measure(after["x"]) if after else None
            measure = (Mention(name, after.start("x"), after.end("x")) if name and not self._names_an_arm(name)
                       else next(iter(self._phrase_measure(s, [first], [])), None))
        if measure is None or GENERIC_CHANGE.fullmatch(measure.name):
            return False
        lead = CLAUSE_VERB.search(self._text(pairs[0][3], first.start))
        for arm, i, st, a, b in pairs:
            lo, hi = clause_bounds(s, st.start, st.end)
            quote = self._quote(s, min(measure.start, a), b)
            own = CLAUSE_VERB.search(self._text(a, st.start)) or lead
            f.used_stats.add(i)
            if own is not None:
                sign = self._sign(own.group(), measure.name)
                if sign is None:
                    continue
                self.effects.append(Effect(measure.name, arm, "baseline", self._time_clue(f, st, lo, hi) or self.default_time,
                                           "mean_change", sign * abs(st.value), None, None, None, None, quote))
            else:
                stat = "percent" if st.percent else "median" if self._median_before(s, st.start) else "mean"
                when = self._time_clue(f, st, lo, hi) or self.default_time
                # ("a greater increase from baseline in mean weekly CSBMs (1.76, 95% CI …) in the A group
                # vs. the B group (0.87, …)": each arm's change from its baseline)
                if not self._change_of(f, measure, st, arm, when, stat, quote):
                    self._add_measurement(measure.name, arm, when, stat, st, quote)
        return True

    def _treatment_unnamed(self, arms: list[str], comparator: str) -> str | None:
        """The arm a clause that names none speaks of, when the clause after it names the
        control: "blood sugar fell by 0.6%, compared with 0.1% for the placebo group" is the
        treatment's. Only in a controlled trial of two arms, one of them a control."""
        from .interventions import is_comparator
        if len(arms) != 2 or not self._controlled or not is_comparator(comparator):
            return None
        other = next(a for a in arms if a != comparator)
        return None if is_comparator(other) else other

    def arms_in_order(self, f: SentenceFacts) -> None:
        """Values set beside the arms they belong to, both in the same order, in whatever words
        join them: "a mean FEV1 gain of 210 mL with drug X compared with 40 mL with placebo",
        "improved more with X than with placebo (1.2 vs. 0.4 points)", "changes in triglycerides
        (-40%, -29%, -8%) and HDL (32%, 30%, 7%) were greater in the A and B groups than in C".

        What every shape above left, read only where nothing else can be meant: each of the
        study's arms the sentence names is named once; every value no shape took belongs to
        the measure named last before it, and each measure has exactly as many values as the
        sentence names arms, all of one kind (percentages or not); then the k-th value of a
        measure is the k-th arm's. A change word before a measure's values ("reduction",
        "gain", "fell") makes them changes from baseline, signed by that word unless they carry
        their own sign; a change whose direction cannot be told is not read."""
        s = f.sentence
        arms = self._study_arms()
        if len(arms) < 2 or SUPPOSED.search(s.text) or _baseline_balance(s.text):
            return
        named = [(arm, g) for g in f.groups for arm in [g.name if g.name in arms else _arm_holding(g.name, arms)] if arm]
        order = list(dict.fromkeys(arm for arm, _ in named))
        if len(order) < 2 or len(order) != len(named) or DIFFERENCE_WORD.search(s.text):
            return  # (beside "differences versus A (90 mL), B (100 mL)" each value is against an arm)
        first = named[0][1]
        if LEAD_AGAINST.search(self._text(max(s.start, first.start - 24), first.start)) or (
                ZH_WITH.search(self._text(max(s.start, first.start - 2), first.start))
                and ZH_COMPARED.match(self.ctx.norm, first.end)):
            return  # ("Compared with placebo, drug K raised …", "与对照组相比，观察组…": who is whose is unsure)
        skip = self._not_values(f)
        free = [(i, st) for i, st in enumerate(f.stats)
                if i not in f.used_stats and st.count_pct is None and not any(a <= st.start < b for a, b in skip)
                and (self._reads_as_value(f, st) or CHANGE_AMOUNT.search(self.ctx.norm, max(s.start, st.start - 6), st.start)
                     # ("a gain of 210 mL": after a measure, mL or g is its unit, not a dose)
                     or (DOSE_UNIT.match(self.ctx.norm, st.end) and self._measure_for(f, s.start, st.start) is not None))]
        if len(free) < len(order):
            return
        runs: dict[int, list] = {}
        for i, st in free:
            measure = self._measure_for(f, s.start, st.start)
            runs.setdefault(measure.start if measure else -1, []).append((i, st, measure))
        if -1 in runs:
            return  # (values before the first measure named belong to none of them)
        marks = sorted([(g.start, g.end) for _, g in named] + [(st.start, st.end) for _, st in free])
        if any(NOT_ONE_PER_ARM.search(self._text(a_end, b_start)) for (_, a_end), (b_start, _) in zip(marks, marks[1:])) \
                or FROM_THEN_TO.search(self._text(max(s.start, free[0][1].start - 8), free[-1][1].end)):
            return  # ("2.1 L in those with … and 1.9 L in those below", "raised FEV1 to 2.1 L from 1.8 L")
        # "A较B减少15.5%与20.1%": both arms named first, the second as what the first is set
        # against, then values joined by "and" are the first arm's differences on two counts,
        # not one value per arm ("improved more with A than with B (1.2 vs 0.4 points)" is).
        last_arm = max(g.end for _, g in named)
        against = any(COMPARATOR_LEAD.search(self._text(max(s.start, g.start - 24), g.start))
                      or ARM_AGAINST_ZH.search(self._text(max(s.start, g.start - 4), g.start)) for _, g in named[1:])
        if against and all(st.start > last_arm for _, st in free) and any(
                AND_GLUE.fullmatch(self._text(a.end, b.start)) for (_, a), (_, b) in zip(free, free[1:])):
            return
        reads = []
        for run in runs.values():
            measure = run[0][2]
            # A measure the vocabulary knows, named just before its values: further off, the
            # words between may name what the values are of ("shorter stay ... a higher daily
            # cost (€345 vs €252)").
            if len(run) != len(order) or len({st.percent for _, st, _ in run}) != 1 or vocab.info(measure.name) is None \
                    or (run[0][1].start - measure.end > 50 and not RESPECTIVELY.search(s.text)):
                return
            change = CHANGE_WORD.search(self._text(max(s.start, measure.start - 30), run[0][1].start))
            sign = None
            if change is not None and not any(st.value < 0 for _, st, _ in run):
                sign = self._sign(change.group(), measure.name)
                if sign is None:
                    return
            reads.append((measure, run, change, sign))
        for measure, run, change, sign in reads:
            for arm, (i, st, _) in zip(order, run):
                lo, hi = clause_bounds(s, st.start, st.end)
                quote = self._quote(s, s.start, s.end)
                time = self._time_clue(f, st, lo, hi)
                if time is None or (change is not None and time == BASELINE):
                    time = self.default_time  # ("a change from baseline" is no value at baseline)
                f.used_stats.add(i)
                if change is not None:
                    value = st.value if sign is None else sign * abs(st.value)
                    self.effects.append(Effect(measure.name, arm, "baseline", time, "mean_change", value,
                                               None, None, None, None, quote))
                else:
                    stat = "percent" if st.percent else "median" if self._median_before(s, st.start) else "mean"
                    self._add_measurement(measure.name, arm, time, stat, st, quote)

    def verdicts(self, f: SentenceFacts, known: int) -> None:
        """Results stated in words only, without a p-value: "X was significantly lower in
        A than in B", "there was no significant difference in X or Y between the groups",
        "治疗后两组X比较差异有统计学意义". One effect per measure named, with whether it was
        significant and nothing invented: no value, no p. A verdict restating a result the
        article also gives with numbers is dropped at the end (``_drop_restated``)."""
        s = f.sentence
        if f.ps or len(self.effects) > known or _baseline_balance(s.text) or SUPPOSED.search(s.text):
            return
        # (Every English match of SIGNIFICANT_WORDS says "significant"; of NOT_SIGNIFICANT_WORDS,
        # "significant" or "did not ...".)
        text = s.text
        negative = None if ascii_without(text, ("significant", "did")) else NOT_SIGNIFICANT_WORDS.search(text)
        positive = None if ascii_without(text, ("significant",)) else SIGNIFICANT_WORDS.search(text)
        if not (negative or positive):
            return
        verdict = negative or positive
        names = list(dict.fromkeys(m.name for m in f.measures))
        if not names:
            name = self._named_measure(measure_phrase(self._text(s.start, s.start + verdict.start())) or
                                       measure_phrase(self._text(s.start + verdict.end(), s.end)))
            if name is None or GENERIC_MEASURE.fullmatch(name) or re.compile(r"\d").search(name):
                return
            names = [name]
        # Only a comparison of the study's arms: "均显著改善" (each group improved) and subgroups
        # told apart in words are no between-arm results, and a change against baseline said
        # in words restates the numbers around it.
        arms = self._study_arms()
        if len(arms) < 2 or WITHIN_BOTH.search(s.text) or EACH_IMPROVED.search(s.text):
            return
        if not f.groups and AGE_BAND.search(s.text) and not BETWEEN_ARMS.search(s.text):
            return  # ("此风险在55岁以上年长患者中尤为显著": older people against younger, no arm named)
        group, versus = self._arms(f, s.start, s.end)
        if versus == "baseline" and (BETWEEN_ARMS.search(s.text) or COMPARE.search(s.text)) and len(arms) == 2:
            group, versus = self._treatment_first(arms)
        if group not in arms or versus not in arms:
            return
        time = self._opening_time(f)
        for name in names:
            self.effects.append(Effect(name, group, versus, time, "none", None, None, None, None,
                                       not negative, self._quote(s, s.start, s.end)))
            self._verdict_effects.add(id(self.effects[-1]))

    def _agree_with_p(self) -> None:
        """A sentence's "significantly" is not every result's in it: an effect whose own p says
        otherwise ("significantly reduced ... (P<0.001), but not in HFpEF (HR 0.87, P=0.11)")
        keeps its p and no verdict of its own."""
        for e in self.effects:
            if e.p is None or e.significant is None:
                continue
            above = e.p > 0.05 or (e.p == 0.05 and e.p_relation in (">", ">=", "="))
            below = e.p < 0.05 or (e.p == 0.05 and e.p_relation in ("<", "<="))
            if (e.significant and above) or (not e.significant and below and e.p_relation != ">"):
                e.significant = None

    def _within_arms(self, f: SentenceFacts, known: int) -> None:
        """A p-value the sentence says is against before treatment ("两组该评分均有所下降，与治疗前
        相比具有显著性(P<0.05)", "did not change compared to baseline in either arm") is each
        arm's change, not one arm against the other: the between-arm reading of such a
        sentence becomes one within-arm effect per arm it names."""
        s = f.sentence
        # (WITHIN_CUE's English matches say "baseline", as BASELINE_BALANCE's do.)
        if ascii_without(s.text, BALANCE_WORDS) or not WITHIN_CUE.search(s.text):
            return
        # Each clause (parted by "；") says for itself whether its p is against baseline: "试验组和
        # 对照组的LVEF均较治疗前改善(P<0.05)；试验组的改善程度优于对照组(P<0.05)" has one of each.
        clauses = [(s.start + a, s.start + b) for a, b in _top_level_spans(s.text, WITHIN_CLAUSE_END)]
        within = [(a, b) for a, b in clauses if WITHIN_CUE.search(self.ctx.text, a, b) and not BETWEEN_CUE.search(self.ctx.text, a, b)
                  and not any(COMPARATOR_LEAD.search(self._text(max(a, g.start - 30), g.start))
                              or ARM_AGAINST_ZH.search(self._text(max(a, g.start - 30), g.start)) for g in f.groups if a <= g.start < b)]
        if not within:
            return  # ("… fell in both groups compared with baseline, and was lower with A than with B (P = 0.01)")
        kept: list[Effect] = []
        for e in self.effects[known:]:
            # (The clause of the effect's own p: the first such p from where its quote starts.)
            at = self.ctx.text.find(e.quote, s.start, s.end) if e.quote else -1
            own_p = next((q.start for q in f.ps if q.p == e.p and q.start >= at), None) if at >= 0 else None
            where = own_p if own_p is not None else at + max(0, len(e.quote or "") - 1)
            clause = next(((a, b) for a, b in clauses if a <= where < b), None) if at >= 0 else None
            if len(clauses) > 1 and clause not in within:
                kept.append(e)
                continue
            if e.versus in (None, "baseline") or e.value is not None or e.type not in (None, "none"):
                kept.append(e)
                continue
            lo, hi = clause if clause is not None else (s.start, s.end)
            named = list(dict.fromkeys(g.name for g in f.groups if lo <= g.start < hi)) or list(dict.fromkeys(g.name for g in f.groups))
            arms = [a for a in named if a in (e.group, e.versus)] or (
                self._study_arms() if len(self._study_arms()) == 2 and BOTH_GROUPS.search(self.ctx.text, lo, hi) else [e.group])
            p_at = next((p for p in f.ps if p.p == e.p), None)
            if p_at is not None and len(f.ps) >= 2:
                # "in the A group (…; P=0.958) and in the B group (…; P=0.137)": each p-value is
                # the arm's named since the p-value before it.
                since = max([s.start] + [q.end for q in f.ps if q.end <= p_at.start])
                own = list(dict.fromkeys(g.name for g in f.groups if since <= g.start < p_at.start))
                arms = own if len(own) == 1 and own[0] in arms else arms
            for arm in arms:
                if not any(k.measure == e.measure and k.group == arm and k.versus == "baseline" and k.p == e.p for k in kept):
                    kept.append(Effect(e.measure, arm, "baseline", e.time, e.type, None, None, e.p, e.p_relation,
                                       e.significant, e.quote))
        self.effects[known:] = kept

    def _differences_of_changes(self) -> None:
        """A mean difference between two arms whose own results of that measure are their changes
        from baseline is the difference of those changes: "changes were −12.0 with the 25-mg and
        −5.4 with the 1-mg dose … (difference −6.6 …)"."""
        changed = {(e.measure, e.group) for e in self.effects if e.type == "mean_change" and e.versus == "baseline"}
        for e in self.effects:
            if e.type == "mean_difference" and (e.measure, e.group) in changed and (e.measure, e.versus) in changed \
                    and not NAMED_MEAN_DIFFERENCE.search(e.quote or ""):  # (as named: "mean difference, −0.7")
                e.type = "difference_in_change"

    def _size_with_its_p(self) -> None:
        """A comparison's size read without its p, and its p read without a size, from the same
        words ("治疗后体重平均减轻12.1%(P<0.001)", "HbA1c decreased by 1.2% (P<0.05)"): one
        result, the size with its p. Only where each is the only one of its kind for that
        measure, arms and time in those words, and the p stands right after the size
        (``_p_right_after``). And a relative change read again as a difference of the same size
        is the relative change."""
        sized = [e for e in self.effects if e.value is not None and e.p is None]
        bare = [e for e in self.effects if e.value is None and e.p is not None and e.type == "none"]
        gone = set()
        for e in sized:
            key = (e.measure, e.group, e.versus, e.time)
            mates = [b for b in bare if (b.measure, b.group, b.versus, b.time) == key and id(b) not in gone
                     and b.quote and e.quote and (b.quote in e.quote or e.quote in b.quote)
                     and _p_right_after(b.quote if len(b.quote) > len(e.quote) else e.quote, e.value)]
            twins = [x for x in sized if (x.measure, x.group, x.versus, x.time) == key and x.quote == e.quote]
            if len(mates) == 1 and len(twins) == 1:
                e.p, e.p_relation, e.significant = mates[0].p, mates[0].p_relation, e.significant if e.significant is not None else mates[0].significant
                if len(mates[0].quote) > len(e.quote):
                    e.quote = mates[0].quote  # (the quote that holds both)
                gone.add(id(mates[0]))
        # A relative change read twice, as itself and as a difference between the arms of the same
        # size ("reduced deaths by 36% (…; P<0.001) compared with placebo"): one result, the relative
        # change, with the p and interval the other was given.
        relative = [e for e in self.effects if e.type == "effect_size" and e.value is not None]
        for d in [e for e in self.effects if e.type == "mean_difference" and e.value is not None]:
            twin = next((r for r in relative if (r.measure, r.group, r.versus) == (d.measure, d.group, d.versus)
                         and abs(abs(r.value) - abs(d.value)) < 1e-9 and r.quote and d.quote and (r.quote in d.quote or d.quote in r.quote)), None)
            if twin is not None:
                twin.p, twin.p_relation = twin.p if twin.p is not None else d.p, twin.p_relation or d.p_relation
                twin.significant = twin.significant if twin.significant is not None else d.significant
                gone.add(id(d))
        if gone:
            self.effects = [e for e in self.effects if id(e) not in gone]

    def _drop_restated(self) -> None:
        """A verdict-only effect whose measure and arms another effect gives with numbers is
        the same result told again (a conclusion, a highlight): keep the numbers."""
        numbered = {(e.measure, e.group, e.versus) for e in self.effects
                    if id(e) not in self._verdict_effects and (e.p is not None or e.value is not None)}
        self.effects = [e for e in self.effects
                        if id(e) not in self._verdict_effects or (e.measure, e.group, e.versus) not in numbered]
        # The same numbers told twice (a lead and the body: "97.5 percent effective" in both) are one
        # result, quoted where the article gives the most numbers with it (its results, not its summary).
        first: dict[tuple, int] = {}
        kept: list[Effect] = []
        digits: dict[int, int] = {}  # (each quote's digits counted once: a long article repeats a result often)
        for e in self.effects:
            key = (e.measure, e.group, e.versus, e.time, e.type, e.value, tuple(e.ci or ()), e.p, e.p_relation, e.significant)
            if e.value is None and e.p is None or key not in first:
                first[key] = len(kept)
                kept.append(e)
                continue
            held = kept[first[key]]
            if id(held) not in digits:
                digits[id(held)] = _digits(held.quote)
            if (mine := _digits(e.quote)) > digits[id(held)]:
                kept[first[key]] = e
                digits[id(e)] = mine
        self.effects = kept

    def _drop_ambiguous(self) -> None:
        """Two values one sentence gives the same measure, group, time and statistic are a
        reading that did not tell them apart ("分别为9.0个月和7.4个月" for arms no rule knew, two
        times no rule placed, the comparator's values of two measures): which is which the
        reading does not know, and neither is kept. A value told twice alike is one value.

        >>> o = Outcomes.__new__(Outcomes)
        >>> o.measurements = [Measurement("PFS", "all", None, "median", 9.0, None, None, None, "q"),
        ...                   Measurement("PFS", "all", None, "median", 7.4, None, None, None, "q"),
        ...                   Measurement("OS", "all", None, "median", 27.0, None, None, None, "q"),
        ...                   Measurement("OS", "all", None, "median", 27.0, None, None, None, "q")]
        >>> o._drop_ambiguous(); [(m.measure, m.value) for m in o.measurements]
        [('OS', 27.0), ('OS', 27.0)]
        """
        values: dict[tuple, list] = {}
        for m in self.measurements:
            values.setdefault((m.quote, m.measure, m.group, m.time, m.stat), []).append(m.value)
        self.measurements = [m for m in self.measurements if len(set(values[(m.quote, m.measure, m.group, m.time, m.stat)])) == 1]

    def _named_right_before(self, f: SentenceFacts, st: Stat) -> Mention | None:
        """A rate or measure of time named between the previous number and this value, when
        the vocabulary does not know it ("，愈显率87.13%", ", remission rate 30%")."""
        before = [x.end for x in (*f.stats, *f.ps) if x.end <= st.start and x is not st]
        a = max([f.sentence.start, *before])
        if any(a <= m.start < st.start for m in f.measures if vocab.info(m.name) or m.name == GRADE_EFFECTIVE):
            return None  # the vocabulary named one here (or a grade of its total): that is the measure
        text = self._text(a, st.start)
        name = measure_phrase(text.strip(" ,，、;；:："))
        if not name or GENERIC_MEASURE.fullmatch(name) or not (RATE_NAME.search(name) or DURATION_NAME.search(name)):
            return None
        at = self.ctx.text.find(name, a, st.start)
        return Mention(name, at, at + len(name)) if at >= 0 else None

    def _not_values(self, f: SentenceFacts) -> list[tuple[int, int]]:
        """Spans whose numbers are no outcome values: confidence intervals and the named
        effects they belong to, fractions ("15/24"), sizes ("n = 24"), measures' and
        groups' own names ("6-minute walk", "group 2")."""
        s = f.sentence
        if f.number_spans is None:  # (the sentence's own; its measures may change between readers)
            spans = [(c.start, c.end) for c in _shift(intervals(s.text), s.start)]
            for e in _shift(effect_stats(s.text), s.start):
                spans.append((e.start, e.end))
            for m in FRACTION_OR_SIZE.finditer(self.ctx.norm, s.start, s.end):
                spans.append((m.start(), m.end()))
            if "%" in s.text:  # ("32 (73%) of 44 participants": the 44 is whom the share is of)
                spans += [m.span("n") for m in SHARE_OF_TOTAL.finditer(self.ctx.norm, s.start, s.end)]
            f.number_spans = spans
        return f.number_spans + [(m.start, m.end) for m in f.measures] + [(g.start, g.end) for g in f.groups]

    def _reads_as_value(self, f: SentenceFacts, st: Stat) -> bool:
        """Whether a lone number is an outcome's value, not a count of people, a dose, an
        age, a year, a change ("fell by 6.8"), a ratio ("2.5 times") or a value with its CI."""
        key = (st.start, st.end, st.value, st.percent, st.count_pct)  # (all it reads of the value)
        known = f.value_like.get(key)
        if known is None:
            known = f.value_like[key] = self._reads_as_value_now(f, st)
        return known

    def _measure_labels_a_pair(self, f: SentenceFacts, st: Stat) -> bool:
        """A share after an outcome's name and a colon, the first of a "vs" pair: "(MACCEs: 5.3% vs
        8.3%; cardiac death: 4.5% vs 6.1%)". (A colon after anything else, a group's label, a
        number, "F + A: -39%", "Control: -1.6 kg", leaves the value unread, as before.)"""
        colon = LABEL_COLON_BEFORE.search(self.ctx.norm, f.sentence.start, st.start)
        return bool(st.percent and colon and PAIR_VS_AFTER.match(self.ctx.norm, st.end)
                    and any(m.end == colon.start() for m in f.measures))

    def _reads_as_value_now(self, f: SentenceFacts, st: Stat) -> bool:
        norm, at = self.ctx.norm, st.start
        before = norm[max(f.sentence.start, at - 14):at]
        after = norm[st.end:st.end + 14]
        if st.count_pct is not None or norm[max(0, at - 1):at] in ("+", "-", "−", "–", "~", "/", ".", "±") or SCALE_RANGE.search(before):
            return False
        if norm[at:at + 1] in ("-", "−") and at and (norm[at - 1].isalnum()):
            return False  # "神经营养因子-3", "IL-6": a name's number, not a negative value
        if not st.percent and GROUPS_COUNTED_AFTER.match(norm, st.end):
            return False  # ("…,对照组为81.82%,2组比较": how many groups, or a group's label, no value)
        if RANGE_END_BEFORE.search(before) or RANGED.search(norm, max(f.sentence.start, at - 40), at):
            return False  # "BMI 20.5~ 22.4", "ranged from 8.03 to 8.50 kg": a range's ends, no value
        if norm[st.end:st.end + 1] == "+" or DATE_MONTH_BEFORE.search(before):
            return False  # "BMI 30+ vs 20–24": a category; "Nov. 14, 2023": a date
        if WITHIN_OR_FOR_BEFORE.search(before) and TIME_UNIT.match(norm, st.end):
            return False  # "within 36 hours of the stroke", "for 48 hours", "Fast for a full 24 hours": how long, not how much
        if not st.percent and (unit := TIME_UNIT.match(norm, st.end)) is not None \
                and any(0 <= m.start - unit.end() <= 2 and not norm[unit.end():m.start].strip() for m in f.measures):
            return False  # ("1 年再住院", "30-day mortality": the time its measure is named by, no value of it)
        if not st.percent and (COUNT_UNIT.search(norm[at:st.end + 12].strip("（(")) or COUNT_PAIR_AFTER.match(norm, st.end)):
            return False  # (also the first of "33 and 9 participants")
        has_unit = st.percent or re.compile(r"[^\d.,\s]").search(norm[st.start:st.end]) or UNIT_AFTER.match(norm, st.end)
        if f.respectively_at is None:
            # (once a sentence, not once a value: a sentence of 200 numbers searched its rest 200 times)
            f.respectively_at = max([m.start() for m in RESPECTIVELY.finditer(norm, f.sentence.start, f.sentence.end)], default=-1)
        if not has_unit and f.respectively_at < st.end:
            # A bare number is a value only in a run closed by "respectively" or beside a "vs".
            if not VS_AROUND.search(before[-6:] + "|" + after[:8]):
                return False
        if DOSE_OR_RANGE_AFTER.match(norm, st.end) or NOT_A_VALUE_AFTER.match(after) or WITH_CI_AFTER.match(norm, st.end):
            return False
        if not st.percent and RATIO_AFTER.match(after):
            return False  # "1:1" (but "有效率高达100%：13位患者中…" is a rate, then who)
        if CHANGE_AMOUNT.search(before) or (NOT_A_VALUE_BEFORE.search(before) and not self._measure_labels_a_pair(f, st)) \
                or AGE_BEFORE.search(before) or AGE_OR_FOLLOW_UP_AFTER.match(norm, st.end) \
                or FOLLOW_UP_BEFORE.search(norm, max(f.sentence.start, at - 40), at):
            return False  # ("平均64岁", "a mean of 58 years old": who took part, not an outcome)
        paired = LABELLED_FIRST_OF_PAIR.search(norm, max(f.sentence.start, at - 40), at)
        if paired is not None and not any(self._measure_labels_a_pair(f, x) for x in f.stats
                                          if paired.start() <= x.start < paired.end()):
            return False  # ("(women: 64.3% vs 33.3%)": the second of a pair whose first a label made unread)
        if isinstance(st.value, int) and 1900 <= st.value <= 2100 and not st.percent:
            return False
        if not st.has_spread and (HYPHENED_TIME_AFTER.match(norm, st.end)
                                  or any(t.start == st.start and t.time.value == st.value for t in f.times)):
            return False  # ("with 1- and 2-year PFS rates": a time the time reader took, listed before its unit)
        if LINE_OF_THERAPY_AFTER.match(norm, st.end) or REGIMEN_BEFORE.search(before):
            return False  # ("as 1L therapy": a line of treatment; "每次运动30分钟": how much of it to take, no result)
        if (norm[st.end:st.end + 1] == "月" and before.rstrip().endswith("年")) \
                or (ZH_DATE_PART_AFTER.match(norm, st.end) and ZH_DATE_PART_BEFORE.search(before)):
            return False  # ("2004年6月", "2011 年3 月", "1月15日": a date's month or day, no value)
        if not st.percent and TIME_POINT_AFTER.match(norm, st.end) \
                and not DURATION_NAME.search(norm, max(f.sentence.start, at - 70), at):
            # "observed 24 hours after the induction", "治疗2小时后": when, not how much (but "time
            # to first flatus was 48 hours after surgery" is a measure of time's value)
            return False
        return True

    def _runs(self, f: SentenceFacts, values: list[Stat]) -> list[list[Stat]]:
        """Values that go together: joined by "vs", "and", a comma or 、 with nothing but a
        unit or an arm's name between them, in one clause."""
        runs: list[list[Stat]] = []
        for st in values:
            if runs and RUN_GLUE.fullmatch(self._glue(f, runs[-1][-1].end, st.start)) \
                    and clause_bounds(f.sentence, st.start, st.end) == clause_bounds(f.sentence, runs[-1][0].start, runs[-1][0].end):
                runs[-1].append(st)
            else:
                runs.append([st])
        return runs

    def _glue(self, f: SentenceFacts, a: int, b: int) -> str:
        """The text between two values with the arms' names taken out."""
        text = self.ctx.norm[a:b]
        for g in f.groups:
            if a <= g.start and g.end <= b:
                text = text.replace(self.ctx.norm[g.start:g.end], " ")
        return text

    def _arm_against_the_other(self, f: SentenceFacts, st: Stat, arms: list[str]) -> tuple[list[str], Stat | None] | None:
        """In a study of two arms, a value set against the other arm's right after it, no arm
        named before it in its clause: "…，不良心血管事件总发生率(29.3%)显著低于对照组(47.2%)" is
        the treated arm's 29.3 (the arm the sentence spoke of before, against the control)."""
        if len(arms) != 2 or not HAN.search(f.sentence.text):
            return None
        lo = clause_bounds(f.sentence, st.start, st.end)[0]
        lo = max([lo] + [x.end for x in f.stats if x.end <= st.start])
        before = self._text(lo, st.start)
        if any(lo <= g.start < st.start for g in f.groups) or UP.search(before) or DOWN.search(before) \
                or NOT_ONE_ARMS.search(P_SIGN.sub("", self._text(clause_bounds(f.sentence, st.start, st.end)[0], st.start))):
            return None  # (an arm named, a change, a subgroup or the whole cohort: "年龄≥65岁患者的…", "全组患者…")
        against = THAN_THE_OTHER.match(self.ctx.norm, st.end)
        other = next((g for g in f.groups if against and g.start == against.end()), None)
        if other is None or other.name not in arms:
            return None
        # (the other arm's own value, right after its name: "对照组(47.2%)"; not "对照组治疗前(38.2%)", nor
        # a value of what comes next, "…低于对照组，护理满意度(96.0%)")
        its = next((x for x in f.stats if x.start >= other.end), None)
        its = its if its is not None and OTHER_ARMS_VALUE.fullmatch(self._text(other.end, its.start)) else None
        if its is None and BEFORE_TREATMENT.match(self.ctx.norm, other.end):
            return None  # ("…(48.6%)高于对照组治疗前(38.2%)": set against the other's start, at a time unsaid)
        return [next(a for a in arms if a != other.name)], its

    def _arm_of_its_chain(self, f: SentenceFacts, st: Stat, previous: Stat, arm: str) -> list[str] | None:
        """The arm of a value that goes on an arm's chain of measures in Chinese: "对照组总有效率为
        84.8%，治愈率为55.4%", "观察组（总有效率为97.8%，治愈率为67.0%）" (55.4 and 67.0 the arm's
        named first), the measure named right before the value and nothing between it and the
        arm's last value but a comma and that measure: no other arm, value or comparison. The
        chain's first value names its measure after its arm ("对照组为81.5%，治愈率为52.5%" is
        no chain: whose the second rate is, it does not say)."""
        after = previous.end
        if arm == "all" or not HAN.search(f.sentence.text) or not (
                any(after <= m.start < st.start for m in f.measures) or self._named_right_before(f, st)):
            return None
        named = [g for g in f.groups if g.end <= previous.start]
        if not named or not any(named[-1].end <= m.start < previous.start for m in f.measures) \
                and not self._named_right_before(f, previous):
            return None
        between = self._text(after, st.start)
        if not CHAIN_GLUE.match(between) or any(after <= g.start < st.start for g in f.groups) \
                or any(after <= x.start < st.start for x in f.stats):
            return None
        return [arm]

    def _run_groups(self, f: SentenceFacts, run: list[Stat], arms: list[str]) -> list[str] | None:
        """The group of each value of a run, or None when it cannot be told."""
        s = f.sentence
        if len(run) == 1 and ANOTHER_OF_THE_LIST.match(self.ctx.norm, run[0].end) \
                and RESPECTIVELY.search(self.ctx.norm, run[0].end, clause_bounds(s, run[0].start, run[0].end)[1]):
            # ("… for A and B was 51.2 and 47.5 mL/min, respectively", the second value not read as one):
            # one value of a list said "respectively" is whose only by its place in the list, which
            # a list read in part does not give; not the arm named last before it.
            return None
        beside = [self._group_beside(f, st.start, st.end) for st in run]
        if all(beside) and len(set(beside)) == len(beside):
            return beside
        if len(run) >= 2 and (one := self._one_group_over_times(f, run, arms)) is not None:
            return one
        in_order = self._respective_order(f, run)
        if in_order:
            return in_order
        lo = clause_bounds(s, run[0].start, run[0].end)[0]
        named = list(dict.fromkeys(g.name for g in f.groups if s.start <= g.start < run[0].start))
        # "A组和B组的…分别为x和y" (before the values), "x and y, respectively" (after them).
        closing = RESPECTIVELY.search(self.ctx.norm, run[-1].end, s.end) or RESPECTIVELY.search(
            self.ctx.norm, max(lo, run[0].start - 8), run[0].start)
        if len(run) >= 2 and closing and len(named) == len(run):
            return named
        if len(run) >= 2 and closing and closing.start() > run[-1].end:
            # "35.6% and 20.2% in the intervention and usual care groups, respectively": the
            # arms named between the values and "respectively", in order.
            after = list(dict.fromkeys(g.name for g in f.groups if run[-1].end <= g.start < closing.start()
                                       and (not arms or g.name in arms)))
            shared = SHARED_GROUPS.search(self.ctx.norm, run[-1].end, closing.start())
            if len(after) < len(run) and shared and len(run) == 2:
                # "… in the intervention and usual care groups": one "groups" for both arms.
                after = [self.ctx.group_called(shared["a"]), self.ctx.group_called(shared["b"])]
            if len(after) < len(run) and len(arms) == len(run):
                # "71% and 2% of those who received immunotherapy and placebo, respectively":
                # each arm by a shorter name, one that only one arm's name holds.
                after = self._arms_listed(self._text(run[-1].end, closing.start()), arms) or after
            if len(after) == len(run) and None not in after and len(set(after)) == len(after) \
                    and not self._other_value_between(f, run[-1].end, closing.start()):
                return after
        if len(run) >= 2 and not closing and (listed := self._arm_list_beside(f, run)) is not None:
            return listed
        if len(run) == 2 and VS_BETWEEN.search(self._glue(f, run[0].end, run[1].start)):
            here = list(dict.fromkeys(g.name for g in f.groups if lo <= g.start < run[0].start))
            if len(here) == 2:
                return self._in_order([g for g in f.groups if lo <= g.start < run[0].start], here, lo)
            if len(here) == 1 and len(arms) == 2 and here[0] in arms and not self._pair_not_of_arms(f, lo, run[-1].end):
                other = next(a for a in arms if a != here[0])
                first = next(g for g in f.groups if lo <= g.start < run[0].start)
                # "more frequent with the intervention than with usual care (35.6% vs 20.2%)":
                # the one arm named is the comparator when "than" or "compared with" leads to it.
                if COMPARATOR_LEAD.search(self._text(max(lo, first.start - 24), first.start)) \
                        or ZH_SET_AGAINST_ARM.match(self.ctx.norm, first.end) and ZH_WITH_BEFORE.search(
                            self.ctx.norm, max(lo, first.start - 2), first.start):
                    # ("与安慰剂相比，重度亚组的缓解率为55.0% vs 28.0%": the treated arm's first)
                    return [other, here[0]]
                # "51 of 113 in theLiraglutide group and 20 of 105 in the placebo group … (43.3% vs
                # 18.7%)": the comparator named second of a pair whose first the reader missed.
                from .interventions import is_comparator
                if is_comparator(here[0]) and PAIR_AND.search(self._text(lo, first.start)):  # (after a value)
                    return [other, here[0]]
                return [here[0], other]
            if not here and len(arms) == 2 and not f.groups and not self._pair_not_of_arms(f, lo, run[-1].end):
                return list(self._treatment_first(arms))
            return None
        if len(run) == 1 and beside[0]:
            return beside
        if all(g is None for g in beside) and arms:
            # "治疗组痊愈48例，…，痊愈率47.52%；对照组…": the one arm its segment names.
            a, b = self._segment(s, run[0].start)
            own = list(dict.fromkeys(g.name for g in f.groups if a <= g.start < run[0].start))
            # (An arm named after the values is another arm's, unless "compared with" leads
            # to it: "… had a remission rate of 35.6%, compared with 20.2% for the placebo group".)
            later = [g for g in f.groups if run[-1].end <= g.start < b]
            first = next((g for g in f.groups if a <= g.start < run[0].start), None)
            if first is not None and COMPARATOR_LEAD.search(self._text(max(s.start, first.start - 30), first.start)) \
                    and RESPECTIVELY.search(self.ctx.norm, run[-1].end, s.end):
                return None  # "greater with X than placebo (58% and 25%, respectively)": placebo's is the second
            if len(own) == 1 and own[0] in arms and all(
                    g.name != own[0] and COMPARED_AFTER.search(self._text(run[-1].end, g.start)) for g in later):
                return own * len(run)
        if len(run) == 1 and arms and (led := self._arm_leading_its_part(f, run[0], arms)) is not None:
            return [led]
        if not arms and not f.groups and not GROUPISH.search(s.text):
            if len(run) == 1 or self._one_per_time(f, s) and all(self._time_clue(f, st, *clause_bounds(s, st.start, st.end)) for st in run):
                return ["all"] * len(run)
        return None

    def _arm_leading_its_part(self, f: SentenceFacts, st: Stat, arms: list[str]) -> str | None:
        """In Chinese, the arm that leads the part of the sentence a value stands in, parts cut
        by commas only: "对照组25例有效,总有效率为67.56%,观察组34例有效,总有效率为91.89%" gives
        67.56 to 对照组 and 91.89 to 观察组. The arm is the last named before the value, not set
        against another ("与观察组比较"), its part names the value's measure before it and holds
        no other value of the value's kind; else None."""
        s = f.sentence
        if not HAN.search(s.text):
            return None
        before = [g for g in f.groups if s.start <= g.start and g.end <= st.start]
        if not before or before[-1].name not in arms:
            return None
        lead = before[-1]
        # (the arm opens its part: at most a word before it since the last comma, "结果", "其中";
        # not the arm a comparison ends on, "…显著优于对照组，…", "与对照组")
        opening = re.split(r"[，,；;：:\s]", self._text(max(s.start, lead.start - 8), lead.start))[-1]
        if len(opening) > 4 or COMPARISON_BEFORE_ARM.search(opening):
            return None
        if COMPARED_AFTER_ARM.match(self.ctx.norm, lead.end) or ";" in self._text(lead.end, st.start) \
                or "；" in self._text(lead.end, st.start) or COMBINED_WITH.search(self._text(lead.start, lead.end)):
            return None  # (nor an arm named by a combination, "特瑞普利单抗联合化疗组")
        # (nor the second of two arms listed with their counts before one rate: "治疗组27例有效,对照组18例
        # 有效,总有效率为90.00%" says not whose the rate is)
        other = [g for g in before if g.name != lead.name]
        if other and not any(other[-1].end <= x.start < lead.start and x.percent == st.percent and x.count_pct is None
                             for x in f.stats):
            return None
        named = [m for m in f.measures if lead.end <= m.start and m.end <= st.start]
        measure = self._named_right_before(f, st) or (named[-1] if named else None)
        if measure is None or measure.start < lead.end:
            return None
        if any(measure.end <= x.start < st.start for x in f.stats) or any(lead.end <= x.start < st.start and x.percent == st.percent
                                                                          and x.count_pct is None for x in f.stats):
            return None  # (another value between: which is whose, or what, the part does not say)
        return lead.name

    def _one_group_over_times(self, f: SentenceFacts, run: list[Stat], arms: list[str]) -> list[str] | None:
        """"HbA1c was 7.9%, 7.4%, and 7.1% at 3, 6, and 9 months, respectively": a run whose
        values each have their own time listed after it is one group's values over time, the
        group its clause names before the run (the whole cohort where none is named, in a
        study without arms); None where the clause names another group after the run."""
        when = [self._values_then_times(f, st) for st in run]
        if None in when or len(set(when)) != len(run):
            return None
        lo, hi = clause_bounds(f.sentence, run[0].start, run[-1].end)
        if any(run[-1].end <= g.start < hi for g in f.groups):
            return None
        before = list(dict.fromkeys(g.name for g in f.groups if lo <= g.start < run[0].start))
        if BY_BEFORE_RUN.search(self._text(lo, run[0].start)) or any(
                COMPARED_BEFORE_GROUP.search(self.ctx.norm, max(lo, g.start - 16), g.start) for g in f.groups if lo <= g.start < run[0].start):
            return None  # ("Versus placebo, HbA1c was lower by 0.5%, …": differences against it, no one group's levels)
        if len(before) == 1:
            return before * len(run)
        return ["all"] * len(run) if not before and not arms else None

    def _arm_list_beside(self, f: SentenceFacts, run: list[Stat]) -> list[str] | None:
        """The arms listed, one for each value of ``run`` and in its order, right after the run
        up to its people's verb ("51.2%, 60.4% and 22.5% of patients in the 100 mg, 300 mg and
        placebo groups had …") or right before it, opening its clause ("In the A and B groups,
        40% and 20% …"): the order of the list is the order of the values, said or not."""
        s = f.sentence
        if SUBGROUP_SENTENCE_OPENS.match(s.text):
            return None

        def chain(first: int) -> list[Match]:
            items = [f.groups[first]]
            for g in f.groups[first + 1:]:
                if g.start < items[-1].end:
                    continue
                if not ARM_ITEM_GLUE.fullmatch(self.ctx.norm, items[-1].end, g.start):
                    break
                items.append(g)
            return items

        lead = ARMS_AFTER_RUN.match(self.ctx.norm, run[-1].end, s.end)
        first = next((k for k, g in enumerate(f.groups) if lead is not None and g.start == lead.end()), None)
        if first is not None:
            items = chain(first)
            if not ARMS_THEN_VERB.match(self.ctx.norm, items[-1].end, s.end):
                items = []
        else:
            ahead = [k for k, g in enumerate(f.groups) if s.start <= g.start < run[0].start
                     and ARMS_BEFORE_RUN.search(self.ctx.norm[s.start:g.start])]
            items = chain(ahead[0]) if ahead else []
            if items and (not ARMS_THEN_RUN.fullmatch(self.ctx.norm, items[-1].end, run[0].start)
                          or not RUN_THEN_VERB.match(self.ctx.norm, run[-1].end)):
                items = []
        names = [g.name for g in items]
        return names if len(names) == len(run) and len(set(names)) == len(names) else None

    @staticmethod
    def _arms_listed(text: str, arms: list[str]) -> list[str] | None:
        """The arms a list names in order, each item by its arm's name or by words only that
        arm's name holds; None unless every arm is named once.

        >>> Outcomes._arms_listed(" of those who received immunotherapy and placebo, ",
        ...                       ["peanut oral immunotherapy", "placebo"])
        ['peanut oral immunotherapy', 'placebo']
        >>> Outcomes._arms_listed(" of those who received oral therapy and placebo, ", ["oral drug", "oral placebo"]) is None
        True
        """
        m = ARM_LIST.fullmatch(text)
        if not m:
            return None
        named = [_arm_holding(x, arms) for x in ARM_LIST_SEPARATOR.split(m["list"]) if x]
        return named if len(named) == len(arms) and None not in named and len(set(named)) == len(named) else None

    @cached_property
    def _design(self) -> str | None:
        from . import design
        return design.design(self.ctx)

    @cached_property
    def _treatment_against_control(self) -> bool:
        return against_control(self._design, self.ctx.text, len(self.ctx.arms))

    @cached_property
    def _controlled(self) -> bool:
        """Whether the study compares a treatment with a control (a randomised or otherwise
        controlled trial, or a review of them), not a cohort, a case series or a single arm."""
        return self._design in CONTROLLED_DESIGNS

    def _pair_not_of_arms(self, f: SentenceFacts, lo: int, hi: int) -> bool:
        """Whether a pair of values compares something other than the two arms: "higher at week
        8 than at week 4", "among women than among men", "than expected", "from baseline (12.0%
        vs. 35.6%)" (a "than" not followed by an arm's name, or a baseline)."""
        if PAIR_AGAINST_BASELINE.search(self._text(lo, hi)):
            return True
        for m in THAN_WORD.finditer(self.ctx.norm, lo, hi):
            if not any(0 <= g.start - m.end() <= 30 for g in f.groups):
                return True
        return False

    def _segment(self, s: Sentence, at: int) -> tuple[int, int]:
        """The part of a sentence between semicolons (or "，而") around ``at``."""
        cuts = [m for m in ARM_SEGMENT.finditer(self.ctx.norm, s.start, s.end)]
        a = max([s.start] + [m.end() for m in cuts if m.end() <= at])
        b = min([s.end] + [m.start() for m in cuts if m.start() >= at])
        return a, b

    def _other_value_between(self, f: SentenceFacts, a: int, b: int) -> bool:
        """Whether a value or p stands in [a, b): not a number inside a group's name ("the
        aflibercept 8 mg and faricimab groups"), nor a bound that names an outcome ("had at least
        a 50% reduction in seizures")."""
        return any(a <= x.start < b and i not in f.bounded and not any(g.start <= x.start < g.end for g in f.groups)
                   for i, x in enumerate(f.stats)) \
            or any(a <= p.start < b for p in f.ps)

    def _opening_time(self, f: SentenceFacts) -> Time | None:
        """The time a sentence opens on ("At 6 months, ...", "治疗12周后，…"), else None."""
        if f.times is None:  # (a sentence without values: its times are read when first asked, here)
            f.times = self._times_and_rates(f.sentence, f.groups)[0]
        first = f.times[0] if f.times else None
        if first is not None and first.time.value and OPENING_TIME.match(self._text(f.sentence.start, first.start)) \
                and not any(x.start < first.start for x in f.stats):
            return first.time
        return None

    def _lead_time(self, f: SentenceFacts) -> Time | None:
        """The one time point a sentence names, before all its values: each value's ("PASI 75 at
        week 12 was higher …: the rates were 81.6% with 300 mg, 71.6% with 150 mg, and 4.5% with
        placebo"); None where it names two or none, or a value comes first."""
        points = {t.time for t in f.times or () if t.time.value}
        if len(points) != 1 or not f.stats:
            return None
        first = next(t for t in f.times if t.time.value)
        norm = self.ctx.norm
        # (a time point, "at week 12", "治疗12周后", not an age, "patients 65 years of age", nor "三年前")
        cued = LEAD_TIME_BEFORE.search(norm, max(f.sentence.start, first.start - 12), first.start) \
            or norm.startswith(("week", "Week", "month", "Month", "day", "Day", "第"), first.start) \
            or LEAD_TIME_AFTER.match(norm, first.end)
        return first.time if cued and first.end <= f.stats[0].start else None

    def _one_per_time(self, f: SentenceFacts, s: Sentence) -> bool:
        """Whether a sentence's rates are one per time point ("38% at week 12 and 79% at week
        52"), not one per some group the article never named ("22% for high-quality paper and 29%
        for standard paper")."""
        found = [x for x in _shift(proportions(s.text), s.start) if x.total is not None]
        if len(found) < 2:
            return True
        clues = [self._time_clue(f, Stat(x.pct, x.start, x.end), *clause_bounds(s, x.start, x.end)) for x in found]
        return None not in clues and len(set(clues)) == len(clues)

    def _group_beside(self, f: SentenceFacts, a: int, b: int) -> str | None:
        """The arm named right after a number ("251 (50.4%) general-ward patients", "... in the
        X group", "29% (14/49) of patients who underwent gastric bypass"), else right before it
        ("治疗组有效率为85.0%"), with no other number between."""
        arms = self._study_arms()
        if len(arms) == 2 and ELLIPTIC_OTHER.match(self.ctx.norm, b):
            # ("69.2 percent in the group who received immunotherapy, and 49.4 percent in the group who
            # did not": the other arm than the one named last before it)
            named = [g.name for g in f.groups if g.end <= a and g.name in arms]
            return next(x for x in arms if x != named[-1]) if named else None
        if self._study_arms() and WHO_RECEIVED.match(self.ctx.norm, b):
            # (Who its people were, said right after it, decides; one that names no arm, none;
            # and none for any of them when another value's people are no arm: "40% of those who
            # received drug K with colchicine and 20% of those who received drug K alone".)
            described = [self._who_received(x) for x in f.stats if WHO_RECEIVED.match(self.ctx.norm, x.end)]
            return self._who_received(Stat(0, a, b)) if None not in described else None
        # "between the semaglutide group (78.5%) and the placebo group (78.7%)": a value in the
        # bracket right after an arm's name is that arm's, whatever is named after the bracket.
        bracketed = next((g for g in reversed(f.groups) if g.end <= a), None)
        if bracketed is not None and OPENED_RIGHT_AFTER.fullmatch(self.ctx.norm, bracketed.end, a):
            return bracketed.name
        for g in f.groups:
            # (A bracket right after the value holds its own count: "56.7% (17/30) in the X group".)
            between = BRACKET_AFTER_VALUE.sub("", self._masked(f, b, g.start), count=1)
            # "治疗组缓解率（35.6%）明显高于对照组": the arm after "higher than" is the comparator.
            if 0 <= g.start - b <= 25 and not re.compile(r"[\d;；,，、]").search(between) \
                    and not AGAINST.search(between) and not VS_AROUND.search(between) and not NEXT_ARM.search(between) \
                    and not (OPENED_AFTER_VALUE.match(between) and ARMS_OWN_VALUE.match(self.ctx.norm, g.end)):
                # (not an arm that opens a bracket with its own value: "延长至36.5个月(对照组21.1个月": the other's)
                return g.name
        for g in reversed(f.groups):
            between = self._masked(f, g.end, a)
            if CLOSING.search(between) and in_brackets(self._text(f.sentence.start, g.start), g.start - f.sentence.start):
                continue  # ("(so still likely need a bone marrow transplant) in another 5 of 60 (8%)": an aside's word)
            if "，" in between.replace(",", "，") and HAN.search(self._text(g.start, a)) \
                    and AGAINST.search(self._text(max(f.sentence.start, g.start - 6), g.start)):
                continue  # ("…显著低于对照组，护理满意度(96.0%)": the arm the last value was set against, not this one's)
            if 0 <= a - g.end <= 15 and not re.compile(r"[\d;；]").search(between) and not VS_AROUND.search(between) \
                    and not NEXT_CLAUSE.search(between):  # (", and 49.4 percent in the group who did not": the next clause's)
                # ("greater with X than placebo (58% and 25%, respectively)": the arm after "than"
                # is the comparator, whose value is the second of the pair, not the first.)
                if COMPARATOR_LEAD.search(self._text(max(f.sentence.start, g.start - 30), g.start)) \
                        and RESPECTIVELY.search(self.ctx.norm, b, f.sentence.end):
                    return None
                return g.name
        return None

    def _masked(self, f: SentenceFacts, a: int, b: int) -> str:
        """The text in [a, b) with the measures' names blanked ("细胞组的6分钟步行距离为": the 6
        is part of a name, not another number)."""
        text = self._text(a, b)
        for m in f.measures:
            if a <= m.start and m.end <= b:
                text = text[:m.start - a] + "_" * (m.end - m.start) + text[m.end - a:]
        return text

    def _arms(self, f: SentenceFacts, lo: int, hi: int) -> tuple[str, str]:
        """(group, versus) of a result clause: two groups named give both; one group named
        is compared with baseline; none is the whole cohort against baseline."""
        named = [g for g in f.groups if lo <= g.start < hi]
        names = list(dict.fromkeys(g.name for g in named))
        if len(names) >= 2:
            return self._in_order(named, names, lo)
        pair = self._pair_named(lo, hi)
        if pair is not None:
            return pair
        arms = list(self.ctx.arms)
        if len(names) == 1:
            before = self._text(max(lo, named[0].start - 16), named[0].start)
            other = [a for a in arms if a != names[0]]
            if COMPARED_WITH.search(before) and len(arms) == 2 and other:
                # "Compared with DPP-4 inhibitors, GLP-1 RAs were associated with ...": the
                # arm after "compared with" is the comparator.
                return other[0], names[0]
            if COMPARED_WITH.search(before) and len(arms) != 2:
                # "SJZT showed significant improvement … compared to placebo (RR 1.61 …)" in a
                # meta-analysis of one treatment: the comparator, set against what the sentence
                # says did better; nothing, where it does not say.
                sides = self._contrast(self._text(lo, hi))
                if sides is not None and sides.versus.lower() == names[0].lower() and sides.group.lower() != names[0].lower() \
                        and not OUTCOME_AS_SIDE.search(sides.group):
                    return sides.group, names[0]
            return names[0], "baseline"
        return "all", "baseline"

    def _arms_listed_together(self, f: SentenceFacts, lo: int, hi: int) -> bool:
        """Whether a clause names three arms or more and lists the first two together ("in the
        100 mg and 300 mg groups"): its p sets neither of them against the other."""
        named = [g for g in f.groups if lo <= g.start < hi]
        if len({g.name for g in named}) < 3:
            return False
        second = next(g for g in named if g.name != named[0].name)
        return ARM_ITEM_GLUE.fullmatch(self.ctx.norm, named[0].end, second.start) is not None

    def _pair_named(self, lo: int, hi: int) -> tuple[str, str] | None:
        """The two sides a clause sets against each other by "vs." before its result: "舒血宁+CT
        vs.奥扎格雷+CT，两组差异有统计学意义[OR=0.33…]", "drug K plus standard care vs. drug M plus
        standard care: OR 0.33" (as written; a review's comparisons name no arms of its own)."""
        clause = self._text(lo, hi)
        if "vs" not in clause and "versus" not in clause:
            return None
        m = VS_PAIR.search(clause)
        if m is None:
            return None
        if CLAUSE_IN_SIDE.search(m["a"]) or CLAUSE_IN_SIDE.search(m["b"]):
            return None  # ("Mortality was lower with drug K vs. drug M": a clause, no side, before "vs.")
        a, b = side(m["a"]), side(m["b"])
        if not a or not b or TIME_SIDE.search(a) or TIME_SIDE.search(b) or a.lower() == b.lower():
            return None
        return a, b

    def _in_order(self, mentions: list[Match], names: list[str], lo: int) -> tuple[str, str]:
        """(group, versus) of two arms named in a clause, in the order named, unless the first
        follows "compared with" / "与": "与对照组相比，干细胞组…" compares 干细胞组 with 对照组."""
        first = next(g for g in mentions if g.name == names[0])
        if COMPARED_WITH.search(self._text(max(lo, first.start - 24), first.start)):
            return names[1], names[0]
        return names[0], names[1]

    def _add_measurement(self, measure, group, time, stat, st: Stat, q):
        if st.percent and st.dispersion == "ci95":
            stat = "percent"  # ("34.5% (95% CI, 24.3 to 45.9)": a share with its interval)
        disp = st.dispersion if st.dispersion != "pair" else ("iqr" if stat == "median" else "range")
        self._add(Measurement(measure, group, time, stat, st.value, disp, st.dispersion_value, None, q))

    def _add(self, m: Measurement) -> None:
        if STUDY_DESCRIPTOR.search(m.measure):
            return  # ("中位随访时间为11.9年": how long the study followed people, the study's follow-up, no outcome)
        if VE_WORD.fullmatch(m.measure) and self._about_vaccine():
            return  # ("efficacy was … 90.0% (95% CI 67.4-97.0) in those who received a low dose": the efficacy reader's)
        if m.stat in ("percent", "n") and m.measure in self._compared_events and m.group != "all":
            self.adverse_rates.append(m)  # (an event the arms are compared on: each arm's rate of it)
            return
        if SAFETY_NAME.search(m.measure) or BARE_RATE.fullmatch(m.measure) and _rate_of_adverse_events(m.measure, m.quote):
            # adverse events are the safety reader's ("不良事件发生率分别为20.0%和16.7%"; "≥3级不良反应的
            # 发生率(66.3% vs 61.6%)", whose name was cut to its last word)
            if m.measure in self._adverse_names:
                self.adverse_rates.append(m)
                return
            if not COMPLICATIONS_ONLY.search(m.measure) or self._names_adverse_events(m.measure):
                return
            # (complications the arms are compared on, named by no phrase of adverse events: an
            # outcome of the study, "postoperative complications (41% vs. 36%, P=0.001)")
        if m.stat == "percent" and (vocab.info(m.measure) or {}).get("unit") not in (None, "%"):
            # A measure kept in kg, mmHg or L has no level in percent: "58.0% of patients lost at
            # least 5% of their body weight" is the share of people past a threshold, named by it
            # ("body weight reduction ≥5%"); without one ("IOP fell by 12.3%", a relative change)
            # it is no body weight or IOP of that many percent, and is left out.
            named = threshold_share(m.measure, m.quote or "", m.value)
            if named is None:
                return
            m.measure = named
        key = (m.measure, m.group, m.time, m.stat, m.value)
        if not any((x.measure, x.group, x.time, x.stat, x.value) == key for x in self.measurements):
            self.measurements.append(m)

    def _names_adverse_events(self, name: str) -> bool:
        """Whether a measure's name, where the text writes it, holds adverse events the vocabulary
        knows ("骨髓抑制、恶心呕吐等并发症")."""
        at = self.ctx.text.find(name)
        return at >= 0 and bool(self.ctx.mentions("adverse_events", at, at + len(name)))

    # ------------------------------------------------------------------ run

    def from_tables(self) -> list[tuple[int, int]]:
        """Outcome tables ("Outcome | A (n = 64) | B (n = 62) | Effect (95% CI) | p"): each arm's
        cell is a measurement, the effect and p columns one effect of the first arm against the
        second. Returns the tables' spans, which the sentence shapes leave alone."""
        spans = []
        for t in tables.of(self.ctx):
            spans.append((t.start, t.end))
            if tables.is_adverse_event_table(t):
                continue
            # (never the label column: "Efficacy | Drug (n = 180) | …" heads its rows, holds no effect)
            effect_col = t.column("effect", "RR", "OR", "HR", "MD", "SMD", "difference", "ratio", "efficacy", "效应量", "差值") \
                or next((i for i in range(1, len(t.header)) if tables.RATIO_HEADER.search(t.header[i])), None)  # ("Relative risk (95% CI)")
            if effect_col is not None and ARM_HEADER.match(t.header[effect_col]):
                effect_col = None  # ("Group RR": an arm's column named by its letters, no risk ratio's)
            p_col = t.column("p", "p value", "p-value", "P值") or _p_column(t)
            # "Total cases": the row's whole count, of everyone in it, not an arm's.
            total_col = next((i for i in range(1, len(t.header)) if TOTAL_COLUMN.match(t.header[i])), None)
            arm_cols = [i for i in range(1, len(t.header)) if i not in (effect_col, p_col, total_col)
                        and t.header[i].strip() and not tables.STATISTIC.match(t.header[i])]
            arms = [self._arm_of(t, i) for i in arm_cols]
            for i, arm in zip(arm_cols, arms):
                # "Polypill (N = 2861)": the size its column's header gives an arm, for its group
                if (size := tables.column_size(t.header[i])) is not None:
                    self.ctx.column_sizes.setdefault(arm, size)
            # (A table that lists its people by sex or age (a trait's heading, or rows such as
            # "Female, n (%)", "18–64") and has no effect column describes who they were: a
            # baseline table whatever its caption.)
            # (not one read at a visit after treatment, "Day 28 after first dose" over its arms, nor one whose
            # sections are outcomes the vocabulary knows, "Seroconversion rate" over "Total", "60–64 years")
            baseline = bool(tables.BASELINE_TABLE.search(t.caption) or tables.BASELINE_TABLE.search(t.header[0])
                            or (effect_col is None and not (t.visit_heading and "baseline" not in t.visit_heading.lower())
                                and not any(len(r.cells) == 1 and self._table_measure(tables.label_of(r.cells[0]), vocabulary_only=True)
                                            for r in t.rows) and any(
                                (len(r.cells) == 1 and SUBGROUP_HEADING.match(tables.label_of(r.cells[0])))
                                or SUBGROUP_ROW.match(tables.label_of(r.cells[0])) for r in t.rows)))
            when = BASELINE if baseline else (next((x.time for x in times(t.caption) if x.time.value), None)
                                              or self.default_time)
            visit_named = ""
            if t.visit_heading and not baseline:
                # ("Week 4" over the arms' columns: the visit every row of this part is at)
                # ("Baseline", "Mean (SD) at Baseline"; a visit after a later dose is off the study's clock:
                # where a table has two such, each is named with its measure, "… (Day 14 after booster dose)")
                later = sub_headers.later_dose(t.visit_heading)
                when = BASELINE if re.fullmatch(r"(?:.*\bat\s+)?baseline", t.visit_heading.strip(), re.I) else None \
                    if later else next((x.time for x in times(t.visit_heading) if x.time.value), when)
                if later and sum(1 for x in tables.of(self.ctx) if x.start == t.start and x.visit_heading
                                 and sub_headers.later_dose(x.visit_heading)) >= 2:
                    visit_named = f"({t.visit_heading.strip()})"
            # A row of one cell heads a section: the outcome of the rows under it ("First COVID-19
            # occurrence after dose 1"), or the trait its rows are subgroups by ("Age group (years)").
            section, by_trait, headed, section_kind, section_time = None, False, False, "", None
            section_written = None
            parent = None  # the last heading the vocabulary knows, which a qualifying heading under it qualifies
            section_hint = ""  # what the section's heading says its rows' cells hold ("Survival rate — % (95% CI)")
            # (a table whose label column says it lists outcomes, "Efficacy", "Outcome": its rows
            # under a heading are outcomes, not categories of people)
            outcomes_header = bool(t.header[0].strip()) and KIND_OF_OUTCOME.fullmatch(SECTION_NOTE.sub("", tables.label_of(t.header[0]))) is not None
            differences = None  # whether the ratio column's rows of means hold differences, asked once
            changes = bool(CHANGE_HEADING.search(t.arms_heading))  # (the arms' cells are changes from baseline)
            # (what the heading over the arms says they measure, "Seroconversion rate* (%) (95% CI)", of the
            # outcome each row or section names: "Neutralising antibody seroconversion rate")
            measured = _heading_measure(t.arms_heading) if t.heading_measures else ""
            ratio_row: list = []  # (column, effect) of a ratio row, for the p row after it
            p_row = last_ratio_row = None  # a row of p-values above a ratio row; the ratio row above one
            last_time = None  # the time of the last row of the section that named one
            led_seen: set = set()  # measures a row led by "Baseline" or "Change in" named in this table
            if not baseline:
                section = self._measure_of_visit_rows(t)
            # ("Week 52 (LOCF)" beside "Week 52" of the same section: the same visit analysed another way,
            # not read; "Screening" beside "Baseline": the visit before it, no second baseline)
            plain_visits, part = set(), 0
            for r in t.rows:
                part += len(r.cells) == 1
                if not ANALYSIS_QUALIFIER.search(r.cells[0]):
                    plain_visits |= {(part, x.time) for x in times(r.cells[0])[:1] if x.time.value}
            baseline_row = any(BASELINE_ROW.match(tables.label_of(r.cells[0])) for r in t.rows)
            part = 0
            for index, row in enumerate(t.rows):
                part += len(row.cells) == 1
                if ANALYSIS_QUALIFIER.search(row.cells[0]) and any((part, x.time) in plain_visits for x in times(row.cells[0])[:1]):
                    continue
                if baseline_row and SCREENING_ROW.match(tables.label_of(row.cells[0])):
                    continue
                if len(row.cells) == 1 or (len(row.cells) > 1 and row.cells[0].strip()
                                           and not any(c.strip() for c in row.cells[1:])
                                           and not PEOPLE_HEADING.search(row.cells[0])):
                    # (a row of one cell, or of a label over empty cells: "Progression-Free Survival | |||")
                    heading = SECTION_NOTE.sub("", tables.label_of(row.cells[0]))
                    if KIND_OF_OUTCOME.fullmatch(heading):
                        section, by_trait, headed, section_kind = None, False, False, ""  # "Efficacy", "Secondary outcome": no outcome
                        section_written, parent, section_hint = None, None, ""
                        section_time = None
                        continue
                    headed, section_kind = True, tables.heading_kind(row.cells[0])
                    section_time = _heading_time(row.cells[0])
                    if section_time is not None and (at := [x for x in times(heading) if x.time == section_time]) \
                            and TIME_AT_END.search(heading[:at[0].start]) and HEADING_UNIT_AFTER.fullmatch(heading[at[0].end:]):
                        # ("Systolic blood pressure at 12 weeks, mm Hg": the measure is what the heading names before
                        # "at" its time; not "Change from baseline to week 12 in HbA1c", "Weight change over 12 weeks")
                        heading = TIME_AT_END.sub("", heading[:at[0].start]) or heading
                    last_time = None
                    ratio_row, p_row, last_ratio_row = [], None, None  # (a p row never reaches another section's ratios)
                    under = tables.label_of(t.rows[index + 1].cells[0]) if index + 1 < len(t.rows) else ""
                    visit_under = WHEN_ONLY.fullmatch(under) or (any(x.time.value for x in times(under)) and not AGE_BAND_ROW.match(under)
                                                                 and not AGE_WORDS_IN_ROW.search(under))
                    if SUBGROUP_HEADING.match(heading) and not visit_under:
                        # (a trait over its levels, "BMI" over "<25", "≥25"; over visits, "At week 12", it is
                        # the outcome measured at them)
                        by_trait = True
                    elif tables.PEOPLE_HEADING_WORDS.fullmatch(heading):
                        section, by_trait = None, False  # ("Participants" over each visit's counts: no outcome)
                    else:
                        section, by_trait = (self._table_measure(heading) if heading else None), False
                        known = self._table_measure(heading, vocabulary_only=True) if heading else None
                        if known is None and parent is not None and section is not None:
                            # "Independent review" under "Rate of objective response", "Survival rate" under
                            # "Overall survival": the outcome above, so assessed or so counted.
                            section = _qualified_by_heading(parent, heading) or section
                        elif known is not None:
                            parent = known
                    section_hint = tables.kind_hint(row.cells[0])
                    # (the heading as written, where the vocabulary names it: "SBP" over "Office", "Home")
                    section_written = heading if section and self._table_measure(heading, vocabulary_only=True) else None
                    continue
                if len(row.cells) != len(t.header):
                    continue
                # "NRS pain, 1 month": the row names its own time point (an age band, "60–64 years", none).
                own = [x for x in times(row.cells[0]) if x.time.value] if not AGE_BAND_ROW.match(row.cells[0]) else []
                label = re.compile(r"(?:[\s,;(\[（]|\b(?:at|in|after|by)\b)+$", re.I).sub("", row.cells[0][:own[0].start]) \
                    if own else row.cells[0]
                if own and section is None and not label.strip(" ,;:") and LEADING_TIME_NAME.match(row.cells[0], own[0].end):
                    # "28-day mortality, no. (%)": the time opens the outcome's name, which follows it
                    label = row.cells[0][own[0].end:].strip(" -")
                subgroup, count_then_share = None, False
                if section is not None and not baseline and effect_col is None and len(arm_cols) >= 2:
                    if RATIO_ROW.match(label):
                        # "Hazard ratio (95% CI) | 0.57 (0.45, 0.73) | 0.50 (0.39, 0.64) | –": each arm
                        # against the one column the ratio leaves empty, of the section's outcome
                        ratio_row = self._ratio_row(t, row, arm_cols, arms, section, when, label)
                        if p_row is not None:
                            self._ps_of_ratio_row(ratio_row, p_row, row)
                            ratio_row, p_row = [], None
                        else:
                            last_ratio_row = row
                        continue
                    if P_ROW.match(label):
                        # "p-Value (stratified log-rank) | <0.001 | <0.001 | –": the p of the ratios of
                        # the row next to it, column by column (above it, or below)
                        if ratio_row:
                            self._ps_of_ratio_row(ratio_row, row, last_ratio_row)
                            ratio_row = []
                        else:
                            p_row = row
                        continue
                time_row = own and section is not None and not baseline and not label.strip(" ,;:") \
                    and not WINDOW_AFTER.search(row.cells[0], own[0].end)
                if own and not time_row and re.compile(r"^\W*(?:from|after|since|at|by|before|until|to)?\W*$", re.I).match(label):
                    continue  # "From 14 days after dose 1": a window of the outcome, no outcome or time of its own
                before_row = not own and not baseline and row_tables.BASELINE.match(label.strip(" :,;"))
                if before_row and section is None:
                    continue  # ("Baseline" under a heading that names no measure: whose values, unknown)
                # "Baseline HbA1c (mmol/mol)", "Change in FBG (mmol/L)": the row's own measure after the
                # word that says when, or that its cells are changes (``_led_measure``)
                led = None if own or baseline else self._led_measure(t, row, arm_cols, label, led_seen)
                if led is SEEN_AGAIN:
                    continue  # (whose unit, the record cannot say: the first row's reading stands alone)
                led_measure, led_change = led if led else (None, False)
                if led_change:
                    self._table_changes(t, row, arm_cols, arms, led_measure, section_time or last_time or when, label)
                if not own and RELATIVE_CHANGE_ROW.fullmatch(label.strip(" :,;")):
                    # "Relative change (%) | -0.5 (-3.2, 1.7) | 0.6 (-1.7, 4.2) | 0.030" under "Weight (kg)":
                    # each arm's percent change of the section's measure, the p their comparison's
                    if section is not None and not baseline:
                        self._table_percent_changes(t, row, arm_cols, arms, section, last_time or when, label)
                    continue
                if not own and (CHANGE_ROW.fullmatch(tables.label_of(label).strip(" :,;"))
                                or CHANGE_ONLY_ROW.fullmatch(tables.label_of(label).strip(" :,;"))):
                    # "Change from baseline | -1.1 (0.7) | -0.2 (0.6)" under "HbA1c, %": each arm's change
                    # of the section's measure, by the time of the rows above it (no measure: unread)
                    if section is not None and not baseline:
                        self._table_changes(t, row, arm_cols, arms, section, last_time or when, label)
                    continue
                after_row = not own and not baseline and section is not None and AFTER_ROW.fullmatch(label.strip(" :,;"))
                if time_row or before_row or after_row:
                    # "Week 2 | 3.558 | 3.136 | P = 0.005" under "TSS-4 mean total score": the
                    # section's outcome at the time the row names ("Baseline": before treatment;
                    # "治疗后": after it, at the study's time where it says one)
                    measure = section
                    last_time = own[0].time if time_row else last_time
                elif section is not None and not baseline and (OVERALL_ROW.match(label) or SUBGROUP_ROW.match(label)):
                    # "Overall", "18–30", "Female" under an outcome's heading: that outcome, in everyone
                    # or in the subgroup the row names.
                    measure, own = section, []
                    subgroup = None if OVERALL_ROW.match(label) else tables.label_of(row.cells[0])
                elif section is not None and not baseline and (PEOPLE_COUNT_ROW.fullmatch(label) or SHARE_ONLY_ROW.fullmatch(label.strip())):
                    # "No. of patients with a response | 99 | 31 | 3.19 (…)" over "% (95% CI) | 23 (19–27) | 7 (5–10)"
                    # under "Rate of objective response": the section's outcome, counted then as shares
                    # (the shares are its measurements; the count row's ratio and p are its effect)
                    measure, own = section, []
                    count_then_share = PEOPLE_COUNT_ROW.fullmatch(label) is not None and index + 1 < len(t.rows) \
                        and SHARE_ONLY_ROW.fullmatch(t.rows[index + 1].cells[0].strip()) is not None
                elif section is not None and not baseline and STATISTIC_ONLY_ROW.fullmatch(tables.label_of(label) or label):
                    # "Median in months (95% CI)", "Number of events, n (%)" under "Progression-Free
                    # Survival": the section's outcome (its events, for a count of them)
                    measure, own = (f"{section} events" if EVENTS_ROW.match(label) else section), []
                elif section is not None and not baseline and VISIT_IN_WORDS.match(label):
                    continue  # ("Follow-up", "End of treatment" under "SBP": a visit the table does not date)
                elif section_written and not baseline and not own and not NO_WAY_OF_MEASURING.search(label) \
                        and self._table_measure(label, vocabulary_only=True) is None:
                    # "SBP" over "ABPM 24 hours", "Office", "Home": rows that are ways of measuring the
                    # heading's measure, no measure of their own; each is that measure so taken.
                    measure = f"{section_written}, {tables.label_of(label)}"
                elif (by_trait or headed) and effect_col is None and not outcomes_header:
                    # Under a heading, a row that is no subgroup of an outcome is a category ("Sex:
                    # Female", "Side: Left", "Barthel index: Score 0–7"), unless the table compares
                    # outcomes (its effect column): an outcome only when the vocabulary names it.
                    measure = None if by_trait else self._table_measure(label, vocabulary_only=True)
                elif led_measure is not None:
                    measure = led_measure
                else:
                    measure = self._table_measure(label, vocabulary_only=baseline)
                if measure is None or (baseline and not any(
                        m.name == measure and not t.start <= m.start < t.end for m in self.ctx.mentions("measures"))):
                    continue  # (a baseline row counts when the article reports that measure elsewhere too)
                if measured:
                    measure = f"{measure} {measured}"
                if visit_named:
                    measure = f"{measure} {visit_named}"
                when_row = own[0].time if own else BASELINE if before_row or (led_measure is not None and not led_change) \
                    else section_time or last_time or when if led_change else section_time or when
                # (a row that names a unit of its own, "acceptability, VAS (mm)", is no share of
                # patients under a heading of shares)
                hint = tables.kind_hint(row.cells[0]) or section_hint or tables.kind_hint(" ".join(t.header), t.arms_heading, t.caption) or (
                    "" if section_kind == "%" and OWN_UNIT.search(row.cells[0]) else section_kind) or t.note_hint
                if hint.strip().lower() in ("", "mean") and GEOMETRIC_MEAN.search(f"{measure} {row.cells[0]}") \
                        and (valued := [tables.plain_cell(row.cells[i]) for i in arm_cols if i < len(row.cells) and re.search(r"\d", row.cells[i])]) \
                        and all((two := tables.CELL_SPREAD.match(cell)) and two["b"] is not None for cell in valued):
                    hint = "mean (95% CI)"  # (a geometric mean titre's two bounds, "6·9 (4·6–10·2)", are its 95% CI)
                quote = self.ctx.text[row.start:row.end]
                if total_col is not None and not re.compile(r"mean|median|sd\b|iqr", re.I).search(hint) \
                        and (whole := WHOLE_COUNT.fullmatch(tables.plain_cell(row.cells[total_col]))):
                    self._add(Measurement(measure, subgroup or "all", when_row, "n", int(whole[1].replace(",", "")),
                                          None, None, None, quote))
                cells = []
                # (whole numbers in every arm's cell beside a ratio of rates or risks, no unit or kind
                # said: the arms' counts of the row's event, "Hospital admissions | 320 | 296 | 0·93 (…)")
                counted = effect_col is not None and not hint and tables.RATIO_HEADER.search(t.header[effect_col]) \
                    and all(WHOLE_COUNT.fullmatch(tables.plain_cell(row.cells[i])) for i in arm_cols)
                changed = False  # (whether the arms' cells of this row were read as changes)
                if changes and not baseline and not led_change:
                    # (under a heading that says the arms' cells are changes, "Mean change from
                    # baseline (95% CI)" over "Drug K (n = 51) | Placebo (n = 53)": each arm's change)
                    before = len(self.effects)
                    self._table_changes(t, row, arm_cols, [f"{a}, {subgroup}" for a in arms] if subgroup else arms,
                                        measure, when_row, label)
                    changed = len(self.effects) > before
                for i, arm in zip(arm_cols, arms):
                    if led_change or changes or count_then_share:
                        break  # (each arm's change is read above, as a change; a count, as the share under it)
                    cell = tables.read_cell(row.cells[i], hint, tables.column_size(t.header[i]))
                    if cell is None and counted:
                        cell = ("n", int(WHOLE_COUNT.fullmatch(tables.plain_cell(row.cells[i]))[1].replace(",", "")), None, None, None)
                    cells.append(cell)
                    if cell is not None:
                        stat, value, disp, dval, n = cell
                        self._add(Measurement(measure, f"{arm}, {subgroup}" if subgroup else arm, when_row, stat, value,
                                              disp, dval, n, quote))
                if len(arms) != 2:
                    continue
                named = effect_stats(row.cells[effect_col]) if effect_col is not None else []
                if effect_col is not None and not named:
                    # A "Difference (95% CI)" column holds bare values: "−1.1 (−1.9 to −0.3)"; an
                    # "Efficacy (95% CI)" column a vaccine's efficacy, "91·6% (85·6–95·2)".
                    named = tables.difference_cell(row.cells[effect_col], t.header[effect_col], shares=count_then_share or any(
                        c is not None and c[0] == "percent" for c in cells))
                    # (a median time beside a hazard ratio is the usual row of a survival table: the ratio stands)
                    if tables.RATIO_HEADER.search(t.header[effect_col]) and any(c is not None and c[0] not in ("percent", "n") for c in cells) \
                            and not (named and named[0].type == "hazard_ratio" and all(c is None or c[0] == "median" for c in cells)):
                        # A column of risk ratios holds, in a row of means, what no ratio of risks can
                        # be: the difference of the means, when the column's rows of means say so
                        # (``_ratio_column_of_differences``), else nothing the table says.
                        if differences is None:
                            differences = _ratio_column_of_differences(t, effect_col, arm_cols)
                        named = _difference_of_means(row.cells[effect_col], cells) if differences else []
                ci = tables.read_ci(row.cells[effect_col]) if named else None
                p = tables.read_p(row.cells[p_col]) if p_col is not None else None
                if p is None and not named and effect_col is not None and p_col is not None and not row.cells[p_col].strip() \
                        and (moved := tables.read_p(row.cells[effect_col])) and (moved[1] in ("<", "≤") or moved[0] <= 0.05):
                    # ("6 mo | 67 (62–71) | 55 (50–60) | <0.001 | |": a p the page printed a column early,
                    # under the ratio's heading, the p column left empty; no ratio is so small)
                    p = moved
                if baseline or (led_measure is not None and not led_change):
                    continue  # arms compared before treatment: no result of it
                if named or p:
                    kind, value = (named[0].type, named[0].value) if named else ("none", None)
                    if (led_change or changed) and kind == "mean_difference":
                        kind = "difference_in_change"  # (a difference of the arms' changes)
                    # (In a subgroup's row the effect is the subgroup's, against the comparator arm,
                    # as the annotation conventions write it: "18–30 vs placebo".)
                    # (A ratio or difference beside the comparator's column first, "Placebo |
                    # Co-trimoxazole | IRR", is the treatment's against it, as tables print them.)
                    from .interventions import is_comparator
                    # (not where the column's header says the order: "Rate ratio, placebo vs vitamin Z")
                    treated, against = (arms[1], arms[0]) if is_comparator(arms[0]) and not is_comparator(arms[1]) \
                        and not ORDER_SAID.search(t.header[effect_col] if effect_col is not None else "") else (arms[0], arms[1])
                    self.effects.append(Effect(measure, subgroup or treated, against, when_row, kind, value,
                                               ci,
                                               p[0] if p else None, p[1] if p else None, None, quote))
        return spans

    @staticmethod
    def _ratio_named_for(f: SentenceFacts, st: Stat, ratios: list[int]) -> bool:
        """Whether the clause names a ratio (``ratios``: where each of its ratios' names ends) before
        ``st`` with no other value between: "the HR in the A group relative to the B group after
        adjustment for age was 0.78 (0.66 to 0.92)" (not "the odds ratio for frailty was 2.10 (…),
        the median stay was 6 (4–9) days"; not "RR interval")."""
        last = max((end for end in ratios if end <= st.start), default=None)
        return last is not None and not any(last <= x.start < st.start for x in f.stats)

    def _in_a_row_of_ratios(self, at: int) -> bool:
        """Whether ``at`` is in a line of cells, one of them before it naming a ratio: "… | Common
        odds ratio | 2.1 (1.2-3.7) | 2.2 (1.2-4.0) |" holds no means."""
        start = self.ctx.norm.rfind("\n", 0, at) + 1
        return "|" in self.ctx.norm[start:at] and RATIO_CELL.search(self.ctx.norm, start, at) is not None

    def _measure_of_visit_rows(self, t) -> str | None:
        """The measure of a table whose rows are all visits ("Screening", "Week 12", …) under no
        heading of a measure: the one measure its caption names ("Change in UPDRS part III score
        from baseline"), else None."""
        full = [r for r in t.rows if len(r.cells) == len(t.header)]
        if len(full) < 2 or len(full) != len(t.rows) or not t.caption:
            return None
        if not all(any(x.time.value for x in times(r.cells[0])) or row_tables.BASELINE.match(tables.label_of(r.cells[0]).strip(" :,;"))
                   for r in full):
            return None
        if NOT_THE_MEASURES_VALUES.search(t.caption) and not t.arms_heading:
            return None  # ("Change from baseline in SBP", "Patients reaching HbA1c below 7.0%": no SBP, no HbA1c)
        from ..vocab.lexicon import Tokens
        names = {hit.name for hit in vocab.measure_lexicon().find(Tokens(t.caption))}
        return names.pop() if len(names) == 1 else None

    def _led_measure(self, t, row, arm_cols: list[int], label: str, seen: set) -> tuple[str, bool] | None:
        """(measure, whether the cells are changes) of a row whose label opens with its time or
        with "change": "Baseline HbA1c (mmol/mol)", "Change in FBG (mmol/L)", "Change from
        baseline in body weight, kg, LS mean (SE)". Only a measure the vocabulary names whole,
        with no cut-off in its label ("Baseline HbA1c <8.0%" is a subgroup, "Change in body weight
        ≥5%" a count of responders), in a caption that names no subgroups, whose cells are no
        counts, and once a table (a second "Change in body weight (%)" row is another unit)."""
        m = LED_BY_TIME_OR_CHANGE.match(tables.label_of(label))
        if m is None or LED_CUT_OFF.search(m["rest"]) or SUBGROUP_CAPTION.search(t.caption or ""):
            return None
        name = LED_REST_END.split(m["rest"], maxsplit=1)[0].strip()
        measure = self._table_measure(name, vocabulary_only=True) if name else None
        key = (measure, m["change"] is not None)
        if measure is None:
            return None
        if key in seen:
            return SEEN_AGAIN  # (the same measure led again: another unit's row, "HbA1c (%; DCCT)" after "(mmol/mol)")
        if any(tables.CELL_PCT.match(tables.plain_cell(row.cells[i])) for i in arm_cols):
            return None  # ("12 (20.0)": people, not a change)
        seen.add(key)
        return key

    def _table_changes(self, t, row, arm_cols: list[int], arms: list[str], measure: str, when, label: str) -> None:
        """Each arm's change from baseline in a table's change row, a mean (its SD or CI beside
        it, as the table's hint says), signed as printed."""
        hint = tables.kind_hint(label, " ".join(t.header), t.arms_heading, t.caption) or t.note_hint
        if hint.strip() == "%":
            # ("Glycated hemoglobin A1C, %": the unit of a change, no share; what the header says of the cells)
            hint = tables.kind_hint(" ".join(t.header), t.arms_heading, t.caption) or t.note_hint
        quote = self.ctx.text[row.start:row.end]
        # (a row that says which way, "Mean reduction from baseline", "较基线下降值", "Improvement …",
        # holds amounts: signed by its word, 改善 by the measure's better way; "Change" as printed)
        sign = self._sign(label, measure)
        if sign is None and IMPROVE.search(label):
            return  # (改善 of a measure whose better way the vocabulary does not know: which way, unknown)
        for i, arm in zip(arm_cols, arms):
            # ("−5.8 ± 1.2 (P < 0.001)": the change, then its own p against baseline)
            within = CELL_OWN_P.search(row.cells[i])
            cell = tables.read_cell(row.cells[i][:within.start()] if within else row.cells[i], hint or "mean (SD)")
            if cell is None and (alone := tables.BARE_CELL.match(tables.plain_cell(row.cells[i]))) \
                    and ("." in alone["v"] or alone["v"].startswith("-")) and not PEOPLE_ROW.search(label):
                cell = ("mean", number(alone["v"]), None, None, None)  # ("−6.1": a change, no spread printed; "58" counts people)
            if cell is None or cell[0] != "mean":
                continue
            ci = cell[3] if cell[2] == "ci95" else None
            value = sign * abs(cell[1]) if sign is not None else cell[1]
            if sign is not None and ci is not None and value != cell[1]:
                ci = [-ci[1], -ci[0]]
            p = tables.read_p(within["p"]) if within else None
            self.effects.append(Effect(measure, arm, "baseline", when, "mean_change", value, ci,
                                       p[0] if p else None, p[1] if p else None, None, quote))

    def _table_percent_changes(self, t, row, arm_cols: list[int], arms: list[str], measure: str, when, label: str) -> None:
        """Each arm's percent change of ``measure`` in a table's "Relative change (%)" row, a
        measurement of the percent change with the statistic the table's hint says (a median and
        its range, a mean and its SD), and the row's p as the arms' comparison of it."""
        hint = tables.kind_hint(" ".join(t.header), t.arms_heading, t.caption) or t.note_hint
        if not hint:
            return  # ("-0.5 (-3.2, 1.7)": a median and its range, or a mean and its CI, unknown)
        # (its first letter lowered where the name is a word, "Body mass index"; "HbA1c", "LDL-C" kept)
        lowered = measure[1:2].islower() and not any(c.isupper() for c in measure[1:])
        name = f"percent change in {measure[:1].lower() + measure[1:] if lowered else measure}"
        quote = self.ctx.text[row.start:row.end]
        read = 0
        for i, arm in zip(arm_cols, arms):
            cell = tables.read_cell(row.cells[i], hint)
            if cell is None or cell[0] not in ("mean", "median"):
                continue
            self._add(Measurement(name, arm, when, cell[0], cell[1], cell[2], cell[3], None, quote))
            read += 1
        p_col = t.column("p", "p value", "p-value", "P值") or _p_column(t)
        sides = [a for a in arms if a != "all"]
        p = tables.read_p(row.cells[p_col]) if p_col is not None and p_col < len(row.cells) else None
        if read and p is not None and len(sides) == 2:
            group, versus = self._treatment_first(sides)
            self.effects.append(Effect(name, group, versus, when, "none", None, None, p[0], p[1], None, quote))

    def _ps_of_ratio_row(self, ratio_row: list, p_row, row) -> None:
        """Each ratio's p from the row of p-values next to ``row``, its quote both rows."""
        quote = self.ctx.text[min(p_row.start, row.start):max(p_row.end, row.end)]
        for i, effect in ratio_row:
            read = tables.read_p(p_row.cells[i])
            if read is not None:
                effect.p, effect.p_relation, effect.quote = read[0], read[1], quote

    def _ratio_row(self, t, row, arm_cols: list[int], arms: list[str], section: str, when, label: str) -> list:
        """The effects of a table row of ratios in the arms' columns, each arm against the one
        arm whose cell is empty or a dash (the reference); none where not exactly one is."""
        empty = [k for k, i in enumerate(arm_cols) if not tables.plain_cell(row.cells[i]).strip(" –—-")]
        if len(empty) != 1:
            return []
        reference = arms[empty[0]]
        kind = "hazard_ratio" if re.compile(r"hazard|\bHR\b", re.I).search(label) else \
            "odds_ratio" if re.compile(r"odds|\bOR\b", re.I).search(label) else "risk_ratio"
        out = []
        for k, i in enumerate(arm_cols):
            read = tables.read_interval(row.cells[i]) if k != empty[0] else None
            if read is None:
                continue
            effect = Effect(section, arms[k], reference, when, kind, read[0], read[1], None, None, None,
                            self.ctx.text[row.start:row.end])
            self.effects.append(effect)
            out.append((i, effect))
        return out

    def _arm_of(self, t, column: int) -> str:
        """A column's arm: the article's arm or vocabulary group its header names, else the header."""
        at = t.header_offset(column)
        found = self.ctx.mentions("groups", at, at + len(t.header[column]))
        if found:
            return found[0].name
        from .arms import spelled_out
        written = tables.arm_name(t.header[column])
        # "RFA (n = 63)" after "radiofrequency ablation (RFA)"; "Corticosteroid" as a name, not a heading.
        return spelled_out(self.ctx.text, written) or (written if sum(c.isupper() for c in written) >= 2 else written.lower())

    def _role_of_column(self, name: str) -> str | None:
        """The group an article calls a column's arm, where it is one of the vocabulary's arm
        roles ("对照" -> control, "观察" -> treatment) or one of the study's arms; else None."""
        if not HAN.search(name):
            return None  # (an English column keeps its own words: "Placebo", "RFA")
        called = self.ctx.group_called(name)
        if called is not None and ((vocab.info(called) or {}).get("role") == "arm" or called in self._study_arms()):
            return self.ctx.role_arms.get(called, called)
        return None

    def from_text_tables(self) -> list[tuple[int, int]]:
        """Tables printed without cell marks (``text_tables``): each group's value in a row
        is a measurement, the row's p-value the comparison of the two groups. The row names
        its measure ("Clinically cured") or its time ("Week 2", under a "SAS score" line).
        Returns the tables' spans, which the sentence shapes leave alone."""
        spans = []
        text = self.ctx.text
        markers = set(re.compile(r"(?m)^\s*([a-z])\s*$").findall(text))  # footnote letters printed on their own line
        from .arms import spelled_out
        for t in text_tables.find(text):
            spans.append((t.start, t.end))
            before = text[max(0, t.start - 200):t.start]
            baseline = bool(tables.BASELINE_TABLE.search(before.rsplit("\n", 3)[-1] if before else ""))
            # (a "Total (n = 1366)" column is everyone: the cohort, not an arm)
            # (a column's arm as the article's groups call it: "观察组(n=60)" is the article's 观察组,
            # the arm its prose results are given for, not a group "观察" of its own)
            arms = ["all" if OVERALL_ROW.match(a) else spelled_out(text, a) or self._role_of_column(a) or a for a in t.arms]
            # (a column "Nivolumab" is the study's arm "nivolumab", as the article's prose names it)
            by_lower = {a.lower(): a for a in self.ctx.arms}
            arms = [by_lower.get(a.lower(), a) for a in arms]
            repeated = Counter(_without_kind(r.label).lower() for r in t.rows if r.measure and r.label)
            last_time = NO_ROW_ABOVE  # the time of the row above, which a row of changes from baseline is at
            levels: dict[Time | None, list] = {}  # each time's values under the current measure's line
            section = None
            # (rows under a measure's line of its own: the table gives outcomes, not only who took part)
            outcomes_below = any(r.measure and not DEMOGRAPHIC_ROW.fullmatch(r.measure) for r in t.rows)
            caption = None  # (the measure the caption names, asked once, for rows of statistics under visits)
            for row in t.rows:
                label = row.label
                if row.measure != section:
                    section, last_time, levels = row.measure, NO_ROW_ABOVE, {}
                kind = {"odds": "odds_ratio", "hazard": "hazard_ratio"}.get(row.ratio.lower(), "risk_ratio") if row.ratio else None
                if row.reference is not None:
                    # "Fatal and nonfatal MI HR 1 1.7 (0.9–3.1) 2.6 (1.6–4.5)": each later column's group
                    # against the reference's, of the outcome the row names
                    measure = self._table_measure(row.measure) if row.measure and not baseline else None
                    others = [a for k, a in enumerate(arms) if k != row.reference]
                    if measure is not None and "all" not in arms and len(others) == len(row.values):
                        for arm, st in zip(others, row.values):
                            self.effects.append(Effect(measure, arm, arms[row.reference], None, kind, st.value,
                                                       list(st.dispersion_value), None, None, None, text[row.start:row.end]))
                    continue
                if row.ratio is not None:
                    # "Objective response" / … / "Estimated odds ratio (95% CI) 0.70 (0.46–1.06)": the first
                    # column's group against the second's, of the measure above
                    measure = self._table_measure(row.measure, vocabulary_only=baseline) if row.measure and not baseline else None
                    sides = [a for a in arms if a != "all"]
                    st = row.values[0]
                    # (the label's own order where it names the arms, "odds ratio for B vs A"; a label naming
                    # anything else set against anything, unknown: unread)
                    said = re.compile(r"\b(?:for\s+)?(?P<a>[^()]+?)\s+(?:vs\.?|versus)\s+(?P<b>[^()]+?)\s*(?:[(（]|$)", re.I).search(label or "")
                    if said:
                        named = [next((a for a in sides if a.lower() in said[k].lower() or said[k].lower() in a.lower()), None) for k in ("a", "b")]
                        sides = named if None not in named and named[0] != named[1] else []
                    elif len(sides) == 2:
                        sides = list(self._treatment_first(sides))  # (else the treatment against its comparator, whichever column is first)
                    if measure is not None and len(sides) == 2 == len(arms) and isinstance(st.dispersion_value, (list, tuple)):
                        self.effects.append(Effect(measure, sides[0], sides[1], None, kind, st.value,
                                                   list(st.dispersion_value), row.p, row.p_relation, None, text[row.start:row.end]))
                    continue
                if row.visit and label and MEAN_ONLY_ROW.fullmatch(label) and not baseline:
                    # "Baseline" / "Day 28" / "Change from baseline to Day 28", each over "Mean (SD) 38.4
                    # (6.07) …": each visit's means of the measure named above them, else of the one
                    # the caption names (its changes from baseline under the change's line)
                    if row.measure:
                        named = self._table_measure(SCALE_NAME_WORDS.sub("", row.measure))
                    else:
                        if caption is None:
                            caption = self._caption_measure(t.start) or ""
                        named = caption
                    visit = re.compile(r"\s*[(（][^()（）]*[)）]\s*$").sub("", row.visit)
                    if named and (WHEN_ONLY.fullmatch(visit) or CHANGE_ROW.fullmatch(visit)):
                        self._visit_row(dataclasses.replace(row, measure=named, label=visit), arms, levels, label)
                    continue
                change = CHANGE_ROW.fullmatch(label or "")
                if change and row.measure and not baseline:
                    if change["to"]:
                        # ("Change from baseline to week 24": the change at the time it names)
                        last_time = next((t.time for t in times(label) if t.time.value), last_time)
                    self._change_row(row, arms, last_time, levels)
                    continue
                if label and (TIME_UNIT_ONLY.fullmatch(label) or (not row.measure and (change or WHEN_ONLY.fullmatch(label)))):
                    # "Week 2488.1 ± …": the time's number glued to the value, which cannot be told
                    # apart; "Baseline", "治疗后", "Change from baseline" under no measure's line: no name.
                    continue
                if label and label[-1] in markers and len(label) > 3 and label[-2].isalpha():
                    label = label[:-1]  # "Total effective ratea": the footnote's letter
                if label and outcomes_below and DEMOGRAPHIC_ROW.fullmatch(label):
                    continue  # (who took part, above a table's outcomes: no outcome; a table of who took part keeps it)
                own = [x for x in times(label) if x.time.value]
                if label and not own and BASELINE_LABEL.fullmatch(label) and row.measure:
                    own = [x for x in times(label)]  # a row "Baseline" under its measure's line
                # (or its measure's line: "Best overall response — no. (%)" over "Partial response 51 (24) 70 (33)",
                # for a row of whole counts under it; "Time to response, mo 2.1 (1.2) …" under the same line is not)
                whole = all(isinstance(st.value, int) and st.value >= 0 for st in row.values)
                # (or the line above the header, over the groups' columns: "Raw data at end of study, n (%)")
                hint = tables.KIND_HINT.search(label or "") or (
                    tables.KIND_HINT.search(row.measure or "") or tables.KIND_HINT.search(t.hint or "") if whole else None)
                # (each cell's interval, where the row or its measure's line says so: "Change at 12 mo (95% CI)")
                ci_said = bool(text_tables.CI_NAME.search(label or "") or text_tables.CI_NAME.search(row.measure or ""))
                # (what the row names before its time: "Participants had ≥5% weight loss at 12 mo", "Change at 6 mo")
                head = TIME_LEAD_END.sub("", label[:own[0].start]).strip(" ,;:-") if own and label else ""
                if own and head and CHANGE_LIKE_HEAD.fullmatch(head) and not CHANGE_WORD_ONLY.fullmatch(head):
                    continue  # ("Reduction at week 8 11.9 (5.0) …": which way, its level or its change, unknown)
                if own and head and CHANGE_WORD_ONLY.fullmatch(head):
                    if row.measure and not baseline:
                        # "Change at 12 mo (95% CI) –3.1 (–3.7 to –2.5) …" under "Weight, kg": each arm's
                        # change by then, as the row prints it
                        last_time = own[0].time
                        self._change_row(dataclasses.replace(row, label="change from baseline"), arms, last_time, {},
                                         interval=ci_said)
                    continue
                if label and PERSON_TIME_RATE_ROW.fullmatch(label) and not any(st.percent for st in row.values) \
                        and not (hint and COUNT_HINT.search(hint.group())):
                    continue  # ("Incidence rate 23 (15–33)" per 1,000 person-years: no mean, no share; "…, n (%)" is counted)
                label = _without_kind(label) if label else label
                # ("% of patients (95% CI) 26 (20–33) 33 (27–40)" under "Objective response": its shares;
                # "No. of events 25 (9.3) …" under "Fatal and nonfatal MI": that outcome's)
                share_only = bool(label and row.measure and (SHARE_ONLY_ROW.fullmatch(label) or EVENTS_ONLY_ROW.fullmatch(label)))
                name = row.measure if (own or not label or WHEN_ONLY.fullmatch(label) or share_only) else label
                if own and head and re.compile(r"[A-Za-z\u4e00-\u9fff]{3}").search(head) and not WHEN_ONLY.fullmatch(head) \
                        and not GENERIC_ROW_HEAD.fullmatch(_without_kind(head)) and not MEAN_ONLY_ROW.fullmatch(head):
                    name = _without_kind(head)  # (the row's own measure, at the time it names)
                if row.measure and label and repeated[label.lower()] >= 2 and not own and not times(row.measure) and not share_only:
                    # "Proximal margin" / "Length, mean ± SD, cm", then "Distal margin" / "Length, …":
                    # a label under more than one line without numbers is a part of what each names
                    name = f"{row.measure} {label[:1].lower()}{label[1:]}"
                if not name:
                    continue
                measure = self._table_measure(name, vocabulary_only=baseline) or (
                    None if baseline else name if RATE_NAME.search(name) else None)
                if measure is None:
                    continue
                when = BASELINE if baseline else (own[0].time if own else None)
                if when is not None and not when.value:
                    when = BASELINE
                last_time = when
                levels[when] = [st.value for st in row.values]
                quote = text[row.start:row.end]
                # "n (%)" said by the row, or each cell's bracket the share its count makes of the
                # column's people ("50 (7.3)" under "(n = 683)"): counts and shares, not means and SDs
                # (Only where the row says nothing of what it holds, and the shares are printed
                # with decimals: "Age, mean (SD) 58 (12)" under 480 people agrees to the whole
                # percent by chance.)
                counted = bool(hint and COUNT_HINT.search(hint.group())) or (
                    hint is None and len(row.values) >= 2 and _shares_of_columns(quote, row.values, t.sizes))
                # (a share of people, said by the row's name and its "%": "Participants lost ≥5% of body weight, %")
                shares = share_only or bool(SHARE_OF_PEOPLE_NAME.match(name) and re.compile(r",\s*%|\(%\)").search(
                    (row.label or "") + " " + (row.measure or "")))
                # (a header of roles and estimates, "Control Intervention OR (95% CI)", over whole numbers with
                # a bracket that nothing says are counts: "410 (41.0)" may be a count and its share or a mean
                # and its SD; unread, the estimates still are)
                unsaid = bool(t.ratio_columns) and hint is None and whole and not counted
                # ("No. of events 25 (9.3)": counts and their shares only, never a mean and its SD)
                events_only = bool(label and EVENTS_ONLY_ROW.fullmatch(label))
                for arm, st in zip(arms, row.values):
                    if unsaid and st.dispersion is not None and st.count_pct is None:
                        continue
                    if events_only and st.count_pct is None and not counted and not st.percent:
                        continue
                    if counted and st.count_pct is None and st.dispersion is not None and not isinstance(st.dispersion_value, list):
                        # "n (%)" said by the row: "38 (3.1)" is a count and its share, not a mean and SD
                        self._add(Measurement(measure, arm, when, "percent", st.dispersion_value, None, None, st.value, quote))
                    elif st.count_pct is not None:
                        self._add(Measurement(measure, arm, when, "percent", st.count_pct, None, None, st.value, quote))
                    elif st.percent:
                        self._add(Measurement(measure, arm, when, "percent", st.value, None, None, None, quote))
                    elif shares and not st.has_spread or shares and ci_said and 0 <= st.value <= 100:
                        # ("Participants had ≥5% weight loss, % (95% CI) 32.3 (25.8 to 38.8)": a share of them)
                        disp, dval = ("ci95", list(st.dispersion_value)) if ci_said and isinstance(st.dispersion_value, (list, tuple)) \
                            else (None, None)
                        self._add(Measurement(measure, arm, when, "percent", st.value, disp, dval, None, quote))
                    else:
                        # (the row's word for its cells first: "Value, median (IQR) 12 (9-15)")
                        said_median = bool(hint and "median" in hint.group().lower())
                        stat = "median" if st.dispersion == "iqr" or said_median else "mean"
                        disp = st.dispersion if st.dispersion != "pair" else (
                            "ci95" if ci_said else "iqr" if stat == "median" else "range")
                        self._add(Measurement(measure, arm, when, stat, st.value, disp, st.dispersion_value, None, quote))
                sides = [a for a in arms if a != "all"]
                if row.p is not None and len(sides) == 2 and not baseline:
                    group, versus = self._treatment_first(sides)
                    self.effects.append(Effect(measure, group, versus, when, "none", None, None, row.p,
                                               row.p_relation, None, quote))
                if row.differences and len(sides) == 2 == len(arms) and not baseline:
                    # (the columns of the difference between the groups, the first's minus the second's as
                    # the header prints them, "Adjusted difference (intervention−control)": each with its
                    # interval and p, and the effect size beside it)
                    for difference, size, p in row.differences:
                        self.effects.append(Effect(measure, sides[0], sides[1], when, "mean_difference", difference.value,
                                                   list(difference.dispersion_value), p[0] if p else None,
                                                   p[1] if p else None, None, quote))
                        if size is not None:
                            self.effects.append(Effect(measure, sides[0], sides[1], when, "effect_size", size.value,
                                                       None, None, None, None, quote))
                if row.ratios and len(sides) == 2 == len(arms) and not baseline:
                    # (the estimates between the groups in the columns after theirs, "OR (95% CI) RR (95% CI)": the
                    # treatment against its comparator, each of the kind its column names)
                    group, versus = self._treatment_first(sides)
                    for column, value, ci in row.ratios:
                        kind = next((k for pattern, k in EFFECT_KIND if pattern.search(column)), None)
                        if kind is not None and ci[0] <= value <= ci[1]:
                            self.effects.append(Effect(measure, group, versus, when, kind, value, ci, None, None, None, quote))
        return spans

    def _caption_measure(self, start: int) -> str | None:
        """The measure a table's caption names before its colon, from the vocabulary: "MADRS
        Total Score: Change From Baseline to Day 28 MMRM" above the header at ``start``."""
        # (the lines up to the "Table N." line, its own words after the number included: "Table 2.
        # Diastolic blood pressure (mmHg) by visit"; never the page's title above it)
        for line in reversed(self.ctx.text[max(0, start - 300):start].split("\n")[-4:]):
            numbered = re.compile(r"^\s*table\s*\d+[.:：]?\s*", re.I).match(line)
            name = re.split(r"[:：;；]", line[numbered.end():] if numbered else line.strip(), maxsplit=1)[0].strip()
            if name:
                # (a scale's words around its name: "MADRS Total Score" is the MADRS)
                return self._table_measure(SCALE_NAME_WORDS.sub("", name), vocabulary_only=True)
            if numbered:
                break
        return None

    def _visit_row(self, row, arms: list[str], levels: dict, kind: str = "") -> None:
        """A text table's row of means at the visit its label names ("Day 28"), of the measure
        its ``measure`` names; a change's label ("Change from baseline to Day 28") makes its
        values each arm's change, signed against the visits' means above it (``_change_row``)."""
        if CHANGE_ROW.fullmatch(row.label):
            when = next((x.time for x in times(row.label) if x.time.value), None)
            if when is not None:
                self._change_row(dataclasses.replace(row, p=None), arms, when, levels)
            return
        when = BASELINE if BASELINE_LABEL.fullmatch(row.label) else next(
            (x.time for x in times(row.label) if x.time.value), None)
        if when is None or any(st.percent or st.count_pct is not None or st.dispersion in (None, "pair")
                               or isinstance(st.dispersion_value, list) for st in row.values):
            return  # (a visit the label does not date, or cells that are no mean and SD)
        levels[when] = [st.value for st in row.values]
        quote = self.ctx.text[row.start:row.end]
        for arm, st in zip(arms, row.values):
            # (the bracket the label names: "Mean (SD)", "LS Mean (SE)"; a bare "Mean" says not which)
            spread = ("se" if SE_SAID.search(kind) else st.dispersion) if SPREAD_SAID.search(kind) else None
            self._add(Measurement(row.measure, arm, when, "mean", st.value, spread, st.dispersion_value if spread else None,
                                  None, quote))

    def _change_row(self, row, arms: list[str], when: Time | None, levels: dict, interval: bool = False) -> None:
        """A text table's row of changes from baseline under a measure's line ("Improvement from
        baseline −0.46 ± 4.36 (−1.40, 0.47) −1.25 ± 4.89 (…) 0.755"): each arm's change, at the
        time of the row above it, with the interval printed after it; the row's p compares the
        arms' changes. Its sign is the levels': a table that prints "Reduction from baseline 16.2"
        or "治疗前后差值 3.30" under levels that fell holds changes of −16.2 and −3.30; where the
        levels give no sign to check (none printed, or neither sign agrees), only a row that
        says "change" is read, as printed."""
        measure = self._table_measure(row.measure) or (row.measure if not re.compile(r"\d").search(row.measure) else None)
        if not measure or when is NO_ROW_ABOVE or when == BASELINE:
            return  # (a change with no level row above it: since when, the table does not say)
        before, after = levels.get(BASELINE), levels.get(when)
        quote = self.ctx.text[row.start:row.end]
        norm = normalize(quote)
        changes = []
        for k, (arm, st) in enumerate(zip(arms, row.values)):
            if st.percent or st.count_pct is not None:
                return  # (a share is no mean change)
            value = st.value
            if before and after and k < min(len(before), len(after)):
                moved = after[k] - before[k]
                if abs(abs(value) - abs(moved)) > 0.051 + 0.02 * abs(moved):
                    return  # (the row's numbers are not the levels' change: something else)
                value = abs(value) if moved >= 0 else -abs(value)
            elif not NEUTRAL_CHANGE_ROW.fullmatch(row.label or ""):
                return  # ("Reduction from baseline 16.2": which way, no level printed says)
            ci = bare_interval(norm, st.end, st.value)
            if ci is None and interval and isinstance(st.dispersion_value, (list, tuple)) and len(st.dispersion_value) == 2 \
                    and min(st.dispersion_value) <= st.value <= max(st.dispersion_value):
                ci = list(st.dispersion_value)  # ("–3.1 (–3.7 to –2.5)" in a row of 95% CIs)
            changes.append((arm, value, ci if ci is None or value == st.value else [-ci[1], -ci[0]]))
        for arm, value, ci in changes:
            self.effects.append(Effect(measure, arm, "baseline", when, "mean_change", value, ci, None, None, None, quote))
        sides = [a for a in arms if a != "all"]
        if row.p is not None and len(sides) == 2:
            group, versus = self._treatment_first(sides)
            self.effects.append(Effect(measure, group, versus, when, "difference_in_change", None, None, row.p,
                                       row.p_relation, None, quote))

    def from_row_tables(self) -> list[tuple[int, int]]:
        """Tables of arms as rows (``row_tables``): an arm's cell under a time point is its
        value then, under "Change" its change from baseline (signed as printed). The p column
        is left alone: which arm it compares with, such a table seldom says. Returns the
        tables' spans."""
        spans = []
        for t in self.ctx.row_tables:
            spans.append((t.start, t.end))
            last_time = max((c.time for c in t.columns if c.role == "value" and c.time), default=None)
            unit = next((c.unit for c in t.columns if c.role == "value" and c.time == last_time), None)
            for row in t.rows:
                name = row.measure and (self._table_measure(row.measure) or
                                        (row.measure if not re.compile(r"\d").search(row.measure) else None))
                if not name:
                    continue
                arm = self._arm_called(row.arm)
                quote = self.ctx.text[row.start:row.end]
                hint = t.hint or tables.kind_hint(row.measure or "")  # ("Pain score, median (IQR)")
                if row.versus is not None:
                    # "ASG versus UCG": the difference between the arms, in their values or changes
                    # (or the ratio the table names: "… with odds ratios").
                    versus = self._arm_called(row.versus)
                    named = next((k for pattern, k in EFFECT_KIND if pattern.search(f"{row.measure or ''} {t.caption}")
                                  and k in NAMED_RATIOS), None)
                    for col, cell in zip(t.columns, row.cells):
                        read = tables.read_interval(cell) if col.role in ("value", "change") and col.time != 0 else None
                        if read is not None:
                            when = Time(col.time, col.unit) if col.time else (Time(last_time, unit) if last_time else None)
                            kind = named or ("difference_in_change" if col.role == "change" else "mean_difference")
                            self.effects.append(Effect(name, arm, versus, when, kind, read[0], read[1], None, None, None, quote))
                    continue
                for col, cell in zip(t.columns, row.cells):
                    read = tables.read_cell(cell, hint)
                    if read is None and not hint and (interval := tables.read_interval(cell)):
                        # ("7.44 (7.01 to 7.86)": an estimate with its 95% CI, the way an unlabelled table prints it.)
                        read = "mean", interval[0], "ci95", interval[1], None
                    if read is not None and col.role == "change" and read[2] == "ci95":
                        when = Time(col.time, col.unit) if col.time else (Time(last_time, unit) if last_time else None)
                        self.effects.append(Effect(name, arm, "baseline", when, "mean_change", read[1], read[3], None, None,
                                                   None, quote))
                        continue
                    if read is None or col.role not in ("value", "change"):
                        continue
                    stat, value, disp, dval, n = read
                    if col.role == "value":
                        when = BASELINE if col.time == 0 else Time(col.time, col.unit)
                        self._add(Measurement(name, arm, when, stat, value, disp, dval, n, quote))
                    elif stat == "mean":
                        when = Time(col.time, col.unit) if col.time else (Time(last_time, unit) if last_time else None)
                        self.effects.append(Effect(name, arm, "baseline", when, "mean_change", value, None, None, None,
                                                   None, quote))
        return spans

    def _arm_called(self, written: str) -> str:
        """The arm a table row names: the article's arm or the vocabulary's group it is, else
        the row's words."""
        from ..vocab.lexicon import Tokens
        lowered = written.lower()
        for arm in self.ctx.arms:
            if arm.lower() == lowered:
                return arm
        hits = vocab.lexicon("groups").find(Tokens(written))
        if hits and hits[0].start == 0 and hits[-1].end == len(written):
            return hits[-1].name
        return written

    def _table_measure(self, cell: str, vocabulary_only: bool = False) -> str | None:
        """A row's measure. In a table of baseline characteristics only an outcome the
        vocabulary knows counts: age, sex and grade rows describe who took part."""
        label = tables.label_of(cell)
        # (not a row of totals, "Total" or "Any adverse event"; "Total operation time" is a measure)
        if not label or re.compile(r"^any\b", re.I).search(label) or OVERALL_ROW.match(label) or TOTAL_COLUMN.match(label):
            return None
        from ..vocab.lexicon import Tokens
        hits = vocab.measure_lexicon().find(Tokens(label))
        whole = len(hits) == 1 and len(hits[0].text) >= 0.8 * len(label)
        if label[:1].isdigit() and not whole:
            return None  # (a number, "12 months", "1yr"; a measure's name opens on one only as the vocabulary knows it: "2hPG", "6MWD")
        if vocabulary_only:
            # (not a threshold of it, "HbA1c <7%" under "Patients achieving HbA1c levels": a share of
            # people below it, no HbA1c level)
            return hits[0].name if hits and len(hits) == 1 and len(hits[0].text) >= 0.5 * len(label) \
                and not BOUND_THEN_NUMBER.search(label) else None
        # The vocabulary's name when it names the whole label, else the label as written.
        return hits[0].name if whole else label

    def _condition_references(self) -> None:
        """"Atrial fibrillation was associated with a higher risk of death (RR 1.95)": an
        exposure that is, whole, a condition the vocabulary knows is set against those without
        it, "no atrial fibrillation", named as the text names it (its first letter lowered at a
        sentence's start), as trait contrasts are. Not where the article names its reference
        category ("normal weight was the reference"), nor where the condition has levels
        (prediabetes and diabetes): then "no X" would misstate the comparator."""
        from ..vocab.lexicon import Tokens
        # (The effects first: most articles have none set against a reference, and then the
        # whole text need not be searched.)
        against_reference = [e for e in self.effects if e.versus == REFERENCE and e.group]
        if not against_reference or REFERENCE_NAMED.search(self.ctx.text):
            return
        for e in against_reference:
            hits = vocab.lexicon("conditions").find(Tokens(e.group))
            if len(hits) == 1 and hits[0].text.strip().lower() == e.group.strip().lower():
                name = e.group.strip()
                if name[:1].isupper() and not name[:2].isupper():
                    name = name[0].lower() + name[1:]
                if not HAN.search(name):  # (a Chinese name keeps its reference: no "no 糖尿病")
                    e.group, e.versus = name, f"no {name}"

    def run(self) -> tuple[list[Measurement], list[Effect]]:
        paragraph = None
        imagined = None  # (the paragraph an example made up to explain opened in)
        in_tables = self.from_tables() + self.from_text_tables() + self.from_row_tables()
        for s in self.ctx.sentences:
            if IMAGINED.search(s.text):
                imagined = s.paragraph
            if s.paragraph == imagined:
                continue
            if self.ctx.is_other_work(s) or any(a <= s.start < b for a, b in in_tables) or CITED_PAPER_LINE.search(s.text) \
                    or MARKET_NEWS.search(s.text) \
                    or not ascii_without(s.text, PLANNING_WORDS) and PLANNING.search(s.text):
                continue  # (a sample-size assumption, "we assumed 55% with placebo", is no result)
            new_paragraph = s.paragraph != paragraph
            if new_paragraph:
                # A measure carried over from the sentence before stays within its paragraph,
                # unless the next one opens on its subgroups ("分亚组看，…", "In subgroups, …").
                if not SUBGROUP_OPENING.match(s.text):
                    self.last_measure = None
                paragraph = s.paragraph
            f = self.facts_of(s)
            self._frame(f, new_paragraph)
            self.fewer_or_more_by_arm(f)  # (its amounts may be words, "four fewer", which are no stats)
            if not (f.stats or f.ps):
                self.verdicts(f, len(self.effects))
                if f.measures:
                    self.last_measure = f.measures[-1]
                continue
            known, measured = self._marks = len(self.effects), len(self.measurements)
            self.vaccine_efficacy(f)
            self.rates(f)
            self.shares_by_what_they_took(f)
            self.efficacy_grades(f)
            self.zh_event_counts(f)
            self.changes_with_difference(f)
            self.differences_against_the_opening_arm(f)
            self.median_changes_compared(f)
            self.times_respectively(f)
            self.groups_listed_respectively(f)
            self.subgroups_respectively(f)
            self.measure_lists(f)
            self.measures_by_arm_respectively(f)
            self.bracketed_listed_pairs(f)
            self.listed_ratios(f)
            self.named_ratio_lists(f)
            self.listed_exposures(f)
            self.value_pairs(f)
            self.paired_values(f)
            self.compared_values(f)
            self.zh_differences(f)
            self.from_to(f)
            self.listed_changes(f, known)
            self.sized_changes(f)
            self.baseline_balance(f)
            self.listed_against(f)
            self.comparisons(f)
            self.changes_with_p(f)
            self.arm_lists(f)
            self.values(f)
            self.zh_medians_with_range(f)
            self.stated_means(f)
            self.same_times_as_before(f, measured)
            self.arm_proportions(f)
            self.counts_of_arms(f)
            self.events_then_arm_counts(f)
            self.zh_share_of_cohort(f)
            self.shares_of_groups_as_written(f)
            self.shares_then_outcome(f)
            self.share_of_everyone(f)
            self.share_before_its_rate(f)
            self.counted_events(f)
            self.other_arm_respectively(f)
            self.findings(f)
            self.ratio_lists(f, known)
            self.effects_without_p(f, known)
            self.both_arms(f, known)
            self.relative_changes(f, known)
            self.relative_with_than(f)
            self.zh_risk_statements(f, known)
            self.plain_values(f)
            self.clause_pairs(f)
            self.arms_in_order(f)
            self.verdicts(f, known)
            self._within_arms(f, known)
            self._listed_ps(f, known)
            self._rename_bracket_ps(f)
            self._one_name_per_measure(measured, known)
            if f.measures:
                self.last_measure = f.measures[-1]
            self._time_of_the_arm_before(f, measured)
            valued = list(dict.fromkeys(m.measure for m in self.measurements[measured:]))
            if len(valued) >= 2 and not f.ps:
                # (values of two or more measures, no p: the next sentence may compare them all)
                self.listed_before = (s.index, [next(x for x in f.measures if x.name == name) for name in valued
                                                if any(x.name == name for x in f.measures)])
        for e in self.effects:
            # "hazard ratio for death", read as a name by a reader of the p after it: the ratio's
            # outcome is what it is for.
            ratio_of = RATIO_OF_OUTCOME.match(e.measure)
            if ratio_of:
                e.measure = self._ratio_outcome_name(ratio_of["x"] or ratio_of["y"]) or e.measure
        for item in (*self.measurements, *self.effects):
            if vocab.info(item.measure) is None:
                item.measure = tidy_name(item.measure)
        self._differences_of_changes()
        self._size_with_its_p()
        self._drop_restated()
        self._drop_ambiguous()
        self._agree_with_p()
        self._condition_references()
        # An arm against itself is a misreading, whichever shape made it; a bare rate of adverse events
        # is the safety reader's (``_add``).
        self.effects = [e for e in self.effects if not (e.group and e.versus and e.group.lower() == e.versus.lower())
                        and not (BARE_RATE.fullmatch(e.measure) and _rate_of_adverse_events(e.measure, e.quote))]
        # A name read from the words before a number that names no outcome ("摘要", "研究方法",
        # "这一比例", "尽管HR值"): the number's outcome was not read, so the fact is not kept.
        # (Nor is a statistic's name: "the hazard ratio was 0.69 (…) for A and 0.72 (…) for B" gives
        # ratios, the effect readers', no measurement of a measure called "hazard ratio".)
        self.measurements = [m for m in self.measurements if not NOT_A_NAME.search(m.measure)
                             and not STATISTIC_AS_NAME.fullmatch(m.measure)]
        self.effects = [e for e in self.effects if not NOT_A_NAME.search(e.measure)]
        return self.measurements, self.effects



# A sentence about the company's shares, not its trial: "Price Action: NVO shares are down 1.17%".
MARKET_NEWS = re.compile(r"\bprice\s+action\b|\bshares\s+(?:are|were|closed|rose|fell|traded|gained|dropped|jumped|slid)\b|"
                         r"\bstock\s+(?:price|rose|fell|closed)\b|股价|股價", re.I)
# Exposures listed after the outcome they are associated with: "Risk factors associated with
# 10-year risk of dementia included", "Predictors of mortality were", "Factors associated with
# readmission were:".
EXPOSURES_LEAD = re.compile(r"\b(?:(?:risk|protective|prognostic|independent)\s+)?(?:factors?|predictors?)\b[^.;:()]{0,60}?"
                            r"\b(?:associated\s+with|for|of|predicting|predictive\s+of)\s+(?:(?:a|an|the)\s+)?"
                            r"(?:(?:higher|increased|greater|lower|reduced)\s+)?(?P<outcome>[^,;:()]{3,80}?)\s+"
                            r"(?:included|include|includes|were|are|comprised)\b\s*:?", re.I)
EXPOSURE_WORDS = ("factor", "predictor")
ANOTHER_FACTOR = re.compile(r"\s*[)\]]*\s*,?\s*(?:and|or)\s+[A-Za-z]", re.I)
RISK_OF_LEAD = re.compile(r"^(?:the\s+)?(?:risk|odds|hazard|incidence|likelihood)\s+of\s+(?:an?\s+)?", re.I)
# What no exposure's name holds: a number (a bare "diabetes (HR …)" is named by words), a clause's
# end; in a list against a reference (where "2-3 cups a day" is a level) a bracket or an "=".
NOT_AN_EXPOSURE = re.compile(r"\d|[;；]")
NOT_A_LEVEL = re.compile(r"[;；()（）=]")
# The reference a list of exposures is set against, opening it: "Compared with non-drinkers, ",
# "与鸡蛋摄入≤1个/周的人群相比，".
REFERENCE_LEAD = re.compile(r"(?:\bcompared\s+(?:with|to)|\brelative\s+to)\s+(?P<ref>[^,;()]{2,60}?)\s*,\s*|"
                            r"(?<![参參给給授赋賦])(?:与|與)(?P<zhref>[^，,。；;()（）与與]{2,40}?)(?:相比|比较|比較)\s*[，,]\s*", re.I)
REFERENCE_WORDS = ("ompared", "elative", "相比", "比较", "比較")
# The outcome, named after the list: "had a lower risk of death", "were associated with a higher
# risk of stroke", "均与死亡风险降低有关".
OUTCOME_AFTER_LIST = re.compile(
    r"\s*,?\s*(?:respectively,?\s*)?(?:all\s+)?(?:had|showed|were\s+associated\s+with|were\s+linked\s+(?:to|with))\s+"
    r"(?:an?\s+)?(?:significantly\s+)?(?:(?:lower|higher|reduced|increased|greater)\s+)?(?:risks?|odds|hazards?|incidence)\s+of\s+"
    r"(?P<out>[A-Za-z][^,;.()]{2,60}?)(?=\s*(?:[,;.()]|$|\b(?:than|compared|in|among|after|during|over)\b))|"
    r"\s*(?:均|都)?(?:与|與|和)(?P<zhout>[^，,。；;()（）]{2,20}?)(?:的)?(?:风险|風險)?(?:的)?"
    r"(?:降低|升高|增加|下降|减少|減少|增高)?(?:显著|顯著)?(?:有关|有關|相关|相關)", re.I)
# What the outcome's words go on to say of it, no part of its name: "… from age 65", "… at 5 years".
EXPOSURE_OUTCOME_TAIL = re.compile(r"\s+(?:from|at|by|after|in|among|within|over)\s+.*$", re.I)
# Exposures listed before the outcome they are factors of: "…是卒中后抑郁的独立危险因素".
ZH_EXPOSURES = re.compile(r"(?:均|都|皆)?(?:是|为|為|係|系)(?P<outcome>[^，。；,;：:()（）、]{2,24}?)(?:发生|發生)?的(?:独立|獨立)?"
                          r"(?:危险|危險|保护|保護|影响|影響|预测|預測|相关|相關)因素")
ZH_LIST_OPENING = re.compile(r"(?:显示|顯示|发现|發現|表明|结果|結果)[，,：:]?|[：:，,](?=[^，,：:]*[(（])")
BRACKET_OPEN = re.compile(r"[(（\[]")
# Between one exposure's bracket and the next exposure: ", and", "、", "and".
EXPOSURE_ITEM_LEAD = re.compile(r"^[\s,，、;；]*(?:(?:and|or|as\s+well\s+as|even)\s+|以及|及|和|与|與|甚至|乃至)?", re.I)

# Where a clause of within-arm changes ends: "；", a comma before the arms are compared ("…优于
# 治疗前(P<0.05)，治疗后组间比较显示…"), the next numbered item ("…(P<0.01):②治疗组…").
WITHIN_CLAUSE_END = re.compile(r"[；;]|[，,](?=且)|[，,](?=\s*(?:治疗后|治療後)?(?:组间|組間|两组间|兩組間|[与與](?:对照|對照|安慰剂|安慰劑)组))|"
                               r"[：:，,。]?(?=[②③④⑤⑥⑦⑧⑨])")
# Both arms, said without naming them: "两组…均优于治疗前", "in both groups".
BOTH_GROUPS = re.compile(r"[两兩][组組]|\bboth\s+(?:groups|arms)\b|\beither\s+(?:group|arm)\b", re.I)
# An item's name that names a time or who took part, not a measure: "治疗后", "第4周", "男性占", "吸烟者".
NOT_AN_ITEM_MEASURE = re.compile(r"治疗|治療|基线|基線|第\s*\d|\d+\s*(?:周|週|个月|個月|天|年)|[前后後]$|占$|佔$|男|女|吸烟|吸菸|年龄|年齡|病程")
# An item named by its time: "治疗前Hp阳性率", "治疗后", "第4周", "12周后".
TIME_ITEM = re.compile(r"(?:治疗|治療)?(?:前|后|後)|基线|基線|第\s*\d+\s*(?:周|週|天|个月|個月)|\d+\s*(?:周|週|天|个月|個月)(?:后|後)?")
# A listed item that says when: "針刺前", "中", "后", "治疗后" (before, during, after); not 预后
# (prognosis), and 中 alone only (卒中 is a stroke).
WHEN_ITEM = re.compile(r"(?!预后|預後)[\u4e00-\u9fff]{0,4}?(?:前|后|後)|中")
BEFORE_TREATMENT = re.compile(r"(?:治疗|治療)?前|基线|基線")
# A weight's unit right after a number lost or gained: "lost 35 pounds", "gained 2.1 kg".
WEIGHT_UNIT_AFTER = re.compile(r"\s*(?:kg|kilo(?:gram)?s?|pounds?|lbs?)\b", re.I)
# Words before a bracket of arms' values that make them no whole arms' values of a measure of
# their own: a subgroup ("in women", "without aura"), a baseline or a later time ("at follow-up").
NOT_ITS_OWN_MEASURE = re.compile(r"\b(?:in|among|for)\s+(?:women|men|girls|boys|children|adults|patients|participants|those|subgroups?)\b|"
                                 r"\b(?:patients|those|participants|people|women|men|children)\s+with(?:out)?\b|\bwithout\b|"
                                 r"\bbaseline\b|\bbefore\b|\bafter\b|\bfollow[- ]?up\b|"
                                 r"\b(?:at|by)\s+(?:week|month|year|day)\b|\bfree\s+of\b|\bpersist", re.I)
# A later bracket's measure as the sentence's comparison names it: ", less severe migraine", ", more responders".
COMPARED_MEASURE = re.compile(r"^\W*(?:and\s+)?(?:(?:significantly|much|far)\s+)?(?:less|more|fewer|greater|lower|higher|better|"
                              r"worse|shorter|longer)\s+(?P<m>[A-Za-z][A-Za-z\- ]{2,40}?)\s*$", re.I)
# The noun of an amount of change: "下降量", "变化值", "降幅".
_ZH_CHANGE_NOUN = r"(?:(?:下降|降低|减少|減少|增加|升高|改善|变化|變化)(?:量|值|幅度?)|[降增减減]幅度?)"
# A change's amount named right after a measure: "体脂率下降量", "HbA1c变化值", "体重降幅".
ZH_CHANGE_NOUN_AFTER = re.compile(r"\s?(?:的)?" + _ZH_CHANGE_NOUN)
# A value's percent sign after its bracket: "(5.21±1.10)%".
PERCENT_AFTER = re.compile(r"\s*[)）\]]?\s*[%％]")
# Words that give a sentence a time of its own, without a number: before, at screening, during, 期末, 前 ….
OWN_TIME_WORDS = re.compile(r"\b(?:before|after|during|prior|since|until|screening|baseline|entry|enrol\w*|randomi[sz]\w*|"
                            r"follow-?up|peak|pre-\w+|post-\w+)\b|随访|隨訪|期间|期間|期末|之前|以前|前|后|後|时|時|基线|基線|"
                            r"入组|入組|筛选|篩選|最高|最低|停药|停藥", re.I)
# What may stand before the arm a sentence opens on: nothing, "而", "while in", "the".
ARM_OPENS = re.compile(r"\W*(?:而|但|另外|与此同时|與此同時|相比之下|(?:while|whereas|meanwhile|by\s+contrast|in)\s*,?\s*)?(?:the\s+)?", re.I)
# An amount of change named anywhere between a list of measures and its values.
ZH_CHANGE_NOUN_IN = re.compile(_ZH_CHANGE_NOUN + r"|(?:下降|降低|减少|減少|增加|升高|改善)程度")
# An amount of change named right before a value: "下降量(", "降幅为", "增加值为".
ZH_CHANGE_AMOUNT = re.compile(_ZH_CHANGE_NOUN + r"(?:分别)?(?:为|為|是)?\s?[(（]?\s?$")
# Words before a value that make it no one arm's: a subgroup ("亚组", "年龄≥65岁"), the whole cohort ("全组").
NOT_ONE_ARMS = re.compile(r"亚组|亞組|年龄|年齡|岁|歲|男性|女性|[≥≤><]|全组|全組|全部患者|总体|總體|所有患者")
P_SIGN = re.compile(r"[PpＰ]\s*[<>=≤≥＜＞]")
# Between the other arm's name and its own value: at most a bracket.
OTHER_ARMS_VALUE = re.compile(r"\s?(?:为|為|的)?\s?[(（]?\s?")
# After a value in its bracket, the other arm it is set against: "(29.3%)显著低于" before 对照组.
THAN_THE_OTHER = re.compile(r"\s?%?\s?[)）]\s?(?:明显|显著|明顯|顯著|均)?" + _ZH_THAN + r"\s?")
# Between an arm's value and the next value of its chain of measures: "%，" then the measure and 为.
CHAIN_GLUE = re.compile(r"\s?%?\s?[，,、]\s?(?!而|但|则|則|与|與|较|較|比|均|且|及)[^，,。；;()（）\d]{1,16}?(?:为|為|是|[:：])?\s?$")
# What an arm's p against its own start says: its start ("治疗前", "baseline"), or each arm on its own.
NO_ARM_AGAINST_ITSELF = re.compile(r"(?:治[疗療]|[针針]刺|[术術]|用[药藥]|干[预預]|[护護]理|[训訓][练練]|接[种種]|服[药藥]|手[术術])前|前、?[中后後]|"
                                   r"基[线線]|入[组組]时|入[组組]時|\bbaseline\b|\bbefore\b|\bpre-?treatment\b|\bwithin\b|"
                                   r"\bfrom\b|\beach\s+(?:group|arm)\b|[各两兩]组[内內]|组[内內]", re.I)
# A sentence comparing who took part: "两组基线资料比较", "一般资料".
BALANCE_ZH = re.compile(r"基线资料|基線資料|一般资料|一般資料|基线特征|基線特徵")
# After the second arm, its values "respectively": "对照组分别为24.24%和51.52%".
# ("对照组则分别为52.94%、44.12%": "then" before it)
# (each optional word takes the spaces after it: no two runs of spaces meet, so a failing run is read once)
OTHER_ARM_RESPECTIVELY = re.compile(r"\s*(?:(?:患者|患儿|病人)\s*)?(?:的\s*)?(?:(?:则|則)\s*)?(?:分别|分別)\s*(?:为|為|是|达|達)?\s*[:：]?")
ZH_ITEM_COMMA = re.compile(r"[，,、](?!\d{3})")
# An item's name then its value: "愈合率为", "好转为", "总有效率" (a Chinese name, up to 12 characters).
ZH_NAME_BEFORE_VALUE = re.compile(r"\s*(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9\-+]{0,11}?)\s*(?:为|為|是|达|達|[:：])?\s*[(（]?\s*(?=[-\d])")

# A bracket right after a value and its spread, aside from it: "(Snellen equivalent, 20/77)", "(20/49)".
ASIDE_AFTER_VALUE = re.compile(r"\s*[(（](?![^()（）]*(?:95\s*%|CI\b|SD\b|IQR|range|[Pp]\s*[<=>]))[^()（）]{1,40}[)）]")

# A sentence that opens on one arm: "In the aflibercept 8 mg group, …", "Among those given drug K, …".
ARM_FRAME = re.compile(r"^\W*(?:(?:results?|findings)\s*[:：]\s*)?(?:in|among|within|for)\s+(?:the\s+|those\s+" + TAKING_ARM + r"\s+)?", re.I)
# A sentence that goes on about what the one before spoke of: "Correspondingly, …", "同时，…".
GOES_ON = re.compile(r"^\W*(?:correspondingly|likewise|相应地|相應地|同时|同時)\s*[,，]", re.I)
# Words that make a sentence about everyone, whatever the one before was about.
EVERYONE = re.compile(r"\b(?:overall|all|both|combined|pooled|total|whole|entire)\b|两组|兩組|全部|总体|總體", re.I)

# Words that make "and in X" a subgroup or a period, not an outcome: "and in women", "and in the
# open-label extension phase".
WHO_OR_WHEN = re.compile(r"^(?:(?:the|a|an|all|both|older|younger|elderly|male|female)\s+)*(?:wom[ae]n|m[ae]n|girls?|boys?|patients?|"
                         r"participants?|subjects?|people|children|adults|those|aged)(?:\s+(?:with|aged|who|over|under|older|younger|"
                         r"in|on|from|\d).*)?\s*$|"
                         r"\b(?:subgroups?|phase|period|extension|cohort|population|years?|months?|weeks?|days?)\b", re.I)
AND_IN_NAME = re.compile(r"[\s),]*(?:and|as\s+well\s+as)\s+(?:in|on|for)\s+(?:the\s+)?(?P<x>[A-Za-z][A-Za-z0-9' -]{2,60}?)"
                         r"\s*(?:\([A-Za-z0-9-]{2,12}\))?\s*[,(]", re.I)
# A difference said in words: "no difference in", "a significant difference in", "did not differ".
DIFFERENCE_BETWEEN = re.compile(r"\b(?:no|a|any|significant|similar|statistically\s+significant)\s+(?:significant\s+)?differences?\s+"
                                r"(?:in|for|of|between)\b|\bdid\s+not\s+differ\b|\bdiffered\s+significantly\b", re.I)
VS_WORD = re.compile(r"\bvs\.?(?=\s)|\bversus\b", re.I)
# What sets a comparator against the treatment, right before it: "separated from", "superior to",
# "versus", "compared with".
SET_AGAINST = re.compile(r"(?:separated\s+from|superior\s+to|inferior\s+to|better\s+than|compared\s+(?:with|to)|relative\s+to|"
                         r"versus|vs\.?|than|over)\s+(?:the\s+|a\s+|matching\s+)?$", re.I)

# Two sides set against each other, opening a clause and closed by its punctuation: "①有效率：A+CT
# vs.B+CT，…", "For response, A plus usual care vs. B plus usual care: OR …".
VS_PAIR = re.compile(r"(?:^|[:;,，：；(\[（]\s*)(?P<a>[A-Za-z\u4e00-\u9fff][^,;:()\[\]，；：（）\d]{0,60}?)\s*(?:vs\.?|versus)\s*"
                     r"(?P<b>[A-Za-z\u4e00-\u9fff][^,;:()\[\]，；：（）\d]{0,60}?)\s*(?=[,;:(\[，；：（]|$)")
# A side is a name: a verb, a comparison or a preposition before "vs." makes it a clause.
CLAUSE_IN_SIDE = re.compile(r"\b(?:was|were|is|are|had|has|have|than|lower|higher|(?:odds|risk|rates?)\s+of)\b|"
                            r"(?:低于|低於|高于|高於|优于|優於|比较|比較|相比)", re.I)
# A name that is a ratio's, then its outcome: "hazard ratio for death", "odds ratio of remission".
RATIO_OF_OUTCOME = re.compile(r"^(?:the\s+)?(?:(?:adjusted|pooled|summary)\s+)?(?:(?:hazard|odds|risk|rate|incidence\s+rate)\s+ratios?|(?-i:a?HR|a?OR|a?RR|IRR)s?)\s*"
                              r"(?:\([^()]{0,10}\)\s*)?(?:for|of)\s+(?P<x>[A-Za-z].*)$|^relative\s+risks?\s*(?:\([^()]{0,10}\)\s*)?"
                              r"(?:for|of)\s+(?P<y>[A-Za-z].*)$", re.I)
# "risk", "the odds", …: a word of chance alone, and the "for"/"of" that says of what.
BARE_RISK = re.compile(r"(?:the\s+)?(?:risk|odds|rate|incidence|likelihood|probability)", re.I)
OF_WHAT = re.compile(r"\s+(?:for|of)\s+(?=[A-Za-z])", re.I)
# Words of a ratio's "for …" that name no outcome: who or which comparison it is of.
NOT_A_RATIO_OUTCOME = re.compile(r"^(?:the\s+|a\s+)?(?:comparison|groups?|arms?|patients|participants|those|users)\b", re.I)
# Whose an outcome is or against what, after its name inside a ratio's words: "progression to
# dementia in the drug K group", "remission with drug K versus placebo", "death among women".
OUTCOME_TAIL = re.compile(r"\s+(?:in|with|among|for|versus|vs\.?|compared|relative|between|at|after|during|over)\b.*$", re.I)
# What no outcome's name is: a section's heading ("摘要", "研究方法", "Meta分析结果"), a word for a
# number or a share of anything ("数值", "平均值", "这一比例", "HR值"), or a name that opens on a
# word of the clause around it ("尽管", "随着", "以上的").
NOT_A_NAME = re.compile(r"^(?:(?:Meta)?(?:分析)?(?:摘要|研究方法|方法|结果|結果|结论|結論|背景|目的|研究结果|研究結果)|"
                        r"(?:这一|這一|该|該|此)?(?:数值|數值|平均值|比例|概率|机率|機率|(?:HR|OR|RR)值))$|"
                        r"^(?:尽管|儘管|随着|隨著|以上的|中国时间|中國時間)")
# A statistic's name, read where an outcome's was looked for.
STATISTIC_AS_NAME = re.compile(r"(?:(?:the|adjusted|pooled|overall)\s+)*(?:hazard|odds|risk|rate|incidence\s+rate)\s+ratios?|"
                               r"relative\s+risks?|(?:HR|OR|RR|IRR)s?|风险比|風險比|比值比|相对危险度|相對危險度", re.I)
# Words no outcome's name holds, which a phrase read as one does: "bias it" (of "in trials with high
# risk of bias it was not"), "但不增加出血风险" (but did not increase the risk of bleeding).
NOT_AN_OUTCOME_NAME = re.compile(r"\b(?:it|its|was|were|is|are|not|but|than|did|does)\b|[不但未无無]", re.I)
# A review that pools randomised trials (not cohorts): "randomized controlled trials", "RCTs", "随机对照试验".
RANDOMISED_POOLED = re.compile(r"randomi[sz]ed|\bRCTs?\b|随机|隨機", re.I)
# A table row of who took part, not of an outcome: "Age, years", "Sex", "Male, n (%)", "病程".
DEMOGRAPHIC_ROW = re.compile(r"\s*(?:(?:age|sex|gender|male|female|men|women|race|ethnicity|course\s+of\s+(?:the\s+)?disease|"
                             r"disease\s+duration|duration\s+of\s+(?:the\s+)?disease)\b|年龄|年齡|性别|性別|(?:男|女)(?:性)?(?:比例|例数)?|病程)"
                             r"\s*(?:[,，:：(（][^,，]{0,20})?\W*", re.I)
NO_ROW_ABOVE = object()  # (a text table's section before its first row of levels)
# A row of changes that says "change" and no direction: read as printed where no level checks it.
NEUTRAL_CHANGE_ROW = re.compile(r"\s*(?:mean\s+)?changes?\s+(?:from|vs\.?|versus)\s+baseline(?:\s+(?:to|at)\s+(?:week|month|day)\s*\d{1,3})?\s*|"
                                r"\s*变化(?:值|量)\s*", re.I)
# What opens each arm's change in an abstract's sentence: "The mean change on the KCCQ-CSS was",
# "the mean percent change in body weight was", "The least-squares mean change from baseline in …".
CHANGE_LEAD = re.compile(r"\b(?:the\s+)?(?:(?:least[- ]squares|LS|adjusted)\s+)?(?:mean|average)\s+(?:percent(?:age)?\s+)?"
                         r"(?:change|(?P<down>reduction|decrease|decline|fall|loss)|increase|gain)s?\b", re.I)
# Between a value and the other arm's value after it: "29.8% compared to 0.0% (in the control arm)".
OTHER_ARM_BETWEEN = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*,?\s*(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:a\s+|an\s+)?", re.I)
# What ends the opening's clause before its second value: "…greater with drug K than with
# placebo, and the target level was reached by 60% …", a semicolon.
LEAD_CLAUSE_BREAK = re.compile(r"[;；]|,\s*(?:and|while|whereas|but)\s|\bthan\b", re.I)
# Between the opening and the first value: "was a decrease of 9.6 kg" makes the changes downward;
# a second "was" opens another clause.
DOWN_BEFORE = re.compile(r"\b(?:a\s+)?(?:reduction|decrease|decline|fall|loss|drop)\s+of\b", re.I)
LINKING_VERB = re.compile(r"\b(?:was|were|is|are)\b", re.I)
# A share of people, not a change: "45% of patients with drug K".
PEOPLE_AFTER_VALUE = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*of\s+(?:the\s+)?(?:patients|participants|people|those|subjects|children|adults|women|men)\b", re.I)
# The difference between the arms' changes, in the bracket after the last arm: "(estimated difference,
# 7.8 points; …", "(difference, −10.7 percentage points; …", "(treatment difference −4.0; …".
DIFFERENCE_AFTER = re.compile(r"\s*(?:groups?|arms?)?\s*(?P<open>[(\[])\s*(?:(?:estimated|mean|treatment|between[- ]group|placebo[- ]adjusted|adjusted)\s+)*"
                              r"difference(?:\s+(?:vs\.?|versus)\s+placebo)?\s*[,:=]?\s*(?P<v>-?\d+(?:\.\d+)?)", re.I)
# A table row of each arm's change from baseline: "Improvement from baseline", "Change from
# baseline", "较基线变化", "治疗前后差值".
CHANGE_ROW = re.compile(r"\s*(?:(?:mean\s+)?(?:improvement|change|reduction|decrease|increase)s?\s+(?:from|vs\.?|versus)\s+baseline"
                        r"(?P<to>\s+(?:to|at)\s+(?:week|month|day)\s*\d{1,3})?|"
                        r"[较較]基[线線](?:的)?(?:[变變]化|改善|下降)(?:值|量)?|治[疗療]前[后後]差值|[变變]化(?:值|量))\s*", re.I)
# A row label that is a time's unit alone, its number glued to the first value ("Week 2488.1 ± 1.1"
# is week 24's 88.1 or week 2's 488.1: no reading); a label that says only when.
TIME_UNIT_ONLY = re.compile(r"\s*(?:weeks?|months?|days?|wk|第)\s*", re.I)
WHEN_ONLY = re.compile(r"\s*(?:baseline|pre-?treatment|post-?treatment|before\s+treatment|after\s+treatment|follow-?up(?:\s+period)?|"
                       r"(?:week|month|day)\s*\d{1,3}|\d{1,3}\s*(?:w|wk|weeks?|months?|days?)|"
                       r"基线|基線|治疗前|治療前|治疗后|治療後|随访|隨訪|第?\s*\d{1,3}\s*(?:周|週|个月|個月|天))\s*", re.I)
# A row that is the baseline of its measure: "Baseline", "基线", "治疗前".
BASELINE_LABEL = re.compile(r"\s*(?:baseline|pre-?treatment|before\s+treatment|基线|基線|治疗前|治療前)\s*", re.I)
# A listed item that names no measure: a label before it ("结果：使用甲药"), or the treatment its
# people used or received ("使用甲药和乙药的…": whose values, not what was measured).
NOT_AN_ITEM_NAME = re.compile(r"[:：]|^(?:使用|采用|採用|接受|给予|給予|应用|應用|服用)")


def against_control(design: str | None, text: str, arms_read: int) -> bool:
    """Whether a ratio no sentence gave its sides is the treatment's against its control: in
    a review of randomised trials, or a trial whose one arm read is its treatment (not a trial
    of doses, durations or targets whose arms were not read, nor a review of cohorts).

    >>> against_control("meta_analysis", "pooled randomized trials", 0), against_control("meta_analysis", "cohorts", 0)
    (True, False)
    >>> against_control("rct", "", 1), against_control("rct", "", 0), against_control("cohort", "", 1)
    (True, False, False)
    """
    if design in ("meta_analysis", "systematic_review"):
        return RANDOMISED_POOLED.search(text) is not None
    return design == "rct" and arms_read == 1


def _two_treatments(side: str) -> bool:
    """Whether a side joins two treatments the vocabulary knows by "and".

    >>> _two_treatments("aspirin and clopidogrel"), _two_treatments("vestibular rehabilitation and medication")
    (True, False)
    """
    if " and " not in side:
        return False
    from ..vocab.lexicon import Tokens
    return len(vocab.lexicon("interventions").find(Tokens(side))) >= 2


def _p_right_after(quote: str, value: float) -> bool:
    """Whether the next p after the value in ``quote`` is that value's: nothing between them but
    its unit, its spread or interval, a time, a restated percentage ("减轻12.1%(P<0.001)", "fell by
    2.7 points from baseline to 6 months (p < 0.001)", "decreased by 26.82 mg/dl, 12.1% reduction,
    and P-value: .000"); no other value, and no word that sets it against something else.

    >>> _p_right_after("治疗后体重平均减轻12.1%(P<0.001)。", -12.1), _p_right_after("减轻8.3%，男性减轻10.1%，明显多于女性（P<0.05）", -8.3)
    (True, False)
    >>> _p_right_after("the increase was 28.1 ± 23.6 μm and 24.0 ± 24.0 μm in groups I and II, respectively (P = 0.1)", 28.1)
    False
    """
    written = f"{abs(value):g}"
    for m in re.finditer(r"(?<![\d.])" + re.escape(written) + r"(?![\d])", quote):
        p = P_AFTER_VALUE.search(quote, m.end())
        if p is None or p.start() - m.end() > 90:
            continue
        between = OWN_WORDS_OF_A_VALUE.sub(" ", quote[m.end():p.start()])
        if not re.search(r"\d", between) and not AGAINST_ANOTHER.search(between):
            return True
    return False


# A p-value: "P<0.001", "p = .01", "P-value: .000", "P值<0.05".
P_AFTER_VALUE = re.compile(r"(?<![A-Za-z])[Pp]\s*(?:值|-?value)?\s*(?:[:：]?\s*[<=>≤≥＜＞]|[:：]\s*\.?\d)")
# What may stand between a value and its own p: its spread, its interval, a time, the same change
# as a percentage.
OWN_WORDS_OF_A_VALUE = re.compile(r"±\s*\d+(?:\.\d+)?|95\s*%\s*(?:CI|confidence\s+interval|可信区间|置信区间)[^;；)）]*|"
                                  r"\d+(?:\.\d+)?\s*(?:months?|weeks?|days?|years?|hours?|个月|個月|周|週|天|年)|"
                                  r"\d+(?:\.\d+)?\s*%\s*(?:reduction|increase|decrease)", re.I)
# Words that set a value against something else: the p after them is that comparison's.
AGAINST_ANOTHER = re.compile(r"\b(?:than|versus|vs\.?|compared|respectively|whereas|while|but|among|in\s+(?:men|women))\b|"
                             r"多于|多於|高于|高於|低于|低於|大于|大於|小于|小於|优于|優於|相比|比较|比較|其中|而|分别|分別|较|較", re.I)


def extract(ctx: Context) -> tuple[list[Measurement], list[Effect], list[Measurement]]:
    """The outcomes' measurements and effects, and the rates of adverse events read beside them."""
    reader = Outcomes(ctx)
    measurements, effects = reader.run()
    return measurements, effects, reader.adverse_rates


COUNT_HINT = re.compile(r"n\s*\(?\s*%|\bno\.?\s*\(\s*%|n/N|(?<!比)例\s*[(（]\s*%", re.I)  # a row's "n (%)" ("例(%)"): its cells are counts and shares


# A threshold a share of people reached: "体重下降至少5%", "lost at least 5%", "SBP <140 mmHg".
THRESHOLD_REACHED = re.compile(
    r"(?P<dir>下降|减轻|減輕|减少|減少|降低|增加|升高|\bloss|\blost|\breductions?|\breduced|\bdecreased?|\bfell|\bgain(?:ed)?|\bincreased?)?"
    r"\s*(?:了|of|by)?\s*(?P<cmp>至少|≥|>=|超过|超過|\bat\s+least|\bmore\s+than|>|≤|<=|<|低于|低於|\bbelow|\bless\s+than)\s*"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>%|kg|mm\s?Hg|points?|分)", re.I)
DECREASE_WORD = re.compile(r"下降|减|減|降低|loss|lost|reduc|decreas|fell", re.I)
AT_LEAST = {"至少": "≥", "≥": "≥", ">=": "≥", "超过": ">", "超過": ">", "at least": "≥", "more than": ">", ">": ">",
            "≤": "≤", "<=": "≤", "<": "<", "低于": "<", "低於": "<", "below": "<", "less than": "<"}


# "respectively" right after a run of values (a bracket may close first): "…, respectively".
CLOSED_RESPECTIVELY = re.compile(r"\s*\)?\s*,?\s*respectively\b", re.I)
# What a row label says after a time that opens it: the outcome's name ("28-day mortality").
LEADING_TIME_NAME = re.compile(r"[\s-]*[A-Za-z\u4e00-\u9fff]")


def _difference_of_means(cell: str, cells: list) -> list:
    """The value of ``cell`` as a mean difference, the first arm's mean less the second's, when
    both arms' cells are means and it is their difference to the printed numbers' rounding.

    >>> [(e.type, e.value) for e in _difference_of_means("1.2 (−2.7 to 5.1)*", [("mean", 6.8, "sd", 7.9, None), ("mean", 5.6, "sd", 8.9, None)])]
    [('mean_difference', 1.2)]
    >>> _difference_of_means("1.45 (0.92 to 1.49)", [("mean", 6.8, "sd", 7.9, None), ("mean", 5.6, "sd", 8.9, None)])
    []
    """
    from .numbers import EffectStat
    m = re.compile(r"^\s*(?P<v>[-−–]?\d+(?:\.\d+)?)\s*[(\[（]").match(cell)
    if m is None or len(cells) != 2 or any(c is None or c[0] != "mean" for c in cells):
        return []
    value = number(m["v"].replace("−", "-").replace("–", "-"))
    # (Each number printed is rounded: the difference of the printed means may miss the printed
    # difference by half a step of each, "6.7 (7.8) | 6.4 (10.6) | 0.2 (−4.0 to 4.5)".)
    slack = sum(0.5 * 10 ** -decimals_of(x) for x in (m["v"], str(cells[0][1]), str(cells[1][1]))) + 1e-9
    if abs((cells[0][1] - cells[1][1]) - value) > slack:
        return []
    return [EffectStat("mean_difference", value, m.start("v"), m.end("v"))]


def _ratio_column_of_differences(t, effect_col: int, arm_cols: list[int]) -> bool:
    """Whether a column headed as ratios ("Relative risk (95% CI)") holds, in its rows of means,
    the differences of those means: each such row's value is the difference of its two means,
    and one at least is no ratio (zero or below), "−0.17 (−0.28 to −0.05)". A single row could
    be a ratio of means as well (6.8 and 5.6: 1.2 either way); the column says which."""
    found, below_zero = 0, False
    for row in t.rows:
        if len(row.cells) != len(t.header) or len(arm_cols) != 2:
            continue
        hint = tables.kind_hint(row.cells[0], " ".join(t.header), t.caption)
        cells = [tables.read_cell(row.cells[i], hint, tables.column_size(t.header[i])) for i in arm_cols]
        if any(c is None or c[0] != "mean" for c in cells) or tables.read_interval(row.cells[effect_col]) is None:
            continue
        read = _difference_of_means(row.cells[effect_col], cells)
        if not read:
            return False
        found += 1
        below_zero = below_zero or read[0].value <= 0
    return found > 0 and below_zero


def _rate_of_adverse_events(rate: str, quote: str | None) -> bool:
    """Whether ``quote`` names adverse events right before its bare rate word ("≥3级不良反应的发生率").

    >>> _rate_of_adverse_events("发生率", "≥3级不良反应的发生率(66.3% vs 61.6%)"), _rate_of_adverse_events("发生率", "糖尿病的发生率为7.8%，两组不良反应相似")
    (True, False)
    """
    quote = quote or ""
    return any(SAFETY_NAME.search(quote, max(0, m.start() - 10), m.start()) for m in re.finditer(re.escape(rate), quote))


def _digits(text: str | None) -> int:
    return sum(map(str.isdigit, text or ""))


# An arm's "组" in Chinese ("上午組患者"), not the word's other uses: 入组, 分组, 各组, 组织, 组成.
ARM_WORD_ZH = re.compile(r"(?<![入分各两兩每全本该該此一二三四])[组組](?![织織成合建别別间間內内])")
# A Chinese name's English gloss in brackets, the measure already taken out of it: "( Median  )".
GLOSS_IN_BRACKETS = re.compile(r"[(（]\s*(?:[A-Za-z][A-Za-z.\-]*\s*){0,3}[)）]")
# A subgroup of people by what they take: "in users of metformin", "among insulin users".
SUBGROUP_OF_USERS = re.compile(r"\busers?\s+of\b|\b\w+\s+users\b|\bamong\b", re.I)
# What a treatment is compared with, named next: "compared with DPP-4 inhibitors", "versus placebo".
COMPARED_WITH_NEXT = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+", re.I)
# "risk of", "lower risk of developing": a condition's risk, what a ratio of it measures.
RISK_OF_CONDITION = re.compile(r"\b(?:risks?|incidence|odds|hazards?)\s+of\s+(?:(?:incident|developing|new|all-cause)\s+)?", re.I)


def threshold_share(measure: str, quote: str, value: float | None = None) -> str | None:
    """The name of a share of people past the threshold ``quote`` gives for ``measure``, or None:
    its one threshold in the measure's unit (or in percent), else the last one before ``value``;
    one that says no direction takes the direction of the one before it.

    >>> threshold_share("body weight", "58.0%的患者体重下降至少5%，安慰剂组为9.3%")
    'weight loss ≥5%'
    >>> threshold_share("systolic blood pressure", "62% reached SBP <140 mmHg"), threshold_share("IOP", "fell by 12.3%")
    ('systolic blood pressure <140 mmHg', None)
    >>> threshold_share("BMI", "fell by at least 5% (43.3% vs 18.7%) and by at least 10% (20% vs 6%)", 18.7)
    'BMI reduction ≥5%'
    >>> threshold_share("body weight", "体重下降≥5%者为60%和20%；≥10%者分别为20%和3%", 3)
    'weight loss ≥10%'
    >>> threshold_share("body weight", "lower in 45% and 12%, and 30% had systolic blood pressure <140 mmHg") is None
    True
    """
    info = vocab.info(measure) or {}
    unit = (info.get("unit") or "").replace(" ", "").lower()
    found = [m for m in THRESHOLD_REACHED.finditer(quote)
             if m["unit"] == "%" or m["unit"].replace(" ", "").lower() == unit or m["unit"] == "分" and unit in ("", "points")]
    chosen = found
    if len({m.group().lower() for m in found}) > 1:
        at = re.search(rf"(?<![\d.]){re.escape(f'{value:g}')}(?![\d])", quote) if value is not None else None
        chosen = [m for m in found if at is not None and m.end() <= at.start()][-1:]
    if not chosen:
        return None
    m = chosen[0]
    direction = m["dir"] or next((x["dir"] for x in reversed(found) if x.start() < m.start() and x["dir"]), "")
    cmp, n, written = " ".join(m["cmp"].lower().split()), m["n"], m["unit"]
    change = (" reduction" if DECREASE_WORD.search(direction) else " increase") if direction else ""
    written = {"分": " points"}.get(written, written if written == "%" else " " + written)
    # (An end point with a name of its own is named so: "weight loss ≥5%", not "body weight reduction ≥5%".)
    own = (info.get("threshold") or {}).get({" reduction": "down", " increase": "up"}.get(change, ""))
    if own:
        return f"{own} {AT_LEAST[cmp]}{n}{written}"
    return f"{measure}{change} {AT_LEAST[cmp]}{n}{written}"


def _shares_of_columns(quote: str, values: list, sizes: list) -> bool:
    """Whether every cell of a row, "50 (7.3)", holds in its bracket what its count makes of
    its column's size, with decimals printed somewhere ("58 (12)" under 480 agrees to the whole
    percent by chance): counts and shares, though no "n (%)" says so (``numbers.share_of``)."""
    brackets = [BRACKETED_NUMBER.search(quote[st.start:st.end]) for st in values]
    return all(b and share_of(st.value, b[1], size) for b, st, size in zip(brackets, values, sizes)) \
        and any("." in b[1] for b in brackets)


BRACKETED_NUMBER = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*%?\s*[)）]\s*$")
CONTROLLED_DESIGNS = {"rct", "non_randomized_controlled", "meta_analysis", "systematic_review"}  # (reviews pool controlled trials)
OBSERVED_DESIGNS = {"cohort", "case_control", "cross_sectional"}
# Table rows and columns (``from_tables``).
TOTAL_COLUMN = re.compile(r"^\s*(?:total|all|overall)\s+(?:cases|events|deaths|n|no\.|number(?:\s+of\s+\w+)?)\s*$|"
                          r"^\s*(?:合计|总计|總計)\s*(?:例数|人数)?\s*$", re.I)
WHOLE_COUNT = re.compile(r"\s*(\d{1,3}(?:,\d{3})+|\d+)\s*")
SECTION_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")  # "... after dose 1 (day of dose 2)"
# A table's heading that sorts its outcomes and names none: "Efficacy", "Secondary outcomes", "安全性".
KIND_OF_OUTCOME = re.compile(r"\s*(?:(?:primary|secondary|main|other|exploratory|key)\s+)?(?:efficacy|safety|outcomes?|end\s*points?)"
                             r"(?:\s+(?:outcomes?|end\s*points?|measures?))?\s*|\s*(?:主要|次要)?(?:疗效|療效|安全性|结局|結局)(?:指标|指標)?\s*", re.I)
SUBGROUP_HEADING = re.compile(r"^\s*(?:age(?:\s+groups?)?|sex|gender|race|ethnicity|region|country|bmi|body\s+mass\s+index|"
                              r"subgroups?|年龄|年齡|性别|性別|亚组|亞組)\b", re.I)
# An age band's words in a row label: "65 years or older", "younger than 50 years", "≥65岁".
AGE_WORDS_IN_ROW = re.compile(r"\b(?:older|younger|or\s+more|or\s+less|aged?|over|under)\b|[<>≤≥]|岁|歲", re.I)
# A table row of each arm's change in percent: "Relative change (%)", "Percent change", "% change".
RELATIVE_CHANGE_ROW = re.compile(r"(?:relative|percent(?:age)?|%)\s+change(?:\s+from\s+baseline)?(?:\s*[(（]\s*%\s*[)）]|,\s*%)?", re.I)
# A table row of each arm's change under a measure's heading, said without "from baseline": "Change".
CHANGE_ONLY_ROW = re.compile(r"(?:mean\s+|adjusted\s+)?change", re.I)
# A cell's own p after its value: "−5.8 ± 1.2 (P < 0.001)^{b}" (a footnote mark may follow).
CELL_OWN_P = re.compile(r"\s*[(（]\s*[Pp]\s*(?P<p>[<=>≤≥]\s*(?:0?\.\d+|1(?:\.0+)?))\s*[)）]\s*(?:\^\{?[a-z*†‡]\}?|[a-z*†‡])?\s*$")
# A test across every visit, no way said: "changed over time", "differed across visits".
OMNIBUS_OVER_TIME = re.compile(r"\b(?:changed|differed|varied)\s+(?:significantly\s+)?(?:over\s+time|across\s+(?:time|visits|time\s+points))\b", re.I)
# A ratio's name: "HR", "adjusted OR", "hazard ratio", "风险比".
_RATIO_WORDS = (r"(?<![A-Za-z])(?:a|adjusted\s+)?(?-i:HRs?|ORs?|RRs?|IRRs?|SHRs?|sHRs?)(?![A-Za-z])|"
                r"\b(?:hazard|odds|risk|rate)\s+ratios?\b|\brelative\s+risks?\b|风险比|風險比|比值比|相对危险度|相對危險度")
# A ratio named in a value's clause before it: the value is that ratio ("the HR (95% CI) of death
# was", "全因死亡的HR值为").
RATIO_RIGHT_BEFORE = re.compile(r"(?:" + _RATIO_WORDS + r")"
                                # (then at most its interval's name, a bar, 值 and a verb: "Common odds ratio | ",
                                # "HR值(95%CI)为", "odds ratio (95% CI) was ")
                                r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*值?\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:[|:=,：]|was|were|is|of|为|是|為)?\s*$", re.I)
RATIO_OF_A_VALUE = re.compile(_RATIO_WORDS, re.I)
INTERVAL_AFTER = re.compile(r"\s*(?:interval|间期|間期)", re.I)
# A table's cell that names a ratio, as a row's label or its own: "| Common odds ratio |".
RATIO_CELL = re.compile(r"(?:^|\|)[^|\n]{0,30}(?:" + _RATIO_WORDS + r")[^|\n]{0,20}\|", re.I)
# A row of people, not of a measure: "Patients analysed", "Responders", "Patients with controlled BP, n".
PEOPLE_ROW = re.compile(r"\b(?:patients|participants|subjects|responders?|analy[sz]ed|n|no\.)\b|%", re.I)
# A caption whose cells are not its measure's values: changes of it, or shares of people past a
# bound of it ("Change from baseline in SBP", "Patients reaching HbA1c below 7.0% at each visit").
NOT_THE_MEASURES_VALUES = re.compile(r"\bchanges?\b|\breductions?\b|\bdifferences?\b|\b(?:patients|participants|proportion|percentage|"
                                     r"number|responders?)\b|[<>≤≥]|\bbelow\b|\babove\b|\breach|\bachiev|变化|變化|下降|降低", re.I)
VISIT_IN_WORDS = re.compile(r"^\s*(?:follow-?up|end\s+of\s+(?:treatment|study|trial|intervention)|discharge|last\s+visit|final\s+visit)\s*$", re.I)
BASELINE_ROW = re.compile(r"^\s*baseline\s*$", re.I)
SCREENING_ROW = re.compile(r"^\s*screening\s*$", re.I)
# A visit's row analysed another way than the others: "Week 52 (LOCF)".
ANALYSIS_QUALIFIER = re.compile(r"[(（]\s*(?:LOCF|BOCF|WOCF|MMRM|ITT|PP|OC|observed\s+cases?|imputed)\s*[)）]", re.I)
# The verb after a list of measures, before their values: "… and the total effective rate were ".
LIST_THEN_VERB = re.compile(r"\s+(?:were|was|are|reached)\s+(?:respectively\s+)?$", re.I)
# Between two values of one arm's run: " and ", ", ".
VALUE_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)\s*", re.I)
# Between one arm's run and the next's: ", and ", " versus ", " compared with ".
RUN_JOIN = re.compile(r"(?:\s+(?:group|arm|patients|participants))?\s*(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s+and\s+|(?:,\s*)?(?:versus|vs\.?|compared\s+(?:with|to))\s+)\s*", re.I)
# After a run, the arm it is of: " in the electroacupuncture group", ", for placebo".
ARM_AFTER_RUN = re.compile(r"(?P<lead>\s*,?\s*(?:in|for|with|among)\s+(?:the\s+|those\s+(?:in|on|given)\s+(?:the\s+)?)?)", re.I)
# A legend's mark before the p it stands for: "*, statistically significant, p ≤ 0.05", "** p < 0.01",
# "† P<0.05 vs control".
LEGEND_BEFORE_P = re.compile(r"(?:^|[\s;,(])[*†‡§#¶]{1,3}\s*[,:=]?\s*(?:(?:statistically\s+)?significant(?:ly)?(?:\s+different)?\s*,?\s*)?$", re.I)
# "a 53% complete response rate": the article before a share written before its rate.
AN_BEFORE = re.compile(r"\ban?\s+$", re.I)
# After the share, its bracket of counts if any, then the rate's name: " (n=136/256) ".
BRACKET_THEN_SPACE = re.compile(r"(?:\s*[(\[][^()\[\]]{0,30}[)\]])?\s+")
# A result's next time, its p to follow: ") and day 70 (", ", and at week 24 (".
TIME_CONTINUED = re.compile(r"\W*(?:and|or)\s+(?:on\s+|at\s+)?(?:days?|weeks?|months?|years?)\s*\d+\s*[(（\[]?\s*", re.I)
# Two times compared, not two arms: "during intervention week 2 when compared to intervention week 6".
# (not a time against baseline: "at 12 weeks compared with baseline" is a change, the arm's own)
TIMES_COMPARED = re.compile(r"\b(?:weeks?|days?|months?|years?|visits?)\b[^.;()]{0,20}?\bcompared\s+(?:to|with)\s+"
                            r"(?:the\s+)?(?:\w+\s+)?(?:weeks?|days?|months?|years?|visits?)\b", re.I)
# A row label under a measure's heading that says when or what statistic, no way of measuring it:
# "Baseline mean (SE)", "Week 12 adjusted mean change", "Patients, n".
NO_WAY_OF_MEASURING = re.compile(r"\b(?:baseline|before|after|pre|post|mean|median|changes?|week|month|day|year|visit|"
                                 r"sd|se|iqr|n|no|patients|participants|subjects|total|overall|all|"
                                 # (a time in words, "Follow-up", "End of treatment"; people, "Smokers", "Women")
                                 r"follow-?up|end|discharge|screening|smokers?|non-?smokers?|men|women|males?|females?|boys|girls|"
                                 r"children|adults|aged?|years|with|without|users?|non-?users?)\b|%|\d\s*\(", re.I)
# A heading over a table's arms that says their cells are changes: "Mean change from baseline (95% CI)",
# "Mean changes at 16 weeks", "Change (95% CI)".
CHANGE_HEADING = re.compile(r"\bchanges?\s+from\s+baseline\b|^\s*(?:(?:adjusted|mean|LS\s+mean)\s+)*changes?\b(?=\s*(?:$|[(\[]|at\b|after\b|to\b|by\b))|"
                            r"[较較]基[线線][变變]化", re.I)
# A row label that opens with its time or with "change": "Baseline HbA1c", "Change in FBG",
# "Change from baseline in body weight" (the measure is the rest).
LED_BY_TIME_OR_CHANGE = re.compile(r"\s*(?:baseline|pre-?treatment|(?P<change>(?:mean\s+|adjusted\s+)?change\s+(?:from\s+baseline\s+)?in))"
                                   r"\s+(?P<rest>[A-Za-z][^|]{1,80})$", re.I)
# What says the rest of such a label is no plain measure: a cut-off or a range ("<8.0%", "≥5%",
# "30 or more"), an adjustment, a span of time ("to week 24"), a change named again.
LED_CUT_OFF = re.compile(r"[<>≤≥=]|\bor\s+(?:more|less|greater|higher|lower)\b|\d\s*(?:-|–|to)\s*\d|^(?:adjusted|to|change)\b|"
                         r"\b(?:change|at\s+end|responders?|patients|participants)\b", re.I)
# Where the measure's name ends in the rest of a label: its unit or statistic after a comma or bracket.
LED_REST_END = re.compile(r"\s*[,(（]")
SUBGROUP_CAPTION = re.compile(r"subgroup|亚组|亞組", re.I)
SEEN_AGAIN = ("", False)  # (``_led_measure``'s answer for a measure led twice in one table)
# A row of the values after treatment under a measure's heading: "After treatment", "治疗后".
AFTER_ROW = re.compile(r"after\s+treatment|post-?treatment|post-?intervention|治疗后|治療後|干预后|干預後", re.I)
OVERALL_ROW = re.compile(r"^\s*(?:overall|all|total|all\s+(?:participants|patients|subjects))\s*$|^\s*(?:合计|总计|總計|全部)\s*$", re.I)
DOSE_UNIT = re.compile(r"\s*(?:mg|mL|ml|µg|μg|mcg|IU|g|毫克|毫升)(?![\w/])", re.I)  # (not "g/dL", "mL/min")
# A row that names a subgroup by a trait's value: an age band, a sex, a race.
SUBGROUP_ROW = re.compile(r"^\s*(?:[<>≤≥]\s*\d+|\d+\s*(?:[–—-]|to)\s*\d+|\d+\s*(?:\+|or\s+(?:more|older|over))|"
                          r"(?:fe)?males?|(?:wo)?men|boys|girls|white|black|asian|hispanic(?:\s+or\s+latino)?|"
                          r"男性?|女性?)\s*(?:years?|岁|歲)?\s*$", re.I)


def _a_ratio(item) -> bool:
    """Whether a value and its interval (if listed with one) can be a ratio: under 50, inside
    its interval.

    >>> [_a_ratio(RATIO_ITEM.match(x)) for x in ("0.48(0.37~0.63)", "72(68~76)", "1.2(1.4~1.9)")]
    [True, False, False]
    >>> [_a_ratio(RATIO_BARE_ITEM.match(x)) for x in ("1.21、", "72")]
    [True, False]
    """
    interval = _ratio_interval(item)
    v = number(item["v"])
    return 0 < v < 50 and (interval is None or interval[0] <= v <= interval[1])


def _ratio_interval(item) -> list[float] | None:
    """[low, high] of a listed ratio, None where it was listed without one."""
    groups = item.groupdict()
    return [number(groups["lo"]), number(groups["hi"])] if groups.get("lo") is not None else None


def _not_defining(found: list[Mention], norm: str) -> list[Mention]:
    """Without the measures named inside a bracket that defines the one right before it: "the
    overall response rate (decrease or stabilization of the EDSS score) was 78%" is a response
    rate, whatever scale defines it.

    >>> m = [Mention("objective response rate", 4, 25), Mention("EDSS", 55, 59)]
    >>> [x.name for x in _not_defining(m, "The overall response rate (decrease or stabilization of the EDSS score) was 78%")]
    ['objective response rate']
    """
    out = []
    for k, m in enumerate(found):
        outer = next((x for x in reversed(found[:k]) if x.end <= m.start), None)
        if outer is not None and DEFINING_BRACKET.match(norm, outer.end) and DEFINING_BRACKET.match(norm, outer.end).end() > m.start:
            continue
        out.append(m)
    return out


# A bracket right after a name, that defines it in words: "(decrease or stabilization of the EDSS score)".
DEFINING_BRACKET = re.compile(r"\s*[(（](?=[^()（）]{0,80}\b(?:of|or|and|defined|as|including)\b)[^()（）]{0,80}[)）]", re.I)


def name_words(name: str) -> set[str]:
    """The words of a name, a hyphen parting them as a space does ("gastric-bypass"), without
    the words that only qualify it ("medical therapy alone").

    >>> sorted(name_words("Sleeve-Gastrectomy group.")), sorted(name_words("medical therapy alone"))
    (['gastrectomy', 'group', 'sleeve'], ['medical', 'therapy'])
    """
    return set(re.compile(r"\w+").findall(name.lower())) - {"alone", "only"}


def _one_bracket_stays_open(between: str) -> bool:
    """Whether text between two values never closes a bracket opened before it: the two are in
    one bracket ("[OR=2.10,95%CI(1.50,2.94);OR=2.80"), not each in its own ("…0.90) but not in
    ARDS from other causes (4 trials, 311 patients; RR 0.86").

    >>> _one_bracket_stays_open(",95%CI(1.50,2.94);OR="), _one_bracket_stays_open(", 95% CI 0.53 to 0.90) but (4 trials; RR ")
    (True, False)
    """
    return _bracket_close(between, 0, len(between)) == len(between)


def _without_kind(label: str) -> str:
    """A table row's name without what its cells hold and their unit.

    >>> _without_kind("Length, mean ± SD, cm"), _without_kind("Tumor involvement, n (%)"), _without_kind("Hospital days")
    ('Length', 'Tumor involvement', 'Hospital days')
    >>> _without_kind("Stroke — no. (%)")
    'Stroke'
    """
    hint = tables.KIND_HINT.search(label)
    return (label[:hint.start()].rstrip(" ,;:—–") or label) if hint else label


def _a_year(st: Stat) -> bool:
    """Whether a number is a calendar year: a whole 1900-2100 with no spread and no percent.

    >>> _a_year(Stat(2023, 5, 9)), _a_year(Stat(2023.5, 5, 11))
    (True, False)
    """
    return isinstance(st.value, int) and 1900 <= st.value <= 2100 and not st.percent and not st.has_spread


def _verb_phrase_at(text: str, at: int, verbs: dict[str, str], ending: re.Pattern | None = None) -> str | None:
    """The outcome a verb phrase of ``verbs`` names, written right at ``at`` (the longest that
    fits): " ended up in the hospital with no deaths" is hospitalization. With ``ending``, only
    where what follows the phrase matches it (the phrase is the whole outcome).

    >>> _verb_phrase_at("x were hospitalized or died.", 1, {"were hospitalized": "h", "were hospitalized or died": "hd"})
    'hd'
    >>> _verb_phrase_at("x were alive and free of relapse", 1, {"were alive": "os"}, OUTCOME_PHRASE_END) is None
    True
    """
    words = re.compile(r"\s+").sub(" ", text[at:at + 60].strip().lower())
    for phrase in sorted(verbs, key=len, reverse=True):
        if words.startswith(phrase) and (len(words) == len(phrase) or not words[len(phrase)].isalnum()) \
                and (ending is None or ending.match(words, len(phrase))):
            return verbs[phrase]
    return None


# After a verb phrase that is a whole outcome: the clause goes on to when or to the other side,
# not to more of the outcome ("were alive and free of relapse", "were dead or dependent").
OUTCOME_PHRASE_END = re.compile(r"\s*(?:$|[,.;:(\[]|(?:at|by|after|within|during|in|among|compared|versus|vs|than|while|"
                                r"whereas|for|on\s+day|through|until)\b|"
                                # (when, said after it: "were in remission three weeks after treatment")
                                r"(?:\d+|" + EN_WORD_NUMBER + r")\s+(?:days?|weeks?|months?|years?)\s+(?:after|later|post|from)\b)", re.I)


def _names_a_measure(side: str) -> bool:
    """Whether a side of a contrast is mostly a measure's name ("中位PFS"), not a group.

    >>> _names_a_measure("中位PFS"), _names_a_measure("帕博利珠单抗组")
    (True, False)
    """
    from ..vocab.lexicon import Tokens
    side = (side or "").strip()
    return bool(side) and any(2 * (m.end - m.start) >= len(side) for m in vocab.measure_lexicon().find(Tokens(side)))


def treatment_first(arms: list[str]) -> tuple[str, str]:
    """Two arms as (treatment, comparator): the control arm, placebo or sham is the comparator.

    >>> treatment_first(["placebo", "drug K"]), treatment_first(["drug K", "drug M"])
    (('drug K', 'placebo'), ('drug K', 'drug M'))
    """
    from .interventions import is_comparator
    a, b = arms
    return (b, a) if is_comparator(a) and not is_comparator(b) else (a, b)


def _ci_spread(st: Stat) -> bool:
    """Whether a value's spread is its confidence interval ("50% (95% CI, 46 to 54)")."""
    return (st.dispersion or "").startswith("ci")


def _arm_holding(written: str, arms: list[str]) -> str | None:
    """The one arm whose name holds every word of ``written``, else None.

    >>> _arm_holding("immunotherapy", ["peanut oral immunotherapy", "placebo"]), _arm_holding("drug", ["drug A", "drug B"])
    ('peanut oral immunotherapy', None)
    """
    own = name_words(written)
    holders = [a for a in arms if own <= name_words(a)]
    return holders[0] if len(holders) == 1 else None


# What an arm's name leaves out of the words that say what people took: how and how often it was
# given ("oral peanut immunotherapy" is the arm "peanut immunotherapy").
ROUTE_WORDS = {"oral", "orally", "intravenous", "intravenously", "iv", "subcutaneous", "subcutaneously", "inhaled",
               "intranasal", "topical", "intramuscular", "daily", "once", "twice", "weekly", "monthly", "matching"}


def _one_bracket_open(text: str) -> bool:
    """Whether the first bracket ``text`` opens stays open to its end: a value after it is in
    the bracket opened right after a time, not in a later one ("at baseline (…) but differed
    after treatment (…": the second bracket's values are not the baseline's).

    >>> _one_bracket_open("[-6.2 (RDN) vs. "), _one_bracket_open("(RA: 10.5; SA: 10.9) but differed (RA: 5.2; SA: ")
    (True, False)
    """
    first = next((i for i, c in enumerate(text) if c in "([（"), None)
    return first is None or _bracket_close(text, first + 1, len(text)) == len(text)


def _arm_with_its_route(written: str, arms: list[str]) -> str | None:
    """The one arm whose every word ``written`` holds, the other words only its route or
    schedule, else None.

    >>> _arm_with_its_route("oral peanut immunotherapy", ["peanut immunotherapy", "placebo"])
    'peanut immunotherapy'
    >>> _arm_with_its_route("oral peanut flour", ["peanut immunotherapy", "placebo"]) is None
    True
    """
    own = name_words(written)
    holders = [a for a in arms if name_words(a) <= own and own - name_words(a) <= ROUTE_WORDS]
    return holders[0] if len(holders) == 1 else None


def _top_level_spans(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    """The spans of ``text`` between the matches of ``pattern`` outside brackets.

    >>> _top_level_spans("a(P<0.05;x)；b", CLAUSE_END)
    [(0, 11), (12, 13)]
    """
    cuts = _top_level(text, pattern)
    # (a cut may be empty, "(?=②)", or more than one character: each span runs between them)
    return list(zip([0] + [m.end() for m in cuts], [m.start() for m in cuts] + [len(text)]))


def _closing_bracket(text: str, at: int, limit: int) -> int | None:
    """The offset of the bracket that closes the one at ``at``, within ``limit``.

    >>> _closing_bracket("[a (b) c] d", 0, 11), _closing_bracket("(a (b)", 0, 6)
    (8, None)
    """
    depth = 0
    for i in range(at, limit):
        if text[i] in "[(（":
            depth += 1
        elif text[i] in "])）":
            depth -= 1
            if depth == 0:
                return i
    return None


def _within(spans: list[tuple[int, int]]):
    """A test of whether an offset falls inside any of ``spans``, by bisection over the spans
    merged (a sentence of hundreds of values and p-values asks it for every value).

    >>> inside = _within([(5, 9), (0, 2), (8, 12)])
    >>> [x for x in range(14) if inside(x)]
    [0, 1, 5, 6, 7, 8, 9, 10, 11]
    """
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def inside(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < merged[k][1]
    return inside


def _unit_of(text: str | None) -> str | None:
    """The kind of number a change is given in: "%", "point", "day", "kg", or None.

    >>> _unit_of("5.2%"), _unit_of("by 3.2 points"), _unit_of("1.8 days"), _unit_of(None)
    ('%', 'point', 'day', None)
    """
    m = re.compile(r"(%|percent|points?|days?|kg)", re.I).search(text or "")
    return None if m is None else {"percent": "%"}.get(m[1].lower(), m[1].lower().rstrip("s"))
