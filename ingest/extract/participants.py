"""Who took part: screened, excluded, enrolled, analysed; age; sex.

Each count is read from the sub-clause that holds its keyword (筛选 / screened, 排除 /
excluded, 纳入 / enrolled, 分析 / analysed), taking the count nearest the keyword, so
"共筛选出189名患者，其中83名患者不符合研究标准" and "Of 189 patients screened, 83 were
excluded" both give 189 screened and 83 excluded.
"""

from __future__ import annotations

import re

from .clauses import _top_level, in_brackets
from .context import Context
from .design import SELF
from .numbers import (
    COUNT_WORDS,
    DIGIT,
    EN_WORD_NUMBER,
    PEOPLE,
    Count,
    Stat,
    counts,
    english_number,
    stats,
    whole_number_end,
    widen_thousands,
)
from .numerals import NUMERAL_CHARS, chinese_to_int
from .prefilter import ascii_without, holds_any
from .record import Participants

# "90 were randomized", "Of 164 adults screened": a count whose noun is left out.
BARE_COUNT = re.compile(r"(?=[\d])(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{1,6})\s+(?=underwent\s+randomi[sz]ation|completed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:study|trial|follow-up|treatment)|(?:were|was|had been|have been)\s+(?:randomi[sz]ed|enrolled|included|(?:randomly\s+)?(?:assigned|allocated)|"
                        r"recruited|screened|excluded|analy[sz]ed|assessed)|(?:[a-z]+\s+)?screened\b)", re.I)
# ("and" ends a clause where another count or a verb follows it, "624 were treated in a stroke unit
# and 498 on a general ward", "111 completed week 24 and were included", "We screened 412 patients
# and excluded …"; not inside a name, "240 patients undergoing head and neck surgery were
# randomized".)
SUBCLAUSE = re.compile(r"(?=[o。其,:;，：；a])(?:[，；;。]|(?<!\d)[:：]|[:：](?!\d)|,(?!(?<=\d,)\d{3}(?!\d))|其中|"
                       r"(?<!hundred\s)\band\b(?=\s+(?:were|was|had|have|then|all|(?!(?:randomi[sz]ed|enrolled|included)\b(?!\s+(?:those|the|all|only|eligible|patients|participants|\d)))[a-z]+ed\b|[^,;:.]{0,80}?\d)|[^,;:.]{0,80}?\b(?:"
                       + EN_WORD_NUMBER + r")\b)|\bof whom\b)")  # not the comma in 6,524
# A sentence that names another study by its year or as one of many ("2019年发表的一项多中心研究纳入81例",
# "2013年一項美國的第二期試驗納入62名", "另一项纳入40例的试验", "a single trial of 121 patients comparing ...",
# "a 2019 trial enrolled 80", "一项…试验正在筹备中，计划纳入200例"): its counts are that study's.
OTHER_STUDY = re.compile(r"(?=[io另拟正筹计过预12a])(?:正在筹备|筹备中|计划纳入|拟纳入|预计纳入|"
                 r"(?:19|20)\d{2}\s*年[^，,。；;]{0,12}?(?:的)?(?:一|另一)项|另一项|另外一项|过去的?(?:研究|试验)|"
                 r"\b(?:(?:a|an|one)\s+(?:single|small|large|earlier|older|recent|prior|previous|separate|(?:19|20)\d{2})|another)\s+"
                 r"(?:[\w-]+\s+){0,3}(?:trials?|stud(?:y|ies)|meta-analys[ie]s|analys[ie]s|cohorts?|reports?)\b|"
                 r"\bin\s+(?:19|20)\d{2},?\s+(?:a|an|one|another)\b)", re.I)
# (Each English match of OTHER_STUDY without a year holds one of these words; a Chinese one
# holds a Han character.)
OTHER_STUDY_WORDS = ("trial", "stud", "analys", "cohort", "report")
# The verb of an allocation clause, whose bracketed counts are the arms' sizes, not the total.
ALLOCATION = re.compile(r"分配|分为|分成|randomi[sz]ed\s+to|assigned|allocated", re.I)
# The people a clause opens on: "方法 60例COPD稳定期患者", "将60例失眠患者…", "选取120例…患者…";
# a clause that is that count and nothing else (``COHORT_CLAUSE``).
_PATIENTS_LEAD = (r"^\s*(?:(?:方法|方法学)\s*[:：]?\s*)?(?:将|將|对|對|共|共有|选取|選取|收集|纳入|納入)?\s*(?P<n>\d{2,6})\s*(?:例|名|位)"
                  r"[^，,。；;\d]{0,30}?(?:患者|病人|患儿|患兒|受试者|受試者)")
