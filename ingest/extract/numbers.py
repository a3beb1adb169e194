"""The one place that reads numbers and statistics out of text.

Every function takes a piece of text and returns what it states, with character spans,
so callers can quote exactly. Numbers are returned as written (``62`` stays 62, ``10.0``
stays 10.0); nothing is computed here.

Text is first put in a matching form of the same length (``normalize``): full-width
digits and punctuation become ASCII, the minus sign becomes '-', and a Lancet-style
middle dot between digits becomes a decimal point. Spans therefore index the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..regex import translator
from .numerals import NUMERAL_CHARS, chinese_to_int
from .record import Time

_FULL = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULL.update({0x3000: " ", 0x2212: "-", 0x2013: "–", 0x2014: "–", 0xFE63: "-", 0x2010: "-", 0x2011: "-", 0x2264: "≤",
              0x2265: "≥", 0xFF5E: "~", 0x2009: " ", 0x00A0: " ", 0x202F: " ", 0x3001: "、",
              # (a PDF's symbol font read as other characters: "⫺1.20⫾0.69 D", "P⬍0.001", "Ϫ0.4", "PϽ.05")
              0x2AFA: "-", 0x2AFE: "±", 0x2B0D: "<", 0x03EA: "-", 0x03EE: "±", 0x03FD: "<", 0x03FE: ">"})
_to_ascii = translator(_FULL)  # text.translate(_FULL)

# 7,851 is one number (thousands separated by commas), never 7 and 851.
NUM = r"-?(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_num = re.compile(NUM)
# Any digit (as NUM's \d reads one). Two sentences in three have none, and a pattern that
# needs one need not be searched there: this test skips to the first digit in C.
DIGIT = re.compile(r"\d")


_normalized: dict[str, str] = {}  # each extractor normalises the same sentences again


def normalize(text: str) -> str:
    """Same length, ASCII digits and operators.

    >>> normalize("Ｐ＜０.０５, −1.2, 0·05, 2⋅61, 0∙95, ⫺1.20⫾0.69, P⬍0.001")
    'P<0.05, -1.2, 0.05, 2.61, 0.95, -1.20±0.69, P<0.001'
    >>> normalize("均P〈0.01, P 〉0.05, P值〈0.05, P均〈0.01, 〈中华医学杂志〉")
    '均P<0.01, P >0.05, P值<0.05, P均<0.01, 〈中华医学杂志〉'
    >>> normalize("(−6.6, 95 percent confidence interval, −10.2 to −2.9)")
    '(-6.6, 95%        confidence interval, -10.2 to -2.9)'
    >>> normalize("降低百分之20的比例, 低百分之十五, 百分之百, 百分之八十七点五")
    '降低20%  的比例, 低15%  , 百分之百, 87.5%   '
    """
    out = _normalized.get(text)
    if out is None:
        if len(_normalized) >= 4096:
            _normalized.clear()
        out = _normalized[text] = _normalize(text)
    return out


def _normalize(text: str) -> str:
    out = _to_ascii(text)
    if "·" in out or "⋅" in out or "∙" in out:
        # (The Lancet's decimal point is a raised dot: a middle dot, or in some pages' text the
        # dot operator or the bullet operator, "2⋅61 mL/min".)
        out = DECIMAL_DOT.sub(".", out)
    if "–" in out:
        out = EN_DASH_MINUS.sub("-", out)
    if "*" in out:
        out = EMPHASIS.sub(lambda m: f" {m[1]} ", out)
    if "〈" in out or "〉" in out:
        out = P_ANGLE.sub(lambda m: "<" if m.group() == "〈" else ">", out)
    if "ercent" in out or "er cent" in out:
        # ("95 percent confidence interval": the level of an interval, as "95%" writes it)
        out = LEVEL_IN_WORDS.sub(lambda m: m[1] + "%" + " " * (len(m.group()) - len(m[1]) - 1), out)
    if "百分之" in out:
        # ("降低百分之20", "低百分之十五": a share said before its number, as "20%" writes it)
        out = ZH_PERCENT_BEFORE.sub(_percent_said_before, out)
    if "M" in out or "m." in out:
        # ("from 8.00 AM to 11.00 AM": the clock, no value of anything)
        out = CLOCK_TIME.sub(_digits_masked, out)
    if " " in out and (" %" in out or "%" in out or "例" in out or "<" in out):
        # ("显效率为 5 2 7%", "(5 5例 )", "P <0 0 1": a converted page lost its decimal points; 52.7
        # or 5.27, the text no longer says: no number is read there)
        out = LOST_DECIMAL_POINTS.sub(_digits_masked, out)
    return out


def _digits_masked(m: re.Match) -> str:
    """A match with its digits made "#": no number is read there, and the text keeps its length."""
    return re.sub(r"\d", "#", m.group())


# A time of day: "8.00 AM", "11:30 p.m.", "9 PM".
CLOCK_TIME = re.compile(r"(?<![\d.,])\d{1,2}(?:[.:]\d{2})?\s?(?:(?-i:AM|PM)|[ap]\.m\.)(?![A-Za-z])", re.I)
# Digits split by single spaces where a number stood: "5 2 7%", "96 4%", "5 5例", "P <0 0 1" (never
# thousands, "3 311例", whose groups have three digits).
LOST_DECIMAL_POINTS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d){1,3}(?= ?(?:%|例))|(?<=[<>=≤≥])\s?0(?: \d){1,3}(?![\d.])")


# A share said before its number: "百分之20", "百分之 37.5", "百分之十五" (not "百分之百", all).
ZH_PERCENT_BEFORE = re.compile(r"百分之\s*(?:(?P<d>\d+(?:\.\d+)?)|(?P<z>[一二两三四五六七八九十]+)(?:点(?P<zd>[零一二三四五六七八九]+))?(?![百千万点]))")
ZH_DECIMAL_DIGITS = dict(zip("零一二三四五六七八九", "0123456789"))


def _percent_said_before(m: re.Match) -> str:
    """"百分之20" as "20%", padded to its length with spaces ("20%  "); "百分之八十七点五" as "87.5%"."""
    value = m["d"] or (str(n) if (n := chinese_to_int(m["z"])) is not None and n <= 100 else None)
    if value is not None and m["zd"]:
        value += "." + "".join(ZH_DECIMAL_DIGITS[c] for c in m["zd"])
    if value is None or len(value) + 1 > len(m.group()):
        return m.group()
    return value + "%" + " " * (len(m.group()) - len(value) - 1)


DECIMAL_DOT = re.compile(r"(?<=\d)[·⋅∙](?=\d)")
# An en dash used as a minus sign ("difference –1.06 [95% CI –1.77 to –0.5]"): before a digit,
# after a space or an opening bracket, never between two numbers ("weeks 13–16", "aged 18 –65").
EN_DASH_MINUS = re.compile(r"(?<![\d%]\s)(?<=[\s(\[:=,;])–(?=\d)")
# An interval's level in words: "95 percent confidence interval", "95 per cent CI".
LEVEL_IN_WORDS = re.compile(r"(?<![\d.])(9[059])\s?(?:percent|per\s?cent)(?=\s+(?:confidence|CI\b|C\.I\.|credible|CrI\b))", re.I)
# "P〈0.01": Chinese abstracts converted from print set less-than as an angle bracket (U+3008),
# which elsewhere quotes a journal's name; after a P only is it the sign.
P_ANGLE = re.compile(r"(?:(?<=[Pp])|(?<=[Pp]\s)|(?<=[Pp]值)|(?<=[Pp]\s值)|(?<=[Pp]均))[〈〉](?=\s?[\d.])")
# A letter a converted page set in Markdown emphasis ("*p* = 0.003", "*n* = 120"): the letter,
# its asterisks turned to spaces (the text keeps its length).
EMPHASIS = re.compile(r"\*([pPnN])\*")


def _per_text(function):
    """``function(text)``, remembered per text: the extractors ask about the same sentence
    again (a fifth of the calls on a long article). Each call gets its own copy of the
    list; the items are frozen records."""
    seen: dict[str, list] = {}

    def remembered(text: str) -> list:
        found = seen.get(text)
        if found is None:
            if len(seen) >= 2048:
                seen.clear()
            found = seen[text] = function(text)
        return list(found)

    remembered.__name__, remembered.__qualname__ = function.__name__, function.__qualname__
    remembered.__doc__, remembered.__wrapped__ = function.__doc__, function
    return remembered


# "44 706 patients", "21 540 died": thousands separated by a space or thin space (as journals
# print them) read as "44,706" (same length, so every offset and quote stays the source's).
SPACED_THOUSANDS = re.compile(r"(?=[\d])(?<![\d.,])(?<!\d[,;] )(?<!\d )(\d{1,3})[ \u2009\u202f\u00a0](?=\d{3}(?![\d.,])(?! \d))")


def join_thousands(text: str) -> str:
    """A list ("groups 5, 3 311") and a run of groups ("1 234 567") are left as written.

    >>> join_thousands("Of 44 706 patients, 21 540 died; groups 5, 3 311; 1 234 567 people")
    'Of 44,706 patients, 21,540 died; groups 5, 3 311; 1 234 567 people'
    """
    return SPACED_THOUSANDS.sub(lambda m: m.group(1) + ",", text)


# (Module-level: ``number`` is called for every number read, and re.compile's cache lookup
# costs as much as the match.)
INTEGER = re.compile(r"-?\d+")


def number(s: str) -> float | int:
    """A number as written: an integer when it has no decimal point.

    >>> number("62"), number("10.0"), number("-.5"), number("1,024")
    (62, 10.0, -0.5, 1024)
    """
    s = s.replace(",", "").strip()
    if INTEGER.fullmatch(s):
        return int(s)
    return float(s)


def whole_number_end(text: str, end: int) -> int:
    """``end``, moved past the number it would cut: a window that ends inside "0.750" must
    not read "0.7" (found by the property test).

    >>> whole_number_end("age 0.750 years", 7)
    9
    """
    while 0 < end < len(text) and (text[end].isdigit() or (text[end] == "." and text[end - 1].isdigit())):
        end += 1
    return end


# ---------------------------------------------------------------------------- p-values

# A bound before a number, which makes it no estimate and no count: "at least 5%", "more than
# one patient", "up to 20", "≥50%", "超过30%", "不足10例"; "at least a 50% reduction".
BOUND_BEFORE = re.compile(r"(?:\b(?:more|fewer|less|greater)\s+than|\bat\s+(?:least|most)|\bup\s+to|\bover|\babove|≥|>=|>|≤|<=|<|"
                          # ("大于等于30 kg/m2", "不低于5%": a bound written with 等于 or 不, before the
                          # shorter words it opens on, which a search from the left would take first)
                          r"(?:大于|大於|小于|小於|高于|高於|低于|低於)等于|(?:大於|小於|高於|低於)等於|"
                          r"不低于|不低於|不少于|不少於|不超过|不超過|不高于|不高於|"
                          r"超过|超過|多于|多於|少于|少於|不足|至少|逾|低于|低於|小于|小於|高于|高於|大于|大於)(?:\s+an?)?\s*$", re.I)


def decimals_of(written: str) -> int:
    """How many decimals a number is written with.

    >>> decimals_of("6.75"), decimals_of("12")
    (2, 0)
    """
    return len(written.rsplit(".", 1)[1]) if "." in written else 0


def share_of(count, share: str, size: int | None) -> bool:
    """Whether "count (share)" is a count and its percentage of ``size`` people: the share,
    to the precision it is printed, is what the count makes of the size. A table cell
    "50 (7.3)" under "(n = 683)" is 50 people, 7.3%; "11.7 (4.7)" is no count, nor is a mean
    of 21 with SD 4.2 (3.07% of 683). One cell can agree by chance (a mean of 21, SD 3.1):
    a reader asks it of every cell of a row.

    >>> share_of(50, "7.3", 683), share_of(61, "4.5", 1366), share_of(21, "4.2", 683)
    (True, True, False)
    >>> share_of(0, "0.0", 683), share_of(146, "21", 683), share_of(11.7, "4.7", 683), share_of(5, "7", None)
    (True, True, False, False)
    """
    if not size or isinstance(count, float) or count < 0 or count > size:
        return False
    decimals = decimals_of(share)
    try:
        printed = float(share)
    except ValueError:
        return False
    # (rounded half up or half to even, by hand or by software: half a unit of the last digit)
    return abs(100 * count / size - printed) <= 0.5 * 10 ** -decimals + 1e-9


LOST_SIGN = re.compile(r"[pP]0\.")
# Several p-values said once: "P值分别为0.08、0.10", "P values were 0.21 and 0.04, respectively".
P_LIST = re.compile(r"(?<![A-Za-z])[pP](?:\s*值|\s*-?\s*values?)?\s*(?:(?:分别|分別)\s*(?:为|為|是)|were|of)\s*"
                    r"(?P<list>(?:0?\.\d+|[01])(?:\s*(?:[、,，]|和|及|与|與|and|,\s*and)\s*(?:0?\.\d+|[01]))+)"
                    r"(?=\s*(?:[,，]?\s*respectively|[;；。)）]|$))", re.I)
P_VALUE = re.compile(
    # ("P均<0.001", "P值均<0.05": one p-value for every comparison listed)
    r"(?=[pP])(?<![A-Za-z])(?:p|P)(?:\s*(?:值|-?\s*value|for\s+(?:trend|interaction)))?\s*(?:均|都)?\s*"
    r"(?P<rel><=|>=|≤|≥|<\s*or\s*=|>\s*or\s*=|(?:less|lower|smaller)\s+than(?:\s+or\s+equal\s+to)?|(?:greater|more|larger)\s+than"
    # "(P0.05)": a page that lost its "<" (taken for a tag) keeps the number, not the relation
    r"|<|>|=|:|was|of|is|(?<=value)(?=\s+\d)|(?<=[(（,，;；\s][pP])(?=0\.0{1,2}[15]\s*[)）,，;；]))\s*(?P<num>\d*\.\d+|\d+(?:\.\d+)?(?:\s*[x×]\s*10\s*[-−]\s*\d+)?|NS|ns|n\.s\.)")


@dataclass(frozen=True)
class PValue:
    p: float | None
    relation: str
    start: int
    end: int


DECIMAL_GROUP = re.compile(r"[ \u2009\u202f](\d{1,3})(?![\d.])")
# The decimals of "p = 0. 003", a space after the point.
SPACED_DECIMAL = re.compile(r"[.·] (\d{1,4})(?![\d.])")
_P_RELATION = {"≤": "<=", "≥": ">=", ":": "=", "was": "=", "of": "=", "is": "=", "less": "<", "lower": "<",
               "smaller": "<", "greater": ">", "more": ">", "larger": ">"}


@_per_text
def p_values(text: str) -> list[PValue]:
    """Every p-value stated in ``text``.

    >>> [(x.p, x.relation) for x in p_values("(p<0.001); P = .03, P值<0.05, p= 0.009、p=0.029, P ≤ 0.05")]
    [(0.001, '<'), (0.03, '='), (0.05, '<'), (0.009, '='), (0.029, '='), (0.05, '<=')]
    >>> [(x.p, x.relation) for x in p_values("P = NS, p > 0.05")]
    [(None, '>'), (0.05, '>')]
    >>> [(x.p, x.relation) for x in p_values("(P less than 0.05), p < or = .01, P greater than 0.2")]
    [(0.05, '<'), (0.01, '<='), (0.2, '>')]
    >>> [(x.p, x.relation) for x in p_values("P<0.000 01]")]
    [(1e-05, '<')]
    >>> [(x.p, x.relation) for x in p_values("one-sided p-value 0.207; P value 0.04")]
    [(0.207, '='), (0.04, '=')]
    >>> [(x.p, x.relation) for x in p_values("总有效率为77.78%(P0.05);第14天(P0.01)。SP0.5, P0.5x, (P0.1)")]
    [(0.05, None), (0.01, None)]
    >>> [x.p for x in p_values("P值分别为0.08、0.10; P values were 0.21 and 0.04, respectively; P = 0.; p = 0. 003")]
    [0.08, 0.1, 0.21, 0.04, 0.003]
    """
    out = []
    norm = normalize(text)
    listed = [] if "分" not in norm and "espectively" not in norm else list(P_LIST.finditer(norm))
    for m in listed:
        # "P值分别为0.08、0.10", "P values were 0.08 and 0.10, respectively": one p each.
        for x in re.finditer(r"\d*\.\d+|\d+", m["list"]):
            if 0 <= float(x.group()) <= 1:
                out.append(PValue(float(x.group()), "=", m.start("list") + x.start(), m.start("list") + x.end()))
    for m in P_VALUE.finditer(norm):
        if any(a.start() <= m.start() < a.end() for a in listed):
            continue
        first = (m["rel"].split() or ["="])[0].lower()  # "p-value 0.207": no word, an equals
        # (No relation at all, "P0.05": the sign was lost, so the relation is not known.)
        rel = None if not m["rel"] and LOST_SIGN.match(norm, m.start()) else _P_RELATION.get(first, first)
        if " or " in m["rel"] and rel in ("<", ">"):
            rel += "="
        raw = m["num"]
        if raw.lower().startswith("n"):
            out.append(PValue(None, ">", m.start(), m.end()))
            continue
        sci = re.compile(r"(\d*\.\d+|\d+)\s*[x×]\s*10\s*-\s*(\d+)").match(raw)
        value = float(sci[1]) * 10 ** -int(sci[2]) if sci else float(raw)
        end = m.end()
        group = DECIMAL_GROUP.match(norm, end) if not sci and re.compile(r"\.\d{3}$").search(raw) else None
        if group:
            # "P<0.000 01": decimals printed in groups of three are one number, not 0.000.
            value, end = float(raw + group[1]), group.end()
        if value == 0 and norm[end:end + 1] in (".", "·"):
            spaced = SPACED_DECIMAL.match(norm, end)
            if not spaced:
                continue  # "P = 0." where the page was cut: no p of 0
            value, end = float("0." + spaced[1]), spaced.end()  # "p = 0. 003": a space after the point
        if 0 <= value <= 1:
            out.append(PValue(value, rel, m.start(), end))
    return sorted(out, key=lambda x: x.start) if listed else out


# ---------------------------------------------------------------------------- confidence intervals

CI = re.compile(
    r"(?:(?P<level>9[05]|99)\s*%\s*(?:(?<=[(（]95%)\s*[,，]|(?<=[(（]95%\s)[,，])?\s*(?:CIs?|C\.I\.|confidence\s+intervals?|置信区间|可信区间|信赖区间|信賴區間|信赖区间|CrI|credible\s+interval)"
    r"(?:\s?[\[(](?:CI|CrI|C\.I\.)[\])])?"  # "95% confidence interval [CI], 0.95 to 1.04", "… interval (c.i.) 15.1–32.0"
    r"|(?:CI|C\.I\.)\s*(?P<level_after>9[05]|99)\s*%)"  # "0.75 [CI 95% 0.66–0.87]", "1.36 CI 95% [1.24–1.49]"
    # (the high bound's unit may come before the bracket closes: "(95% CI: 5.6-8.0 months)", "(95% CI 9.6-17.8 个月)")
    r"\s*[:=,：]?\s*(?:was|of|is|为|是)?\s*[\[(（]?\s*(?P<low>" + NUM + r")\s*%?\s*(?:to|–|—|-|,|~|至|到)\s*(?P<high>" + NUM + r")\s*%?"
    r"(?:\s*(?:months?|weeks?|days?|years?|hours?|mo|mm\s?Hg|kg|cm|points?|个月|個月|天|周|週|年|小时|小時|分)(?=\s*[\])）]))?\s*[\])）]?",
    re.I)


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    level: int
    start: int
    end: int


@_per_text
def intervals(text: str) -> list[Interval]:
    """95% CIs in any common form.

    >>> [(c.low, c.high) for c in intervals("MD -0.9 (95% CI -1.2 to -0.6); OR 2.1, 95% CI [1.3, 3.4]; 95%CI: 0.5–0.9")]
    [(-1.2, -0.6), (1.3, 3.4), (0.5, 0.9)]
    >>> [(c.low, c.high) for c in intervals("0.99 (95% confidence interval [CI], 0.95 to 1.04)")]
    [(0.95, 1.04)]
    >>> [(c.low, c.high) for c in intervals("difference 23.5%, 95% confidence interval (CI) 15.1–32.0")]
    [(15.1, 32.0)]
    >>> [(c.low, c.high) for c in intervals("(difference 2·2 doses, 95 per cent confidence interval (c.i.) 0·6–3·8 doses)")]
    [(0.6, 3.8)]
    >>> [(c.low, c.high, c.level) for c in intervals("RR 0.75 [CI 95% 0.66–0.87]; RR = 1.36 CI 95% [1.24–1.49]")]
    [(0.66, 0.87, 95), (1.24, 1.49, 95)]
    >>> [(c.low, c.high) for c in intervals("(HR: 0.77, 95% CIs: 0.73–0.81, I2 = 0%)")]
    [(0.73, 0.81)]
    """
    norm = normalize(text)
    return [Interval(number(m["low"]), number(m["high"]), int(m["level"] or m["level_after"]), m.start(), m.end())
            for m in CI.finditer(norm)]


# "HR: 0.75 (0.71–0.79)", "OR 2.1 [1.3, 3.4]": an interval printed without its label, right
# after the estimate it belongs to.
BARE_CI = re.compile(r"\s*[(\[（]\s*(?P<low>" + NUM + r")\s*(?:–|—|-|to|,|~|至)\s*(?P<high>" + NUM + r")\s*[)\]）]", re.I)


def bare_interval(norm: str, at: int, estimate: float) -> list | None:
    """The unlabelled interval right after an estimate that ends at ``at`` in normalised
    text, kept only when the estimate lies inside it (a range of something else does not).

    >>> bare_interval(normalize("HR: 0.75 (0.71–0.79)"), 8, 0.75), bare_interval("OR 2.1 (3 to 9)", 6, 2.1)
    ([0.71, 0.79], None)
    """
    m = BARE_CI.match(norm, at)
    if not m:
        return None
    low, high = number(m["low"]), number(m["high"])
    return [low, high] if low <= estimate <= high else None


# ---------------------------------------------------------------------------- values with dispersion

# 40.7 (±17) | 40.7±17 | 40.7 ± 17.0 | 8.1% (SD 0.9) | 8.1 (0.9) | 64 (range 45–78) | 5 [IQR 3–8] | 32 (39.2%)
STAT = re.compile(
    # (not inside a word or after a decimal point, but after "vs." written without a space: "7.8%vs.19.4%")
    # (and after a table's label its cells were glued to: "Baseline4.48 ± 4.12", "4 w2.55 ± 2.00", not
    # after a unit's "m2" ("kg/m235.1 ± 3.9" is no 235.1); a value glued to the cell before it keeps
    # its sign: "−1.50 ± 1.20−0.30 ± 1.10" is −0.30, never 0.30)
    # (nor after a share's "%": "5%-10%" is a range, its dash no minus; a label's "%" keeps it, "change, %-2.3")
    r"(?=[\d\-.])(?:(?<![A-Za-z0-9_.])(?<!\d%)(?!(?<=\d-)\d{1,4}(?:\.\d+)?\s?±)|(?<=[vV][sS]\.)(?=\d)"
    r"|(?:(?<=[a-z]{2})(?<![/\s]m)(?<!cm)(?<!mm)|(?<=\d\s[wd]))(?=-?\d{1,4}(?:\.\d+)?\s?±)|(?<=\d)(?=-\d{1,4}(?:\.\d+)?\s?±))(?P<value>" + NUM + r")\s*(?P<unit>%|percent\b|per\s?cent\b|分|名|例|位|人|points?|(?:patients|participants|subjects|adults|children|men|women|cases)\b|kg|ml/kg|mmHg|m\b|cm|mg/dL|mmol/L|ms|"
    # a duration with its spread is a value ("12.5 months (IQR 8.0-16.1)"), not a time point
    r"(?:months?|weeks?|days?|years?|hours?|个月|天|周)(?=\s*[(（\[]\s*(?:IQR|interquartile|range|SD|SE|四分位|范围|±))"
    # ... or its SD after a comma ("mean 14.0 d, SD 4.9"), so the unit is no time point either
    r"|(?:d|days?|h|hours?|min|minutes?|weeks?|months?|years?)(?=,\s?(?:SD|SE)\s?\d+(?:\.\d+)?\s*[)\];]))?\s*"
    r"(?:"
    r"(?P<pm>±|\+/-|\+-)\s*(?P<pm_sd>\d+(?:\.\d+)?)"
    # "(mean 14.0 d, SD 4.9)", "mean 54, SD 8": a spread named after a comma
    # (inside a bracket only, its close or a semicolon right after: in prose, "7.8, SD 4.1, in the
    # yoga group" and "at 30 d, SD 12" say too little of which number is whose)
    r"|,\s?(?P<ck>SD|SE)\s?(?P<ck_v>\d+(?:\.\d+)?)(?=\s*[)\];])"
    r"|[,，]\s*(?P<cp>\d+(?:\.\d+)?)\s*%(?=\s*[)）\]])"
    r"|[(（\[]\s*(?:(?P<pm2>±|\+/-)\s*(?P<pm2_sd>\d+(?:\.\d+)?)"
    r"|(?:(?P<kind>SD|s\.d\.|SE|SEM|s\.e\.|IQR|range|interquartile\s+range|四分位距|范围)\s*[:=,]?\s*)?"
    r"(?P<a>" + NUM + r")\s*(?P<a_pct>%|percent\b|per\s?cent\b)?\s*(?:(?P<sep>–|—|-|to|~|至|,)\s*(?P<b>" + NUM + r")\s*%?)?"
    r")\s*(?P<unit2>%|分|points?)?\s*[)）\]]"
    r")?", re.I)


@dataclass(frozen=True)
class Stat:
    """A number as an article states it: a value with its spread, or a count with its %."""

    value: float | int
    start: int
    end: int
    percent: bool = False                 # the value itself is a percentage ("38%")
    dispersion: str | None = None         # sd | se | iqr | range | None
    dispersion_value: float | list | None = None
    count_pct: float | None = None        # "32 (39.2%)": value 32 with its percentage

    @property
    def has_spread(self) -> bool:
        return self.dispersion is not None


_MEDIAN_BEFORE = re.compile(r"median|中位", re.I)


# Capitals glued to a number make a name of it ("6MWT", "6MWD", "5FU"), save a unit's or a
# table's mark ("10IU", "8.5MPa", "3METs", "50CFU", "120BPM", "7.2NS").
GLUED_ABBREVIATION = re.compile(r"(?!(?:IU|MU|MBq|GBq|MPa|kPa|METs?|CFU|HU|BPM|NS|ND|NA|NE|NR)\b)[A-Z]{2,}[A-Za-z]*\b")
TIMES_BEFORE = re.compile(r"[×*]\s*$")


@_per_text
def stats(text: str) -> list[Stat]:
    """Every number in ``text`` with whatever spread is written beside it.

    >>> [(s.value, s.dispersion, s.dispersion_value) for s in stats("40.7 (±17) to 43.3±15.9, 8.1% (SD 0.9)")]
    [(40.7, 'sd', 17), (43.3, 'sd', 15.9), (8.1, 'sd', 0.9)]
    >>> [(s.value, s.count_pct) for s in stats("32名(39.2%)患者, n=89,84.0%")][:1]
    [(32, 39.2)]
    >>> [(s.value, s.dispersion, s.dispersion_value) for s in stats("(mean 14.0 d, SD 4.9) vs (mean 16.5, SD 6.8; P = 0.01)")]
    [(14.0, 'sd', 4.9), (16.5, 'sd', 6.8), (0.01, None, None)]
    >>> [(s.value, s.dispersion, s.dispersion_value) for s in stats("median 64 (range 45–78), 5 [IQR 3-8]")]
    [(64, 'range', [45, 78]), (5, 'iqr', [3, 8])]
    >>> [(s.value, s.dispersion, s.dispersion_value) for s in stats("Median 8.4% [IQR 7.6, 9.5] and 7.9% [7.2, 8.8]")]
    [(8.4, 'iqr', [7.6, 9.5]), (7.9, 'pair', [7.2, 8.8])]
    >>> [(s.value, s.dispersion, s.dispersion_value) for s in stats("BNP 165.9(56.9,545.5)pg/ml; 12 (10, 15)")][:2]
    [(165.9, 'pair', [56.9, 545.5]), (12, None, None)]
    >>> [(s.value, s.dispersion, s.dispersion_value) for s in stats("12.5 months (IQR 8.0-16.1) vs 7 months (95% CI 5-9)")][:2]
    [(12.5, 'iqr', [8.0, 16.1]), (7, 'ci95', [5, 9])]
    >>> [s.value for s in stats("(7.8%vs.19.4%,P<0.05)")]
    [7.8, 19.4, 0.05]
    >>> [(s.value, s.dispersion_value) for s in stats("Change−1.50 ± 1.20−0.30 ± 1.10; 4 w2.55 ± 2.00")]
    [(-1.5, 1.2), (-0.3, 1.1), (4, None), (2.55, 2.0)]
    >>> [s.value for s in stats("BMI, kg/m235.1 ± 3.9")]  # (no 235.1: the unit's 2 is glued to it)
    [3.9]
    >>> [s.value for s in stats("提高6MWT[MD=64.93], 10IU, rate = cured/all × 100%")]  # (6MWT is a name)
    [64.93, 10]
    """
    norm = normalize(text)
    out = []
    if not DIGIT.search(norm):
        return out  # (every value is a NUM)
    for m in STAT.finditer(norm):
        if m["unit"] is None and GLUED_ABBREVIATION.match(norm, m.end("value")):
            continue  # "6MWT", "5FU": the number of a name, no value
        if m["value"] == "100" and TIMES_BEFORE.search(norm, max(0, m.start() - 3), m.start()):
            continue  # "有效率 = (治愈+显效)/总例数 × 100%": a formula's, no value
        value = number(m["value"])
        pct = m["unit"] is not None and (m["unit"] == "%" or m["unit"][:3].lower() == "per")  # ("3.8 percent")
        disp = dval = cpct = None
        if m["cp"] is not None:
            cpct = number(m["cp"])
        elif m["ck"] is not None:
            disp, dval = m["ck"].lower(), number(m["ck_v"])
        elif m["pm"] or m["pm2"]:
            disp, dval = "sd", number(m["pm_sd"] or m["pm2_sd"])
        elif m["a"] is not None:
            kind = (m["kind"] or "").lower()
            a = number(m["a"])
            # A comma pair is a spread only when named ("IQR 7.6, 9.5") or in square brackets
            # after a median ("median 7.9% [7.2, 8.8]"); "(n=89, 84.0%)" is a count and its share.
            comma_spread = m["sep"] == "," and (kind in ("iqr", "interquartile range", "四分位距", "range", "范围") or (
                norm[m.end("value"):m.start("a")].lstrip(" %").startswith("[")
                and _MEDIAN_BEFORE.search(norm[max(0, m.start("value") - 300):m.start("value")])) or (
                # "165.9(56.9,545.5)": two bounds around the value, written without a space
                # (a count and its share, "(n=89, 84.0%)", never holds its value between them)
                m["b"] is not None and not m["a_pct"] and "." in m["a"] + m["b"]
                and norm[m.end("a"):m.start("b")] == "," and a < value < number(m["b"])))
            if m["b"] is not None and (m["sep"] != "," or comma_spread):
                disp = "iqr" if kind in ("iqr", "interquartile range", "四分位距") else "range" if kind in ("range", "范围") else None
                if disp is None:
                    # "median 5 (3-8)": a pair without a word is an IQR after a median,
                    # a range otherwise; the caller knows which stat it is, we mark it.
                    disp = "pair"
                dval = [a, number(m["b"])]
            elif m["a_pct"] and not pct:
                cpct = a
            elif m["b"] is not None and m["sep"] == ",":
                # "n=89, 84.0%" forms are counts with percentages, other pairs are not spreads.
                if m["b"] is not None and norm[m.end("b"):m.end("b") + 2].lstrip().startswith("%"):
                    cpct = number(m["b"])
            else:
                disp = {"se": "se", "sem": "se", "s.e.": "se"}.get(kind, "sd")
                dval = a
        end = m.end() if (disp or cpct is not None) else m.end("unit") if m["unit"] else m.end("value")
        out.append(Stat(value, m.start("value"), end, pct, disp, dval, cpct))
    if "%" in norm:
        out = _shared_percent(norm, out)
    if "95" in norm:
        out = _with_intervals(norm, out)
    return out


# Between two values that share the percent sign written after the second: "36.9 and 24.2%".
SHARED_UNIT_GLUE = re.compile(r"\s*(?:and|or|vs\.?|versus)\s*")


def _shared_percent(norm: str, found: list[Stat]) -> list[Stat]:
    """``found`` with a bare value that the next value's "%" is also written for: "OS rates
    were 36.9 and 24.2%" are two percentages.

    >>> [(s.value, s.percent) for s in stats("rates were 36.9 and 24.2%, in 12 and 24 weeks")]
    [(36.9, True), (24.2, True), (12, False), (24, False)]
    """
    out = list(found)
    for k in range(len(out) - 1):
        x, y = out[k], out[k + 1]
        if y.percent and not x.percent and not x.has_spread and x.count_pct is None and "." in norm[x.start:x.end] \
                and SHARED_UNIT_GLUE.fullmatch(norm, x.end, y.start):
            out[k] = replace(x, percent=True)
    return out


# What opens a value's 95% confidence interval, after its unit: "9.2 months (95% CI: 7.5-9.9)",
# "57.8% (95% confidence interval [CI], 52.1 to 63.2)", "45.2岁(95%CI 43.1~47.3)"; the interval
# itself is read by CI.
VALUE_CI = re.compile(r"\s*(?:(?:%|percent\b|[A-Za-zμµ]{1,8}(?:/[A-Za-z0-9.]{1,6})?|个月|天|周|年|岁|分)\s*)?[(（\[]\s*(?=95\s*%|CI\s*95\s*%)", re.I)


# An interval after its estimate inside one bracket: "(−6.6, 95% CI, −10.2 to −2.9; …)".
BRACKET_OPEN_BEFORE = re.compile(r"[(\[（]\s*$|:\s$")
# The same from the estimate's start, whatever its unit: "(-0.15 mmol/l, 95% CI", "(3.54; 95%CI" (``opens_its_bracket``).
ESTIMATE_THEN_CI = re.compile(r"-?\d+(?:\.\d+)?\s*(?:%|[^\s\d,;()]{1,10}(?:\s+[a-z]{1,8})?)?\s*[,;]\s*9[059]\s*%", re.I)
INNER_CI = re.compile(r"\s*(?:%|[A-Za-zμµ]{1,8})?\s*[,;]\s*(?=9[059]\s*%\s*(?:CI\b|C\.I|confidence|credible|CrI\b))", re.I)
# The unit between a value and its bracket: " months", "%", "" ("9.2 months (95% CI …)").
UNIT_BEFORE_BRACKET = re.compile(r"\s*(?:%|[A-Za-zμµ]{1,8}|个月|天|周|年)?\s*")
# What sets one value beside another, right before it: "versus", "vs", "and", "compared with", "对".
PAIRED_BEFORE_VALUE = re.compile(r"(?:\bversus|\bvs\.?|\band|\bor|compared\s+(?:with|to)|\bwith|对比|對比|对|對|比|和|与|與)\s*$", re.I)


def opens_its_bracket(norm: str, st: Stat) -> bool:
    """Whether a value read with its interval is an estimate opening the bracket (or following the
    label's colon) that holds them both: "(−6.6, 95% CI, −10.2 to −2.9", "10 mg vs 1 mg: −2.5, 95% CI".

    >>> t = "lower (-0.15 mmol/l, 95% CI -0.25 to -0.06)"
    >>> opens_its_bracket(normalize(t), stats(t)[0]), opens_its_bracket("9.2 (95% CI 7.5-9.9)", stats("9.2 (95% CI 7.5-9.9)")[0])
    (True, False)
    """
    return st.dispersion == "ci95" and norm[max(0, st.start - 2):st.start].rstrip()[-1:] in ("(", "[", "（", ":") \
        and ESTIMATE_THEN_CI.match(norm, st.start) is not None


# Between a first side's value with its interval and the second side's: " vs ", "对".
PAIRED_GAP = re.compile(r"\s*(?:对|對|vs\.?|versus)\s*", re.I)
# The second of two sides' values: after "vs", "versus", 对.
PAIRED_AFTER = re.compile(r"(?:对|對|\bvs\.?|\bversus)\s*$", re.I)
# A p-value closing the bracket an interval opened: "; p=0.64)".
P_CLOSES_BRACKET = re.compile(r"\s*[;,；，]\s*[Pp]\s*[<=>≤≥]\s*0?\.\d+\s*[)\]）]")


def interval_after(norm: str, at: int):
    """The 95% CI written right after what ends at ``at`` (its unit between), closed by its
    bracket: the CI pattern's match, or None. A bracket that holds the label only, "24 months
    (95% CI) were 76.5% (72.7-79.9)", is none.

    >>> interval_after("9.2 months (95% CI: 7.5-9.9) with", 3)["low"], interval_after("24 months (95% CI) were 7", 2)
    ('7.5', None)
    """
    opened = VALUE_CI.match(norm, at)
    m = opened and CI.match(norm, opened.end())
    return m if m and norm[m.end() - 1] in ")]）" else None


# Before a value, words that make it a relative change ("reduced the risk by 27%", "a 27%
# reduction"); after its interval, what makes it a rate ("per 100 person-years"): the interval is
# their readers', no value's spread.
RELATIVE_BEFORE = re.compile(r"(?:\bby|\breduc\w*|\blower\w*|\bdecreas\w*|\bincreas\w*|降低|减少|減少|下降|增加)\s*(?:了|of|about)?\s*$", re.I)
RATE_AFTER = re.compile(r"\s*(?:per|/)\s*\d|\s*(?:events?|cases?|deaths?)\s+per\b|\s*每", re.I)


def _with_intervals(norm: str, found: list[Stat]) -> list[Stat]:
    """``found`` with each value's 95% CI as its spread, and the interval's numbers no values of
    their own. A ratio's or a difference's interval is its effect reader's (``effect_stats``),
    a relative change's and a rate's theirs; an "interval" the value is not inside is none of it.

    >>> [(s.value, s.dispersion, s.dispersion_value) for s in stats("median PFS 9.2 months (95% CI: 7.5-9.9) vs 3.8")]
    [(9.2, 'ci95', [7.5, 9.9]), (3.8, None, None)]
    >>> [(s.value, s.dispersion) for s in stats("HR 0.72 (95% CI 0.57-0.92); 12 (95% CI 15-20)")]
    [(0.72, None), (95, None), (0.57, None), (0.92, None), (12, None), (95, None), (15, None), (20, None)]
    >>> [s.dispersion for s in stats("reduced the risk by 27% (95% CI, 15 to 37); 1.8 (95% CI 1.6-2.0) per 100")][:1]
    [None]
    >>> [s.dispersion for s in stats("1.8 (95% CI 1.6-2.0) per 100 person-years")][:1]
    [None]
    >>> [(s.value, s.dispersion_value) for s in stats("5.5 months (95% CI 4.7-6.5) vs 4.8 months (4.6-5.8)")]
    [(5.5, [4.7, 6.5]), (4.8, [4.6, 5.8])]
    >>> [(s.value, s.dispersion) for s in stats("OS 20.1 months (95% CI 17.0-23.5), aged 62 years (45-78)")][1]
    (62, None)
    >>> [(s.value, s.dispersion_value) for s in stats("significant (-6.6, 95% CI, -10.2 to -2.9; p<0.001)")][:1]
    [(-6.6, [-10.2, -2.9])]
    """
    effects = [(e.start, e.end) for e in effect_stats(norm)]
    out, skip_to, unit = [], -1, None  # (unit: the labelled value's, once one is read)
    for x in found:
        if x.start < skip_to:
            continue
        m = None if x.has_spread or x.count_pct is not None else interval_after(norm, x.end)
        if m is None and not x.has_spread and x.count_pct is None and PAIRED_AFTER.search(norm, max(0, x.start - 8), x.start) \
                and out and out[-1].dispersion == "ci95" and PAIRED_GAP.fullmatch(norm, out[-1].end, x.start) \
                and (opened := VALUE_CI.match(norm, x.end)) and (inner := CI.match(norm, opened.end())) \
                and P_CLOSES_BRACKET.match(norm, inner.end()):
            m = inner  # ("94% (95% CI …) vs 93% (95% CI: 88-99%; p=0.64)": the second side's interval, then the pair's p)
        if m is None and unit is not None and not x.has_spread and x.count_pct is None \
                and norm.startswith(unit, x.end) and PAIRED_BEFORE_VALUE.search(norm, max(0, x.start - 16), x.start):
            # "5·5 months (95% CI 4·7–6·5) … versus 4·8 months (4·6–5·8)": the label said once holds
            # for the value set beside it, in the same unit, with its bare interval (not "aged 62
            # years (45-78)", nor "a follow-up of 30 months (24-36)").
            bare = bare_interval(norm, x.end + len(unit), x.value)
            if bare:
                skip_to = BARE_CI.match(norm, x.end + len(unit)).end()
                out.append(Stat(x.value, x.start, skip_to, x.percent, "ci95", bare))
                continue
        if m is None and not x.has_spread and x.count_pct is None and BRACKET_OPEN_BEFORE.search(norm, max(0, x.start - 3), x.start):
            # "(−6.6, 95% CI, −10.2 to −2.9; p<0.001)": an estimate opening its bracket, its interval
            # after a comma in the same bracket
            inner = INNER_CI.match(norm, x.end)
            m = inner and CI.match(norm, inner.end())
        if m:
            a, b = number(m["low"]), number(m["high"])
            if a <= x.value <= b and not any(lo <= x.start < hi for lo, hi in effects) \
                    and not RELATIVE_BEFORE.search(norm, max(0, x.start - 24), x.start) and not RATE_AFTER.match(norm, m.end()):
                out.append(Stat(x.value, x.start, m.end(), x.percent, "ci95", [a, b]))
                skip_to, unit = m.end(), UNIT_BEFORE_BRACKET.match(norm, x.end).group()
                continue
        out.append(x)
    return out


# ---------------------------------------------------------------------------- time points

_CN_NUM = f"[{NUMERAL_CHARS}]+"
# Two patterns, each searched on its own and their matches merged in order (``_merged``): time points that
# start with a digit or a Chinese character, and those that start with an English word. The
# words are tried only where a word starts (\b), so the search skips the middle of every word;
# one pattern holding both tried every letter that could open one of them. (A number is tried
# where its digits start, never inside a run of them: "1111…" is read once. The look-ahead
# for a first character comes first: only then does the search skip, in C, to where one
# stands.)
TIME_NUMERIC = re.compile(
    r"(?=[\d〇一七万三两九二五亿仟伍佰俩入八六十千半叁四基壹干拾捌术柒治注玖百第肆萬贰陆零])(?<![\d.])(?:(?P<baseline>基线|治疗前|术前|干预前|注射前|入组时|入院时)"
    r"|第\s*(?P<nth>\d+|" + _CN_NUM + r")\s*(?:个|個)?(?P<nth_unit>月|周|週|天|日|年)"
    # A month needs 个 (12个月): "2020年9月" is a date. 日 only after 第: "17日" is a date.
    # ("结束1月后", "治疗3月后": a month without 个, then 后, is a time after, no date; "截至6月时" is June)
    r"|(?P<zh>\d+(?:\.\d+)?|" + _CN_NUM + r"|半)\s*(?:(?:个|個)\s*(?P<zh_month>月)|(?P<zh_unit>周|週|星期|天|年)|"
    r"(?P<zh_month_after>月)(?=\s*(?:后|後)))(?![份度龄])"
    # ("治疗42 d后", "随访12 w": a unit letter, in lower case only; "3D" is no three days)
    # (not how often, "five days/week", "3 days per week": no time point)
    # ("1st month", "the 3rd week": an ordinal's visit)
    r"|(?P<en>\d+(?:\.\d+)?)(?:(?<=1)st|(?<=2)nd|(?<=3)rd|th)?\s*[- ]?\s*(?P<en_unit>(?:months?|weeks?|days?|years?|mo|wk)\b(?!\s*(?:/\s*(?:wk|week|month|mo|day|d|year|yr)\b|per\s+(?:week|month|day|year)\b|a\s+(?:week|month|year)\b|each\s+(?:week|month|day|year)\b))|"
    # ("治疗后14 d、治疗后90 d NIHSS评分…": a list's mark after it, or a name in capitals or Chinese)
    r"(?-i:[dw])(?=\s*(?:后|後|时|時|内|內|$|[,，;；)）、])|\s+(?-i:[A-Z])|\s*[\u4e00-\u9fff])))",
    re.I)
TIME_WORDS = re.compile(
    r"(?=[abdefmnopstuwy])\b(?<![\d.-])(?:(?P<baseline>baseline|pre-?treatment|pre-?intervention|(?:(?:up)?on|at)\s+admission|"
    r"before\s+(?:treatment|therapy|the\s+intervention|injection|infusion|surgery|transplantation))"
    r"|(?P<en>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty[- ]four|twenty|thirty|forty[- ]eight)"
    r"\s*[- ]?\s*(?P<en_unit>months?|weeks?|days?|years?|mo|wk)\b(?!\s*(?:/\s*(?:wk|week|month|mo|day|d|year|yr)\b|per\s+(?:week|month|day|year)\b|a\s+(?:week|month|year)\b|each\s+(?:week|month|day|year)\b))"
    # ("during Weeks 9–20": a stretch of time, at its end)
    r"|(?P<en3_unit>months?|weeks?|days?|years?)\s+\d{1,3}\s*(?:–|-|to|through)\s*(?P<en3>\d{1,3})\b"
    r"|(?P<en2_unit>month|week|day|year)\s+(?P<en2>\d+)\b)",
    re.I)
EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20,
              "twenty-four": 24, "twenty four": 24, "thirty": 30, "forty-eight": 48, "forty eight": 48}
UNIT = {"月": "month", "个月": "month", "周": "week", "週": "week", "星期": "week", "天": "day", "日": "day", "年": "year",
        "month": "month", "months": "month", "mo": "month", "week": "week", "weeks": "week", "wk": "week",
        "day": "day", "days": "day", "year": "year", "years": "year", "d": "day", "w": "week"}


@dataclass(frozen=True)
class TimeMention:
    time: Time
    start: int
    end: int


def _amount(s: str):
    s = s.strip().lower()
    if s == "半":
        return 0.5
    if s in EN_NUMBERS:
        return EN_NUMBERS[s]
    if re.compile(r"\d+(?:\.\d+)?").fullmatch(s):
        return number(s)
    return chinese_to_int(s)


@_per_text
def times(text: str) -> list[TimeMention]:
    """Time points and durations.

    >>> [(t.time.value, t.time.unit) for t in times("基线, 12个月时, 第9周, 为期一年, at week 12, six months")]
    [(0, 'month'), (12, 'month'), (9, 'week'), (1, 'year'), (12, 'week'), (6, 'month')]
    >>> [(t.time.value, t.time.unit) for t in times("a 4.1 month difference in median survival; 2 months longer; at 6 months")]
    [(6, 'month')]
    >>> [(t.time.value, t.time.unit) for t in times("the 3-year difference in survival; in the 52-week extension")]
    [(3, 'year'), (52, 'week')]
    >>> times("a median 4.1-month gain; a significant 2.5-month difference; a 3-month extension of survival")
    []
    >>> [(t.time.value, t.time.unit) for t in times("治疗42 d后, 随访12 w时; 3D printing, 30 d mortality")]
    [(42, 'day'), (12, 'week')]
    >>> [(t.time.value, t.time.unit) for t in times("治疗后14 d、治疗后90 d NIHSS评分")]
    [(14, 'day'), (90, 'day')]
    >>> [(t.time.value, t.time.unit) for t in times("the change from baseline during Weeks 9–20; 较基线下降; at baseline")]
    [(20, 'week'), (0, 'month')]
    >>> [(t.time.value, t.time.unit) for t in times("stay (mean 12.0 d, SD 3.9) at 30 days")]
    [(30, 'day')]
    >>> [(t.time.value, t.time.unit) for t in times("在病程≤6个月的患儿中; 病程3年; 治疗后3个月")]
    [(3, 'month')]
    >>> [(t.time.value, t.time.unit) for t in times("放疗结束1月后; 治疗3月后; 2019年1月后; 2020年9月; 6月至12月后; 截至6月时")]
    [(1, 'month'), (3, 'month')]

    Numbers listed before a unit share it: "治疗42、72 d后", "第4、8、12周", "at 6 and 12 months"
    (not "5, 12 weeks": an English comma may end a value).

    >>> [(t.time.value, t.time.unit) for t in times("治疗42、72 d后; 第4、8、12周; at 6 and 12 months")]
    [(42, 'day'), (72, 'day'), (4, 'week'), (8, 'week'), (12, 'week'), (6, 'month'), (12, 'month')]
    >>> [(t.time.value, t.time.unit) for t in times("1st month; the 3rd week; 2nd year")]
    [(1, 'month'), (3, 'week'), (2, 'year')]
    """
    out = []
    norm = normalize(text)
    for found in _merged(norm, _numeric(norm, TIME_NUMERIC), TIME_WORDS):
        m = found.groupdict()
        if m["baseline"]:
            if not (CHANGE_FROM.search(norm, max(0, found.start() - 8), found.start())
                    or ZH_CHANGE_FROM.search(norm, max(0, found.start() - 2), found.start()) and ZH_CHANGE_AFTER.match(norm, found.end())):
                out.append(TimeMention(Time(0, "month"), found.start(), found.end()))
            continue  # ("the change from baseline", "较基线下降": where a change starts, no value's time;
            # not "较治疗前[1250.0]": the value before treatment, compared)
        if m.get("zh_month_after") and norm[max(0, found.start() - 2):found.start()].endswith(("年", "至", "到", "止", "月")):
            continue  # ("2019年1月后", "6月至12月后": from a date on)
        if SPREAD_AFTER.match(norm, found.end()):
            continue  # ("mean 14.0 d, SD 4.9": a duration measured, with its spread, no time point)
        if INSIDE_AN_INTERVAL.search(norm, max(0, found.start() - 30), found.start()):
            continue  # ("6.9 months (95% CI: 5.6-8.0 months)": an interval's bound, no time point)
        if LONGER_AFTER.match(norm, found.end()) or (AMOUNT_OF_TIME_AFTER.match(norm, found.end()) and (
                AN_AMOUNT_BEFORE.search(norm, max(0, found.start() - 30), found.start()) or "." in found.group())):
            continue  # ("a 4.1 month difference in median survival", "2.7 months longer": an amount of time gained;
            # "the 3-year difference", "the 52-week extension" say when)
        for amount, unit in ((m.get("nth"), m.get("nth_unit")), (m.get("zh"), m.get("zh_unit") or m.get("zh_month") or m.get("zh_month_after")),
                             (m["en"], m["en_unit"]), (m.get("en2"), m.get("en2_unit")), (m.get("en3"), m.get("en3_unit"))):
            if amount is not None and unit is not None:
                value = _amount(amount)
                if value is not None and 0 < value < 1000 and not NO_TIME_POINT_BEFORE.search(norm, max(0, found.start() - 6), found.start()):
                    time_unit = UNIT[unit.lower()]
                    if amount[:1].isdigit() and (m.get("zh") or m["en"]):
                        out.extend(_listed_before(norm, found.start(), time_unit, out[-1].end if out else 0))
                    out.append(TimeMention(Time(value, time_unit), found.start(), found.end()))
                break
    return out


CHANGE_FROM = re.compile(r"\bfrom\s+$", re.I)
# Inside the bracket of an interval, before its bound: "(95% CI: 5.6-", "(95%CI 9.6~".
INSIDE_AN_INTERVAL = re.compile(r"[(\[（]\s*(?:9[059]\s*%\s*)?(?:CI|C\.I\.|置信区间|可信区间)\b[^()\[\]（）]*$", re.I)
AMOUNT_OF_TIME_AFTER = re.compile(r"[\s-]*(?:difference|gain|benefit|advantage|delay|extension|improvement|prolongation)\b", re.I)
# ("a 4.1 month difference", "a median 4.1-month gain", "a significant 2.5-month difference")
AN_AMOUNT_BEFORE = re.compile(r"\ban?\s+(?:[a-z]+\s+){0,2}$", re.I)
LONGER_AFTER = re.compile(r"\s+(?:longer|shorter)\b", re.I)
SPREAD_AFTER = re.compile(r",\s?(?:SD|SE)\s?\d+(?:\.\d+)?\s*[)\];]")
# A duration that bounds a subgroup, no time point of a result: "在病程≤6个月的患儿中", "病程>6个月",
# "symptoms for ≥ 6 months".
NO_TIME_POINT_BEFORE = re.compile(r"(?:[≤≥<>]|病程|病史)\s*(?:为|為|[:：])?\s*$")
ZH_CHANGE_FROM = re.compile(r"(?:较|較|从|從)$")
ZH_CHANGE_AFTER = re.compile(r"\s*(?:明显|明顯|显著|顯著)?(?:下降|降低|增加|升高|改善|减少|減少|提高|变化|變化)")


# A number listed right before another that carries a unit: "42、" of "42、72 d", "6 and " of "6
# and 12 months", "第4、" of "第4、8、12周".
LISTED_TIME = re.compile(r"(?:第\s*)?(?<![\d.])(\d{1,3})-?\s*(?:、|，|,?\s*\b(?:and|or)\b|和|及|与|與)\s*(?:第\s*)?$")  # ("1- and 2-year")


# In an English series closed by "and" or "or", the numbers before it listed with commas: "3, "
# of "3, 6, and 9 months" (a comma alone, "5, 12 weeks", may end a value, and joins nothing).
LISTED_TIME_COMMA = re.compile(r"(?<![\d.])(\d{1,3})\s*,\s*$")


def _listed_before(norm: str, at: int, unit: str, floor: int) -> list[TimeMention]:
    """The times of the numbers listed before the one at ``at``, each with its unit.

    >>> [t.time.value for t in _listed_before("at 3, 6, and 9 months", 13, "month", 0)]
    [3, 6]
    >>> [t.time.value for t in _listed_before("aged 5, 12 weeks", 8, "week", 0)]
    []
    >>> [t.time.value for t in _listed_before("with 1- and 2-year rates", 12, "year", 0)]
    [1]
    """
    out = []
    while True:
        m = LISTED_TIME.search(norm, max(floor, at - 16), at)
        if m is None and out and re.compile(r"\b(?:and|or)\b").search(norm, out[0].end, out[0].end + 8):
            m = LISTED_TIME_COMMA.search(norm, max(floor, at - 8), at)
        if m is None or not 0 < int(m[1]) < 1000:
            return out[::-1]
        out.append(TimeMention(Time(int(m[1]), unit), m.start(), m.end(1)))
        at = m.start()


def _numeric(norm: str, pattern):
    """``pattern`` (TIME_NUMERIC, COUNT_NUMERIC), or None where it cannot match: each of its
    matches holds a digit or a Chinese character, and most English sentences hold neither.

    >>> _numeric("six weeks", TIME_NUMERIC), _numeric("12 weeks", TIME_NUMERIC) is TIME_NUMERIC
    (None, True)
    """
    return pattern if not norm.isascii() or DIGIT.search(norm) else None


def _merged(text: str, first, second):
    """The matches of two patterns in order, none overlapping another: what one pattern
    holding both would find, where at any offset only one of them can match (they open on
    different characters). ``first`` None: only ``second``'s.

    >>> [m.group() for m in _merged("baseline, 12 months, six weeks", TIME_NUMERIC, TIME_WORDS)]
    ['baseline', '12 months', 'six weeks']
    """
    end = len(text)
    a, b = first.search(text) if first is not None else None, second.search(text)
    while a or b:
        found = a if not b or (a and a.start() <= b.start()) else b
        yield found
        pos = found.end()
        if pos >= end:
            return
        if a and a.start() < pos:
            a = first.search(text, pos)
        if b and b.start() < pos:
            b = second.search(text, pos)


# ---------------------------------------------------------------------------- counts of people

_UNITS_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS_EN = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_BELOW_HUNDRED_EN = (r"(?:(?:" + "|".join(_TENS_EN) + r")(?:[- ](?:" + "|".join(_UNITS_EN[:9]) + r"))?|"
                     + "|".join(sorted(_UNITS_EN, key=len, reverse=True)) + r")")
# ("Three hundred and thirty-three children": the hundreds, then the rest)
EN_WORD_NUMBER = (r"(?:(?:" + "|".join(_UNITS_EN[:9]) + r")\s+hundred(?:(?:\s+and)?\s+" + _BELOW_HUNDRED_EN + r")?|"
                  + _BELOW_HUNDRED_EN + r")")
PEOPLE = (r"(?:patients|participants|subjects|individuals|people|persons|volunteers|adults|children|men|women|"
          r"cases|infants|neonates|newborns|students|smokers|mothers|pregnant women|healthy volunteers|sheep|"
          # (cohorts named by who they are: "28 731 nurses", "5,000 veterans", "419 employees"; the
          # staff who recruited them are no count of people studied: ``counts`` skips "by 18 physicians")
          r"nurses|physicians|doctors|workers|employees|veterans|respondents|athletes|girls|boys|toddlers|adolescents|"
          r"rats|mice|pigs|dogs|rabbits|animals|eyes|knees)")
# "14 862 patients": thousands set off by a space, joined only as a 1-3 digit head and groups of
# exactly three, and never after a number of a list ("5, 3 120", "2 and 4 100").
SPACED = r"(?<!\d[,;]\s)(?<!\d\sand\s)(?<!\d\sor\s)(?<!\d\s)(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,])"
_spaced = re.compile(SPACED)
# As with the time points, counts that open with a digit, a Chinese numeral or "n=" and those
# that open with an English number word are two patterns, the words tried only where a word
# starts. (A count is a whole number: "n= 1.5" and "2.5例" hold none.)
_PEOPLE_AFTER = (r"\s+(?:(?!(?:in|of|at|for|with|from|to|and|or|months?|weeks?|days?|years?|hours?|minutes?|mg|ml|kg|g|times|"
                 r"hundred|thousand|million|" + EN_WORD_NUMBER + r")\b)"
                 r"[a-z][a-z-]*\s+){0,2}" + PEOPLE + r"\b")
_NOT_AFTER_HUNDRED = r"(?<![\w.-])(?<!hundred\s)(?<!hundred\sand\s)(?<!thousand\s)"
# (a number that labels, no count: "type 2 diabetes patients", "stage 4 patients", "group 2 patients")
# (nor the rest of a number after one: "group 1 210 patients", "group 1,210 patients")
# (a label's number is short: "Over one week 120 patients", "the validation cohort 350 patients" count)
_NOT_A_LABEL = (r"(?:(?<!\btype\s)(?<!\bgrade\s)(?<!\bstage\s)(?<!\bclass\s)(?<!\bphase\s)(?<!\bgroup\s)(?<!\bcohort\s)"
                r"(?<!\bday\s)(?<!\bweek\s)|(?=\d{3}))"
                r"(?<!\btype\s\d\s)(?<!\bgrade\s\d\s)(?<!\bstage\s\d\s)(?<!\bclass\s\d\s)(?<!\bphase\s\d\s)(?<!\bgroup\s\d\s)"
                r"(?<!\bcohort\s\d\s)(?<!\bday\s\d\s)(?<!\bweek\s\d\s)(?<!\d,)")
COUNT_NUMERIC = re.compile(
    r"(?=[\d〇一七万三两九二五亿仟伍佰俩八六十千叁四壹拾捌柒玖百肆萬贰陆零N])(?:(?<![\d.])(?P<num>\d+\s*[万萬]\s*\d{4}(?!\d)|\d+(?:\.\d+)?\s*[万萬](?![万萬])|" + SPACED + r"|\d{1,3}(?:,\d{3})+|\d+|" + _CN_NUM + r")\s*(?:名|例|位|人|受试者|受試者|参与者|參與者|志愿者|志願者|[个個](?=(?:患者|病人|病例|受试者|受試者|儿童|兒童|孩子|婴儿|嬰兒|新生儿|新生兒|家庭|人))|只)"
    r"|(?<![A-Za-z])[nN]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![.\d])"
    r"|" + _NOT_AFTER_HUNDRED + _NOT_A_LABEL + r"(?P<en>" + SPACED + r"|\d{1,3}(?:,\d{3})+|\d+)" + _PEOPLE_AFTER + ")",
    re.I)
COUNT_WORDS = re.compile(r"(?=[efnost])\b" + _NOT_AFTER_HUNDRED + r"(?P<en>" + EN_WORD_NUMBER + ")" + _PEOPLE_AFTER, re.I)


def english_number(word: str) -> int | None:
    """'Forty-seven' -> 47.

    >>> english_number("Forty-seven"), english_number("eighteen"), english_number("twenty")
    (47, 18, 20)
    >>> english_number("Three hundred and thirty-three"), english_number("two hundred"), english_number("one hundred five")
    (333, 200, 105)
    """
    parts = [p for p in re.compile(r"[- ]+").split(word.lower()) if p != "and"]
    total = 0
    for p in parts:
        if p == "hundred" and 0 < total < 10:
            total *= 100  # ("three hundred and thirty-three": the hundreds first)
        elif p in _TENS_EN:
            total += 20 + 10 * _TENS_EN.index(p)
        elif p in _UNITS_EN:
            total += _UNITS_EN.index(p) + 1
        else:
            return None
    return total


PROPORTION = re.compile(
    # 382 (61.2%) | 382 [61.2%] | 34/40 (85%) | 34 of 40 (85%) | 6.6% (41/624) | 85.0%（34/40）
    # (also "14 of 60 participants (23.3%)", "19例（27.9%）")
    # (and in words: "twelve of the eighteen patients (67 percent)")
    r"(?=[\defnost])(?:(?<![\d.,/A-Za-z_-])(?P<n>\d{1,7}|" + EN_WORD_NUMBER + r")(?:\s*(?:/|of|out of|among)\s*(?:the\s+)?(?P<total>\d{1,7}|"
    + EN_WORD_NUMBER + r"))?(?:\s+(?:\w+\s+){0,2}?" + PEOPLE + r"|\s*[例名人位])?"
    r"\s*[(（\[]\s*(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|\s+percent|\s+per\s+cent)"
    # ("68 (71%, 95% CI 61-80) of 96": the share's interval after it in its bracket)
    r"(?:\s*[;,]\s*(?:95\s*%\s*(?:CI|confidence\s+interval)[^()\[\]（）]{1,30}|\d{1,3}(?:[.\s]\d+)?\s*[-–]\s*\d{1,3}(?:\.\d+)?))?\s*[)）\]]"
    # ("32 (73%) of 44 participants": the total after the share)
    r"(?:\s*(?:of|out\s+of)\s+(?:the\s+)?(?P<total3>\d{1,7})(?![\d.%])(?:\s+(?:\w+\s+)?" + PEOPLE + r")?)?"
    # ("62% (24 of 39 participants; 95% CI 45–78)": the count's people, and its interval after it)
    r"|(?<![\d.])(?P<pct2>\d{1,3}(?:\.\d+)?)\s*%\s*[(（\[]\s*(?:n\s*=\s*)?(?P<n2>\d{1,7})\s*(?:/|of)\s*(?P<total2>\d{1,7})"
    r"(?:\s+" + PEOPLE + r")?\s*(?:[;,]\s*95\s*%\s*(?:CI|confidence\s+interval)[^()\[\]（）]{1,30})?\s*[)）\]])",
    re.I)


@dataclass(frozen=True)
class Proportion:
    """How many of a group had an outcome: the count, its percentage and the group's size."""

    n: int
    pct: float
    total: int | None
    start: int
    end: int


@_per_text
def proportions(text: str) -> list[Proportion]:
    """Counts with their percentage, in the usual ways of writing them.

    >>> [(x.n, x.pct, x.total) for x in proportions("382 (61.2%) vs 251 [50.4%]; 6.6% (41/624), 34 of 40 (85%), 85.0%（34/40）")]
    [(382, 61.2, None), (251, 50.4, None), (41, 6.6, 624), (34, 85, 40), (34, 85.0, 40)]
    >>> [(x.n, x.pct, x.total) for x in proportions("15 among 120 patients (12.5%); 32 (73%) of 44 participants")]
    [(15, 12.5, 120), (32, 73, 44)]
    >>> [(x.n, x.pct, x.total) for x in proportions("62% (24 of 39 participants; 95% CI 45–78) and 40% (16 of 40 patients)")]
    [(24, 62, 39), (16, 40, 40)]
    >>> [(x.n, x.pct, x.total) for x in proportions("68 (71%, 95% CI 61-80) of 96 and 1 (2%, 0.05-11) of 50")]
    [(68, 71, 96), (1, 2, 50)]
    >>> proportions("40.7 (17.0), 12.5% (SD 3)")
    []
    """
    out = []
    norm = normalize(text)
    for m in PROPORTION.finditer(norm):
        if m["n"] is not None:
            n, total, pct = _whole(m["n"]), m["total"] or m["total3"], number(m["pct"])
        else:
            n, total, pct = int(m["n2"]), m["total2"], number(m["pct2"])
        total = _whole(total) if total else None
        if n is None:
            continue
        if pct > 100 or (total is not None and n > total):
            continue
        out.append(Proportion(n, pct, total, m.start(), m.end()))
    return out


def _whole(s: str) -> int | None:
    """A count written in digits or English words."""
    return int(s) if s[0].isdigit() else english_number(s)


def widen_thousands(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole number when the digits at text[start:end] end a space-separated one
    ("7 311 [49.2%] men": 311 is the tail of 7311), as (value, start); else None.

    >>> widen_thousands("Of them, 7 311 [49.2%] men", 11, 14), widen_thousands("groups 5, 3 311", 12, 15)
    ((7311, 9), None)
    """
    norm = normalize(text)
    for m in _spaced.finditer(norm, max(0, start - 12), end):
        if m.end() == end and m.start() < start:
            return int(m.group().replace(" ", "")), m.start()
    return None


@dataclass(frozen=True)
class Count:
    n: int
    start: int
    end: int


# Before a count in Chinese numerals, a word that makes it a rough size: "数十至百名", "数百人"; and
# "上千名", "成百" (not "完成一百二十名": 成 before a count that opens on its digit).
SEVERAL_BEFORE = re.compile(r"(?:数|數|几|幾)[十百千万萬]?(?:至|到|~|-)?$")


@_per_text
def counts(text: str) -> list[Count]:
    """Counts of people: 106例, 三十二名, n=89, 106 patients.

    >>> [c.n for c in counts("共招募了106名患者; 三十二名; (n=89, 84%); 1,024 adult patients")]
    [106, 32, 89, 1024]
    >>> [c.n for c in counts("Forty-seven participants; eighteen awake sheep; 12 months in patients")]
    [47, 18]
    >>> [c.n for c in counts("Among 14 862 patients; 3, 120 patients; 5 and 2 100 patients")]
    [14862, 120, 100]
    >>> [c.n for c in counts("recruited by 18 physicians and 25 nurses; 240 patients were randomized")]
    [240]
    >>> [c.n for c in counts("six out of every 1,000 people; 5 per 1,000 patients; 每10万人; 每组30例")]
    [30]
    >>> [c.n for c in counts("疫苗组每10万人中有12人感染")]
    []
    >>> [c.n for c in counts("通常纳入数十至百名志愿者，数百人，上千名，共一百名患者")]
    [100]
    >>> [c.n for c in counts("纳入8万名女性，共1.2万例患者，多达4萬9021名参与者")]
    [80000, 12000, 49021]
    """
    out = []
    norm = normalize(text)
    for m in _merged(norm, _numeric(norm, COUNT_NUMERIC), COUNT_WORDS):
        found = m.groupdict()
        raw = found.get("num") or found.get("n") or found["en"]
        if raw[0].isdigit() and raw[-1] in "万萬":
            n = round(float(raw[:-1].strip()) * 10000)  # ("8万名", "1.2万例": ten thousands)
        elif raw[0].isdigit() and ("万" in raw or "萬" in raw):
            high, _, low = raw.replace("萬", "万").partition("万")
            n = int(high.strip()) * 10000 + int(low.strip())  # ("4萬9021名": 49,021)
        elif raw[0].isdigit():
            n = int(raw.replace(",", "").replace(" ", ""))
        elif raw[0].isascii():
            n = english_number(raw)
        else:
            n = chinese_to_int(raw)
        if not raw[0].isascii() and (SEVERAL_BEFORE.search(norm, max(0, m.start() - 4), m.start())
                                     or (raw[0] in "百千万萬" and norm[m.start() - 1:m.start()] in ("上", "成"))):
            continue  # ("数十至百名", "数百人", "几十名": so many, no count)
        if n is not None and not (STAFF.search(norm, m.start(), m.end() + 12)
                                  and BY_AGENTS.search(norm, max(0, m.start() - 40), m.start())) \
                and not of_a_rate(norm, m.start()):
            out.append(Count(n, m.start(), m.end()))
    return out


# Right before a number, what makes its people a rate's, no one counted: what the rate is per ("six
# out of every 1,000 people", "5 per 1,000 patients", "for every 71 people vaccinated", "每10万人"; not
# "每组30例", each arm's count), or so many out of that ("每10万人中有12人", "每1000名儿童中约3名").
RATE_PEOPLE_BEFORE = re.compile(r"(?:\b(?:of|in|for)\s+every|\bper)\s*$|每\s*$|"
                                r"每\s*[\d,]+\s*[万萬千百]?\s*(?:人|名|例)?[^\d，,。；;]{0,6}?中\s*(?:有|约有|約有|约|約)?\s*$", re.I)


def of_a_rate(text: str, at: int) -> bool:
    """Whether the number at ``at`` counts the people of a rate, no group of people.

    >>> of_a_rate("6 of every 1,000", 11), of_a_rate("每10万人中有12人", 7), of_a_rate("每组30例", 3)
    (True, True, False)
    """
    return RATE_PEOPLE_BEFORE.search(text, max(0, at - 16), at) is not None


# Who did the work, not who was studied: "recruited by 18 physicians and 25 nurses", "由12名医生"
# (but "experienced by five patients" are those studied).
STAFF = re.compile(r"\s*(?:physicians|doctors|nurses|surgeons|investigators|clinicians|reviewers|researchers|authors|"
                   r"医生|醫生|护士|護士|研究人员|研究者|评价员|评价者|审稿人|作者)", re.I)
BY_AGENTS = re.compile(r"(?:\bby\s+(?:\d+\s+\w+\s+(?:and|,)\s+)?|由\s*)$", re.I)


# ---------------------------------------------------------------------------- named effect statistics

EFFECT_STAT = re.compile(
    # (the abbreviations in capitals only: "higher or 135.6 (11.3) mmHg" is no odds ratio)
    r"(?=[dehimorsw优均差平效标比相组风CEHIMORSWab])(?P<kind>(?<![A-Za-z])(?:adjusted odds ratios?|odds ratios?|(?-i:[aA]?ORs?)|adjusted hazard ratios?|hazard ratios?|(?-i:[aA]?HRs?)|"
    r"risk ratios?|relative risks?|(?-i:RRs?)|incidence rate ratios?|(?-i:IRRs?)|standardi[sz]ed mean differences?|(?-i:SMDs?)|"
    r"weighted mean differences?|(?-i:WMDs?)|mean differences?|(?-i:MDs?)|Hedges'?\s*g|Cohen'?s\s*d|effect sizes?|(?-i:ES)|"
    # ("RD −4.57 cases/100 person-years", "risk difference 3.2%": a difference of rates or risks)
    r"(?:rate|risk)\s+differences?|(?-i:RDs?)|"
    # "was d = 0.39 (95% CI ...)": Cohen's d by its letter, only with its "="
    r"(?<![A-Za-z'’])d(?=\s*=\s*-?\d)|"
    # "(between-group difference in change, 0.07 L; ...)", "(difference, 16 m; 95% CI ...)"
    r"between[- ](?:group|arm|treatment)\s+differences?|differences?(?=\s+in\s+(?:the\s+)?(?:mean\s+)?change)|(?<=[(（])differences?|(?<=[:：] )differences?(?=\s*[-−+]?\d))"
    r"|比值比|优势比|风险比|相对危险度|相对风险|均数差|平均差|标准化均数差|效应量|组间差异|组间差值|差异|差值|差距)"
    # ("HR值(95%CI)为1.84(1.78~1.91)": a Chinese ratio's 值, "value")
    r"(?:(?<=[A-Z比险度])值)?"
    # "mean difference in change versus placebo was 17", "组间差异为-10.3分"
    r"(?:\s+in\s+(?:the\s+)?(?:[a-z-]+\s+)?change(?:\s+(?:from\s+baseline))?(?:\s+(?:versus|vs\.?|compared\s+with)\s+[a-z-]+)?)?"
    # (an aside in brackets before the verb, "Standardised mean differences (intervention minus control)
    # were: 0.005", its colon after the verb)
    # (a longer bracket without numbers only: "(RR 0.62, 95% CI 0.41 to 0.93), 14 trials" holds the estimate)
    r"\s*(?:\([^()]{0,20}\)|\([^()\d]{21,40}\)|\[[^\[\]]{0,20}\])?\s*[:=,]?\s*(?:(?:of|was|were|is|为|是)(?:\s*[:：])?)?\s*(?P<value>" + NUM + r")(?!\d|\.\d)",
    re.I)
# The outcome after a listed ratio's value, "0.84 for cardiovascular death", and the next of the list:
# ", 0.91 for MI", ", and 0.26 for stroke". (The outcome's words up to the list's next comma or "and".)
# (The outcome runs to the next value of the list or the sentence's end: "0.84 for death and myocardial
# infarction." is one composite outcome.)
_NEXT_OF_LIST = r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?P<value>" + NUM + r")(?!\d|\.\d)"
VALUE_FOR = re.compile(r"(?:\s*(?:\[[^\[\]]{0,40}\]|\([^()]{0,40}\)))?\s+for\s+(?P<of>[A-Za-z][^;:()\[\]\d=<>]{1,80}?)"
                       r"(?=\s*(?:" + _NEXT_OF_LIST.replace("?P<value>", "?:") + r"|;|\.(?!\d)|\(|$))")
NEXT_VALUE_FOR = re.compile(r"\s*" + _NEXT_OF_LIST + VALUE_FOR.pattern)
# What an item of such a list is when it is no outcome: people, a time, an analysis, an arm ("0.84 for
# smokers", "for the first year", "for the per-protocol analysis", "1.00 for the placebo group").
NOT_A_LISTED_OUTCOME = re.compile(r"\b(?:smokers?|non-?smokers?|men|women|males?|females?|boys|girls|children|adults|"
                                  r"patients|participants|people|those|subjects|years?|months?|weeks?|days?|first|second|"
                                  r"third|analys[ie]s|population|groups?|arms?|cohorts?|subgroups?|placebo|control|"
                                  r"intention|protocol)\b", re.I)
NOT_AN_OUTCOME_OF_A_LIST = re.compile(r"\b(?:strat(?:um|a)|doses?|dosing|region|regions|countr(?:y|ies)|sites?|centres?|centers?|"
                                      r"trials?|studies|quartiles?|quintiles?|tertiles?|categor(?:y|ies)|levels?|users?)\b", re.I)
# The words a list's heading uses for its outcomes, none of them one: "the primary endpoints", "the outcomes".
LISTED_OUTCOMES_HEADING = re.compile(r"^(?:the\s+)?(?:(?:primary|secondary|main|key|individual|other|following)\s+)*"
                                     r"(?:end\s*-?points?|outcomes?|events?|components?)$", re.I)


def _may_name_an_outcome(words: str) -> bool:
    """Whether an item of a ratio's list named once may be an outcome: one the vocabulary knows (a
    measure, an event, a disease: "stroke"), or words that may name one ("sudden unexplained
    collapse", "fear of falling"), not a place by its capital ("Europe"), a stratum, a dose or a
    drug ("ticagrelor"): a ratio named once may be listed for those as well."""
    from .. import vocab
    from ..vocab.lexicon import Tokens
    from .interventions import INN
    words = re.sub(r"^(?:the|an?)\s+", "", words.strip(), flags=re.I)
    lexicons = (vocab.measure_lexicon(), vocab.lexicon("conditions"), vocab.lexicon("adverse_events"))
    hits = max((lexicon.find(Tokens(words)) for lexicon in lexicons), key=lambda h: sum(len(x.text) for x in h))
    if hits and sum(len(h.text) for h in hits) >= 0.6 * len(words):
        return True
    return not (words[:1].isupper() or NOT_AN_OUTCOME_OF_A_LIST.search(words) or INN.search(words)
                or vocab.lexicon("interventions").find(Tokens(words)))


def _listed_effects(norm: str, kind: str, value: float, start: int, first: re.Match,
                    named_once: bool = False) -> list[EffectStat] | None:
    """The effects of a list of values each given for its outcome, ``first`` (after the value
    ``value`` whose statistic's name starts at ``start``) opening it; None where an item is no
    outcome (a subgroup, a time, an analysis, an arm). ``named_once``: the statistic is named in
    the singular ("the hazard ratio was 1.13 (…) for all cause mortality and 1.12 (…) for
    cardiovascular mortality"), a list only of two items or more, each one that may name an
    outcome (one value "for" something may be for anything)."""
    items, end = [first], first.end()
    while (more := NEXT_VALUE_FOR.match(norm, end)) is not None:
        if more.group().lstrip().startswith(";") and ("." not in more["value"] or NOT_A_LISTED_OUTCOME.search(more["of"])):
            # (past a semicolon the list goes on only with an estimate, a decimal, for an outcome:
            # "; 1.10 (…) for women" is a subgroup's, "; 12 (5%) for stroke" a count)
            break
        items.append(more)
        end = more.end()
    if any(NOT_A_LISTED_OUTCOME.search(x["of"]) for x in items):
        return None
    if named_once and (len(items) < 2 or not all(_may_name_an_outcome(x["of"]) for x in items)):
        return None
    return [EffectStat(kind, value, start, first.end(), first["of"], value_end=first.start()),
            *(EffectStat(kind, number(x["value"]), x.start("value"), x.end(), x["of"], True, x.end("value")) for x in items[1:])]


# A statistic named in the plural, its values listed: "HRs of 1.25 [95% CI …] and 1.45 [95% CI …]".
BRACKET_NEXT = re.compile(r"\s*[\[(（]")
PLURAL_KIND = re.compile(r"(?:ratios|risks|differences|sizes|(?-i:[A-Z]s))$", re.I)
NEXT_OF_LIST = re.compile(r"\s*(?:\[[^\[\]]{0,40}\]|\([^()]{0,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<value>" + NUM + r")(?!\d|\.\d)")
# "The hazard ratio for death from any cause was 0.80", "the relative risk (RR) for progression to
# dementia in the drug K group was 0.75": a ratio, its outcome, then "was" (no number, no clause
# between). (A pattern of its own: inside EFFECT_STAT it made that one's analysis twice as long.)
RATIO_FOR_WAS = re.compile(r"(?P<kind>\b(?:(?:adjusted|pooled|summary)\s+)?(?:hazard|odds|risk|rate)\s+ratio|\brelative\s+risk|(?<![A-Za-z])(?-i:a?HR|a?OR|a?RR|IRR)(?![a-z]))s?\s*(?:\([^()]{0,20}\)\s*)?"
                           r"\s(?:for|of)\s+(?P<of>[A-Za-z][^,;:()\[\]\d=<>]*?)(?:\s*\([^()]{1,30}\))?\s+(?:was|were|is)(?:\s+as\s+follows)?\s*:?\s+(?P<value>"
                           + NUM + r")(?!\d|\.\d)", re.I)  # ("… of coffee consumption (≥8 cups/d) was 0.77": an aside before the verb)
DIFFERENCE_FOR_COLON = re.compile(r"[(（]\s*(?P<kind>(?-i:[WS]?MD)|(?:weighted\s+)?mean\s+difference)\s+for\s+(?P<of>[A-Za-z][^,;:()\[\]\d=<>]{1,60}?)"
                                  r"\s*:\s*(?P<value>" + NUM + r")(?!\d|\.\d)", re.I)
HEART_RATE_WORDS = re.compile(r"\b(?:mean|average|resting|maximal|maximum|peak)\s+$", re.I)
HEART_RATE_AFTER = re.compile(r"\s*(?:\([^()]{0,16}\)\s*)?(?:beats?|bpm|breaths?|/\s*min\b|次\s*/\s*分)", re.I)
# (A value may end its sentence: "(?!\d|\.\d)" after it, not "(?![\d.])", which lost "… was 0.84.")
# Whole words only: "differences" holds an "es" and "hazard" an "ar", neither an ES nor an OR.
EFFECT_KIND = (
    (re.compile(r"odds|\ba?ORs?\b|比值比|优势比", re.I), "odds_ratio"),
    (re.compile(r"hazard|\ba?HRs?\b|风险比", re.I), "hazard_ratio"),
    (re.compile(r"risk ratio|relative risk|\bI?RRs?\b|incidence rate|相对危险|相对风险", re.I), "risk_ratio"),
    (re.compile(r"standardi|\bSMDs?\b|hedges|cohen|effect size|\bES\b|效应量|标准化", re.I), "smd"),
    (re.compile(r"mean diff|\bW?MDs?\b|\bRDs?\b|均数差|平均差|\bdifference", re.I), "mean_difference"),
    (re.compile(r"差"), "mean_difference"),  # "两组差异为-1.2分": a difference between the groups' means
)
CHANGE = re.compile(r"\bchange\b|变化|改善幅度|下降幅度|降幅|增幅", re.I)
# "difference" or 差异 alone, as a verdict's word ("no significant difference: 94% vs 93%"), not a named statistic.
BARE_DIFFERENCE_WORD = re.compile(r"differences?|差异|差別|差别", re.I)
# A value set against another right after it (and its bracket): "94%(95%CI:92-96%)对93%", "12.1 vs 9.8".
PAIR_NEXT = re.compile(r"\s*(?:%|[A-Za-z]{1,8}|[\u4e00-\u9fff]{1,4})?\s*(?:[(（\[][^()（）\[\]]{0,60}[)）\]])?\s*(?:对|對|vs\.?|versus)\s*[-−]?\d", re.I)


@dataclass(frozen=True)
class EffectStat:
    type: str
    value: float
    start: int
    end: int
    outcome: str | None = None  # the words between its name and its value: "for death" names death
    listed: bool = False  # a value of a list after its name's first: ", 0.91 for MI" (no name of its own)
    value_end: int | None = None  # where the value ends, when the outcome comes after it ("1.13 (…) for death")


@_per_text
def effect_stats(text: str) -> list[EffectStat]:
    """Named effect statistics: OR, RR, HR, mean difference, SMD / g / d; the name's
    abbreviation may stand between it and the value, in round or square brackets.

    >>> [(e.type, e.value) for e in effect_stats("adjusted OR 1.62 (95% CI 1.25-2.10); MD = -0.7; Hedges' g 0.45")]
    [('odds_ratio', 1.62), ('mean_difference', -0.7), ('smd', 0.45)]
    >>> [(e.type, e.value) for e in effect_stats("两组WOMAC总分变化量的组间差异为-10.3分; 两组VAS差异为-1.2分; "
    ...                                          "the mean differences in change versus placebo were 17 m")]
    [('difference_in_change', -10.3), ('mean_difference', -1.2), ('difference_in_change', 17)]
    >>> [(e.type, e.value) for e in effect_stats("(hazard ratio [HR] 1.04); relative risk [RR], 0.77")]
    [('hazard_ratio', 1.04), ('risk_ratio', 0.77)]
    >>> [(e.type, e.value) for e in effect_stats("the effect size was d = 0.39 (95% CI: 0.13-0.65); 3 d later")]
    [('effect_size', 0.39)]
    >>> [(e.type, e.value, e.outcome) for e in effect_stats("The hazard ratio for death from any cause was 0.80 (95% CI 0.7-0.9)")]
    [('hazard_ratio', 0.8, 'death from any cause')]
    >>> [(e.type, e.value) for e in effect_stats("with HRs of 1.25 [95% CI 1.05–1.49] and 1.45 [95% CI 1.03–2.06]; HR 1.3 and 20 patients")]
    [('hazard_ratio', 1.25), ('hazard_ratio', 1.45), ('hazard_ratio', 1.3)]
    >>> [(e.type, e.value) for e in effect_stats("ORs of 1.2 and 20 patients")]
    [('odds_ratio', 1.2)]
    >>> [(e.type, e.value) for e in effect_stats("(HR 0.59, RD −4.57 cases/100 person-years); risk difference 3.2%")]
    [('hazard_ratio', 0.59), ('mean_difference', -4.57), ('mean_difference', 3.2)]
    >>> effect_stats("没有显著差异:94%(95%CI:92-96%)对93%"), effect_stats("no difference: 12.1 (3.0) vs 9.8 (2.9)")
    ([], [])
    >>> [(e.type, e.value, e.outcome) for e in effect_stats("(MD for early satiety: -1.11, 95% CI: not reported)")]
    [('mean_difference', -1.11, 'early satiety')]
    """
    out = []
    norm = normalize(text)
    for m in EFFECT_STAT.finditer(norm):
        if HEART_RATE_AFTER.match(norm, m.end()):
            continue  # "HR: 68.2 (7.1) beats/min": a heart rate, no hazard ratio
        kind = next((name for pattern, name in EFFECT_KIND if pattern.search(m["kind"])), "effect_size")
        if kind == "mean_difference" and BARE_DIFFERENCE_WORD.fullmatch(m["kind"]) and ":" in norm[m.end("kind"):m.start("value")] \
                and PAIR_NEXT.match(norm, m.end()):
            continue  # ("没有显著差异:94%(95%CI:92-96%)对93%(…)": the first of two sides' values, no difference)
        if kind == "mean_difference" and CHANGE.search(norm[max(0, m.start() - 14):m.end()]):
            kind = "difference_in_change"  # "the difference in change", "变化量的组间差异"
        out.append(EffectStat(kind, number(m["value"]), m.start(), m.end()))
        first = VALUE_FOR.match(norm, m.end())
        if first is not None and (listed := _listed_effects(norm, kind, out[-1].value, m.start(), first,
                                                            named_once=not PLURAL_KIND.search(m["kind"]))) is not None:
            # "The hazard ratios were 0.84 for cardiovascular death, 0.91 for MI and 0.26 for stroke":
            # each value of the list is one, of the outcome after it
            out[-1:] = listed
            continue
        if PLURAL_KIND.search(m["kind"]):
            # "HRs of 1.25 [95% CI 1.05–1.49] and 1.45 [95% CI 1.03–2.06]": each value of the list is one
            end = m.end()
            while (more := NEXT_OF_LIST.match(norm, end)) is not None and (
                    "." in more["value"] or BRACKET_NEXT.match(norm, more.end())):  # (not "… and 20 patients")
                out.append(EffectStat(kind, number(more["value"]), more.start("value"), more.end()))
                end = more.end()
    if "MD for" in norm or "difference for" in norm:
        for m in DIFFERENCE_FOR_COLON.finditer(norm):
            # "(MD for early satiety: -1.11, 95% CI: not reported)": the difference of the outcome it names
            if not any(e.start <= m.start("value") < e.end for e in out):
                out.append(EffectStat("mean_difference", number(m["value"]), m.start("kind"), m.end(), m["of"].strip()))
        out.sort(key=lambda e: e.start)
    if "ratio" in norm or "risk" in norm or "R " in norm or "Rs " in norm:  # ("HR of …", "HR (95% CI) for …")
        for m in RATIO_FOR_WAS.finditer(norm):
            if m["kind"].rstrip("s").upper().endswith("HR") and (HEART_RATE_WORDS.search(norm, max(0, m.start() - 12), m.start())
                                                                 or number(m["value"]) >= 20):
                continue  # ("the mean HR of the A group was 72.4": a heart rate)
            if not any(e.start <= m.start("value") < e.end for e in out):
                kind = next((name for pattern, name in EFFECT_KIND if pattern.search(m["kind"])), "effect_size")
                # ("The hazard ratios for the primary endpoints were as follows: 0.84 for …, 0.83 for …":
                # the outcome each value is given for, not the list's heading; where the heading names an
                # outcome, "for death were 0.84 for smokers …", the words after each value are not one)
                first = VALUE_FOR.match(norm, m.end()) if norm[m.start("kind"):m.start("of")].rstrip().endswith(("s for", "s of")) \
                    and LISTED_OUTCOMES_HEADING.match(m["of"].strip()) else None
                listed = _listed_effects(norm, kind, number(m["value"]), m.start(), first) if first is not None else None
                out += listed or [EffectStat(kind, number(m["value"]), m.start(), m.end(), m["of"])]
        out.sort(key=lambda e: e.start)
    return out


# ---------------------------------------------------------------------------- rates

# What a rate is counted per: "per 100 person-years", "/10,000 participant-years", "per 1000
# person years", "per 100 PY", "每千人年", "/10万人年". (The events counted, "deaths per", are
# the outcome's, not the unit's.)
_RATE_EN = re.compile(
    r"(?:\bper\s+|/\s*)(?P<base>\d{1,3}(?:[, ]\d{3})+(?![\d.])|\d+)\s*"
    r"(?:(?P<who>person|patient|participant|people|subject|wom[ae]n|m[ae]n|child(?:ren)?)s?[-\u2010\u2011\u2013 ]?"
    r"(?P<span>years?|yrs?|months?)\b|(?P<py>PYs?|PYRs?)\b)", re.I)
_RATE_ZH = re.compile(r"(?:每|/)\s*(?P<base>\d+(?:,\d{3})*(?:\s*[万萬千])?|[十百千万萬]+)\s*(?:个|個)?人\s*[·・]?\s*年")


@dataclass(frozen=True)
class RateUnit:
    """Where a text says what a rate is counted per, and that denominator in plain words."""

    per: str          # "per 1,000 person-years"
    start: int
    end: int


def _rate_base(written: str) -> int | None:
    """The number a rate's base names.

    >>> [_rate_base(s) for s in ("100", "10,000", "100 000", "千", "10万", "十万")]
    [100, 10000, 100000, 1000, 100000, 100000]
    """
    written = written.replace(",", "").replace(" ", "")
    if written.isdigit():
        return int(written)
    head, tail = written.rstrip("万萬千"), written[len(written.rstrip("万萬千")):]
    if head.isdigit() and len(tail) == 1:
        return int(head) * (10_000 if tail in "万萬" else 1000)
    return chinese_to_int(written)


@_per_text
def rate_units(text: str) -> list[RateUnit]:
    """Every "per so many person-years" in ``text``, as a plain denominator.

    >>> [(u.per, u.start) for u in rate_units("2.02 per 100 person-years; 57.1/10,000 participant-years")]
    [('per 100 person-years', 5), ('per 10,000 participant-years', 31)]
    >>> [u.per for u in rate_units("1472 and 1536 per 100 000 person years, 3.1 per 1000 PY")]
    ['per 100,000 person-years', 'per 1,000 person-years']
    >>> [u.per for u in rate_units("发生率分别为每千人年6.8例与9.0例，3.2/10万人年")]
    ['per 1,000 person-years', 'per 100,000 person-years']
    """
    norm = normalize(text)
    out = []
    if not DIGIT.search(norm) and "人" not in norm:
        return out  # (an English base is in digits; a Chinese one is "人年")
    for m in _RATE_EN.finditer(norm):
        base = _rate_base(m["base"])
        if not base:
            continue  # ("per 0 person-years" counts nothing)
        who = "person" if m["py"] else m["who"].lower()
        who = {"people": "person", "women": "woman", "men": "man", "children": "child"}.get(who, who)
        span = "months" if (m["span"] or "").lower().startswith("month") else "years"
        out.append(RateUnit(f"per {base:,} {who}-{span}", m.start(), m.end()))
    for m in _RATE_ZH.finditer(norm) if "人" in norm else ():
        base = _rate_base(m["base"])
        if base:
            out.append(RateUnit(f"per {base:,} person-years", m.start(), m.end()))
    return sorted(out, key=lambda u: u.start)
