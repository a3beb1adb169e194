"""Tables whose rows are the arms: each arm a row, the columns its times.

>>> t = find("Baseline | 12 months | Change | P value | |\\nMean (SD) | Mean (SD) | Mean (SD) | ||\\n"
...          "PHQ score | ||||\\nDrug (n = 95) | 14.5 (3.8) | 7.1 (5.4) | −7.3 (5.6) | <0.001 |\\n\\n"
...          "Placebo (n = 71) | 14.2 (3.4) | 11.0 (5.2) | −3.2 (4.9) | – |\\n")[0]
>>> [(c.role, c.time) for c in t.columns], t.hint
([('value', 0), ('value', 12), ('change', None), ('p', None)], 'Mean (SD) Mean (SD) Mean (SD)')
>>> [(r.measure, r.arm, r.n, r.cells) for r in t.rows]
[('PHQ score', 'Drug', 95, ['14.5 (3.8)', '7.1 (5.4)', '−7.3 (5.6)', '<0.001']), ('PHQ score', 'Placebo', 71, ['14.2 (3.4)', '11.0 (5.2)', '−3.2 (4.9)', '–'])]

Pages copied from PMC print such a table as lines of cells parted by "|", often with blank
lines between them. Its header names the columns (time points, a change, a p-value) and
has no cell for the row labels; a row with a label only ("PHQ score") names the measure of
the arms below it; an arm's row is its name with its size, "Drug (n = 95)", then one cell
per column. A row whose cells do not line up with the header is not read. Pure: text in,
rows out, every row with its span so that a quote is the line as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numbers import times
from .tables import KIND_HINT, lines_with_offsets

ARM_ROW = re.compile(r"^(?P<name>[A-Za-z\u4e00-\u9fff][^|()（）]{0,60}?)\s*[(（]\s*[nN]\s*[=＝]\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*[)）]\s*$")
SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}")
# (and the day a trial starts on, "Day 0 (pre-infusion)", "Week 0")
# ("Pre-rehabilitation", "Preoperative", "Pre-training": before whatever the treatment was)
BASELINE = re.compile(r"^\s*(?:baseline|screening|pre-?(?:treatment|intervention|rehabilitation|training|operative|operation|"
                      r"surgery|therapy|randomi[sz]ation|exercise)|"
                      r"before(?:\s+treatment)?|治疗前|治療前|基线|基線|"
                      r"(?:day|week)\s*0(?:\s*[(（](?:pre-?\w+|baseline)[)）])?)\s*$", re.I)
CHANGE = re.compile(r"^\s*(?:change|mean\s+change|difference|变化|變化|差值)\b", re.I)
AGAINST_BASELINE = re.compile(r"\b(?:versus|vs\.?|compared\s+with|change\s+from)\s+baseline\b|较基线|較基線", re.I)
# A row of one arm against another, its cells their difference: "ASG versus UCG", "A vs. B".
VERSUS_ROW = re.compile(r"^(?P<a>[^|()（）\d][^|]{0,40}?)\s+(?:versus|vs\.?)\s+(?P<b>[^|()（）\d][^|]{0,40}?)\s*$", re.I)
# A bare row label: an arm's name without its size, under a measure's row ("UCG", "Placebo").
NAME_ROW = re.compile(r"^[A-Za-z\u4e00-\u9fff][^|\d()（）]{0,40}$")
# A row under a measure that is no arm: its difference, its p, a total ("Difference", "P value", "合计").
NOT_AN_ARM_ROW = re.compile(r"(?:(?:mean|adjusted|between[- ]group)\s+)?differences?\b|p(?:\s*-?\s*values?)?\s*$|changes?\b|totals?\b|overall\b|"
                            r"effects?\b|(?:odds|risk|hazard)\s+ratios?\b|(?:OR|RR|HR|CI)\b|差值|差异|P值|合计|總計|总计", re.I)
P_HEADER = re.compile(r"^\s*p(?:\s*-?\s*value)?\s*$|^\s*P值\s*$", re.I)
# Footnote marks printed after a header's word: "Change^{*}", "P value^{**}", "Changea".
MARKS = re.compile(r"\^\{[^}]*\}|[*†‡§]+$")


@dataclass
class Column:
    role: str               # value | change | p | other
    time: float | None      # the time point's value (0 for baseline), in its unit
    unit: str | None


@dataclass
class ArmRow:
    measure: str | None
    arm: str
    n: int | None
    cells: list
    start: int
    end: int
    versus: str | None = None  # a row of one arm against another: "ASG versus UCG"


@dataclass
class RowTable:
    columns: list
    rows: list = field(default_factory=list)
    start: int = 0
    end: int = 0
    hint: str = ""  # what the cells hold, as a row under the header says: "Mean (SD)"
    caption: str = ""  # the line above the table: "Table 3. … with odds ratios"


def cells_of(line: str) -> list[str]:
    """A line's cells, without the empty ones a page prints after the last.

    >>> cells_of("Drug (n = 95) | 14.5 (3.8) | 7.1 | ||"), cells_of("| a | b |")
    (['Drug (n = 95)', '14.5 (3.8)', '7.1'], ['a', 'b'])
    """
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def column(header: str) -> Column:
    """What a header cell heads: a time's values, a change (from baseline to a time), a p.

    >>> column("Baseline"), column("3 months versus baseline"), column("Change")
    (Column(role='value', time=0, unit=None), Column(role='change', time=3, unit='month'), Column(role='change', time=None, unit=None))
    """
    header = MARKS.sub("", header).strip()
    if BASELINE.match(header):
        return Column("value", 0, None)
    if CHANGE.match(header):
        return Column("change", None, None)
    if P_HEADER.match(header):
        return Column("p", None, None)
    against = AGAINST_BASELINE.search(header)
    if against:
        # "3 months versus baseline", "Change from baseline to week 12": the change by that time.
        found = [t for t in times(header[:against.start()] + " " + header[against.end():]) if t.time.value]
        return Column("change", found[0].time.value, found[0].time.unit) if found else Column("change", None, None)
    found = [t for t in times(header) if t.time.value]
    if found and len(header) <= 24:
        return Column("value", found[0].time.value, found[0].time.unit)
    return Column("other", None, None)


def find(text: str) -> list[RowTable]:
    """Every table of arms as rows in ``text``."""
    out: list[RowTable] = []
    table: RowTable | None = None
    measure = None
    above = ""  # the last line of prose: a table's caption, when its header follows
    for line, at in lines_with_offsets(text):
        if not line.strip():
            continue  # blank lines part the rows of such pages
        if "|" not in line or SEPARATOR.match(line):
            if "|" not in line:
                table, measure, above = None, None, line.strip()
            continue
        cells = cells_of(line)
        if not cells:
            continue
        arm = ARM_ROW.match(cells[0])
        if arm is None and len(cells) >= 2 and not any(re.search(r"\d", MARKS.sub("", c)) and not times(c) for c in cells):
            columns = [column(c) for c in cells]
            if columns[0].role == "other" and len(columns) >= 3 and all(c.role != "other" for c in columns[1:]):
                columns = columns[1:]  # "Outcome and time point | Baseline | …": the heading over the labels
            if sum(c.role == "value" for c in columns) >= 1:
                table = RowTable(columns, [], at, at + len(line), caption=above)  # a header: the columns' times
                out.append(table)
                measure = None
            elif table is not None and KIND_HINT.search(line):
                table.hint = " ".join(cells)  # "Mean (SD) | Mean (SD) | ...": what the cells hold
            continue
        if table is None:
            continue
        if arm is None and len(cells) == 1:
            measure = cells[0]  # "PHQ score": the measure of the rows below
            continue
        if arm is None and measure is not None and 2 <= len(cells) <= len(table.columns) + 1:
            # Under a measure's row, an arm unsized ("UCG | 7.44 (7.01 to 7.86) | …") or two
            # arms set against each other, whose row has no baseline cell: its cells are the
            # last columns' ("ASG versus UCG | −0.53 (…) | −0.42 (…)" under 3 and 6 months).
            label = MARKS.sub("", cells[0]).strip()
            pair = VERSUS_ROW.match(label)
            if pair:
                lost = len(table.columns) + 1 - len(cells)
                if lost and table.columns[0].time != 0:
                    continue
                table.rows.append(ArmRow(measure, pair["a"].strip(), None, [""] * lost + cells[1:], at, at + len(line),
                                         pair["b"].strip()))
                table.end = at + len(line)
            elif NAME_ROW.match(label) and not NOT_AN_ARM_ROW.match(label) and len(cells) - 1 == len(table.columns):
                table.rows.append(ArmRow(measure, label, None, cells[1:], at, at + len(line)))
                table.end = at + len(line)
            continue
        if arm is None or len(cells) - 1 != len(table.columns):
            continue
        table.rows.append(ArmRow(measure, arm["name"].strip(), int(arm["n"].replace(",", "")), cells[1:], at, at + len(line)))
        table.end = at + len(line)
    return [t for t in out if len({r.arm for r in t.rows if r.versus is None}) >= 2]