ZH_PATIENTS_LEAD = re.compile(_PATIENTS_LEAD)
COHORT_CLAUSE = re.compile(_PATIENTS_LEAD + r"\s*$")
# "were included in the primary analysis": a clause whose subject, a count, ends the clause before.
ELIDED_SUBJECT = re.compile(r"^\s*(?:were|was|had been|have been|then)\b", re.I)
LEADING_NUMBER = re.compile(r"^\s*(?:a total of\s+|all\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,%])", re.I)
# "…，共1124例ARDS患者": the total is written as a clause of its own after the keyword's clause.
INCLUDED = re.compile(r"纳入")
TOTAL_CLAUSE = re.compile(r"^\s*(?:共|合计|总计|a total of)")
KEYWORDS = {
    "screened": re.compile(r"筛选|筛查|screened|assessed for eligibility|evaluated for eligibility", re.I),
    # (not the criteria: "符合纳入与排除标准的PS患者140例" are those enrolled)
    "excluded": re.compile(r"排除(?!标准|標準)|不符合|未纳入|不合格|excluded|did not meet|were ineligible|not eligible", re.I),
    "enrolled": re.compile(r"纳入|招募|招收|募集|征集|找来|收治|入组|入选|选取|为研究对象|(?<![评得积总])分(?:为|成)|分配|enrolled|recruited|randomi[sz]ed(?!\s+block)|underwent randomi[sz]ation|patients were treated|"
                   # (not those analysed: "were included in the per-protocol efficacy cohort")
                   r"were included(?!\s+in\s+the\s+(?:[\w-]+\s+){0,3}(?:analys[ie]s|cohort|set|population))|"
                   r"included in (?:the|this)(?!\s+(?:[\w-]+\s+){0,3}(?:analys[ie]s|cohort|set|population))|participated|took part|"
                   r"(?:were|was)\s+(?:\w+\s+)?(?:divided|assigned|allocated)|"
                   # "We randomly assigned 529 patients", "colleagues assigned (1:1) 579 adults": the active voice
                   r"\b(?:we|they|investigators|researchers|authors|colleagues|team)\s+(?:\w+\s+)?(?:assigned|allocated)\b", re.I),
    "analyzed": re.compile(r"纳入(?:疗效|最终|统计)?分析|完成(?:了)?(?:全部|所有)?[^，,。；;]{0,8}?(?:随访|研究|治疗)|analy[sz]ed|"
                           r"completed (?:the )?(?:[\w-]+\s+){0,2}(?:study|trial|follow-up)|included in the (?:[\w-]+\s+){0,3}(?:analys[ie]s|cohort|set|population)|(?:left|leaving|remained|remaining)\b[^;]{0,40}\bfor (?:the )?analys[ie]s", re.I),
}
# "Of 24,930 new users, 6,524 were excluded": the first count is those screened.
OF_EXCLUDED = re.compile(r"(?=[oO])\b[Oo]f\s+(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+[^,;.\d]{1,40},\s*(?:\d{1,3}(?:,\d{3})+|\d+)\s+(?:were|was)\s+excluded")
# The cohort described by what it received, when no sentence says "enrolled":
# "106 patients with knee osteoarthritis received ...", "106例膝骨关节炎患者接受了...".
# (Also where the people are their sentence's subject, described or not: "210 febrile children (6
# months - 6 years) with … received", "Overall, 255 patients underwent leukapheresis", "312 infants
# received a single dose".)
COHORT = re.compile(r"(?=[\defnost])(?:(?<![\d.,])(?P<n>\d{2,6}|(?<![\w-])" + EN_WORD_NUMBER + r")\s+(?:patients|participants|subjects|adults|children|women|men)\s+"
            r"(?:with|who had|suffering from)\s+[^;.\d]{3,160}?[\s,]+(?:each\s+|all\s+)?(?:received|underwent|were treated|were studied|were followed)\b"
            r"|^(?:(?:overall|in\s+total|methods?)\s*[,:]\s*)?(?P<subject>\d{2,6})\s+(?:[a-z-]+\s+){0,2}(?:patients|participants|subjects|adults|"
            r"children|women|men|infants|neonates|volunteers|individuals)\s+(?:\([^()]{1,40}\)\s+)?(?:with\s+[^;.\d]{3,120}?\s+)?"
            r"(?:received|underwent|were treated|were studied|were followed)\b"
            r"|(?<![\d.,])(?P<zh>\d{1,3}(?:,\d{3})+|\d{2,6})\s*(?:例|名)[^，,。；;\d]{0,20}?患者(?:均)?(?:接受|行|经))", re.I)
# (Every English match of COHORT holds one of these verbs, every one of AGE "mean" or
# "average"; their other matches, and all of ZH_TOTAL's and TOTAL_ZH's, are Chinese.)
COHORT_WORDS = ("received", "underwent", "treated", "studied", "followed")
AGE_WORDS = ("mean", "average")
# "Thirty pregnant and 10 nonpregnant women were included": two counts of one cohort; the
# total is not written, and either count alone would be a wrong number.
# A cohort split by how it fared, not allocated: "根据疗效分为有效者42例和无效者18例", "分为存活组和死亡组"
# (the counts are its parts, the enrolment is said before).
ZH_SPLIT_BY_RESULT = re.compile(r"(?:根据|根據|按照|依据|依據|按)[^，,。；;]{0,12}?(?:疗效|療效|效果|结果|結果|预后|預後|是否|转归|轉歸)"
                                r"[^，,。；;]{0,6}?分(?:为|為|成)|分(?:为|為|成)[^，,。；;]{0,4}?(?:有效|无效|無效|显效|顯效|应答|應答|死亡|存活|生存)(?:者|组|組)")
RANDOM_WORD = re.compile(r"随机|隨機")
SCREENED_WORD = re.compile(r"筛查|篩查|筛选|篩選|疑似|评估|評估|其中")
SPLIT_COHORT = re.compile(r"(?P<a>\b\d+|\b[A-Za-z]+(?:-[a-z]+)?)\s+[a-z-]+\s+(?:and|or)\s+(?P<b>\d+|[A-Za-z]+(?:-[a-z]+)?)\s+[a-z-]+\s+"
                  r"(?:women|men|patients|participants|subjects|children|adults|infants|volunteers)\b")
