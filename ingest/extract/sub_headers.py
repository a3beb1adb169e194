"""Tables whose header has a second row under it: each column named by both rows.

Journal tables span a heading over several columns and name each under it on a row of its
own. Pages print the second row as the table's first row, so the columns' names are split
over two lines. Two ways are common:

- **arms over their statistics**: "Measure | Ketamine | Placebo" over "Mean | SD | N | Mean |
  SD | N", each arm's value in several cells. The cells of an arm are read as one
  ("25.1 | 8.3 | 20" → "25.1 ± 8.3"; "12/20 | 60.0" → "12/20 (60.0)"), so the table reads as
  one of an arm a column;

>>> [(header, rows, _, _, _)] = resolve(["Measure", "Drug K", "Placebo"],
...                                [["Mean", "SD", "N", "Mean", "SD", "N"], ["Pain"], ["Day 1", "3.1", "1.2", "20", "4.0", "1.5", "19"],
...                                 ["n/N", "%", "n/N", "%"], ["Response"], ["Day 1", "12/20", "60.0", "7/19", "36.8"]])
>>> header, rows
(['Measure', 'Drug K', 'Placebo'], [(1, ['Pain']), (2, ['Day 1', '3.1 ± 1.2', '4.0 ± 1.5']), (4, ['Response']), (5, ['Day 1', '12/20 (60.0)', '7/19 (36.8)'])])

- **a heading over the arms**: "Outcome | Mean change from baseline (95% CI) | Mean difference
  (95% CI) | P value" over "Drug K (n = 51) | Placebo (n = 53) | Drug K vs placebo", the
  first heading spanning the arms, the next the comparisons. The arms name their columns;
  a heading over one comparison names it; the columns under no name of the second row take
  the last headings, one each. The heading over the arms says what their cells hold
  (``arms_heading``).

>>> resolve(["Outcome", "Mean change (95% CI)", "Mean difference (95% CI)", "P value"],
...         [["Drug K (n = 51)", "Placebo (n = 53)", "Drug K vs placebo"], ["Day 2", "−2.7 (−4.1 to −1.3)", "−1.0 (−2.0 to 0.1)", "−1.7 (−3.1 to −0.3)", ".02"]])
[(['Outcome', 'Drug K (n = 51)', 'Placebo (n = 53)', 'Mean difference (95% CI)', 'P value'], [(1, ['Day 2', '−2.7 (−4.1 to −1.3)', '−1.0 (−2.0 to 0.1)', '−1.7 (−3.1 to −0.3)', '.02'])], 'Mean change (95% CI)', '', [('h', 0), ('s', 0), ('s', 1), ('h', 2), ('h', 3)])]

Anything else is left as it was (``resolve`` returns None): a second row that names neither
arms nor their statistics, headings whose spans cannot be told. Pure: cells in, cells out;
the rows keep their lines, so a quote is still the row as printed.
"""
from __future__ import annotations

import re

# A statistic a column under an arm holds: "Mean", "SD", "N with data", "n/N in trial", "%".
STATISTIC = re.compile(r"\s*(?:(?P<mean>mean)|(?P<sd>sd|s\.d\.)|(?P<se>se|sem|s\.e\.)|(?P<median>median)|(?P<iqr>iqr|range)|"
                       r"(?P<ratio>n\s*/\s*N|no\.?\s*/\s*total(?:\s+no\.?)?)(?:\s+in\s+(?:trial|group|arm))?|"
                       # (events, "n", "No.", apart from those analysed, "N", "N with data": a count of the
                       # arm's people is no count of its events)
                       r"(?P<total>(?-i:N)(?:\s+(?:with\s+data|analy[sz]ed))?|(?:n|number)\s+(?:with\s+data|analy[sz]ed|of\s+(?:patients|participants)))|"
                       r"(?P<n>(?-i:n)|no\.?)|"
                       r"(?P<pct>%|\(%\)|percent(?:age)?))\s*", re.I)
