"""When: the enrolment period and the longest follow-up."""

from __future__ import annotations

import re

from .context import Context
from .numbers import times
from .prefilter import ascii_without
from .record import Enrollment, Time

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
ZH_PERIOD = re.compile(
    r"(?P<y1>(?:19|20)\d\d)\s*年?\s*(?:(?P<m1>\d{1,2})\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:至|到|—|–|-|~)\s*"
    r"(?P<y2>(?:19|20)\d\d)(?!\d)\s*年?\s*(?:(?P<m2>\d{1,2})\s*月)?")
# Two numbers between 1900 and 2099 are no years when a unit or a count follows them, or
# they are pages or prices: "1900-2000 kcal", "2000-2010 patients", "Lancet 2019;393:2012-2021".
NOT_YEARS_AFTER = re.compile(r"\s*(?:(?:kcal|cal|calories|mg|g|kg|mL|ml|L|IU|μg|mcg|mmol|steps|units?|patients|participants|"
                             r"people|persons|cases|adults|children|women|men|dollars|USD|euros?)\b|[%元例名人克步]|毫|千卡|美元)", re.I)
NOT_YEARS_BEFORE = re.compile(r"(?:\bpp?\.|\d[:;]|[$€£¥])\s*$")
# Only when it began: "2017年起招募", "自2023年推出", "从2019年3月开始".
ZH_SINCE = re.compile(r"(?P<y1>(?:19|20)\d\d)\s*年\s*(?:(?P<m1>\d{1,2})\s*月)?\s*(?:起|开始|開始|以来|以來)\s*"
                      # (people taken in, not a statistic since then: "自1986年起位居十大死因")
                      r"(?=[^，,。；;]{0,6}(?:招募|招收|纳入|納入|入组|入組|收集|收治|随访|隨訪|追踪|追蹤|登记|登記|筛选|篩選))")
EN_MONTH = (r"(?:(?P<{n}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
            r"Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?")  # ("January 1st, 2015")
EN_PERIOD = re.compile(
    r"(?=[fb])(?:between|from)\s+" + EN_MONTH.format(n="m1") + r"(?P<y1>(?:19|20)\d\d)\s+(?:and|to|through|until)\s+"
    + EN_MONTH.format(n="m2") + r"(?P<y2>(?:19|20)\d\d)", re.I)
FOLLOW_UP = re.compile(r"(?=[fo观追随])(?:随访|追踪|追蹤|follow(?:ed)?[- ]?up|followed\s+(?:for|over|through)|观察期|observation period)", re.I)
# Follow-up still to come ("将继续随访至五年", "will be followed for five years") is not this report's.
FUTURE = re.compile(r"(?:将|會|会|计划|計劃|继续|繼續|拟)\s*$|\b(?:will|to)\s+(?:continue\s+to\s+)?(?:be\s+)?$|"
            r"\b(?:will\s+(?:continue|be)|planned|continue\s+to\s+be)\b[^.]{0,20}$", re.I)
MEDIAN = re.compile(r"median|中位|平均|mean", re.I)
# What may stand between "followed for" and its time: "a median of", "an average of", "up to".
# (or "follow-up lasted until Week 20", "continued through month 12")
RIGHT_AFTER = re.compile(r"\s*(?:(?:lasted|continued|ran|went\s+on)\s+(?:until|through|to)\s+)?(?:a\s+|an\s+)?"
                         r"(?:(?:median|mean|average|total)\s+(?:of\s+)?)?(?:up\s+to\s+|about\s+|approximately\s+)?", re.I)


def _ym(year: str, month) -> str:
    if not month:
        return year
    m = int(month) if month.isdigit() else MONTHS[month[:3].lower()]
    return f"{year}-{m:02d}"