# The cohort as the subject of the results, when nothing else names the enrolment:
# "Among 14 862 patients (median age 81 years), ...", "RESULTS Among 5338 participants", "…多发性骨髓瘤患者，共412名。",
# "共有36位患者（…）在我中心接受了治疗".
# (A label is written as one, and the sentence after it begins with a capital: not "the
# findings of 340 patients", "similar results among 4000 patients".)
AMONG = re.compile(r"(?:^|(?<=[.:]\s)|(?<=(?-i:RESULTS|Results)\s)(?=(?-i:Among|Of)\b)|(?<=(?-i:FINDINGS|Findings)\s)(?=(?-i:Among|Of)\b))(?:Among|Of)\s+(?:the\s+|all\s+)?(?:(?:nearly|almost|about|more\s+than|over)\s+)?(?P<n>\d{1,3}(?:[, ]\d{3})+|\d{2,6})\s+(?:[a-z-]+\s+){0,2}" + PEOPLE +
           r"\b(?!\s+(?:screened|assessed|evaluated|approached|invited|eligible|who\s+were\s+(?:screened|eligible)))", re.I)
ZH_TOTAL = re.compile(r"(?:患者|病人|受试者|病例)[^。；;，,]{0,3}[，,]\s*共(?:计|有)?\s*(?P<n>\d+|[" + NUMERAL_CHARS + r"]+)\s*(?:例|名|人|位)\s*[。；;]"
              r"|共(?:有|计)?\s*(?P<m>\d+|[" + NUMERAL_CHARS + r"]+)\s*(?:例|名|位|人)[^。；;]{0,60}?(?:接受了?|参与了?|参加了?)")
# The cohort by the verb that says what was done with it, its count after the verb with
# only a quantifier or the data between: "The study involved more than 4,300 patients",
# "Clinical trials included 1,106 people", "analyzed electronic health records of more than 18,000
# adults", "Estruch et al. assigned 7,447 participants". (Not a part of it: "of whom", "among".)
COHORT_VERB = re.compile(r"(?=[iearsfc])\b(?:involv(?:ed|ing)|included|enroll?ed|recruited|studied|analy[sz]ed|followed|assigned|"
                         r"compris(?:ed|ing))\s+(?:(?:the\s+)?(?:(?:electronic\s+)?(?:health\s+|medical\s+)?(?:data|records?|information)"
                         r"\s+(?:of|from|on)\s+)?(?:a\s+total\s+of|more\s+than|over|nearly|almost|about|approximately|around|some)\s+"
                         r"|(?:the\s+)?(?:electronic\s+)?(?:health\s+|medical\s+)?(?:data|records?|information)\s+(?:of|from|on)\s+)?"
                         r"(?P<n>(?!(?:19|20)\d\d(?![\d,]))\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d(?![\d,]))\d{2,7})\s+"
                         r"(?:[A-Za-z-]+\s+){0,3}?" + PEOPLE + r"\b", re.I)
COHORT_VERB_WORDS = ("involv", "includ", "enrol", "recruit", "studied", "analy", "followed", "assigned", "compris")
# A population analysed, the subject of a verb of COHORT_VERB: "The intention-to-treat population
# included …", "the per-protocol set comprised …".
ANALYSIS_SET = re.compile(r"\b(?:population|set|analys[ie]s|ITT|MITT|per[- ]protocol|intention[- ]to[- ]treat)\b", re.I)
# An arm or a group as the subject of a verb of COHORT_VERB: its people are a part of the cohort.
ARM_SUBJECT = re.compile(r"\b(?:group|arm)s?\b", re.I)
N_EQUALS = re.compile(r"\b[Nn]\s*=\s*\d")
# After a count of people, another part of the cohort: "80,647 women and 37,716 men" (whose
# total is not written).
ANOTHER_PART = re.compile(r"(?:\([^()]{0,40}\)|[^.;:\d()]){0,60}?(?:,|\band\b)\s*\d")
# "the China Kadoorie Biobank (CKB) study (n=487,209)", "13 randomized trials; n=164,225", "N = 12 patients": a
# total after the study's name, or opening a line.
STUDY_N = re.compile(r"^\W{0,4}(?:participants|patients|subjects|population)\s*:\s*(?P<k>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z-]+\s+){0,3}?"
                     + PEOPLE + r"\b|"
                     # (not another or a part of it: "the pilot trial (n = 40)", "a derivation cohort (n = 1,200)")
                     r"(?<!pilot\s)(?<!earlier\s)(?<!previous\s)(?<!derivation\s)(?<!validation\s)(?<!training\s)(?<!development\s)"
                     r"\b(?:study|trial|trials|cohort|biobank|meta-analysis|registry)\s*(?:[;,:]\s*|\(\s*)[Nn]\s*=\s*"
                     r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d,])(?![\d.,]*\s*%)(?!\s*(?:trials?|studies|RCTs|articles|hospitals|centres|centers|sites|countries)\b)"
                     r"|^\W{0,4}N\s*=\s*(?P<m>\d{1,3}(?:,\d{3})+|\d+)\s+" + PEOPLE + r"\b", re.I)