# An arm's cell in a second row: one with its size, or a group's word ("Placebo", "Control group").
ARM = re.compile(r"[(（\[]\s*[nN]\s*=\s*\d|\b[nN]\s*=\s*\d|\b(?:placebo|control|usual\s+care|sham|group|arm)\b|组|組", re.I)
# A second row's cell that is no arm: a statistic, a visit, an estimate or a population ("Events/total",
# "Rate (%)", "Baseline", "Endpoint", "Pre", "Estimate", "95% CI", "Observed", "Men").
NOT_AN_ARM = re.compile(r"\b(?:events?|total|rate|rates|%|baseline|end\s*point|endpoint|pre|post|before|after|change|"
                        r"estimates?|ci|observed|adjusted|unadjusted|crude|mean|median|sd|iqr|range|ratio|difference|"
                        r"men|women|males?|females?|boys|girls|overall|all|itt|intention|protocol|population|analysis|"
                        r"week|weeks|day|days|month|months|year|years|visit|time)\b|\d", re.I)
# A heading that names no measure but a visit, a population or an arm ("Week 4", "Men", "Baseline",
# "Per-protocol population", "Placebo"): headings over the arms again are what they measure, never these.
NOT_A_MEASURE_HEADING = re.compile(r"^\s*(?:week|day|month|year|visit|time|baseline|end\s+of|pre|post|before|after|men|women|"
                                   r"males?|females?|boys|girls|children|adults|overall|total|all|per-?\s*protocol|"
                                   r"intention|itt|population|placebo|control|sham|usual\s+care)\b|\d", re.I)
# A visit as a heading over the arms: "Week 4", "12 months", "Day 28", "Baseline".
VISIT = re.compile(r"(?:(?:week|day|month|year)s?\s*\d{1,3}|\d{1,3}\s*(?:weeks?|days?|months?|mos?\b\.?|years?)|baseline)", re.I)
# A visit with what the cells at it hold: "Mean changes at 16 weeks", "Change from baseline to week 12",
# "Adjusted mean at 6 months" (the heading's visit is the time; "change" says the cells are changes).
VISIT_WITH_KIND = re.compile(r"(?:(?:adjusted|mean|median|least[- ]squares|LS)\s+)*(?:(?:changes?|values?)\s+)?(?:from\s+baseline\s+)?"
                             r"(?:at|after|to|by|in)\s+(?:the\s+)?" + VISIT.pattern, re.I)
# A column each run of arms ends on, holding them against each other: "Adjusted difference [95% CI]",
# "P value", "p‐Value a".
# A column of ps, its footnote's mark after: "P value", "p‐Value a".
P_COLUMN = re.compile(r"^\s*p(?:[\s‐-]*values?)?\s*(?:[a-h*†‡])?\s*$", re.I)
AGAINST_COLUMN = re.compile(r"^\s*(?:(?:adjusted|unadjusted|mean|crude)\s+)?(?:difference|ratio|effect|(?-i:MD|RR|OR|HR|GMR))\b|"
                            + P_COLUMN.pattern, re.I)
# A heading that says the columns under it are arms: "Values for children receiving the indicated vaccine".
ARMS_HEADING = re.compile(r"\b(?:receiving|received|treated\s+with|allocated\s+to|randomi[sz]ed\s+to|treatment\s+(?:groups?|arms?)|study\s+(?:groups?|arms?))\b", re.I)
# A comparison's cell: "Drug K vs placebo", "A versus B".
COMPARISON = re.compile(r"\bvs\.?(?=\s)|\bversus\b|\bcompared\s+with\b|\bminus\b|比较|比較", re.I)
# A number in a cell that is no size ("(n = 51)") and no interval's name ("95% CI").
COUNTING = re.compile(r"\d")
# (nor a dose in an arm's name, "5 µg", "25-μg vaccine dose")
SIZE_OR_CI = re.compile(r"[nN]\s*=\s*[\d,]+|95\s*%\s*CI|\d+(?:\.\d+)?\s*-?\s*(?:µg|μg|mcg|mg|g|ml|mL|IU|U)\b", re.I)
# A heading over one arm's column that holds that arm against the other: "Geometric mean ratio (95% CI)".
AGAINST_HEADING = re.compile(r"\bratio\b|\bdifference\b|\beffect\b|\bvs\.?(?=\s)|\bversus\b|\b(?-i:GMR|MD|RR|OR|HR)\b", re.I)


