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
BASELINE = re.compile(r"^\s*(?:baseline|pre-?treatment|before(?:\s+treatment)?|治疗前|治療前|基线|基線)\s*$", re.I)
CHANGE = re.compile(r"^\s*(?:change|mean\s+change|difference|变化|變化|差值)\b", re.I)
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
    n: int
    cells: list
    start: int
    end: int


@dataclass
class RowTable:
    columns: list
    rows: list = field(default_factory=list)
    start: int = 0
    end: int = 0
    hint: str = ""  # what the cells hold, as a row under the header says: "Mean (SD)"


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
    header = MARKS.sub("", header).strip()
    if BASELINE.match(header):
        return Column("value", 0, None)
    if CHANGE.match(header):
        return Column("change", None, None)
    if P_HEADER.match(header):
        return Column("p", None, None)
    found = [t for t in times(header) if t.time.value]
    if found and len(header) <= 24:
        return Column("value", found[0].time.value, found[0].time.unit)
    return Column("other", None, None)


def find(text: str) -> list[RowTable]:
    """Every table of arms as rows in ``text``."""
    out: list[RowTable] = []
    table: RowTable | None = None
    measure = None
    for line, at in lines_with_offsets(text):
        if not line.strip():
            continue  # blank lines part the rows of such pages
        if "|" not in line or SEPARATOR.match(line):
            if "|" not in line:
                table, measure = None, None
            continue
        cells = cells_of(line)
        if not cells:
            continue
        arm = ARM_ROW.match(cells[0])
        if arm is None and len(cells) >= 2 and not any(re.search(r"\d", MARKS.sub("", c)) and not times(c) for c in cells):
            columns = [column(c) for c in cells]
            if sum(c.role == "value" for c in columns) >= 1:
                table = RowTable(columns, [], at, at + len(line))  # a header: the columns' times
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
        if arm is None or len(cells) - 1 != len(table.columns):
            continue
        table.rows.append(ArmRow(measure, arm["name"].strip(), int(arm["n"].replace(",", "")), cells[1:], at, at + len(line)))
        table.end = at + len(line)
    return [t for t in out if len({r.arm for r in t.rows}) >= 2]
