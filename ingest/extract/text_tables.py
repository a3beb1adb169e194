"""Tables printed as plain text, without cell marks: what a results table becomes when a
PMC or journal page is copied (one row per line, cells parted by spaces only).

>>> t = find("Variables A group (n = 44) B group (n = 46) t P\\nPain score\\nWeek 2 3.1 ± 0.5 4.2 ± 0.6 −2.1 0.04\\n")[0]
>>> t.arms, [(r.label, r.measure, [s.value for s in r.values], r.p) for r in t.rows]
(['A', 'B'], [('Week 2', 'Pain score', [3.1, 4.2], 0.04)])

Such a table is known by its header: a line naming two or more groups with their sizes,
"A group (n = 44) B group (n = 46)". Below it, a line without numbers names the measure of
the rows that follow ("SAS score"); a row is its label ("Week 2", "Clinically cured")
then one value per group in the header's order, then what the columns after the groups
hold (a test statistic, a p-value). A row with fewer values than groups is not read.
Pure: text in, rows out, every row with its span so a quote is the line as printed.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from .numbers import Stat, normalize, number, stats
from .tables import CAPTION, KIND_HINT, lines_with_offsets

# "AA group (n = 44)", "对照组（n=30）", "Placebo (N = 120)": a group and its size in a header.
SIZED = re.compile(r"(?P<name>[A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff+\-/ ]{0,40}?)\s*[(（]\s*[nN]\s*[=＝]\s*(?P<n>\d+)\s*[)）]")
N_EQUALS = re.compile(r"[nN]\s*[=＝]\s*\d")
# The first column's label in a header ("Variables", "Characteristic", "项目", "指标").
FIRST_COLUMN = re.compile(r"^(?:variables?|characteristics?|outcomes?|items?|parameters?|measures?|indicators?|categor(?:y|ies)|"
                  r"项目|指标|組別|组别|变量)\s+", re.I)
# The words a group's name ends on; what stands before them in the header is other columns.
GROUP_WORD = re.compile(r"(?<!\S)(?:\S+\s+){0,3}?(?:\S*(?:group|arm|cohort)|\S*[组組])$", re.I)
# Where a table ends: a footnote, a blank-then-prose line, an explanation of its abbreviations.
FOOTNOTE = re.compile(# (an abbreviation in capitals, "ITT, intention to treat", not a label before its kind: "Length, mean ± SD")
                      r"^\s*(?:data\s+are|values\s+are|note|注|\*|†|‡|[a-z]\s*$|abbreviations?|(?-i:[A-Z]{2,}[\w-]*,\s))", re.I)
# "CXDT-HFG group ( )Placebo group ( ) P values", "治疗组 对照组 P值": a header whose groups'
# sizes the page lost; each group a name of up to four words before "group" or "arm", or a
# Chinese name on 组. (Known as a header only by the rows of values that follow it.)
UNSIZED = re.compile(r"(?P<name>(?<![\w-])[A-Za-z][\w+\-/]*(?:\s[A-Za-z][\w+\-/]*)?)\s+(?:group|arm)\b|"
                     r"(?P<zh>[\u4e00-\u9fff]{1,6}[组組])", re.I)
# Words of a sentence or a flow diagram, never of a header's group name: "between the acupuncture
# group and the sham group", "Allocated to drug K group".
NOT_A_HEADER_WORD = re.compile(r"\b(?:the|and|between|in|to|of|with|allocated|assigned|comparison|compared|patients|received|versus|vs)\b", re.I)
# What a header without sizes may hold besides its groups: empty size brackets, the p and
# statistic columns, the kind of each cell.
OTHER_COLUMNS = re.compile(r"(?:\s|[(（]\s*[)）]|[Pp][- ]?values?|[Pp]值|values?|statistics?|[tT]值?|χ2|χ²|统计量|統計量|"
                           r"mean|SD|±|95\s*%\s*CI|n\s*\(%\)|例\s*\(%\))*", re.I)
# Columns of the difference between the groups after them in a header: "Adjusted difference
# (intervention−control)", "Mean difference (95% CI)", "Difference with multiple imputation (…)".
DIFFERENCE_COLUMNS = re.compile(r"(?:\s+(?:adjusted\s+)?(?:mean\s+)?difference(?:\s+with\s+[a-z ]{1,40}?)?"
                                r"(?:\s*[(（][^()（）]{1,40}[)）])?)+\s*", re.I)
CI_NAME = re.compile(r"95\s*%\s*(?:CI|confidence)", re.I)
P_HEADER = re.compile(r"(?:p|p[- ]?values?|t|χ2|χ²|statistics?)", re.I)
# A line that names a visit, its one number the visit's: "Day 28", "Change from baseline to Day 28 (DB)",
# "Week 12"; the rows under it are at that visit.
VISIT_LINE = re.compile(r"[^\d]{0,40}?\b(?:(?:day|week|month|year)\s*\d{1,3}|\d{1,3}\s*(?:days?|weeks?|months?|years?))\b[^\d]{0,20}", re.I)
# A row that is one ratio between the two groups: "Estimated odds ratio (95% CI)", "Hazard ratio (95% CI)".
RATIO_ROW = re.compile(r"\s*(?:(?:estimated|adjusted|stratified|unadjusted)\s+)?(?P<kind>odds|hazard|risk|rate)\s+ratio\b"
                       r"[^\d]{0,30}?(?=[-−]?\d)", re.I)
P_LIKE = re.compile(r"^[<>≤≥=]?\s*(?:0?\.\d+|1(?:\.0+)?)$")
# The model a ratio row is adjusted by, no part of its outcome: "Unadjusted", "Age-adjusted", "Model 2".
RATIO_QUALIFIERS = re.compile(r"(?:\s*[,;]?\s*\b(?:crude|unadjusted|(?:age|sex|multivariable|multivariate|fully|partially)[- ]?adjusted|"
                              r"adjusted|model\s*\d+[a-z]?)\b)+\s*$|^\s*(?:crude|unadjusted|(?:age|sex|multivariable|multivariate|fully|partially)"
                              r"[- ]?adjusted|adjusted|model\s*\d+[a-z]?)\s*$", re.I)
# A subgroup's row label, no outcome: "Men", "Women", "Age ≥65 years".
SUBGROUP_ROW_LABEL = re.compile(r"(?:men|women|males?|females?|boys|girls|(?:age[ds]?\s*)?[<>≤≥]?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:years?|y)?|"
                                r"age[ds]?\b.*|white|black|asian|hispanic)", re.I)
# A row of ratios against a reference group, the outcome then the ratio's name then the
# reference's 1: "Fatal and nonfatal MI HR 1 1.7 (0.9–3.1) 2.6 (1.6–4.5) …" (the first group
# the reference, each other group's ratio with its interval after it).
REFERENCE_RATIO = re.compile(r"(?P<outcome>.*?)\s*\b(?P<kind>(?-i:a?HR|a?OR|a?RR|IRR)|(?:adjusted\s+)?(?:hazard|odds|risk|rate)\s+ratio|relative\s+risk)"
                             r"(?:\s*[(（]\s*95\s*%\s*CI\s*[)）])?\s+1(?:\.0+)?\s*(?:[(（]\s*ref(?:erence)?\.?\s*[)）])?\s*$", re.I)


@dataclass
class TextRow:
    label: str
    measure: str | None          # the measure line above the row, if any
    values: list                 # one Stat per group, in the header's order
    p: float | None
    p_relation: str | None
    start: int
    end: int
    # Under columns of the difference between the groups, each block after the groups' values:
    # (the difference with its interval, the effect size, the p-value and its relation), each but
    # the first None where the block has none.
    differences: list = field(default_factory=list)
    visit: str | None = None     # the visit line above the row, since the measure's ("Day 28", "Baseline")
    ratio: str | None = None     # a row of one ratio between the groups, "Estimated odds ratio (95% CI) 0.70 (0.46–1.06)"
    ratios: list = field(default_factory=list)  # under the header's ratio columns: (column's name, value, [low, high]) each
    reference: int | None = None  # a row of ratios against one group: that group's column (each value is another's, in order)


@dataclass
class TextTable:
    arms: list
    sizes: list
    rows: list = field(default_factory=list)
    start: int = 0
    end: int = 0
    differences: bool = False  # whether columns of the difference between the groups follow theirs
    block_order: tuple = ()  # the order of a difference's effect size and p, as the column names line prints them
    # The estimates between the groups in the columns after theirs, as the header names them
    # ("OR (95% CI) RR (95% CI)": ["OR", "RR"]), each row's read into ``TextRow.ratios``.
    ratio_columns: list = field(default_factory=list)
    hint: str | None = None  # what the line above the header says the groups' cells hold ("Raw data, n (%)")


def _arm_names(header: str) -> tuple[list[str], list[int]]:
    names, sizes = [], []
    for m in SIZED.finditer(header):
        name = FIRST_COLUMN.sub("", m["name"].strip())
        ends = GROUP_WORD.search(name)
        # (the last word, with the one before it when the last is a dose's number: "Drug 10")
        words = name.split()
        name = ends.group(0) if ends else " ".join(words[-2:]) if len(words) >= 2 and words[-1].isdigit() else words[-1]
        names.append(re.compile(r"\s*(?:group|arm|组|組)$", re.I).sub("", name).strip() or name)
        sizes.append(int(m["n"]))
    return names, sizes


def _unsized_arms(line: str, below: list[str]) -> list[str]:
    """The groups of a header that names two or more groups without their sizes, when a row
    of a value per group follows within three lines; else none.

    >>> _unsized_arms("CXDT-HFG group ( )Placebo group ( ) values", ["Mean ± SD", "Baseline4.48 ± 4.12 4.13 ± 4.33 0.572",
    ...                                                                "4 w4.01 ± 5.11 2.88 ± 2.05 0.548"])
    ['CXDT-HFG', 'Placebo']
    >>> _unsized_arms("between the acupuncture group and the sham group", ["3.1 ± 0.5 vs 4.2 ± 0.6", "2.0 ± 0.4 and 3.3 ± 0.7"])
    []
    >>> _unsized_arms("Patients in the treatment group and the control group improved.", ["Pain 3.1 ± 0.5 4.2 ± 0.6"])
    []
    """
    if len(line) > 200 or re.compile(r"\d|[.。;；]\s*$").search(line) or " " not in line.strip():
        return []
    found = list(UNSIZED.finditer(line))
    # (After the last group, columns of the difference between them may follow: "… Control group
    # Adjusted difference (intervention−control) Adjusted difference with multiple imputation (…)".)
    differences = DIFFERENCE_COLUMNS.fullmatch(line, found[-1].end()) if found else None
    groups_part = line[:found[-1].end()] if differences else line
    if len(groups_part) > 120 or NOT_A_HEADER_WORD.search(groups_part):
        return []
    names = [FIRST_COLUMN.sub("", (m["name"] or m["zh"]).strip()) for m in found]
    names = [re.compile(r"\s*(?:group|arm|组|組)$", re.I).sub("", n).strip() or n for n in names]
    # (Nothing but the groups and the columns after them: "一、針刺前實驗組和對照組基本資料之比較" is a
    # heading that names two groups, not a header.)
    if len(names) < 2 or len(set(names)) < len(names) or not OTHER_COLUMNS.fullmatch(UNSIZED.sub(" ", groups_part)):
        return []
    # (two rows of a value per group among the next lines: one such line may be prose)
    rows = [x for x in below if x.strip()][:5]
    return names if sum(1 for x in rows if sum(1 for st in stats(x) if _valued(st)) >= len(names)) >= 2 else []


# A bound in a row's name has words after it: "≥5% weight loss at 12 mo".
WORDS_AFTER_BOUND = re.compile(r"[^\d]*?[A-Za-z\u4e00-\u9fff]{2}")
# A bound's sign right before a number: "≥5%", "> 25".
BOUND_BEFORE = re.compile(r"(?:[≥≤<>]=?|\bat\s+least|\bmore\s+than|\bless\s+than)\s*$", re.I)
# A visit's line without a number: "Baseline", "Change from baseline (DB)", "End of treatment".
VISIT_WORDS = re.compile(r"(?:baseline|screening|pre-?treatment|post-?treatment|end\s+of\s+(?:treatment|study)|"
                         r"(?:mean\s+)?changes?\s+from\s+baseline)(?:\s*[(（][^()（）]{1,20}[)）])?", re.I)
# A header of arms each named by a capital then lower-case words, perhaps a p column last:
# "Combined intervention Online program only Usual care P value".
CAPITALIZED_NAME = re.compile(r"[A-Z][A-Za-z\-]*(?:\s+[a-z][a-z\-]*){0,3}")
NOT_AN_ARM_COLUMN = re.compile(r"\b(?:difference|total|overall|all|ratio|effect|estimate|pressure|score|rate|level|"
                               r"weight|index|count|time|survival|mortality|change)\b", re.I)
ARM_COLUMN_WORD = re.compile(r"\b(?:care|placebo|control|program|programme|intervention|usual|only|alone|plus|therapy|"
                             r"treatment|drug|diet|exercise|coaching|vaccine|surgery|standard|dose|group|arm|app)\b", re.I)
P_COLUMN_NAME = re.compile(r"P(?:\s*-?\s*values?)?|Significance", re.I)
# A column of an estimate between the groups, with its interval, after theirs in a header: "OR (95% CI)",
# "Hazard ratio (95% CI)", "RD (%, 95% CI)".
RATIO_COLUMN = re.compile(r"\s+(?P<name>a?ORs?|a?HRs?|I?RRs?|RDs?|(?:odds|hazard|risk|rate)\s+ratios?|relative\s+risks?|"
                          r"risk\s+differences?)\s*[(（][^()（）]{0,20}95\s*%\s*CI[^()（）]{0,10}[)）]", re.I)
# A role's name alone, as a header may name an arm in one word: "Control Intervention OR (95% CI)".
ROLE_COLUMN = re.compile(r"control|intervention|placebo|treatment|sham|experimental|active|comparator", re.I)
# An estimate and its interval in a row, "1.335 (1.180, 1.510)", "0.70 (0.46–1.06)", "2.7 (−0.2, 5.5)".
# (read on the normalised row: its minus signs ASCII)
RATIO_CELL = re.compile(r"(?P<v>-?\d+(?:\.\d+)?)\s*[(（]\s*(?P<lo>-?\d+(?:\.\d+)?)\s*(?:,|to|–|—|-|~)\s*"
                        r"(?P<hi>-?\d+(?:\.\d+)?)\s*[)）]")


def _one_kind(line: str) -> str | None:
    """What a line over a table's header says all the groups' cells hold, when it says one kind
    only ("Raw data at end of study, n (%)"); None for "n (%) or mean (SD)", which is row by row.

    >>> _one_kind("Raw data at EOS, n (%) Effects based on primary model"), _one_kind("Values are n (%) or mean (SD)")
    ('n (%)', None)
    """
    kinds = KIND_HINT.findall(line)
    return kinds[0] if len(kinds) == 1 and not re.compile(r"\b(?:or|and)\s+(?:mean|median)\b", re.I).search(line) else None


def ratio_columns(line: str) -> tuple[str, list[str]]:
    """A header line without the estimates' columns it ends on, and their names in order.

    >>> ratio_columns("Control Intervention OR (95% CI) RR (95% CI) RD (%, 95% CI)")
    ('Control Intervention', ['OR', 'RR', 'RD'])
    >>> ratio_columns("Diet plan Usual care P value")
    ('Diet plan Usual care P value', [])
    """
    names, end = [], len(line.rstrip())
    found = list(RATIO_COLUMN.finditer(line))
    while found and found[-1].end() == end:
        names.insert(0, found[-1]["name"])
        end = found[-1].start()
        found.pop()
    return line[:end], names


def _capitalized_arms(line: str, below: list[str]) -> list[str]:
    """The arms of a header that names them without sizes or group words, each opening on a
    capital ("Combined intervention Online program only Usual care P value"), when two of the
    next lines are rows of exactly one value with its spread or interval per arm; else none.

    >>> _capitalized_arms("Diet plan Usual care P value", ["Weight, kg", "Change –3.1 (–3.7 to –2.5) –1.2 (–2.1 to –0.3) <.001",
    ...                                                      "Change at 6 mo –2.9 (–3.5 to –2.3) –1.0 (–1.9 to –0.1)"])
    ['Diet plan', 'Usual care']
    >>> _capitalized_arms("Results Were Good", ["Pain 3.1 ± 0.5 4.2 ± 0.6 2.0 ± 0.1", "Pain 3.1 ± 0.5 4.2 ± 0.6 2.0 ± 0.1"])
    []
    """
    line, ratios = ratio_columns(line)
    if len(line) > 120 or re.compile(r"[\d.,;:()%]").search(line):
        return []
    names = CAPITALIZED_NAME.findall(line)
    if "".join(names).replace(" ", "") != line.replace(" ", ""):
        return []
    if names and P_COLUMN_NAME.fullmatch(names[-1]):
        names = names[:-1]
    # (not a column of the arms' difference or of everyone, "Difference", "Total"; not a header of
    # measures over rows of arms, "Systolic pressure Diastolic pressure"; an arm's word in one of them)
    if any(NOT_AN_ARM_COLUMN.search(n) for n in names) or not any(ARM_COLUMN_WORD.search(n) for n in names):
        return []
    # (names of two words or more: "Results Were Good" is a title's words, one each; or roles alone
    # before the estimates between them, "Control Intervention OR (95% CI)")
    if not 2 <= len(names) <= 5 or len(set(names)) < len(names) or NOT_A_HEADER_WORD.search(line) \
            or all(" " not in n for n in names) and not (ratios and all(ROLE_COLUMN.fullmatch(n) for n in names)):
        return []
    rows = 0
    for x in below:
        valued = [st for st in stats(x) if st.has_spread]
        rows += len(valued) == len(names)
    return names if rows >= 2 else []


def _is_header(line: str) -> bool:
    """A header, not a sentence that names the groups ("were assigned to the A group (n = 30)
    or the B group (n = 30)."): no closing stop, and before its first group at most a short
    first-column label.

    >>> _is_header("Variables A group (n = 44) B group (n = 46) t P")
    True
    >>> _is_header("Sixty were assigned to the A group (n = 30) or the B group (n = 30).")
    False
    """
    first = SIZED.search(line)
    lead = line[:first.start("name")] + first["name"]
    return len(line) < 200 and not re.compile(r"[.。;；]\s*$").search(line) and len(lead.split()) <= 4 and len(lead) <= 40


def valued_row(line: str) -> bool:
    """Whether a short line is a table's row (a label and its values), not one cell of a header
    printed on its own line: it holds a value with its spread or share.

    >>> valued_row("Hospital days 11.7 ± 4.7 9.3 ± 3.2"), valued_row("(n = 683) (%)"), valued_row("Laparoscopic")
    (True, False, False)
    """
    return any(_valued(s) for s in stats(line))


def _ratio_kind(name: str) -> str:
    """What a ratio's name says it is of, as ``RATIO_ROW``'s kind.

    >>> [_ratio_kind(x) for x in ("HR", "aOR", "IRR", "Relative risk", "adjusted hazard ratio")]
    ['hazard', 'odds', 'rate', 'risk', 'hazard']
    """
    name = name.lower()
    return "hazard" if name.endswith("hr") or "hazard" in name else "odds" if name.endswith("or") or "odds" in name else \
        "rate" if name == "irr" or "rate" in name else "risk"


def _valued(st: Stat) -> bool:
    return st.has_spread or st.percent or st.count_pct is not None


def _first_minus_second(columns: str, arms: list) -> bool:
    """Whether every difference column's bracket says the first group minus the second:
    "Adjusted difference (intervention−control)" of the groups Intervention and Control.

    >>> _first_minus_second(" Adjusted difference (exercise−usual care)", ["Exercise", "Usual care"]), _first_minus_second(" Difference (usual care−exercise)", ["Exercise", "Usual care"])
    (True, False)
    """
    said = re.findall(r"[(（]([^()（）]+)[)）]", columns)
    if len(arms) != 2 or not said:
        return False
    for inside in said:
        sides = re.split(r"\s*(?:−|–|-|minus|vs\.?|versus)\s*", inside.strip(), maxsplit=1)
        if len(sides) != 2 or not all(s and a.lower().startswith(s.lower()[:4]) or s.lower().startswith(a.lower()[:4])
                                      for s, a in zip(sides, arms)):
            return False
    return True


def _block_order(line: str) -> tuple:
    """The order of a difference's effect size and p-value in a line of column names ("… Mean (95% CI)
    Effect size P value …"), or () where the line does not say it."""
    low = line.lower()
    at_effect, at_p = low.find("effect size"), low.find("p value")
    if at_effect < 0 or at_p < 0:
        return ()
    return ("effect", "p") if at_effect < at_p else ("p", "effect")


def _difference_blocks(line: str, after: list, order: tuple = ("effect", "p")) -> list[tuple]:
    """The blocks of a row's cells after its groups' values under columns of differences: each a
    difference with its interval, then (as the header orders them) an effect size and a p-value.

    >>> row = "3 months 50.1 (8.3) 55.1 (8.6) –6.6 (–8.5 to –4.6) –1.0 <0.001 –5.9 (–7.9 to –3.9) –0.8 0.02"
    >>> [(d.value, e.value if e else None, p) for d, e, p in _difference_blocks(row, stats(row)[3:])]
    [(-6.6, -1.0, (0.001, '<')), (-5.9, -0.8, (0.02, '='))]
    """
    starts = [k for k, st in enumerate(after) if isinstance(st.dispersion_value, list)]
    out = []
    for n, k in enumerate(starts):
        rest = after[k + 1:starts[n + 1] if n + 1 < len(starts) else len(after)]
        if len(rest) > 2:
            return []  # (more cells than a block holds: which is which, unknown)
        p = effect = None
        if len(rest) == 2 and order:
            # (an effect size and a p-value, in the order the column names print them)
            p_cell, effect_cell = (rest[1], rest[0]) if order == ("effect", "p") else (rest[0], rest[1])
            if P_LIKE.match(str(p_cell.value)):
                p, effect = (float(p_cell.value), _relation(line, p_cell)), _signed(line, effect_cell)
        elif len(rest) == 1 and P_LIKE.match(str(rest[0].value)) and _relation(line, rest[0]) != "=":
            p = (float(rest[0].value), _relation(line, rest[0]))  # ("<0.001": a p, whatever the order)
        difference = _signed(line, after[k])
        low, high = difference.dispersion_value
        if not low <= difference.value <= high:
            return []  # (a difference outside its own interval: misread, read nothing)
        out.append((difference, effect, p))
    return out


def _signed(line: str, st):
    """A cell's value with the minus sign the number reader took for a range's dash after the cell
    before it ("<0.001 –5.9 (–7.9 to –3.9)" holds −5.9)."""
    if st.value > 0 and st.start >= 2 and line[st.start - 1] in "–-−" and line[st.start - 2] == " ":
        return dataclasses.replace(st, value=-st.value)
    return st


# A minus sign with a space after it, before a cell's value: "Mean (SD) - 15.2 (13.07) - 14.5 (10.53)".
GLUED_COUNT = re.compile(r"(?<=[A-Za-z])(?P<n>\d+)\s*[(（]\s*$")


def count_of_share(count: int, share: str) -> bool:
    """Whether ``count`` people can be the printed ``share`` of some group: 32 is 17.3% of 185,
    but 1 is 12.0% of no group (the "1" of "H1N1 (12.0%)" is the name's).

    >>> count_of_share(32, "17.3%"), count_of_share(24, "13.0"), count_of_share(1, "12.0%"), count_of_share(17, "35.2%")
    (True, True, False, False)
    >>> count_of_share(0, "0%"), count_of_share(0, "1.6%")
    (True, False)
    """
    m = re.search(r"\d+(?:\.(\d+))?", share)
    if m is None or count < 0:
        return False
    pct = float(m.group())
    if count == 0:
        return pct == 0  # ("Stroke0 (0%)": none of a group is 0%)
    if not 0 < pct <= 100:
        return False
    tolerance = 0.5 * 10 ** -len(m.group(1) or "")
    size = count * 100 / pct
    return any(n >= count and abs(100 * count / n - pct) <= tolerance + 1e-9 for n in (int(size), int(size) + 1) if n > 0)
SPACED_SIGN_END = re.compile(r"(?:^|\s)[-–−]\s$")


# A row or measure of changes, whose cells may be of either sign.
CHANGE_NAMED = re.compile(r"\b(?:changes?|reductions?|decreases?|increases?|differences?|improvements?)\b", re.I)


def _spaced_signs(line: str, values: list, change: bool = False) -> list | None:
    """A row's values with the minus signs a page printed apart from their numbers, "- 15.2
    (13.07) - 14.5 (10.53)": where the first cell has a dash and a space before it and a later
    one too, each such dash is its cell's sign. Where the first has none, dashes between the cells
    part them ("24.1 (3.05) - 23.8 (3.40)"); where the first alone has one, it may be the label's
    ("Weight - 15.2 (3.1) 14.1 (2.0)"): None, the row unread. A count is never signed.

    >>> row = "Mean (SD) - 15.2 (13.07) 14.5 (10.53) - 15.1 (12.21)"
    >>> [v.value for v in _spaced_signs(row, stats(row))]
    [-15.2, 14.5, -15.1]
    >>> [v.value for v in _spaced_signs("Mean (SD) 24.1 (3.05) - 23.8 (3.40)", stats("Mean (SD) 24.1 (3.05) - 23.8 (3.40)"))]
    [24.1, 23.8]
    >>> _spaced_signs("Weight - 15.2 (3.1) 14.1 (2.0)", stats("Weight - 15.2 (3.1) 14.1 (2.0)")) is None
    True
    """
    signed = [st.value > 0 and SPACED_SIGN_END.search(line, 0, st.start) is not None for st in values]
    if not signed or not signed[0]:
        # (in a row of changes, "0.8 (2.1) - 1.5 (2.3)": a minus or a dash between the cells, unknown)
        return None if change and any(signed) else values
    if not any(signed[1:]) or any(st.count_pct is not None for st in values):
        return None
    return [dataclasses.replace(st, value=-st.value) if minus else st for st, minus in zip(values, signed)]


def _relation(line: str, st) -> str:
    """"<", "<=", ">=", ">" or "=" before a p-value in a row's text."""
    sign = re.compile(r"([<>≤≥])\s*$").search(line[:st.start])
    return {"≤": "<=", "≥": ">="}.get(sign.group(1), sign.group(1)) if sign else "="


def find(text: str) -> list[TextTable]:
    """Every plain-text table of ``text`` (see the module's docstring)."""
    out: list[TextTable] = []
    current: TextTable | None = None
    measure = visit = None
    short: list[tuple[str, int]] = []  # the run of short lines just above: a header printed a cell a line
    joined, growing = "", None
    lines = lines_with_offsets(text)
    for index, (line, at) in enumerate(lines):
        stripped = line.strip()
        following = lines[index + 1][0] if index + 1 < len(lines) else ""
        if " | " in line:
            current = None  # (tables with cell marks are tables.py's)
            continue
        # (Two "n = N" first: the group pattern is costly to try on every line.)
        arms, sizes = _arm_names(stripped) if len(N_EQUALS.findall(stripped)) >= 2 else ([], [])
        if len(arms) < 2 and current is None and stripped and not N_EQUALS.search(stripped):
            arms = _unsized_arms(stripped, [x for x, _ in lines[index + 1:index + 7]])
            capitalized = not arms
            if capitalized:
                arms = _capitalized_arms(stripped, [x for x, _ in lines[index + 1:index + 11]])
            sizes = [None] * len(arms)
            if arms:
                found = list(UNSIZED.finditer(stripped))
                differences = None if capitalized else DIFFERENCE_COLUMNS.fullmatch(stripped, found[-1].end())
                above = next((x.strip() for x, _ in reversed(lines[max(0, index - 2):index]) if x.strip()), "")
                current, measure, visit, short = TextTable(arms, sizes, start=at, end=at + len(line), differences=bool(
                    differences and _first_minus_second(differences.group(), arms)), block_order=_block_order(following),
                    ratio_columns=ratio_columns(stripped)[1] if capitalized else [],
                    hint=_one_kind(above)), None, None, []
                out.append(current)
                growing = None
                continue
        header_at = at
        if len(arms) < 2 and stripped and len(stripped) <= 40 and not valued_row(stripped):
            # "Open\n(n = 683) (%)\nLaparoscopic\n(n = 683) (%)": the header's cells one a line.
            # (a caption's "Table 2." and what follows it are no cells of the header below them)
            short = [] if CAPTION.match(stripped) else short + [(stripped, at)]
            joined = " ".join(x for x, _ in short)
            if len(N_EQUALS.findall(joined)) >= 2:
                arms, sizes = _arm_names(joined)
                first = next((k for k, (x, _) in enumerate(short) if SIZED.search(" ".join(y for y, _ in short[:k + 1]))), 0)
                header_at = short[max(0, first - 1)][1]
                stripped = joined
        elif stripped:
            short = []
        if len(arms) >= 2 and _is_header(stripped):
            current, measure, visit, short = TextTable(arms, sizes, start=header_at, end=at + len(line)), None, None, []
            out.append(current)
            growing = joined if stripped == joined else None
            continue
        if current is not None and growing is not None and stripped and len(stripped) <= 40 and not valued_row(stripped) \
                and (N_EQUALS.search(stripped) or N_EQUALS.search(following) or P_HEADER.fullmatch(stripped)):
            # (the header's further cells, one a line: "Total\n(n = 1366) (%)\np-value")
            growing = f"{growing} {stripped}"
            more, more_sizes = _arm_names(growing)
            if len(more) > len(current.arms):
                current.arms, current.sizes = more, more_sizes
            current.end = at + len(line)
            continue
        if stripped:
            growing = None
        if current is None:
            continue
        if not stripped:
            if current.sizes and current.sizes[0] is None and current.rows:
                current = None  # (a table known only by its rows ends where they do)
            continue
        if FOOTNOTE.match(stripped) or len(stripped) > 160:
            current = None
            continue
        # (an interval's name is no share: "Mean (95% CI)" in a line of the header's column names)
        found = [st for st in stats(stripped) if not CI_NAME.match(stripped, st.start)]
        # (a bound in the row's name is no cell: "Participants had ≥5% weight loss at 12 mo, % (95% CI) 32.3 (…)")
        while found and BOUND_BEFORE.search(stripped, 0, found[0].start) and WORDS_AFTER_BOUND.match(
                stripped, found[0].end, found[1].start if len(found) > 1 else len(stripped)):
            found = found[1:]  # (not a cell printed with its bound, ">36.0 (30.1 to 40.0)": no words after it)
        values = [s for s in found if _valued(s)]
        if not values and (VISIT_LINE.fullmatch(stripped) or VISIT_WORDS.fullmatch(stripped)):
            # (a visit's line, "Day 28", "Baseline", "Change from baseline to Day 28 (DB)": the rows under
            # it are at that visit, of the measure named above it)
            visit = stripped
            continue
        if not found or (not values and re.compile(r"[:：]\s*$").search(stripped)):
            # (a measure's line: "Migraine days§"; "Pediatric quality of life inventory 4.0—… score:",
            # a number in its name, ending on its colon)
            measure = stripped.rstrip(" :：§†‡*#¶")  # (without its footnote's mark: "Migraine days§")
            visit = None
            continue
        k = len(current.arms)
        against = REFERENCE_RATIO.fullmatch(stripped, 0, values[0].start) if k >= 2 and len(values) >= k - 1 else None
        if against is not None and all(isinstance(v.dispersion_value, (list, tuple)) for v in values[:k - 1]):
            # (the outcome's name before the ratio's is the measure of the rows under it: "No. of events
            # 25 (9.3) …"; the row itself each later group's ratio against the first)
            # (not the model it was adjusted by, "Unadjusted HR 1 …", "Model 2 HR 1 …", under the measure's
            # own line; nor a subgroup's row, "Men HR 1 …": whose, the record cannot say)
            outcome = RATIO_QUALIFIERS.sub("", against["outcome"]).strip(" ,;:")
            if SUBGROUP_ROW_LABEL.fullmatch(outcome):
                continue
            measure, visit = outcome or measure, None
            if not measure:
                continue
            offset = line.index(stripped)
            current.rows.append(TextRow("", measure, values[:k - 1], None, None, at + offset, at + offset + len(stripped),
                                        ratio=_ratio_kind(against["kind"]), reference=0))
            current.end = at + len(line)
            continue
        ratio = RATIO_ROW.match(stripped) if k == 2 and len(found) >= 1 else None
        if ratio is not None and found[0].dispersion == "pair" and not any(st.start < found[0].start for st in found) \
                and all(P_LIKE.match(stripped[st.start:st.end].strip()) for st in found[1:]):
            # (one value between the two groups' columns, and its p at most: their ratio, with its interval,
            # of the measure above; "Hazard ratio 1.20 (…) 1.35 (…)" is each column's own)
            offset = line.index(stripped)
            p = next((st for st in found[1:] if P_LIKE.match(stripped[st.start:st.end].strip())), None)
            current.rows.append(TextRow(stripped[:found[0].start].strip(), measure, [found[0]], float(p.value) if p else None,
                                        _relation(stripped, p) if p else None, at + offset, at + offset + len(stripped),
                                        visit=visit, ratio=ratio["kind"]))
            current.end = at + len(line)
            continue
        if len(values) < k:
            continue
        row_values = _spaced_signs(stripped, values[:k], CHANGE_NAMED.search(stripped[:values[0].start] + " " + (measure or "")) is not None)
        if row_values is None:
            continue  # (a dash before the first value alone: a sign or the label's dash, unknown)
        first = row_values[0]
        label = SPACED_SIGN_END.sub("", stripped[:first.start]).strip() if first.value < 0 < values[0].value \
            else stripped[:first.start].strip()
        if first.percent and (glued := GLUED_COUNT.search(label)) and count_of_share(int(glued["n"]), stripped[first.start:first.end]):
            # ("All-cause mortality32 (17.3%)49 (27.1%)…": the first group's count glued to the label
            # and its share's bracket, no part of the label; "H1N1 (12.0%)": 1 of no group is 12.0%)
            label = label[:glued.start()]
        if k >= 2 and all(re.compile(r"\s+\d+\s+").fullmatch(stripped[a.end:b.start]) for a, b in zip(row_values, row_values[1:])):
            # (each group's count of people before its value, "Baseline 121 57.8 (8.8) 121 59.0 (7.8)":
            # the first group's is no part of the label)
            label = re.compile(r"\s+\d+$").sub("", label)
        after = [s for s in found if s.start >= row_values[-1].end]
        p = after[-1] if after and P_LIKE.match(stripped[after[-1].start:after[-1].end].strip()) and len(after) >= 1 else None
        relation = _relation(stripped, p) if p is not None else None
        offset = line.index(stripped)
        blocks = _difference_blocks(stripped, after, current.block_order) if current.differences else []
        if blocks:
            p = relation = None  # (each difference has its own p)
        ratios = []
        if current.ratio_columns:
            # (under "OR (95% CI) RR (95% CI)": each estimate with its interval, one per column, or none read)
            cells = list(RATIO_CELL.finditer(normalize(stripped), row_values[-1].end))
            if len(cells) == len(current.ratio_columns):
                ratios = [(name, number(c["v"]), [number(c["lo"]), number(c["hi"])]) for name, c in zip(current.ratio_columns, cells)]
            p = relation = None
        current.rows.append(TextRow(label, measure, row_values, float(p.value) if p is not None else None,
                                    relation, at + offset, at + offset + len(stripped), blocks, visit, ratios=ratios))
        current.end = at + len(line)
    return [t for t in out if t.rows]