def resolve(header: list, rows: list) -> list[tuple[list, list, str, str, list]] | None:
    """The tables a table of two header rows reads as, each of one header row: (header, rows,
    the heading over its arms, what that heading is: "measure" (what they measure), "visit"
    (when), or "" (what their cells hold), where each header cell comes from: ("h", j), the
    first row's j-th cell, or ("s", k), the second row's k-th),
    or None (left as it was). ``rows`` are the rows' cells; each row kept comes back with its
    index among them, so that it keeps its line."""
    arms = _arms_over_statistics(header, rows)
    if arms is not None:
        return [(*arms, "", "", [("h", j) for j in range(len(arms[0]))])]
    changes = arms_over_values_and_changes(header, rows)
    if changes is not None:
        return changes
    visits = arms_over_visits_and_changes(header, rows)
    if visits is not None:
        return visits
    spanned = heading_over_arms(header, rows)
    if spanned is not None:
        return [(spanned[0], list(enumerate(rows))[1:], spanned[1], "", spanned[2])]
    # (each heading there is what its columns measure, "Seroconversion rate (%)", beside another's)
    again = headings_over_the_arms_again(header, rows)
    if again is None:
        return None
    kind = "visit" if all(_is_visit(heading) for _, _, heading, _ in again) else "measure"
    return [(head, kept, heading, kind, origins) for head, kept, heading, origins in again]


def _is_visit(heading: str) -> bool:
    """Whether a heading over the arms names only when: "Week 4", "Mean changes at 16 weeks".

    >>> _is_visit("Week 4"), _is_visit("Mean changes at 16 weeks"), _is_visit("Seroconversion rate at day 28")
    (True, True, False)
    >>> _is_visit("Day 28 after first dose"), _is_visit("Day 14 after dose 2")
    (True, True)
    """
    return bool(VISIT.fullmatch(heading.strip()) or VISIT_WITH_KIND.fullmatch(heading.strip())
                or VISIT_AFTER_DOSE.fullmatch(heading.strip()))


# A visit counted from a dose: "Day 28 after first dose", "Day 14 after dose 2", "28 days after the
# second dose" (a later dose's clock is not the study's: ``later_dose``).
VISIT_AFTER_DOSE = re.compile(r"(?:" + VISIT.pattern + r")\s+(?:after|post)\s+(?:the\s+)?"
                              r"(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th|booster)\s+(?:dose|vaccination|injection)|"
                              r"dose\s*(?P<number>\d))", re.I)


def later_dose(heading: str) -> bool:
    """Whether a visit is counted from a dose after the first ("Day 28 after second dose"): its
    time is not on the study's clock, which starts at the first.

    >>> later_dose("Day 28 after second dose"), later_dose("Day 28 after first dose"), later_dose("Week 4")
    (True, False, False)
    """
    m = VISIT_AFTER_DOSE.fullmatch(heading.strip())
    return bool(m) and ((m["ordinal"] or "").lower() not in ("", "first", "1st") or (m["number"] or "1") != "1")