INCLUSION_CRITERIA = re.compile(r"纳入标准|入选标准|inclusion criteria", re.I)
# The whole cohort named by its total when no sentence says "enrolled": "A total of 117,919
# Chinese men and women", "RCTs including 33,830 patients", "conducted in 176 subjects", "The
# 2,230-subject trial", "共纳入文献18篇，患者4 416例", "包括1 134例患者", "共75,053人". (Not a
# year, "conducted in 2018 among adults"; not a subgroup, "including 1,200 patients with
# diabetes" unless what includes them is the trials or studies; not the trial before it.)
_N = r"(?P<n>(?!(?:19|20)\d\d(?![\d,]))\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u2009]\d{3})+(?![\d,.])|(?!(?:19|20)\d\d(?![\d,]))\d{2,7})"
_WHO = (r"(?:patients|participants|subjects|individuals|people|persons|volunteers|adults|children|men|women|infants|physicians|"
        r"nurses|residents|veterans|workers|employees|officials|students|smokers|survivors|Americans|Europeans|Britons)")
# ("a study of 1,674 …", "in nearly 26,000 participants": how near the count is, said before it)
_ABOUT = r"(?:(?:nearly|almost|about|approximately|around|more\s+than|over|some|roughly)\s+)?"
TOTAL_EN = re.compile(r"(?=[aticrsTAICS\d])(?:\b(?:a\s+total\s+of|total\s+of|conducted\s+(?:in|on)|(?P<part>including|involving|comprising))\s+" + _N +
                      r"\s+(?:(?!(?:and|or|in|of|with|from|involving|including|countries|centres|centers|sites|hospitals|studies|trials)\b)"
                      r"[A-Za-z-]+\s+){0,3}?" + _WHO + r"\b(?!\s+and\s+\d)|(?<![\d.,])" + _N.replace("?P<n>", "?P<m>") +
                      r"-(?:subject|patient|participant|person|woman|man|child)\s+(?:[A-Za-z,-]+\s+){0,4}?(?:trial|study|cohort)\b(?!\s+(?:that|which)\b)|"
                      # "a randomized, placebo-controlled, 6-week trial in 104 adults", "a study of 2,410 patients"
                      # (not an analysis or a sub-study of some of them: "the analysis in 45 patients who stopped")
                      # ("a five-year study of dietary supplement use in nearly 26,000 participants": what was studied between)
                      r"(?<!-)\b(?:trial|study|cohort)\s+(?:conducted\s+)?(?:(?:of|on)\s+(?:[a-z-]+\s+){1,4}?)?(?:of|in|among|with)\s+"
                      + _ABOUT + _N.replace("?P<n>", "?P<k>") +
                      r"\s+(?:(?!(?:and|or|in|of|with|from|countries|centres|centers|sites|hospitals|studies|trials)\b)[A-Za-z-]+\s+){0,2}?"
                      + _WHO + r"\b(?!\s+and\s+\d))", re.I)
_ZN = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d.])|\d+"  # ("包含3 916例患者": a space between thousands)
# A review's studies, then all their people in brackets: "12 trials (1763 participants)".
STUDIES_THEN_PEOPLE = re.compile(r"\b\d{1,4}\s+(?:randomi[sz]ed\s+)?(?:trials|studies|RCTs)\s*[(（]\s*(?:n\s*=\s*)?"
                                 r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:participants|patients|subjects|people|individuals)\s*[)）]", re.I)
STUDIES_INCLUDING = re.compile(r"\b(?:trials|studies|RCTs|articles|cohorts)\s*,?\s*$", re.I)
# What makes a total something else: an outcome, a screening, a subgroup ("a total of 3,731
# participants died", "1,200 patients were screened", "其中合并糖尿病患者45例", "死亡共15人").
OUTCOME_VERB = re.compile(r"\b(?:died|developed|experienced|suffered|relapsed|were\s+diagnosed|were\s+hospitali[sz]ed|had\s+an?\s+|"
                          r"reported\s+(?:adverse|side)|were\s+lost|were\s+screened|were\s+excluded|underwent\s+surgery|occurred)\b", re.I)
ZH_NOT_COHORT = re.compile(r"死亡|合并|出现|发生|其中|筛查|筛选|排除|失访|不良")
TOTAL_ZH = re.compile(r"(?:包括|涉及|共计|共有|总计|合计)\s*(?P<n>" + _ZN + r")\s*(?:例|名|位)(?:[^，,。；;\d]{0,12}?患者)?|"
                      r"(?:患者|病例|受试者)\s*(?P<m>" + _ZN + r")\s*(?:例|名)(?=[。；;，,]|$)|共\s*(?P<k>" + _ZN + r")\s*人(?=[。；;，,]|$)|"
                      # ("这项研究对1059例住院患者进行了随机试验": the people a trial was done on)
                      # (not "还对30例患者的血样进行了…研究": a part of them, or their samples)
                      r"(?<![还還另])对\s*(?P<j>" + _ZN + r")\s*(?:例|名|位)(?:(?!血样|血樣|样本|樣本|标本|標本)[^，,。；;\d]){0,24}?"
                      r"进行(?:了)?[^，,。；;\d]{0,8}?(?:试验|研究|試驗)|"
                      # ("以731名肺癌患者为对象", "挑選20位晚期肝癌病人", "包含35,084位成年人", "追蹤研究452名…病人",
                      # "约100位…的患者中": the people chosen, studied, or among whom it was found)
                      # (not one arm's, "选取30名对照组患者"; "约5000名患者中" only in a study's own words:
                      # "该疗法已在约5000名患者中使用多年" is no cohort)
                      r"(?:以|挑选|挑選|选取|選取|招募|包含|追踪研究|追蹤研究|(?:研究|试验|試驗)[^。；;]{0,12}?[约約])\s*(?P<i>" + _ZN +
                      r")\s*(?:名|位|例)[^，,。；;\d组組]{0,16}?(?:患者|病人|受试者|受試者|成年人|居民|志愿者|志願者)(?:为对象|為對象|中|，|,|$)")
