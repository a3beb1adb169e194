"""Who took part: screened, excluded, enrolled, analysed; age; sex.

Each count is read from the sub-clause that holds its keyword (筛选 / screened, 排除 /
excluded, 纳入 / enrolled, 分析 / analysed), taking the count nearest the keyword, so
"共筛选出189名患者，其中83名患者不符合研究标准" and "Of 189 patients screened, 83 were
excluded" both give 189 screened and 83 excluded.
"""

from __future__ import annotations

from ..regex import re

from .context import Context
from .numbers import Count, counts, stats
from .record import Participants
from ..regex import rx

# "90 were randomized", "Of 164 adults screened": a count whose noun is left out.
BARE_COUNT = rx(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{1,6})\s+(?=underwent\s+randomi[sz]ation|completed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:study|trial|follow-up|treatment)|(?:were|was|had been|have been)\s+(?:randomi[sz]ed|enrolled|included|(?:randomly\s+)?(?:assigned|allocated)|"
                        r"recruited|screened|excluded|analy[sz]ed|assessed)|(?:[a-z]+\s+)?screened\b)", re.I)
SUBCLAUSE = rx(r"[，；;。:：]|,(?!(?<=\d,)\d{3}(?!\d))|其中|\band\b|\bof whom\b")  # not the comma in 6,524
KEYWORDS = {
    "screened": rx(r"筛选|筛查|screened|assessed for eligibility|evaluated for eligibility", re.I),
    "excluded": rx(r"排除|不符合|未纳入|不合格|excluded|did not meet|were ineligible|not eligible", re.I),
    "enrolled": rx(r"纳入|招募|入组|入选|(?<![评得积总])分(?:为|成)|分配|enrolled|recruited|randomi[sz]ed|underwent randomi[sz]ation|patients were treated|were included|included in (?:the|this)|participated|took part|"
                   r"(?:were|was)\s+(?:\w+\s+)?(?:divided|assigned|allocated)", re.I),
    "analyzed": rx(r"纳入(?:疗效|最终|统计)?分析|完成(?:了)?(?:全部|所有)?[^，,。；;]{0,8}?(?:随访|研究|治疗)|analy[sz]ed|"
                           r"completed (?:the )?(?:[\w-]+\s+){0,2}(?:study|trial|follow-up)|included in the (?:primary |final |main )?analys[ie]s|(?:left|leaving|remained|remaining)\b[^;]{0,40}\bfor (?:the )?analys[ie]s", re.I),
}
# "Of 24,930 new users, 6,524 were excluded": the first count is those screened.
OF_EXCLUDED = rx(r"\b[Oo]f\s+(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+[^,;.\d]{1,40},\s*(?:\d{1,3}(?:,\d{3})+|\d+)\s+(?:were|was)\s+excluded")
# The cohort described by what it received, when no sentence says "enrolled":
# "106 patients with knee osteoarthritis received ...", "106例膝骨关节炎患者接受了...".
COHORT = rx(r"(?<![\d.,])(?P<n>\d{2,6})\s+(?:patients|participants|subjects|adults|children|women|men)\s+"
            r"(?:with|who had|suffering from)\s+[^,;.\d]{3,80}?\s+(?:received|underwent|were treated|were studied|were followed)\b"
            r"|(?<![\d.])(?P<zh>\d{2,6})\s*(?:例|名)[^，,。；;\d]{0,20}?患者(?:均)?(?:接受|行|经)", re.I)
# "Thirty pregnant and 10 nonpregnant women were included": two counts of one cohort; the
# total is not written, and either count alone would be a wrong number.
SPLIT_COHORT = rx(r"(?P<a>\b\d+|\b[A-Za-z]+(?:-[a-z]+)?)\s+[a-z-]+\s+(?:and|or)\s+(?P<b>\d+|[A-Za-z]+(?:-[a-z]+)?)\s+[a-z-]+\s+"
                  r"(?:women|men|patients|participants|subjects|children|adults|infants|volunteers)\b")
INCLUSION_CRITERIA = rx(r"纳入标准|入选标准|inclusion criteria", re.I)
AGE = rx(r"平均年龄|年龄平均|平均年纪|(?:mean|average)\s*(?:\(\s*SD\s*\)|±\s*SD)?\s*age", re.I)
MEDIAN_AGE = rx(r"中位年龄|年龄中位数|median age", re.I)
MALE = rx(r"男性|男(?!女)|\bmales?\b|\bmen\b|\bboys\b", re.I)
FEMALE = rx(r"女性|女(?!性化)|\bfemales?\b|\bwomen\b|\bgirls\b", re.I)