def headings_over_the_arms_again(header: list, rows: list) -> list[tuple[list, list, str]] | None:
    """A table whose headings each span the arms again, one table per heading: "Geometric mean
    titre (95% CI) | Geometric mean ratio (95% CI) | Seroconversion rate (%)" over "5 µg |
    Placebo | 5 µg | 5 µg | Placebo". A heading over one arm that holds it against the others
    (a ratio, a difference) is the column of effects of the table before it.

    >>> parts = headings_over_the_arms_again(["Antibody", "GMT (95% CI)", "GMR (95% CI)", "Seroconversion (%)"],
    ...     [["5 µg", "Placebo", "5 µg", "5 µg", "Placebo"], ["IgG"], ["Day 28", "1.3 (0.9 to 1.7)", "0.4 (0.2 to 0.6)", "3.4 (1.8 to 6.5)", "50", "13"]])
    >>> [(h, r, heading) for h, r, heading, _ in parts]
    [(['Antibody', '5 µg', 'Placebo', 'GMR (95% CI)'], [(1, ['IgG']), (2, ['Day 28', '1.3 (0.9 to 1.7)', '0.4 (0.2 to 0.6)', '3.4 (1.8 to 6.5)'])], 'GMT (95% CI)'), (['Antibody', '5 µg', 'Placebo'], [(1, ['IgG']), (2, ['Day 28', '50', '13'])], 'Seroconversion (%)')]
    """
    if not rows:
        return None
    second = _trimmed(rows[0])
    widest = max((len(_trimmed(r)) for r in rows[1:]), default=0)
    if header and header[0].strip() and _is_visit(header[0]) and len(second) == widest - 1:
        header = ["", *header]  # (no heading over the labels: the first heading is a visit's, over the first arms)
    headings = _trimmed(header[1:])
    # (every heading a visit, "Week 4 | Week 8" over the arms: one table a visit, read at it)
    visits = bool(headings) and all(_is_visit(h) for h in headings)
    # (a run of arms may end on columns holding them against each other, "Adjusted difference
    # [95% CI] | P value", under every heading alike: only where the headings are visits)
    against = [bool(visits and AGAINST_COLUMN.search(c)) for c in second]
    if len(second) < 3 or len(headings) < 2 or not all(c.strip() for c in second) \
            or any(not against[k] and (COUNTING.search(SIZE_OR_CI.sub("", c)) or COMPARISON.search(c) or _kind_of(c)
                                       or NOT_AN_ARM.search(SIZE_OR_CI.sub("", c))) for k, c in enumerate(second)) \
            or any((NOT_A_MEASURE_HEADING.search(SIZE_OR_CI.sub("", h)) and not visits) or ARM.search(h) for h in headings):
        return None  # (statistics, visits or populations under the arms, or arms over them: not this shape)
    # The runs of arms: a new one where the first arm's name comes again.
    runs, start = [], 0
    for k in range(1, len(second) + 1):
        if k == len(second) or second[k] == second[0]:
            runs.append(list(range(start, k)))
            start = k
    if len(runs) != len(headings) or max(len(r) for r in runs) < 2 or len(runs[0]) < 2:
        return None
    arms = [second[k] for k in runs[0]]
    if any([second[k] for k in run] != arms[:len(run)] for run in runs):
        return None  # (each run names the arms in the same order)
    if any(against[k] and not all(against[x] for x in run[run.index(k):]) for run in runs for k in run) \
            or any(any(against[k] for k in run) and sum(not against[k] for k in run) < 2 for run in runs):
        return None  # (the columns against come last in a run, after two arms or more)
    width = 1 + len(second)
    parts = []
    for heading, run in zip(headings, runs):
        columns = [1 + k for k in run]
        if len(run) == 1 and parts and AGAINST_HEADING.search(heading):
            parts[-1][1].extend(columns)
            parts[-1][0].append(heading)
            parts[-1][3].append(("h", 1 + headings.index(heading)))
            continue
        if len(run) < 2:
            return None
        if AGAINST_HEADING.search(heading):
            continue  # (ratios of several arms against another: which is which, not said; no arm's levels)
        parts.append(([header[0], *[second[k] for k in run]], columns, heading, [("h", 0), *[("s", k) for k in run]]))
    out = []
    for head, columns, heading, origins in parts:
        kept = [(i, [cells[0], *[cells[c] for c in columns]]) if len(cells) >= width else (i, cells[:1])
                for i, cells in enumerate(rows) if i and (len(cells) >= width or len(cells) == 1 or not any(c.strip() for c in cells[1:]))]
        out.append((head, kept, heading, origins))
    return out


def _trimmed(cells: list) -> list:
    """A row's cells without the run of empty ones after its last (pages print spanned columns so)."""
    out = list(cells)
    while out and not out[-1].strip():
        out.pop()
    return out


def _names_first(comparison: str, first: str, second: str) -> bool:
    """Whether a comparison's cell names ``first`` before ``second``: "Drug K vs placebo" of the arms
    "Drug K (n = 51)" and "Placebo (n = 53)".

    >>> _names_first("Drug K vs placebo", "Drug K (n = 51)", "Placebo (n = 53)"), _names_first("Sham vs drug K", "Drug K", "Sham")
    (True, False)
    """
    left = COMPARISON.split(comparison, maxsplit=1)[0].strip().lower()
    a, b = (re.sub(r"\s*[(（\[].*$", "", x).strip().lower() for x in (first, second))
    return bool(left) and bool(a) and (a.startswith(left) or left.startswith(a)) and not (b.startswith(left) or left.startswith(b))


def _kind_of(cell: str) -> str | None:
    m = STATISTIC.fullmatch(cell or "")
    return None if m is None else next(k for k, v in m.groupdict().items() if v is not None)