AGE = re.compile(r"平均年龄|年龄平均|(?<=年龄)[^，,。；;()（）]{0,12}[，,]\s*平均(?=\s*\d)|平均年纪|(?:mean|average)\s*(?:\(\s*SD\s*\)|±\s*SD)?\s*age", re.I)
AGE_SD_AFTER = re.compile(r"\s*(?:岁|歲|years?)?\s*[(（]\s*(?:标准差|SD)\s*[:=：,]?\s*(?P<sd>\d+(?:\.\d+)?)\s*(?:岁|years?)?\s*[)）]", re.I)
MEDIAN_AGE = re.compile(r"(?=[m中年])(?:中位年龄|年龄中位数|median age)", re.I)
MALE = re.compile(r"(?=[m男b])(?:男性|男(?!女)|\bmales?\b|\bmen\b|\bboys\b)", re.I)
FEMALE = re.compile(r"(?=[fgw女])(?:女性|女(?!性化|士|儿|婿|友|神|王|星)|\bfemales?\b|\bwomen\b|\bgirls\b)", re.I)
SEX_WORDS = {"male": ("男", "male", "men", "boys"), "female": ("女", "female", "women", "girls")}  # (one is in every match)


BRACKETS = re.compile(r"[(（\[\])）]")


def _subclauses(text: str, base: int):
    """(offset, clause) pairs; a delimiter inside brackets does not end a clause
    ("912 patients (468 assigned to MSCs and 444 to control) were included").
    (The depth is followed from bracket to bracket, ``_top_level``, not per character.)"""
    pos = 0
    for m in _top_level(text, SUBCLAUSE, BRACKETS):
        yield base + pos, text[pos:m.start()]
        pos = m.end()
    yield base + pos, text[pos:]


def _joined_by_and(sentence, previous: tuple[int, str], start: int) -> bool:
    """Whether the clause at ``start`` follows ``previous`` after "and" (not after a comma)."""
    gap = sentence.text[previous[0] + len(previous[1]) - sentence.start:start - sentence.start]
    return gap.strip() == "and"


# What trials usually do is no trial's own: "通常，III期试验纳入1000至3000名受试者", "Phase 3 trials
# typically enrol 300 to 3,000 people" (the word of habit said of trials, not of the people:
# "1,200 generally healthy adults", "患者往往难以入睡" are a study's own).
TRIALS_IN_GENERAL = re.compile(r"(?:通常|一般来说|一般而言|一般|往往)[，,\s]*(?:[IⅠⅡⅢⅣV]+|[1-4一二三四])?\s*期?(?:临床)?(?:试验|研究)|"
                               r"\b(?:trials|studies)\s+(?:\w+\s+){0,2}(?:typically|usually|generally)\b|"
                               r"\b(?:typically|usually|generally),?\s+(?:phase\s+\w+\s+)?(?:trials|studies)\b", re.I)


def _own_sentences(ctx: Context):
    """The sentences that may speak of this study: not those about other or future work,
    nor those naming another study (by its year, as "another", as "a trial of ...")."""
    return [s for s in ctx.sentences if not ctx.is_other_work(s) and not TRIALS_IN_GENERAL.search(s.text)
            and not ((not ascii_without(s.text, OTHER_STUDY_WORDS) or DIGIT.search(s.text))
                     and OTHER_STUDY.search(s.text) and not SELF.search(s.text))]


