"""When: the enrolment period and the longest follow-up."""

from __future__ import annotations

import re

from .context import Context
from .numbers import times
from .record import Enrollment, Time

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
ZH_PERIOD = re.compile(
    r"(?P<y1>(?:19|20)\d\d)\s*年\s*(?:(?P<m1>\d{1,2})\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:至|到|—|–|-|~)\s*"
    r"(?P<y2>(?:19|20)\d\d)\s*年\s*(?:(?P<m2>\d{1,2})\s*月)?")
EN_MONTH = r"(?:(?P<{n}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+)?"
EN_PERIOD = re.compile(
    r"(?=[fb])(?:between|from)\s+" + EN_MONTH.format(n="m1") + r"(?P<y1>(?:19|20)\d\d)\s+(?:and|to|through|until)\s+"
    + EN_MONTH.format(n="m2") + r"(?P<y2>(?:19|20)\d\d)", re.I)
FOLLOW_UP = re.compile(r"(?=[fo观追随])(?:随访|追踪|追蹤|follow(?:ed)?[- ]?up|followed\s+(?:for|over|through)|观察期|observation period)", re.I)
# Follow-up still to come ("将继续随访至五年", "will be followed for five years") is not this report's.
FUTURE = re.compile(r"(?:将|會|会|计划|計劃|继续|繼續|拟)\s*$|\b(?:will|to)\s+(?:continue\s+to\s+)?(?:be\s+)?$|"
            r"\b(?:will\s+(?:continue|be)|planned|continue\s+to\s+be)\b[^.]{0,20}$", re.I)
MEDIAN = re.compile(r"median|中位|平均|mean", re.I)
# What may stand between "followed for" and its time: "a median of", "an average of", "up to".
RIGHT_AFTER = re.compile(r"\s*(?:a\s+|an\s+)?(?:(?:median|mean|average|total)\s+(?:of\s+)?)?(?:up\s+to\s+|about\s+|approximately\s+)?", re.I)


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
    """
    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        for pattern in (ZH_PERIOD, EN_PERIOD):
            m = pattern.search(s.text)
            if m:
                return Enrollment(_ym(m["y1"], m["m1"]), _ym(m["y2"], m["m2"]))
    return Enrollment()


def follow_up(ctx: Context) -> Time | None:
    """The longest follow-up named beside a follow-up word, in sentences about this study."""
    best, stated = None, None
    for s in ctx.sentences:
        if ctx.is_other_work(s) or not FOLLOW_UP.search(s.text):
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