def _statistics_row(cells: list, arms: int) -> list | None:
    """The statistics each arm's columns hold, from a row that names only statistics, the same
    under every arm ("Mean | SD | N | Mean | SD | N"), else None."""
    kinds = [_kind_of(c) for c in cells]
    if len(cells) < 2 * arms or len(cells) % arms or None in kinds:
        return None
    width = len(cells) // arms
    group = kinds[:width]
    if width < 2 or any(kinds[k * width:(k + 1) * width] != group for k in range(arms)):
        return None
    return group


def _one_cell(kinds: list, cells: list) -> str:
    """An arm's cells as one, in the form a cell of its statistics takes; "" when they are no
    pair the table reader knows (a median's spread needs its heading; an SE is no SD)."""
    at = dict(zip(kinds, cells))
    if "mean" in at and "sd" in at and at["mean"] and at["sd"]:
        return f"{at['mean']} ± {at['sd']}"
    count = at.get("ratio") or at.get("n")  # (never "total": "N analysed | %" holds no count of events)
    if count and at.get("pct"):
        return f"{count} ({at['pct']})"
    return ""


def _arms_over_statistics(header: list, rows: list) -> tuple[list, list] | None:
    arms = [h for h in header[1:] if h.strip()]
    if len(arms) < 2 or len(arms) != len(header) - 1 or any(_kind_of(h) or COUNTING.search(SIZE_OR_CI.sub("", h)) for h in arms):
        return None
    kinds = _statistics_row(rows[0], len(arms)) if rows else None
    if kinds is None:
        return None
    out = []
    for i, cells in enumerate(rows):
        again = _statistics_row(cells, len(arms))
        if again is not None:
            kinds = again  # (a later block's statistics: "n/N | % | n/N | %")
            continue
        width = len(kinds)
        if len(cells) == 1 + width * len(arms):
            out.append((i, [cells[0], *[_one_cell(kinds, cells[1 + k * width:1 + (k + 1) * width]) for k in range(len(arms))]]))
        elif len(cells) == 1 or not any(c.strip() for c in cells[1:]):
            out.append((i, cells[:1]))  # (a section's heading, "MADRS total score")
    return header, out


# The columns under each arm of a table of its values and their changes: "n | Score | Change a | P value b".
VALUE_COLUMN = re.compile(r"^\s*(?:scores?|values?|mean\s*(?:±\s*SD|\(\s*SD\s*\)))\s*(?:[a-h*†‡])?\s*$", re.I)
CHANGE_COLUMN = re.compile(r"^\s*(?:mean\s+)?changes?(?:\s+from\s+baseline)?\s*(?:[a-h*†‡])?\s*$", re.I)
# A p-value in a cell of its own, its marks aside: "P = 0.032*", "<0.001".
P_IN_CELL = re.compile(r"^\s*(?:[Pp]\s*)?(?P<p>[<=>≤≥]?\s*(?:0?\.\d+|1(?:\.0+)?))\s*[*†‡]*\s*$")
# The heading of the labels' column: "Evaluation points", "Visit", "Time point".
LABELS_HEADING = re.compile(r"^\s*(?:evaluation\s+points?|visits?|time\s*points?|times?|weeks?|assessments?|outcomes?|"
                            r"variables?|measures?|parameters?|items?)\s*$", re.I)


def _column_kind(cell: str) -> str | None:
    if _kind_of(cell) in ("n", "total"):
        return "n"
    for kind, pattern in (("value", VALUE_COLUMN), ("change", CHANGE_COLUMN), ("p", P_COLUMN)):
        if pattern.match(cell):
            return kind
    return None


def _no_arm(cell: str) -> bool:
    """Whether a heading over a run of columns names a visit or people, no arm ("Week 12", "Men"),
    a group's word aside ("Control group")."""
    return bool(VISIT.search(cell) or NOT_A_MEASURE_HEADING.match(SIZE_OR_CI.sub("", cell)) and not ARM.search(cell))