def extract(ctx: Context) -> Participants:
    p = Participants()
    enrolled_from_analysis = None
    own = _own_sentences(ctx)  # (asked once: the later passes read the same sentences)
    for s in own:
        digits = DIGIT.search(s.text) is not None  # (BARE_COUNT and the ages need one)
        # Every count an ASCII sentence without a digit holds is in English words
        # (COUNT_WORDS), and a clause holds one only where the whole sentence does (its
        # clauses are cut at ",", ";", ":", "and", which no such count crosses): most
        # sentences are not cut into clauses at all.
        clauses = list(_subclauses(s.text, s.start)) if digits or not s.text.isascii() \
            or COUNT_WORDS.search(s.text) else ()
        for i, (start, clause) in enumerate(clauses):
            found = counts(clause)
            if digits:
                found += [Count(int(m.group(1).replace(",", "")), m.start(1), m.end(1)) for m in BARE_COUNT.finditer(clause)]
            if not found and i and ELIDED_SUBJECT.match(clause) and _joined_by_and(s, clauses[i - 1], start) \
                    and (lead := LEADING_NUMBER.match(clauses[i - 1][1])):
                # "111 (94.1%) completed week 24 and were included in the primary analysis"
                found = [Count(int(lead["n"].replace(",", "")), -1, -1)]
            if not found and i and (lead := COHORT_CLAUSE.match(clauses[i - 1][1])) and KEYWORDS["enrolled"].search(clause):
                # "方法 60例COPD稳定期患者, 采用随机数字表法分为对照组和治疗组": the people, then what
                # was done with them, in the clause after.
                found = [Count(int(lead["n"]), -1, -1)]
            if not found and i + 1 < len(clauses) and TOTAL_CLAUSE.match(clauses[i + 1][1]):
                # "最终纳入15项随机对照试验，共1124例ARDS患者"
                found = [Count(c.n, -1, -1) for c in counts(clauses[i + 1][1])[:1]]
            if not found:
                continue
            for field, pattern in KEYWORDS.items():
                if getattr(p, field) is not None:
                    continue
                m = pattern.search(clause)
                if not m:
                    continue
                # ("将60例符合纳入标准的患者随机分为两组": those meeting the criteria were allocated.)
                criteria = INCLUSION_CRITERIA.search(clause) and not ALLOCATION.search(clause)
                if field == "enrolled" and ZH_SPLIT_BY_RESULT.search(clause) and not RANDOM_WORD.search(clause):
                    # ("将60例失眠患者予针刺治疗4周，根据疗效分为有效者42例和无效者18例": the people the
                    # clause before treated are the cohort; the counts here are its parts)
                    # (not those screened or assessed for it: "将300例疑似…患者进行筛查，其中120例确诊")
                    screened = any(SCREENED_WORD.search(x) for _, x in clauses[:i])
                    lead = None if screened else next((x for _, x in reversed(clauses[:i]) if ZH_PATIENTS_LEAD.match(x)), None)
                    if lead is not None:
                        p.enrolled, p.quotes["enrolled"] = int(ZH_PATIENTS_LEAD.match(lead)["n"]), s.text
                    continue
                if field == "enrolled" and (KEYWORDS["analyzed"].search(clause) or KEYWORDS["excluded"].search(clause)
                                            or criteria or _split_cohort(s.text) or (len(ARM_SIZES.findall(s.text)) >= 2 and ARM_SIZES.search(clause))):
                    if field == "enrolled" and KEYWORDS["analyzed"].search(clause) and enrolled_from_analysis is None \
                            and INCLUDED.search(clause):
                        # "最终68例纳入分析": the cohort, when no sentence says who was enrolled.
                        enrolled_from_analysis = (min(found, key=lambda c: abs(c.start - m.start())).n, s.text)
                    continue
                candidates = found
                if field == "enrolled" and ALLOCATION.search(clause):
                    # "并以1:1随机分配至干细胞组（48人）或安慰剂组（48人）": the arms' sizes; the
                    # total is the count of the clause before ("最终有96名患者符合条件").
                    # ("将143例患者随机分为治疗组75例和对照组68例": the count before the allocation, not an arm's after it)
                    candidates = [c for c in found if c.start < m.start()] or [c for c in found if not in_brackets(clause, c.start)]
                    for _, earlier in reversed(clauses[:i] if not candidates else []):
                        before = [c for c in counts(earlier) if c.n not in (p.screened, p.excluded)]
                        if before:
                            candidates = [Count(before[-1].n, -1, -1)]
                            break
                    if not candidates:
                        continue
                if field == "enrolled":
                    # "Twenty-one patients were included (15 women and 6 men)": a bracket holds a part.
                    candidates = [c for c in candidates if c.start < 0 or not in_brackets(clause, c.start)] or candidates
                nearest = min(candidates, key=lambda c: min(abs(c.start - m.start()), abs(c.end - m.end())))
                setattr(p, field, nearest.n)
                p.quotes[field] = s.text
        _age_and_sex(p, s.text, digits)
    if p.screened is None:
        for s in ctx.sentences:
            m = None if ctx.is_other_work(s) or not DIGIT.search(s.text) else OF_EXCLUDED.search(s.text)
            if m:
                p.screened = int(m["n"].replace(",", ""))
                p.quotes["screened"] = s.text
                break
    if p.enrolled is None:
        results_seen = False  # (a count after the first result is of some of them: "20 received rescue medication")
        # (the most people the article's own sentences count before it: a cohort "received" is never fewer)
        most_counted = 0
        for s in own:
            text = s.text
            m = (None if ascii_without(text, COHORT_WORDS) else COHORT.search(text)) or AMONG.search(text) \
                or (None if text.isascii() else ZH_TOTAL.search(text))
            if m and m.re is COHORT and m["subject"] and (results_seen or not _whole_cohort(text, m)):
                m = None
            results_seen = results_seen or RESULT_MARK.search(text) is not None
            if m and m.re is COHORT and (_as_int(next(v for v in m.groups() if v)) or 0) < most_counted:
                m = None  # ("Five patients with CLL received ibrutinib" after "Seventeen of twenty patients": some of them)
            most_counted = max([most_counted] + [c.n for c in counts(text)])
            if m:
                raw = next(v for v in m.groups() if v)
                p.enrolled = _as_int(raw)
                p.quotes["enrolled"] = s.text
                break
    if p.enrolled is None and enrolled_from_analysis is not None:
        p.enrolled, p.quotes["enrolled"] = enrolled_from_analysis
    if p.enrolled is None:
        for s in own:
            if not DIGIT.search(s.text):
                continue  # (each total, English or Chinese, is written in digits)
            m = TOTAL_EN.search(s.text)
            if m is not None and m["part"] and re.compile(r"\d").search(s.text, 0, m.start()) \
                    and not STUDIES_INCLUDING.search(s.text, 0, m.start()):
                m = None  # ("Of 5,000 participants, including 1,200 patients with diabetes": a part)
            if m is None and s.text.isascii():
                m = STUDIES_THEN_PEOPLE.search(s.text)  # ("We included 12 trials (1763 participants)")
            if m is None and not s.text.isascii() and (zh := TOTAL_ZH.search(s.text)):
                # (Chinese: the words of its own clause, before and after, say what the count is.)
                a = max([0] + [x.end() for x in re.finditer(r"[，,。；;：:]", s.text[:zh.start()])])
                # (the match may end on the comma that closes its clause: "包含3 916例患者,其中…")
                end = zh.end() - 1 if s.text[zh.end() - 1:zh.end()] in ("，", ",") else zh.end()
                b = min([len(s.text)] + [end + x.start() for x in re.finditer(r"[，,。；;]", s.text[end:])])
                m = None if ZH_NOT_COHORT.search(s.text, a, b) else zh
            if m and not OUTCOME_VERB.search(s.text, m.end()):
                p.enrolled = _as_int(next(v for k, v in m.groupdict().items() if v and k != "part"))
                p.quotes["enrolled"] = s.text
                break
    if p.enrolled is None:
        for s in own:
            if not DIGIT.search(s.text):
                continue
            m = (None if ascii_without(s.text, COHORT_VERB_WORDS) else COHORT_VERB.search(s.text)) \
                or (("=" in s.text or ":" in s.text) and STUDY_N.search(s.text) or None)
            if m is not None and ANALYSIS_SET.search(s.text, 0, m.start()):
                m = None  # ("The micro-MITT population included 512 patients": those analysed, not enrolled)
            if m is not None and (ARM_SUBJECT.search(s.text, 0, m.start()) or len(N_EQUALS.findall(s.text)) >= 2):
                m = None  # ("The placebo group included 60 patients", "(n = 1,200) and … (n = 400)": parts of it)
            if m and not OUTCOME_VERB.search(s.text, m.end()) and not ANOTHER_PART.match(s.text, m.end()):
                p.enrolled = _as_int(next(v for v in m.groups() if v))
                p.quotes["enrolled"] = s.text
                break
    if p.enrolled is None:
        for s in own:
            m = None if "万" not in s.text and "萬" not in s.text else ZH_TEN_THOUSANDS.search(s.text)
            if m and not ZH_NOT_COHORT.search(s.text, m.start(), m.end()):
                # "追蹤超過17萬名英國成年人", "对大约8万名中年人展开调查": a cohort counted in ten thousands
                p.enrolled = round(float(m["n"]) * 10000)
                p.quotes["enrolled"] = s.text
                break
    return p