def enrollment(ctx: Context) -> Enrollment:
    """The first period the article states for this study.

    >>> from ..read.document import Document
    >>> enrollment(Context(Document("评估了2013年8月至2022年9月期间的患者。"))).to_json()
    {'start': '2013-08', 'end': '2022-09'}
    >>> enrollment(Context(Document("Patients treated between August 2013 and September 2022."))).to_json()
    {'start': '2013-08', 'end': '2022-09'}
    >>> enrollment(Context(Document("Patients admitted from January 1st, 2015 to March 31st, 2018 were registered."))).to_json()
    {'start': '2015-01', 'end': '2018-03'}
    >>> enrollment(Context(Document("中大于2017至2020年招募474名儿童。"))).to_json(), enrollment(Context(Document("计划自2023年起招募。"))).to_json()
    ({'start': '2017', 'end': '2020'}, {'start': '2023', 'end': None})
    >>> enrollment(Context(Document("Patients ate 1900-2000 kcal a day."))).to_json()
    {'start': None, 'end': None}
    """
    own = [s for s in ctx.sentences if not ctx.is_other_work(s)]
    for s in own:
        for pattern in (ZH_PERIOD, EN_PERIOD):
            if pattern is EN_PERIOD and ascii_without(s.text, ("between", "from")):
                continue  # (every match of EN_PERIOD opens on one of these)
            for m in pattern.finditer(s.text):
                if int(m["y1"]) <= int(m["y2"]) and (pattern is EN_PERIOD or not NOT_YEARS_AFTER.match(s.text, m.end())
                                                     and not NOT_YEARS_BEFORE.search(s.text, 0, m.start())):
                    return Enrollment(_ym(m["y1"], m["m1"]), _ym(m["y2"], m["m2"]))
    for s in own:
        m = ZH_SINCE.search(s.text) if "年" in s.text else None
        if m:
            return Enrollment(_ym(m["y1"], m["m1"]), None)
    return Enrollment()


def follow_up(ctx: Context) -> Time | None:
    """The longest follow-up named beside a follow-up word, in sentences about this study."""
    best, stated = None, None
    for s in ctx.sentences:
        if ctx.is_other_work(s) or ascii_without(s.text, ("follow", "observation period")) \
                or not FOLLOW_UP.search(s.text):
            continue
        for m in FOLLOW_UP.finditer(s.text):
            if FUTURE.search(s.text[max(0, m.start() - 24):m.start()]):
                continue
            for t in times(s.text):
                # (near the word, or right after it: "followed for a median of 34 years")
                between = s.text[m.end():t.start] if t.start >= m.end() else ""
                told = between and RIGHT_AFTER.fullmatch(between)
                if t.time.value and (abs(t.start - m.start()) <= 20 or told):
                    said = s.text[max(0, m.start() - 12):m.start()] + (" " + between if told else "")
                    if MEDIAN.search(said) and stated is None:
                        # "median follow-up of 3.4 years", "中位追踪时间52.3个月": the cohort's own figure
                        stated = t.time
                    if best is None or t.time.days > best.days:
                        best = t.time
    return stated or best


# How long the study ran, said without a follow-up word: "为期44周", "持续48周后", "治疗8周",
# "at week 72", "over 18 months", "a 12-week trial", "第52周". (Not how long people had been
# ill, how old they were, or how long the study was meant to run: "病程6个月", "symptoms for 6
# months", "aged 40 years", "原定延长至第三年".)
RAN_FOR = re.compile(r"(?:为期|為期|持续|持續|治疗|治療|疗程|療程|历时|歷時|用药|用藥|服药|服藥|干预|干預|\bat|\bafter|\bover|\bthrough|"
                     r"\bduring|\blasting|\bby|\bfor)\s*(?:the\s+)?(?:first\s+)?$", re.I)