def arms_over_values_and_changes(header: list, rows: list) -> list | None:
    """Two tables, the arms' values and their changes from baseline, of a table whose arms
    each head the same columns of people, value, change and its p ("PLA-DON10 | DON5-DON10"
    over "Evaluation points | n | Score | Change a | P value b | n | Score | …"): each arm's
    value with its number of people ("[46] 21.4 ± 12.5"), and its change with its own p
    against baseline ("−1.1 ± 4.7 (P = 0.184)"), under the heading "Change from baseline".

    >>> [(h, r, heading) for h, r, heading, _, _ in arms_over_values_and_changes(["A", "B"],
    ...     [["Visit", "n", "Score", "Change", "P value", "n", "Score", "Change", "P value"],
    ...      ["Week 12", "37", "20.1 ± 13.2", "−1.1 ± 4.7", "P = 0.184", "32", "17.0 ± 11.9", "−3.0 ± 7.6", "P = 0.032*"]])]
    [(['Visit', 'A', 'B'], [(1, ['Week 12', '[37] 20.1 ± 13.2', '[32] 17.0 ± 11.9'])], 'Value'), (['Visit', 'A', 'B'], [(1, ['Week 12', '−1.1 ± 4.7 (P = 0.184)', '−3.0 ± 7.6 (P = 0.032)'])], 'Change from baseline')]
    """
    if not rows or len(rows[0]) < 5:
        return None
    second = _trimmed(rows[0])
    if header and not header[0].strip():
        header = header[1:]  # (the empty cell over the labels)
    arms = _trimmed(header)
    if len(arms) < 2 or not all(a.strip() for a in arms) or not LABELS_HEADING.match(second[0]) \
            or (len(second) - 1) % len(arms) or any(_no_arm(a) for a in arms):
        return None  # (visits or people over the columns, "Week 12 | Week 24", "Men | Women": no arms)
    width = (len(second) - 1) // len(arms)
    kinds = [_column_kind(c) for c in second[1:]]
    group = kinds[:width]
    if None in kinds or any(kinds[k * width:(k + 1) * width] != group for k in range(len(arms))) \
            or "change" not in group or len(set(group)) != len(group):
        return None
    at = {kind: group.index(kind) for kind in group}
    values, changes = [], []
    for i, cells in enumerate(rows[1:], start=1):
        if len(cells) == 1 or not any(c.strip() for c in cells[1:]):
            values.append((i, cells[:1]))
            changes.append((i, cells[:1]))
            continue
        if len(_trimmed(cells)) != 1 + width * len(arms) and len(cells) != 1 + width * len(arms):
            continue
        own = [cells[1 + k * width:1 + (k + 1) * width] for k in range(len(arms))]
        value_cells, change_cells = [], []
        for arm in own:
            n = arm[at["n"]].strip() if "n" in at else ""
            value = arm[at["value"]].strip() if "value" in at else ""
            value_cells.append(f"[{n}] {value}" if value and n.isdigit() else value)
            change = arm[at["change"]].strip()
            p = P_IN_CELL.match(arm[at["p"]]) if "p" in at else None
            if change.strip(" -–—") and p is not None:
                relation = p["p"].lstrip()[:1] if p["p"].lstrip()[:1] in "<=>≤≥" else "="
                change_cells.append(f"{change} (P {relation} {p['p'].lstrip('<=>≤≥ ')})")
            else:
                change_cells.append(change if change.strip(" -–—") else "")
        values.append((i, [cells[0], *value_cells]))
        if any(change_cells):  # (the first visit's, "-": no change, no row)
            changes.append((i, [cells[0], *change_cells]))
    head = [second[0], *arms]
    origins = [("s", 0), *[("h", k) for k in range(len(arms))]]
    # (each part says what its cells hold: the values, the changes)
    return [(head, values, "Value", "", origins), (head, changes, "Change from baseline", "", origins)]


# The heading of an arm's values at its visits, and of its change: "Mean (SD)", "No. (%)", "Mean ± SD";
# "Change, mean (95% CI)", "Mean change (SD)".
VALUES_HEADING = re.compile(r"^\s*(?:mean|median|values?|scores?|no\.?|n)\s*(?:[(（]\s*(?:sd|se|iqr|%|range|95\s*%\s*CI)\s*[)）]|±\s*sd)?"
                            r"\s*(?:[a-h*†‡])?\s*$", re.I)