def _subclauses(text: str, base: int):
    pos = 0
    for m in SUBCLAUSE.finditer(text):
        yield base + pos, text[pos:m.start()]
        pos = m.end()
    yield base + pos, text[pos:]


def extract(ctx: Context) -> Participants:
    p = Participants()
    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        for start, clause in _subclauses(s.text, s.start):
            found = counts(clause) + [Count(int(m.group(1).replace(",", "")), m.start(1), m.end(1)) for m in BARE_COUNT.finditer(clause)]
            if not found:
                continue
            for field, pattern in KEYWORDS.items():
                if getattr(p, field) is not None:
                    continue
                m = pattern.search(clause)
                if not m:
                    continue
                if field == "enrolled" and (KEYWORDS["analyzed"].search(clause) or KEYWORDS["excluded"].search(clause)
                                            or INCLUSION_CRITERIA.search(clause) or _split_cohort(s.text)):
                    continue
                nearest = min(found, key=lambda c: min(abs(c.start - m.start()), abs(c.end - m.end())))
                setattr(p, field, nearest.n)
                p.quotes[field] = s.text
        _age_and_sex(p, s.text)
    if p.screened is None:
        for s in ctx.sentences:
            m = None if ctx.is_other_work(s) else OF_EXCLUDED.search(s.text)
            if m:
                p.screened = int(m["n"].replace(",", ""))
                p.quotes["screened"] = s.text
                break
    if p.enrolled is None:
        for s in ctx.sentences:
            m = None if ctx.is_other_work(s) else COHORT.search(s.text)
            if m:
                p.enrolled = int(m["n"] or m["zh"])
                p.quotes["enrolled"] = s.text
                break
    return p


def _split_cohort(text: str) -> bool:
    from .numbers import english_number

    for m in SPLIT_COHORT.finditer(text):
        if all(x.isdigit() or english_number(x) is not None for x in (m["a"], m["b"])):
            return True
    return False


def _near(stat_list, at: int, max_distance: int = 30):
    close = [x for x in stat_list if min(abs(x.start - at), abs(x.end - at)) <= max_distance]
    return min(close, key=lambda x: min(abs(x.start - at), abs(x.end - at)), default=None)


def _age_and_sex(p: Participants, text: str) -> None:
    found = None
    if p.age_mean is None and (m := AGE.search(text)):
        found = [x for x in stats(text[m.end():m.end() + 40]) if 0 < x.value < 120]
        if found:
            p.age_mean = found[0].value
            if found[0].dispersion == "sd":
                p.age_sd = found[0].dispersion_value
            p.quotes["age"] = text
    if p.age_median is None and (m := MEDIAN_AGE.search(text)):
        found = [x for x in stats(text[m.end():m.end() + 40]) if 0 < x.value < 120]
        if found:
            p.age_median = found[0].value
            p.quotes["age_median"] = text
    for field, pattern in (("male", MALE), ("female", FEMALE)):
        if getattr(p, field) is not None:
            continue
        for m in pattern.finditer(text):
            hit = _sex_count(text, m)
            if hit:
                setattr(p, field, hit.value)
                if field == "male":
                    p.male_pct = hit.count_pct
                p.quotes[field] = text
                break


def _sex_count(text: str, m):
    """The count that goes with 男性/men: right after the word ("男性25名(36.8%)", "male,
    n = 89"), else a count with its % right before it ("52 participants (57.8%) were men")."""
    found = [x for x in stats(text) if isinstance(x.value, int) and not x.percent]
    # "10 women and 7 men": the number right before the word is its count; the one after
    # "and" belongs to the next word.
    right_before = [x for x in found if x.start < m.start() and rx(r"\d{1,3}(?:,\d{3})*|\d+").fullmatch(text[x.start:m.start()].strip())]
    if right_before:
        return right_before[-1]
    after = [x for x in found if 0 <= x.start - m.end() <= 8
             and not rx(r"[，,；;。]|\band\b|和|及|与", re.I).search(text[m.end():x.start])]
    if after:
        return after[0]
    before = [x for x in found if x.count_pct is not None and 0 <= m.start() - x.end <= 20
              and not rx(r"[，,；;。]").search(text[x.end:m.start()])]
    return before[-1] if before else None