def _whole_cohort(text: str, m) -> bool:
    """Whether a count that opens its sentence ("125 participants received drug K") is everyone:
    not where another count of people follows that is no share of it ("… and 126 received
    placebo": two arms), nor where what they underwent has a reason ("because of nausea")."""
    return not OTHER_ARM_COUNT.search(text, m.end()) and not SUBSET_TREATMENT.match(text, m.end())


# A result already stated: a p-value ("Obesity affects 40% of adults" is background, no result).
RESULT_MARK = re.compile(r"\b[Pp]\s*[<=>≤]")
# Another count given a treatment of its own, no share of the first: "… and 126 received placebo"
# (two arms); not "236 (92.5%) received …" (a part, with its share), not "and 20 had a fever".
OTHER_ARM_COUNT = re.compile(r"(?<![\d.,])\d{2,6}(?![\d.,%])(?!\s*[(（]\s*\d+(?:\.\d+)?\s*%)\s+(?:(?:[a-z-]+\s+){0,2}"
                             r"(?:patients|participants|subjects|adults|children|women|men|infants|people)\s+)?"
                             r"(?:received|underwent|got|were\s+(?:given|assigned|allocated|treated))\b")
# Each arm's people and what they received, two or more in one sentence: "14 patients were
# treated with traditional acupuncture, 13 patients received laser acupuncture and 13 …" (the
# total is not written; the first arm's count is no enrolment).
ARM_SIZES = re.compile(r"(?<![\d.,])\d{1,6}\s+(?:patients|participants|subjects|adults|children|women|men)\s+"
                       r"(?:received|underwent|got|were\s+(?:treated|given))\b", re.I)
# What only some of a cohort undergo: "12 patients underwent dose reduction", "received rescue medication".
SUBSET_TREATMENT = re.compile(r"\s+(?:an?\s+|the\s+)?(?:dose\s+(?:reductions?|interruptions?)|rescue|re-?operation|additional|"
                              r"discontinu\w*|withdr\w*)", re.I)


# A cohort counted in ten thousands, after what was done with it: "纳入5.4万名", "追蹤超過17萬名", "对大约8万名…展开调查":
# the count as the article states it, "more than 170,000" read as 170,000 (not "4万多名", "40,000-odd",
# whose count is not written at all).
ZH_TEN_THOUSANDS = re.compile(r"(?:纳入|納入|追踪|追蹤|跟踪|跟蹤|调查|調查|收集了?|分析了?|研究了?|涉及|共有|对|對)\s*(?:了)?\s*"
                              r"(?:[^，,。；;]{0,20}?(?:约|約|大约|大約|超过|超過|逾|近|共))?\s*"
                              r"(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*[万萬](?![多余餘])\s*(?:名|人|位|例)")