CHANGE_HEADING = re.compile(r"^\s*(?:(?:mean|adjusted|ls)\s+)?changes?\b(?:\s+from\s+baseline)?[\s,]*(?:(?:mean|median)\s*)?"
                            r"(?:[(（][^()（）]{1,20}[)）])?\s*(?:[a-h*†‡])?\s*$", re.I)


def arms_over_visits_and_changes(header: list, rows: list) -> list | None:
    """The tables of a header of three rows, each arm over its values at its visits and its
    change ("Intervention group | Control group | Between-group difference" over "Mean (SD) |
    Change, mean (95% CI) | Mean (SD) | Change, …" over "Baseline | 18 mo | Baseline | 18 mo"):
    one table a visit of the arms' values, read at that visit, and one of their changes from
    baseline to the last visit with the columns that hold the arms against each other.

    >>> parts = arms_over_visits_and_changes(["Outcome", "Drug K", "Placebo", "Difference (95% CI)"],
    ...     [["Mean (SD)", "Change (95% CI)", "Mean (SD)", "Change (95% CI)"], ["Baseline", "12 mo", "Baseline", "12 mo"],
    ...      ["Weight, kg", "90.1 (9.0)", "85.2 (8.7)", "−4.9 (−6.0 to −3.8)", "91.0 (9.2)", "90.1 (9.1)", "−0.9 (−2.0 to 0.2)", "−4.0 (−5.6 to −2.4)"]])
    >>> [(h, r, heading, kind) for h, r, heading, kind, _ in parts]  # doctest: +NORMALIZE_WHITESPACE
    [(['Outcome', 'Drug K', 'Placebo'], [(2, ['Weight, kg', '90.1 (9.0)', '91.0 (9.2)'])], 'Mean (SD) at Baseline', 'visit'),
     (['Outcome', 'Drug K', 'Placebo'], [(2, ['Weight, kg', '85.2 (8.7)', '90.1 (9.1)'])], 'Mean (SD) at 12 mo', 'visit'),
     (['Outcome', 'Drug K', 'Placebo', 'Difference (95% CI)'], [(2, ['Weight, kg', '−4.9 (−6.0 to −3.8)', '−0.9 (−2.0 to 0.2)', '−4.0 (−5.6 to −2.4)'])], 'Mean change from baseline (95% CI) to 12 mo', 'visit')]
    """
    if len(rows) < 3:
        return None
    second, third = _trimmed(rows[0]), _trimmed(rows[1])
    heads = _trimmed(header)
    if heads and not heads[0].strip():
        heads = heads[1:]
    if len(heads) < 3:
        return None
    # (the arms, then the columns that hold them against each other: "Between-group difference, mean (95% CI)", "P value")
    arms = 1
    while arms < len(heads) and not (AGAINST_HEADING.search(heads[arms]) or P_COLUMN.match(heads[arms])):
        arms += 1
    against = heads[arms:]
    arms -= 1
    if arms < 2 or len(second) % arms or any(_no_arm(h) for h in heads[1:1 + arms]):
        return None
    width = len(second) // arms
    group = second[:width]
    if any(second[k * width:(k + 1) * width] != group for k in range(arms)) \
            or sum(bool(VALUES_HEADING.match(c)) for c in group) != 1 or sum(bool(CHANGE_HEADING.match(c)) for c in group) != 1 \
            or width != 2 or len(third) % arms:
        return None
    visits = third[:len(third) // arms]
    if len(visits) < 2 or any(third[k * len(visits):(k + 1) * len(visits)] != visits for k in range(arms)) \
            or not all(VISIT.fullmatch(v.strip()) or VISIT.search(v) and len(v) <= 20 for v in visits) \
            or "baseline" not in visits[0].lower():
        return None  # (a baseline first, then the visits the change runs to)
    value_first = bool(VALUES_HEADING.match(group[0]))
    per_arm = len(visits) + 1
    cells_wide = 1 + arms * per_arm + len(against)
    tables = [[] for _ in range(len(visits) + 1)]
    for i, cells in enumerate(rows[2:], start=2):
        if len(cells) == 1 or not any(c.strip() for c in cells[1:]):
            for t in tables:
                t.append((i, cells[:1]))  # (a section's heading, "Blood pressure, mm Hg")
            continue
        if len(cells) != cells_wide and len(_trimmed(cells)) != cells_wide:
            continue
        cells = [*cells, *[""] * (cells_wide - len(cells))]
        own = [cells[1 + k * per_arm:1 + (k + 1) * per_arm] for k in range(arms)]
        for v in range(len(visits)):
            tables[v].append((i, [cells[0], *[arm[v + (0 if value_first else 1)] for arm in own]]))
        tables[-1].append((i, [cells[0], *[arm[-1 if value_first else 0] for arm in own], *cells[1 + arms * per_arm:]]))
    head = [heads[0], *heads[1:1 + arms]]
    origins = [("h", 0), *[("h", 1 + k) for k in range(arms)]]
    # (each part's heading says when, and what its cells hold as the second row said: "Mean (SD) at 18 mo",
    # "Mean change from baseline (95% CI) to 18 mo")
    values, change = (group[0], group[1]) if value_first else (group[1], group[0])
    said = re.sub(r"\s*[a-h*†‡]$", "", values.strip())
    spread = "95% CI" if re.search(r"\bCI\b", change) else "SD" if re.search(r"\bSD\b", change, re.I) else ""
    out = [(head, rows_at, f"{said} at {visit}" if re.search(r"[(±]", said) else visit, "visit", origins)
           for visit, rows_at in zip(visits, tables)]
    out.append(([*head, *against], tables[-1], f"Mean change from baseline ({spread}) to {visits[-1]}" if spread
                else f"Change from baseline to {visits[-1]}", "visit", [*origins, *[("h", 1 + arms + k) for k in range(len(against))]]))
    return out


def heading_over_arms(header: list, rows: list) -> tuple[list, str] | None:
    """(header, the heading over the arms) of a table whose first row names its arms and then
    its comparisons under the header's spanning headings, else None.

    >>> heading_over_arms(["", "Incidence", "Relative risk (95% CI)"], [["A (N = 52)", "B (N = 51)", "C (N = 20)", "A vs C", "B vs C"], ["x", "1", "2", "3", "0.5", "0.6"]])
    (['', 'A (N = 52)', 'B (N = 51)', 'C (N = 20)', '', ''], 'Incidence', [('h', 0), ('s', 0), ('s', 1), ('s', 2), ('h', 2), ('h', 2)])
    """
    if not rows or len(header) < 3:
        return None
    second = _trimmed(rows[0])
    if len(second) < 2 or any(COUNTING.search(SIZE_OR_CI.sub("", c)) for c in second):
        return None
    # (cells a heading says are arms need no arm's word: "Values for children receiving the indicated
    # vaccine" over "Vi | Hepatitis A")
    said = ARMS_HEADING.search(header[1])
    arms = 0
    while arms < len(second) and (said or ARM.search(second[arms])) and not COMPARISON.search(second[arms]):
        arms += 1
    comparisons = second[arms:]
    if arms < 2 or not all(COMPARISON.search(c) for c in comparisons):
        return None
    headings = header[1:]
    width = max((len(r) for r in rows[1:]), default=0) - 1
    unnamed = width - len(second)  # (columns no name of the second row stands under: "P value")
    if unnamed < 0 or len(headings) < 1 + unnamed:
        return None
    over = headings[:len(headings) - unnamed]  # (the headings over the arms and the comparisons)
    if comparisons and (len(over) < 2 or len(comparisons) % (len(over) - 1)):
        return None
    if not comparisons and len(over) != 1:
        return None
    per = len(comparisons) // (len(over) - 1) if comparisons else 0
    # (a heading over one comparison names its column, as a header of two arms has it, when the
    # comparison names the first arm first, "Drug K vs placebo"; over several, or the other way
    # round, "Placebo vs drug K", which is which the table reader would not read: unread)
    first_first = per == 1 and arms == 2 and _names_first(comparisons[0], second[0], second[1])
    named = [h if first_first else "" for h in over[1:] for _ in range(per)]
    # (where each cell of the header comes from: the first row's j-th cell, ("h", j), or the second's k-th, ("s", k))
    origins = [("h", 0), *[("s", k) for k in range(arms)], *[("h", 1 + i) for i in range(1, len(over)) for _ in range(per)],
               *[("h", len(header) - unnamed + t) for t in range(unnamed)]]
    return [header[0], *second[:arms], *named, *headings[len(headings) - unnamed:]], over[0], origins