TRIAL_AFTER = re.compile(r"\s*(?:trial|study|treatment|intervention|period|programme|program|course)\b", re.I)
NOT_THE_STUDYS = re.compile(r"病程|病史|患病|发病|發病|症状|症狀|aged?\b|\bhistory\b|\bsymptoms?\b|\bduration\s+of\s+(?:disease|illness|diabetes)|"
                            r"\bhad\s+(?:had\s+)?\w+\s+for\b|\bwithin\b|\bprior\b|\bbefore\b|\bprevious|\bevery\b|\beach\b|\bper\b|"
                            r"\b(?:planned|scheduled|intended)\b|原定|预定|預定|计划|計劃|每|前|"
                            # (people's ages: "adults over 65 years", "those at 6 months")
                            r"\b(?:adults|people|persons|patients|participants|individuals|women|men|children|infants|those|"
                            r"volunteers|veterans|residents|anyone)\s+(?:over|above|under|at|after)\s*$", re.I)
# After a time: an age ("at 6 months of age", "over 65 years old").
AGE_AFTER = re.compile(r"\s*(?:of\s+age\b|old\b|of\s+life\b|and\s+(?:older|over|above)\b|or\s+(?:older|more)\b|岁|歲)", re.I)
# A change by a time is a value, not how long the study ran: "shortened the stay by 3 days".
CHANGED_BY = re.compile(r"\b(?:shorten|reduc|lower|extend|prolong|increas|decreas|cut|delay|improv|rais|lengthen|length|"
                        r"gain|los[te]|differ)\w*\b[^.;]{0,40}?\bby\s*$", re.I)


# After a time, what makes it no point of the list: "5 years after the trial", "40 years of data".
NOT_A_LISTED_POINT = re.compile(r"\s+(?:(?:after|before)\s+the\s+(?:trial|study|end)|of|ago|later|earlier|from|since)\b", re.I)
# Between two times listed together: "5, 10 and 15 weeks", "4、8、12周", "3.5 months + 10 days".
TIMES_LISTED = re.compile(r"\s*(?:,|,?\s*(?:and|or)|\+|、|，|和|及|与|與)\s*(?:第\s*)?", re.I)


def study_duration(ctx: Context) -> Time | None:
    """The longest time the article says its study ran or measured at, when no sentence names
    a follow-up: "为期44周", "at week 72", "a 12-week trial".

    >>> from ..read.document import Document
    >>> study_duration(Context(Document("受试者随机分组，为期44周。在第44周，体重下降12.1%。")))
    Time(value=44, unit='week')
    >>> study_duration(Context(Document("Weight fell more at week 72 with the drug. Patients aged 40 years had had symptoms for 6 months.")))
    Time(value=72, unit='week')
    >>> study_duration(Context(Document("In adults over 65 years, a fall was 12% less likely. Infants ate peanut at 6 months of age.")))
    >>> study_duration(Context(Document("Drug K shortened the stay by 3 days. The trial will continue for 2 years.")))
    >>> study_duration(Context(Document("Scores were obtained at baseline and at 5, 10 and 15 weeks.")))
    Time(value=15, unit='week')
    """
    best = None
    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        previous, previous_cued = None, False
        for t in times(s.text):
            before = s.text[max(0, t.start - 14):t.start]
            mention = s.text[t.start:t.end]
            cued = RAN_FOR.search(before) or mention.startswith(("第", "week", "Week", "month", "Month", "day", "Day")) \
                or ("-" in mention and TRIAL_AFTER.match(s.text, t.end)) \
                or (previous_cued and TIMES_LISTED.fullmatch(s.text, previous.end, t.start)
                    and not NOT_A_LISTED_POINT.match(s.text, t.end))  # ("at 5, 10 and 15 weeks": each)
            previous, previous_cued = t, bool(cued)
            if best is not None and t.time.days <= best.days:
                continue  # (no longer than the longest so far: its other tests need not be asked)
            if not t.time.value or not cued or NOT_THE_STUDYS.search(s.text[max(0, t.start - 24):t.start]) \
                    or AGE_AFTER.match(s.text, t.end) or CHANGED_BY.search(s.text[max(0, t.start - 60):t.start]) \
                    or FUTURE.search(s.text[max(0, t.start - 40):t.start]):
                continue
            if best is None or t.time.days > best.days:
                best = t.time
    return best