def _as_int(raw: str) -> int | None:
    """'1,024', '14 862', 'Eighteen', 'Three hundred and thirty-three', '二十四' -> the integer."""
    digits = raw.replace(",", "").replace(" ", "")
    if digits.isdigit():
        return int(digits)
    return english_number(raw.strip()) if raw[0].isascii() else chinese_to_int(digits)


def _split_cohort(text: str) -> bool:
    from .numbers import english_number

    for m in SPLIT_COHORT.finditer(text):
        if all(x.isdigit() or english_number(x) is not None for x in (m["a"], m["b"])):
            return True
    return False


def _near(stat_list, at: int, max_distance: int = 30):
    close = [x for x in stat_list if min(abs(x.start - at), abs(x.end - at)) <= max_distance]
    return min(close, key=lambda x: min(abs(x.start - at), abs(x.end - at)), default=None)


def _age_and_sex(p: Participants, text: str, digits: bool = True) -> None:
    """The cohort's age and sex from one sentence. (``digits``: whether ``text`` holds one;
    an age is read as a number, so without one the age words are not looked for.)"""
    found = None
    if p.age_mean is None and digits and not ascii_without(text, AGE_WORDS) and (m := AGE.search(text)):
        found = [x for x in stats(text[m.end():whole_number_end(text, m.end() + 40)]) if 0 < x.value < 120]
        if found:
            p.age_mean = found[0].value
            if found[0].dispersion == "sd":
                p.age_sd = found[0].dispersion_value
            elif sd := AGE_SD_AFTER.match(text, m.end() + found[0].end):
                p.age_sd = float(sd["sd"])  # "67.3歲（標準差6.9）", "66 years (SD 7)"
            p.quotes["age"] = text
    if p.age_median is None and digits and (m := MEDIAN_AGE.search(text)):
        found = [x for x in stats(text[m.end():whole_number_end(text, m.end() + 40)]) if 0 < x.value < 120]
        if found:
            p.age_median = found[0].value
            p.quotes["age_median"] = text
    for field, pattern in (("male", MALE), ("female", FEMALE)):
        if getattr(p, field) is not None or not holds_any(text, SEX_WORDS[field]):
            continue  # (a sentence without one of its pattern's words is not searched)
        for m in pattern.finditer(text):
            hit = _sex_count(text, m)
            if hit:
                setattr(p, field, hit.value)
                if field == "male":
                    p.male_pct = hit.count_pct
                p.quotes[field] = text
                break


SEX_COUNT_GAP = re.compile(r"\s*[:：]?\s*[(（\[]?\s*(?:[,，]?\s*n\s*=\s*)?(?:为|有|共|计)?\s*", re.I)
OF_TOTAL = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:of|out of)\s+$")
WORD_BEFORE = re.compile(r"(?<![\w-])(?P<w>" + EN_WORD_NUMBER + r")\s+(?:[(（](?P<pct>\d+(?:\.\d+)?)\s*%[)）]\s+)?(?:(?:were|was)\s+)?$", re.I)


def _sex_count(text: str, m):
    """The count that goes with 男性/men: right after the word ("男性25名(36.8%)", "male,
    n = 89", "男性十五名"), else a count with its % right before it ("52 participants
    (57.8%) were men"; "91 of 126 participants (72.2%) were men" gives 91), else a number
    word before it ("Fifteen were women and three were men")."""
    found = [x for x in stats(text) if isinstance(x.value, int) and not x.percent]
    # "10 women and 7 men": the number right before the word is its count; the one after
    # "and" belongs to the next word.
    right_before = [x for x in found if x.start < m.start() and re.compile(r"\d{1,3}(?:,\d{3})*|\d+").fullmatch(text[x.start:m.start()].strip())]
    if right_before:
        return _widened(text, right_before[-1])
    # "男性(n=89,84.0%)" is the cohort's count; "the rest of the women (n = 26)" a subgroup's.
    after = [x for x in found if 0 <= x.start - m.end() <= 8 and SEX_COUNT_GAP.fullmatch(text[m.end():x.start])
             and (x.count_pct is not None or not re.compile(r"[(（\[]").search(text[m.end():x.start]))]
    if after:
        return after[0]
    written = [c for c in counts(text[m.end():whole_number_end(text, m.end() + 12)]) if SEX_COUNT_GAP.fullmatch(text[m.end():m.end() + c.start])
               and not re.compile(r"[(（\[]").search(text[m.end():m.end() + c.start])]
    if written:
        return Stat(written[0].n, m.end() + written[0].start, m.end() + written[0].end)
    before = [x for x in found if x.count_pct is not None and 0 <= m.start() - x.end <= 20
              and not re.compile(r"[，,；;。]").search(text[x.end:m.start()])]
    if before:
        x = before[-1]
        if of := OF_TOTAL.search(text, max(0, x.start - 16), x.start):
            return Stat(int(of["n"].replace(",", "")), of.start(), x.end, count_pct=x.count_pct)
        return _widened(text, x)
    if w := WORD_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        if (n := english_number(w["w"])) is not None:
            return Stat(n, w.start(), m.start(), count_pct=float(w["pct"]) if w["pct"] else None)
    return None


def _widened(text: str, x):
    """"7 311 [49.2%] men": the count is 7311, not its last group."""
    wide = widen_thousands(text, x.start, x.start + len(str(x.value)))
    return Stat(wide[0], wide[1], x.end, count_pct=x.count_pct) if wide else x
