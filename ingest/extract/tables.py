"""Tables written as text, one row per line with cells joined by " | " (how the JATS and
HTML readers render them, and how many web pages paste them).

>>> t = find_tables("Table 2. Outcomes at 12 months\\nOutcome | A (n = 64) | B (n = 62) | p\\nDeath, n (%) | 7 (10.9) | 9 (14.5) | 0.55\\n")[0]
>>> t.caption, t.header, [r.cells for r in t.rows]
('Table 2. Outcomes at 12 months', ['Outcome', 'A (n = 64)', 'B (n = 62)', 'p'], [['Death, n (%)', '7 (10.9)', '9 (14.5)', '0.55']])
>>> read_cell("13 (20.3)", "n (%)"), read_cell("19/44 (43.2)", ""), read_cell("3.1 (2.4)", "mean (SD)")
(('percent', 20.3, None, None, 13), ('percent', 43.2, None, None, 19), ('mean', 3.1, 'sd', 2.4, None))
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import sub_headers
from .numbers import NUM, join_thousands, normalize, number, share_of, times

ROW = re.compile(r"^[^|\n]*(?:\s\|\s[^|\n]*){2,}$")
CAPTION = re.compile(r"^\s*(?:Table|Tab\.|表)\s*[A-Za-z]?\d+[A-Za-z]?\b|^\s*表\s*\d+", re.I)
# What a row label or a header says its cells hold: "Death, n (%)", "ABI, mean (SD)", "median (IQR)".
KIND_HINT = re.compile(r"\b(?:n\s*/\s*N\s*)?n\s*\(\s*%\s*\)|\bno\.?\s*\(\s*%\s*\)|\bn/N\s*\(\s*%\s*\)|\bmean\s*\(\s*SD\s*\)|\bmean\s*±\s*SD|"
               # ("weighted % (SE)", "mean (SEM)": a share or a mean with its standard error)
               r"%\s*\(\s*SE\s*\)|\bmean\s*\(\s*SEM?\s*\)|"
               r"\bmedian\s*[(\[]\s*(?:IQR|range|min\s*[,–-]\s*max)\s*[)\]]|(?<!比)例\s*[(（]\s*%\s*[)）]|x\s*±\s*s|"
               # "Median in months (95% CI)", "ORR, n% (95% CI)": an estimate and its interval in each cell
               r"(?:\b(?:median|mean|n\s*%)|(?<!\w)%)[^|]{0,20}?\(\s*95\s*%\s*CI\s*\)|"
               # "Mean change from baseline (95% CI)"
               r"\bmean\s+changes?\s+from\s+baseline\s*\(\s*95\s*%\s*CI\s*\)|"
               # "Complete response %": a bare share in each cell
               r"(?<=\s)%\s*$", re.I)  # (比例(%): a share, no count)
CELL_PCT = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\s*/\s*(?P<total>\d{1,3}(?:,\d{3})+|\d+))?\s*[(\[（]\s*(?P<pct>\d+(?:\.\d+)?)\s*%?\s*[)\]）]\s*$")
CELL_PCT_CI = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\s*/\s*(?P<total>\d{1,3}(?:,\d{3})+|\d+))?\s*[(（]\s*(?P<pct>\d+(?:\.\d+)?)\s*(?P<sign>%)?"
                         r"\s*[\[(]\s*(?P<a>\d+(?:\.\d+)?)\s*(?:–|—|-|to|,)\s*(?P<b>\d+(?:\.\d+)?)\s*[\])]\s*[)）]\s*$")
CELL_SPREAD = re.compile(r"^\s*(?P<v>" + NUM + r")\s*(?:[(\[（]\s*(?P<a>" + NUM + r")\s*(?:(?:–|—|-|to|,)\s*(?P<b>" + NUM +
                 r"))?\s*[)\]）]|±\s*(?P<pm>\d+(?:\.\d+)?))\s*$")
# A number printed with decimals: "6.69", "0.10" (a count never is)
SPREAD_PRINTED = re.compile(r"\d[.·]\d")
# The number of people a cell's value is of, in square brackets before it: "[33] 29.21 (6.69)".
CELL_SIZE = re.compile(r"^\s*\[(?P<n>\d+)\]\s*(?=[-\d])")
# Footnote and significance marks printed after a cell's value or bracket: "−9.6 (0.8)†*#".
FOOTNOTE_MARKS = re.compile(r"(?<=[\d)\]）%])\s*[*†‡§¶#]+\s*$")
# A number alone in its cell, a significance mark after it allowed: "4.348", "27.687*".
BARE_CELL = re.compile(r"^\s*(?P<v>-?\d+(?:\.\d+)?)\s*[*†‡§¶]*\s*$")
BARE_PCT_CELL = re.compile(r"^\s*(?P<pct>\d+(?:\.\d+)?)\s*%\s*$")
# (a footnote's mark may follow the number: "0.56d", "0.2c", "<0.001*")
P_CELL = re.compile(r"^\s*(?P<rel><|>|≤|≥|=)?\s*(?P<p>0?\.\d+|1(?:\.0+)?)(?:[a-h]|\s*[*†‡§¶]{1,3})?\s*$")
# A column of test statistics, not an arm: "t值", "χ²", "F", "Z value".
STATISTIC = re.compile(r"^\s*(?:t|χ2|χ²|x2|F|Z|U|H)\s*(?:值|value|statistic)?\s*$|\bstatistic\b|统计量|統計量", re.I)
# (in brackets, "(n = 64)", or after the name, "… Every 3 Weeks n = 180")
N_IN_HEADER = re.compile(r"\s*[(（\[]\s*(?:n|N)\s*=\s*\d{1,3}(?:,\d{3})+\s*[)）\]]\s*$|\s*[(（\[]\s*(?:n|N)\s*=\s*\d+\s*[)）\]]\s*$|"
                         r"[\s,;]+(?:n|N)\s*=\s*(?:\d{1,3}(?:,\d{3})+|\d+)\s*$")


@dataclass
class Row:
    cells: list
    start: int  # offset of the row's line in the text
    end: int


@dataclass
class Table:
    caption: str
    header: list
    rows: list = field(default_factory=list)
    start: int = 0
    end: int = 0
    header_at: list | None = None  # where each header cell starts, when not joined by " | "
    note_hint: str = ""  # what its footnote says all its cells hold ("data are presented as mean (SD)")
    arms_heading: str = ""  # a heading spanning the arms' columns, what their cells hold ("Mean change (95% CI)")
    heading_measures: bool = False  # whether that heading names what they measure ("Seroconversion rate (%)")
    visit_heading: str = ""  # that heading where it names the visit its rows are at ("Week 4")

    def header_offset(self, column: int) -> int:
        """Where header cell ``column`` starts in the text."""
        if self.header_at is not None:
            return self.header_at[column]
        return self.start + sum(len(c) + 3 for c in self.header[:column])

    def column(self, *words: str) -> int | None:
        """Index of the first header cell holding one of ``words`` (case-insensitive, whole word)."""
        for i, cell in enumerate(self.header):
            if any(re.compile(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", re.I).search(cell) for w in words):
                return i
        return None


def lines_with_offsets(text: str) -> list[tuple[str, int]]:
    """Each line of ``text`` with the offset it starts at.

    >>> lines_with_offsets("ab\\ncd")
    [('ab', 0), ('cd', 3)]
    """
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    return lines


def find_tables(text: str) -> list[Table]:
    """Runs of two or more " | " rows with the same number of cells; the first row is the
    header, and a "Table N." line just before them is the caption. Tables with a rule under
    their header ("---|---|") are read by ``_ruled_table``."""
    out: list[Table] = []
    lines = lines_with_offsets(text)
    i = 0
    while i < len(lines):
        line, at = lines[i]
        if i + 1 < len(lines) and "|" in line and RULE.match(lines[i + 1][0]):
            found, i = _ruled_table(lines, i)
            out += found
            continue
        if not ROW.match(line.strip()):
            i += 1
            continue
        width = line.count(" | ")
        j = i
        while j < len(lines) and ROW.match(lines[j][0].strip()) and lines[j][0].count(" | ") == width:
            j += 1
        if j - i >= 2:
            header = split_row(line)
            rows = [Row(split_row(lines[k][0]), lines[k][1], lines[k][1] + len(lines[k][0]))
                    for k in range(i + 1, j)]
            out.append(Table(_caption_before(lines, i), header, rows, at, lines[j - 1][1] + len(lines[j - 1][0])))
        i = j
    return out + _bar_blocks(lines, out)


def _bar_blocks(lines: list, found: list[Table]) -> list[Table]:
    """Tables without a rule whose rows are not all as wide: a run of three or more lines
    with a bar, none inside a table found already, read as a ruled table is (its first line
    the header, a one-cell row a section's heading). Pages print such tables with a
    heading row between the rows ("Secondary outcome | ||") and the run of empty cells after
    the last value ("Recanalisation | 18 (43.9%) | 18 (43.9%) |")."""
    taken = [(t.start, t.end) for t in found]
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and "|" in lines[j][0] and not RULE.match(lines[j][0]):
            j += 1
        if j - i >= 3 and not any(a <= lines[i][1] < b or a < lines[j - 1][1] + len(lines[j - 1][0]) <= b for a, b in taken):
            out += _table_under(lines, i, i + 1, j)
        i = max(j, i + 1)
    return out


# The heading of a table's first column, over its row labels.
LABEL_HEADING = re.compile(r"^\s*(?:(?:efficacy|safety|clinical|primary|secondary|baseline|study|patient|"
                           r"exploratory|other)\s+)?(?:outcomes?|characteristics?|variables?|items?|parameters?|measures?|indicators?|"
                           r"end\s*points?|events?|subgroups?|项目|指标|變量|变量|结局|結局)\b", re.I)
# A cell that opens a row of its own: a trial and its paper ("LOOP trial. Svendsen et al.").
NEW_ROW_LABEL = re.compile(r"\bet\s+al\b", re.I)
# The heading of a first column whose rows are studies ("Trial Name", "Study", "Author (year)"):
# a table of trials whose header the page wrapped over lines opens on it.
ROWS_OF_STUDIES = re.compile(r"^\s*(?:trials?|trial\s+name|studies|study|study\s+name|first\s+author|authors?)\b", re.I)
# The rule under a table's header, as Markdown and the pages' readers print it: "---|---|---|".
RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|*\s*$")


def _caption_before(lines: list, i: int) -> str:
    """The "Table N." line among the three lines before line ``i``, with the title printed on
    its own line under it ("Table 3." then "Primary endpoints, mean (SD)"), else ""."""
    above = [lines[k][0].strip() for k in range(i - 1, max(-1, i - 4), -1) if lines[k][0].strip()][:2]
    if above and CAPTION.match(above[0]):
        return above[0]
    if len(above) == 2 and CAPTION.match(above[1]) and "|" not in above[0] and len(above[0]) <= 200:
        return f"{above[1]} {above[0]}"
    return ""


def _ruled_cells(line: str, at: int) -> tuple[list[str], list[int]]:
    """The cells of a ruled table's line and where each starts: its frame and the run of
    empty cells after its last value left out ("Overall | 78 | 16/14 964 (0·1%) | ||")."""
    cells, starts, pos = [], [], 0
    for part in line.split("|"):
        starts.append(at + pos + len(part) - len(part.lstrip()))
        cells.append(part.strip())
        pos += len(part) + 1
    if cells and not cells[0] and line.lstrip().startswith("|"):
        cells, starts = cells[1:], starts[1:]
    while cells and not cells[-1]:
        cells, starts = cells[:-1], starts[:-1]
    return cells, starts


def _ruled_table(lines: list, i: int) -> tuple[list[Table], int]:
    """The table whose header line ``i`` has a rule under it (as ``_table_under``), and the index after it. Its rows
    are the lines with a bar that follow; a row of one cell is a section's heading ("Age
    group (years)", "First COVID-19 occurrence after dose 1"), kept as a one-cell row. A
    header one cell short of the rows has lost the empty cell over the labels.

    >>> t = find_tables("Table 2.\\nTotal | A group | B group | p | ||\\n---|---|---|---|---|\\nDeath | ||||\\n"
    ...                 "Overall | 9 | 3/40 (7·5%) | 6/40 (15·0%) | 0·29 |\\nWomen | 4 | 1/20 (5·0%) | 3/20 (15·0%) | 0·30 |\\n")[0]
    >>> t.caption, t.header, [r.cells for r in t.rows][:2]
    ('Table 2.', ['', 'Total', 'A group', 'B group', 'p'], [['Death'], ['Overall', '9', '3/40 (7·5%)', '6/40 (15·0%)', '0·29']])
    """
    j = i + 2
    # (its rows the lines with a bar after it, a blank line between two of them allowed: pages
    # copied from PMC print one between every two rows)
    # (not the next table's header, its own rule under it)
    while j < len(lines) and ("|" in lines[j][0] or not lines[j][0].strip() and j + 1 < len(lines) and "|" in lines[j + 1][0]
                              and not (j + 2 < len(lines) and RULE.match(lines[j + 2][0]))) \
            and not RULE.match(lines[j][0]):
        j += 1
    # A header the page wrapped over lines, each ending on its bar ("Outcomes | Polypill (N = 2861) |",
    # "Placebo (N = 2852) |", "Hazard Ratio (95% CI)* |"): as many cells as the rule has, gathered upwards.
    width = lines[i + 1][0].count("-|") + (not lines[i + 1][0].rstrip().endswith("|"))
    header, header_at = _ruled_cells(*lines[i])
    top = i
    # (Never a framed line, "| Efficacy outcomes at 12 months |", a heading over a header one cell
    # short: the gathered header must open on the labels' own heading, "Outcomes".)
    while 0 < len(header) < width and top > 0 and lines[top - 1][0].rstrip().endswith("|") \
            and not lines[top][0].lstrip().startswith("|") and not lines[top - 1][0].lstrip().startswith("|") \
            and not RULE.match(lines[top - 1][0]) and not CAPTION.match(lines[top - 1][0]):
        top -= 1
        cells, starts = _ruled_cells(*lines[top])
        header, header_at = cells + header, starts + header_at
    if len(header) != width or (top != i and not (LABEL_HEADING.match(header[0]) or ROWS_OF_STUDIES.match(header[0]))):
        header, header_at, top = *_ruled_cells(*lines[i]), i
    if not header and i > 0:
        # A header line of empty cells ("|||||") under the headings the page printed a line each
        # ("Day 28 after first dose |", "Day 28 after second dose |"), spanning the columns of the
        # row under the rule: the headings over an empty cell over the labels.
        above = i
        while above > 0 and lines[above - 1][0].rstrip().endswith("|") and not lines[above - 1][0].lstrip().startswith("|") \
                and lines[above - 1][0].count("|") == 1 and not RULE.match(lines[above - 1][0]) and not CAPTION.match(lines[above - 1][0]):
            above -= 1
        if i - above >= 2:
            cells = [_ruled_cells(*lines[k]) for k in range(above, i)]
            header, header_at = ["", *[c[0][0] for c in cells]], [lines[i][1], *[c[1][0] for c in cells]]
    return _table_under(lines, top, i + 2, j, (header, header_at)), j


def _table_under(lines: list, i: int, first: int, end: int, head: tuple | None = None) -> list[Table]:
    """The table whose header is line ``i`` (or ``head``, its cells and where they start) and
    whose rows are lines ``first``..``end``: one, none, or one per heading of a header of two
    rows (``sub_headers``)."""
    line, at = lines[i]
    header, header_at = head if head is not None else _ruled_cells(line, at)
    rows = []
    j = first
    while j < end:
        cells, _ = _ruled_cells(*lines[j])
        last = j
        if head is not None and 3 <= len(cells) < len(header) and 2 * len(cells) >= len(header) and j + 1 < end:
            # A row the page wrapped over two lines, each ending on its bar ("NOAH-AFNET6 … | 4 ± 1
            # (Median) |" then "AHRE * | 0.65 (0.39 to 1.07) | …"): the two together fill the
            # ruled header, and neither alone does. (Its first line holds half the row or more: two
            # short rows, "Men | 0.81 (…) |" and "Women | 0.62 (…) |", are no one row; nor is a
            # second line that opens on a trial of its own.)
            more, _ = _ruled_cells(*lines[j + 1])
            if len(more) >= 2 and len(cells) + len(more) == len(header) and not NEW_ROW_LABEL.search(more[0]):
                cells, last = cells + more, j + 1
        if head is not None and last == j and 2 <= len(cells) < len(header) <= len(lines[j][0].strip().strip("|").split("|")) + 1 \
                and LABEL_HEADING.match(header[0]):
            # (a row printed to the header's width whose last cells are empty, "6 mo | 44 (39–50) | 25
            # (20–30) | ||" under five headings, the first over the labels: as wide as the header, not a
            # shorter row)
            cells = [*cells, *[""] * (len(header) - len(cells))]
        rows.append(Row(cells, lines[j][1], lines[last][1] + len(lines[last][0])))
        j = last + 1
    # (a second header row under the first, "Mean | SD | N | Mean | SD | N" under the arms or the
    # arms under "Mean change (95% CI)": each column named by both, ``sub_headers``)
    rows = [r for r in rows if r.cells]  # (the blank lines between them)
    kind = ""
    if head is not None:
        header, rows, kind = _header_rows_under(header, rows)
    parts = sub_headers.resolve(header, [r.cells for r in rows])
    if parts is None:
        return [t for t in [_shaped(lines, i, header, header_at, rows, note=kind)] if t is not None]
    # (each header cell where the page prints it, the second row's on its own line: an arm is looked
    # for where its name stands)
    second_at = _ruled_cells(next(x for x in lines if x[1] == rows[0].start)[0], rows[0].start)[1] if rows else []
    return [t for t in (_shaped(lines, i, part, [header_at[j] if side == "h" and j < len(header_at) else
                                                 second_at[j] if side == "s" and j < len(second_at) else at + len(line)
                                                 for side, j in origins],
                                [Row(cells, rows[k].start, rows[k].end) for k, cells in kept], heading, kind)
                        for part, kept, heading, kind, origins in parts) if t is not None]


# A header cell that names an arm, not the labels' column: the header lost its cell over the labels.
ARM_LIKE = re.compile(r"\b(?:groups?|arms?|placebo|control|usual\s+care)\b|[组組]|[(（]\s*[nN]\s*=", re.I)
# A header cell that is only the word for a column of groups, no arm: "Group", "Arms".
BARE_ROLE = re.compile(r"\s*(?:groups?|arms?|treatments?|interventions?)\s*", re.I)
def _size_or_kind(cell: str) -> bool:
    """Whether a cell of a row under the arms is only an arm's size or what its cells hold.

    >>> [_size_or_kind(c) for c in ("(n = 21)", "median (min, max)", "mean (SD)", "n (%)", "12.1 (3.0)")]
    [True, True, True, True, False]
    """
    cell = cell.strip()
    return bool(N_IN_HEADER.fullmatch(f" {cell}") or (hint := KIND_HINT.search(cell)) and hint.group() == cell)


def _header_rows_under(header: list, rows: list) -> tuple[list, list, str]:
    """A ruled header that lost the empty cell over the labels, with rows under it that are
    more of its arms' cells, one each in order ("YH1 Group | Placebo Group | p value" over
    "(n = 21) | (n = 20)" over "median (min, max) | median (min, max)"): each arm's cell with
    its size, the rows left, and what every arm's cells hold where one row says it for all.

    >>> h, rows, kind = _header_rows_under(["A group", "B group", "p"], [Row(["(n = 21)", "(n = 20)"], 0, 0),
    ...     Row(["median (IQR)", "median (IQR)"], 0, 0), Row(["Pain", "3 (1, 5)", "4 (2, 6)"], 0, 0)])
    >>> h, [r.cells for r in rows], kind
    (['A group (n = 21)', 'B group (n = 20)', 'p'], [['Pain', '3 (1, 5)', '4 (2, 6)']], 'median (IQR)')
    >>> _header_rows_under(["Pain score", "A group", "B group"], [Row(["(n = 21)", "(n = 20)"], 0, 0)])[0]  # (its label cell kept)
    ['Pain score', 'A group', 'B group']
    """
    kind = ""
    while rows and 2 <= len(rows[0].cells) <= len(header) and ARM_LIKE.search(header[0]) and not LABEL_HEADING.match(header[0]) \
            and not ROWS_OF_STUDIES.match(header[0]) and all(_size_or_kind(c) for c in rows[0].cells):
        cells = rows[0].cells
        if all(N_IN_HEADER.search(f" {c}") for c in cells):
            header = [f"{h} {cells[k]}" if k < len(cells) else h for k, h in enumerate(header)]
        elif len(set(cells)) == 1:
            kind = cells[0]
        else:
            break
        rows = rows[1:]
    return header, rows, kind


def _shaped(lines: list, i: int, header: list, header_at: list, rows: list, arms_heading: str = "",
            heading_kind: str = "", note: str = "") -> Table | None:
    """The table of ``header`` over ``rows`` (``_table_under``), its header fitted to its rows' width."""
    line, at = lines[i]
    widths = [len(r.cells) for r in rows if len(r.cells) >= 2]
    if len(widths) < 2:
        return None
    width = max(set(widths), key=widths.count)
    if len(header) == width and len(header) >= 2 and all(ARM_LIKE.search(h) and not BARE_ROLE.fullmatch(h) for h in header[:2]) \
            and not LABEL_HEADING.match(header[0]) and not ROWS_OF_STUDIES.match(header[0]):
        # (a header that opens on two arms lost the cell over the labels: "YH1 Group (n = 21) | Placebo
        # Group (n = 20) | p value" over "HbA1c | 7.6 (…) | 8.7 (…) | 0.008"; rows one cell short lost
        # their empty last cells, "At week 12 | 73.6 (…) | 74.3 (…) |")
        width += 1
        rows = [Row([*r.cells, ""], r.start, r.end) if len(r.cells) == width - 1 else r for r in rows]
    if len(header) == width - 1:
        # One header cell lost: over the labels ("Total cases | A | B" above "Overall | 78 |
        # …"), unless the header opens on the labels' own heading ("Outcome | A | B |"), when
        # the one lost is the last (a p column printed without its title).
        if LABEL_HEADING.match(header[0]):
            header, header_at = [*header, ""], [*header_at, at + len(line)]
        else:
            header, header_at = ["", *header], [at, *header_at]
    sized = [h for h in header[1:] if N_IN_HEADER.search(h)]
    if 3 <= len(header) < width and LABEL_HEADING.match(header[0]) and all(header) and sized \
            and not (len(header) == 1 + len(sized) and (width - 1) % len(sized) == 0):
        # (only where the arms carry their sizes; a header of arms alone over a multiple of their
        # columns is each arm over its visits, "Drug K (n = 50)" over "Baseline | Week 24": unread)
        # A header over the labels and the arms whose later columns the page split over more
        # lines ("… | Between-group comparisons" over "F | P | MD (95% CI) | Effect size"): the
        # columns it names are the first; the others, unnamed, are read as nothing.
        # (Where the arms carry their sizes, a heading without one spans columns it cannot be said
        # to stand over: "Inter-group differences" over "F | P".)
        header = [header[0], *[h if N_IN_HEADER.search(h) else "" for h in header[1:]]]
        header, header_at = [*header, *[""] * (width - len(header))], [*header_at, *[at + len(line)] * (width - len(header))]
    if len(header) != width:
        return None
    # (A short row whose label names something, "SDS, mean (SD) | 8.61 | <0.001" over "Week 3 | …" rows,
    # heads the rows under it as a one-cell row does; a row of the header's own words is none.)
    rows = [r if len(r.cells) in (1, width) else Row(r.cells[:1], r.start, r.end) for r in rows
            if len(r.cells) in (1, width) or (r.cells and len(r.cells) <= width // 2 and re.compile(r"[A-Za-z\u4e00-\u9fff]{2}").search(r.cells[0])
                                             and not any(c and c in header for c in r.cells)
                                             # (a data row cut short, "Deaths | 0 | 1", heads nothing: whole
                                             # numbers or arms' values in it are its own)
                                             and not any(re.compile(r"^\s*\d+\s*$").match(c) or CELL_PCT.match(c) or CELL_SPREAD.match(c)
                                                         for c in r.cells[1:]))]
    return Table(_caption_before(lines, i), header, rows, at, rows[-1].end if rows else at + len(line), header_at,
                 note_hint=note, arms_heading=arms_heading, heading_measures=heading_kind == "measure",
                 visit_heading=arms_heading if heading_kind == "visit" else "")


# A row framed by bars, as Markdown and some page readers print it: "| a | b | ||".
FRAMED = re.compile(r"^\s*\|.*\|\s*$")


def split_row(line: str) -> list[str]:
    """The cells of one row line. A bare row ("a | b | c") is split at " | ", as
    ``find_tables`` reads it; a framed one at every bar, without the frame and the run of
    empty cells after its last value (pages print spanned columns so).

    >>> split_row("Death, n (%) | 7 (10.9) | 0.55"), split_row("| Smith J, et al. | | − | ||")
    (['Death, n (%)', '7 (10.9)', '0.55'], ['Smith J, et al.', '', '−'])
    """
    if FRAMED.match(line):
        inner = re.compile(r"^\s*\|\s*|(?:\s*\|)+\s*$").sub("", line)
        return [c.strip() for c in inner.split("|")]
    return [c.strip() for c in line.split(" | ")]


def of(ctx) -> list[Table]:
    """The article's tables, found once (outcomes and adverse events both read them)."""
    found = ctx.__dict__.get("_tables")
    if found is None:
        from . import stacked_tables  # (it builds on this module's Table)
        found = find_tables(ctx.text) if " | " in ctx.text else []
        # (and a table a page printed one cell per line, where no table of bars stands)
        found += [t for t in stacked_tables.find(ctx.text)
                  if not any(f.start <= t.start < f.end or t.start <= f.start < t.end for f in found)]
        found = [_time_column_as_visits(t) for t in found]
        for t in found:
            # (the footnote before the next table, never that table's own)
            t.note_hint = t.note_hint or note_hint(ctx.text, t.end, min([f.start for f in found if f.start >= t.end] or [len(ctx.text)]))
        ctx.__dict__["_tables"] = found
    return found


# A column of visits, beside the measure's: "Timepoint", "Time point", "Visit", "时间点".
TIME_COLUMN = re.compile(r"^\s*(?:time\s*-?\s*points?|time|visits?|assessment(?:\s+time)?|时间点?|時間點?|随访时间|隨訪時間)\s*$", re.I)


def _visit_cell(cell: str) -> bool:
    """A visit as a table's cell names it: "Baseline", "Pre-rehabilitation", "1st month", "Week 12"."""
    from .row_tables import BASELINE  # (row_tables builds on this module)
    cell = cell.strip()
    return bool(cell) and len(cell) <= 40 and (BASELINE.match(cell) is not None or bool(times(cell)))


def _time_column_as_visits(t: Table) -> Table:
    """A table whose second column is the visit ("Parameter | Timepoint | Group RR | Group CR | P"),
    its measure printed once on its first visit's row and the later visits' rows opening on their
    time ("1st month | 3.1±1 | …"): read as the tables whose visits are rows under their measure's
    heading, a row of one cell for the measure, then one row per visit.

    >>> t = Table("", ["Parameter", "Timepoint", "Group A", "Group B", "P"],
    ...           [Row(["Grip", "Baseline", "2.1±1", "2.2±1", "0.5"], 0, 1), Row(["1st month", "3.1±1", "4.2±1", "0.01", ""], 2, 3)])
    >>> [r.cells for r in _time_column_as_visits(t).rows], _time_column_as_visits(t).header
    ([['Grip'], ['Baseline', '2.1±1', '2.2±1', '0.5'], ['1st month', '3.1±1', '4.2±1', '0.01']], ['Parameter', 'Group A', 'Group B', 'P'])
    """
    width = len(t.header)
    if width < 4 or not TIME_COLUMN.match(t.header[1]) or not t.rows or len(t.rows[0].cells) < 2 \
            or not _visit_cell(t.rows[0].cells[1]):
        return t  # (a "Time" column of durations, "Blood loss | Time", holds no visits)
    rows = []
    for r in t.rows:
        cells = list(r.cells)
        if len(cells) >= 2 and cells[0].strip() and _visit_cell(cells[1]):
            # (the measure's first row: its name, then its first visit; a row never loses a value)
            rows += [Row([cells[0]], r.start, r.end), Row(cells[1:width], r.start, r.end)]
        elif cells and _visit_cell(cells[0]) and all(not c.strip() for c in cells[width - 1:]):
            # ("1st month | 3.1±1 | … | 0.001* | |": a later visit's row, the empty cells it leaves at its end)
            rows.append(Row(cells[:width - 1], r.start, r.end))
        else:
            rows.append(r)  # (a row of another shape, "P value b | …", or one whose visit is blank: as printed)
    at = [t.header_offset(i) for i in range(width)]
    return replace(t, header=[t.header[0], *t.header[2:]], rows=rows, header_at=[at[0], *at[2:]])


# A caption's line anywhere in a text, as the next table's start: "Table 3 …", "表2 …".
CAPTION_LINE = re.compile(CAPTION.pattern, re.I | re.M)
# A heading over rows that count people, not an outcome: "Participants", "Number of patients", "例数".
PEOPLE_HEADING_WORDS = re.compile(r"(?:number\s+of\s+)?(?:participants|patients|subjects|people)(?:\s+(?:analy[sz]ed|remaining|seen))?\s*:?|"
                                  r"人数|例数|例數|人數|患者数|患者數", re.I)


# A table's footnote that says what all its cells hold: "Data are presented as mean (SD)",
# "Values are median (IQR)".
DATA_ARE = re.compile(r"\b(?:data|values|results)\s+(?:are|were)\s+(?:(?:presented|expressed|shown|given|reported)\s+as\s+)?(?:the\s+)?", re.I)


def note_hint(text: str, end: int, stop: int | None = None) -> str:
    """What the footnote in the few lines after a table ending at ``end`` (and before another
    table's caption, or ``stop``) says its cells hold, when its sentence says one thing and no
    more: "" when it names none or several ("mean (SD) or n (%)", "mean (SD) unless stated
    otherwise; … n (%)").

    >>> note_hint("… | 4.1 (3.6)\\n1. Data are presented as mean (SD). *p < 0.01", 13)
    'mean (SD)'
    >>> note_hint("… | 4.1 (3.6)\\nData are mean (SD) or n (%).", 13), note_hint("… | 4.1 (3.6)\\nSee text.", 13)
    ('', '')
    >>> note_hint("… | 30 (50)\\n\\nTable 3 Pain\\n| Pain | 4.1 (3.6) |\\nData are mean (SD).", 10)
    ''
    """
    after = text[end:min(end + 400, stop if stop is not None else len(text))]
    caption = CAPTION_LINE.search(after, 1)
    after = after[:caption.start()] if caption else after
    said = DATA_ARE.search(after)
    if said is None:
        return ""
    # (the footnote's sentence, to its stop: what it says of every cell, not of the first few)
    sentence = re.compile(r"[^.;。；\n]*").match(after, said.end()).group()
    kinds = KIND_HINT.findall(sentence)
    if len(kinds) != 1 or re.compile(r"\b(?:unless|otherwise|except)\b|除非|除外", re.I).search(after[said.end():said.end() + 160]):
        return ""
    return kinds[0] if sentence.lstrip().lower().startswith(kinds[0].lower()[:4]) else ""


def arm_name(header_cell: str) -> str:
    """A column's arm as its header names it, without its size: "BM-MNC (n = 64)" -> "BM-MNC".

    >>> arm_name("Chemotherapy n = 179"), arm_name("Drug K (N=1,366)")
    ('Chemotherapy', 'Drug K')
    """
    return N_IN_HEADER.sub("", header_cell).strip()


# A row label that opens on its statistic and ends on its spread's name: "Mean hospital stay (range)",
# "Mean modified Finnegan score (standard deviation)", "Median dose of morphine (IQR) – mg".
# ("Median overall survival — mo (95% CI)": its interval)
STAT_AND_SPREAD_LABEL = re.compile(r"^\s*(?:mean|median)\b[^|()（）]{1,60}?[(（]\s*(?:SD|standard\s+deviation|range|IQR|"
                                   r"interquartile\s+range|95\s*%\s*CI)\s*[)）]", re.I)


def kind_hint(*texts: str) -> str:
    """What the cells hold, from the row label, the header or the caption ("n (%)", "mean (SD)").

    >>> kind_hint("Mean hospital stay (range)", "Outcome"), kind_hint("Hospital stay", "Outcome, median (IQR)")
    ('Mean hospital stay (range)', 'median (IQR)')
    """
    for t in texts:
        m = KIND_HINT.search(t or "") or STAT_AND_SPREAD_LABEL.match(t or "")
        if m:
            return m.group()
    return ""




# What a section's heading says its rows' bare numbers are: "TSS-4 mean total score" (means),
# "Success at week 4 (% of patients)" (shares).
# (a share of people said as such, "(% of patients)"; a bare "(%)" is a unit, "change (%)")
HEADING_KIND = re.compile(r"\b(?P<stat>mean|median)\b|(?P<pct>[(（]\s*%\s*of\b|\bpercent(?:age)?\s+of\s+(?:patients|participants|subjects))", re.I)


def heading_kind(heading: str) -> str:
    """"mean", "median" or "%" for a section heading that says what its rows' bare numbers
    are, else "".

    >>> heading_kind("TSS-4 mean total score"), heading_kind("Success at week 4 (% of patients)"), heading_kind("Pain")
    ('mean', '%', '')
    >>> heading_kind("Body weight change from baseline (%)")
    ''
    """
    m = HEADING_KIND.search(heading or "")
    return "" if m is None else m["stat"].lower() if m["stat"] else "%"


def column_size(header_cell: str) -> int | None:
    """The people a column counts, from its header: "Drug (n = 200)" -> 200.

    >>> column_size("Drug (n = 200)"), column_size("P value"), column_size("Placebo (n = 1,366)"), column_size("N=1 366")
    (200, None, 1366, 1366)
    """
    m = COLUMN_SIZE.search(header_cell or "")
    return int(re.sub(r"\D", "", m[1])) if m else None


# (thousands written with a comma or a thin space: "(n = 1,366)", "N=1 366")
COLUMN_SIZE = re.compile(r"\b[nN]\s*[=＝]\s*(\d{1,3}(?:[,\u2009\u202f ]\d{3})+(?!\d)|\d+)")


def plain_cell(cell: str) -> str:
    """A cell as the number readers read text: middle-dot decimals ("0·1"), full-width
    characters and minus signs made plain, spaced thousands written with a comma, as the
    sentence readers see them.

    >>> plain_cell("16/14 964 (0·1%)"), plain_cell("16/14,964 (0·1%)"), plain_cell("45·2 ± 3·1"), plain_cell("12.5 100")
    ('16/14,964 (0.1%)', '16/14,964 (0.1%)', '45.2 ± 3.1', '12.5 100')
    """
    return join_thousands(normalize(cell))


def read_cell(cell: str, hint: str, size: int | None = None) -> tuple | None:
    """(stat, value, dispersion, dispersion value, n) of one cell, or None when the cell does
    not say plainly what it holds. A count with its percentage needs no hint; a value with a
    bracket needs one, since "3.1 (2.4)" may be a mean and its SD or its SE (pooled, the two
    differ by √n) or a median and its IQR; without one, a value and a bound printed with decimals
    is a mean whose spread's kind is left unsaid. "[33]" before a value is its number of people.
    Under a column of ``size`` people, a bare "131 (14)" is a count only when 14 is its share of them.

    >>> read_cell("62/4902 (1·3%)", ""), read_cell("45·2 ± 3·1", "")
    (('percent', 1.3, None, None, 62), ('mean', 45.2, 'sd', 3.1, None))
    >>> read_cell("−9.6 (0.8)†*#", "mean (SD)")
    ('mean', -9.6, 'sd', 0.8, None)
    >>> read_cell("[33] 29.21 (6.69)", "mean (SD)"), read_cell("[33] 29.21 (6.69)", "")
    (('mean', 29.21, 'sd', 6.69, 33), ('mean', 29.21, None, 6.69, 33))
    >>> read_cell("12 (6.0)", "", 200), read_cell("131 (14)", "", 200)
    (('percent', 6.0, None, None, 12), None)
    >>> read_cell("2.9 (2.8, 3.8)", "Median in months (95% CI)"), read_cell("21% (15, 28)", "n% (95% CI)"), read_cell("2%", "%")
    (('median', 2.9, 'ci95', [2.8, 3.8], None), ('percent', 21, 'ci95', [15, 28], None), ('percent', 2, None, None, None))
    >>> read_cell("13/24 (54·2% [32·8–74·5])", ""), read_cell("6 (0.9 [0.3–1.9])", "Rate per 1000 person-years")
    (('percent', 54.2, 'ci95', [32.8, 74.5], 13), None)
    >>> read_cell("6.0 (1.2)", "%")  # (a unit: "HbA1c, %")
    ('mean', 6.0, None, 1.2, None)
    """
    cell = FOOTNOTE_MARKS.sub("", plain_cell(cell))  # ("−4.6 (0.8)†*#": the value, its marks aside)
    h = hint.lower()
    if (sized := CELL_SIZE.match(cell)) and not CELL_PCT.match(cell):
        # "[33] 29.21 (6.69)": the cell's own number of people in brackets before its value
        read = read_cell(cell[sized.end():], hint)
        return None if read is None or read[4] is not None else (*read[:4], int(sized["n"]))
    if "95% ci" in h.replace(" %", "%"):
        # "2.9 (2.8, 3.8)" under "Median in months (95% CI)", "21% (15, 28)" under "ORR, n% (95% CI)"
        estimate = read_interval(cell.replace("%", ""))
        if estimate is None and (m := CELL_SPREAD.match(cell.replace("%", ""))) and m["b"] is not None:
            # ("6·9 (4·6–10·2)": a dash between the bounds, where the heading says the bracket is a 95% CI)
            estimate = (number(m["v"]), [number(m["a"]), number(m["b"])])
            if not estimate[1][0] <= estimate[0] <= estimate[1][1]:
                return None
        if estimate is None:
            return None
        stat = "median" if "median" in h else "mean" if "mean" in h else "percent"
        return stat, estimate[0], "ci95", estimate[1], None
    bare = BARE_PCT_CELL.match(cell)
    if bare and h.strip() == "%":
        return "percent", number(bare["pct"]), None, None, None  # ("2%" under "Complete response %")
    alone = BARE_CELL.match(cell)
    if alone and h in ("mean", "median", "%"):
        # ("4.348" under a heading of means; "46.1" under one of shares of patients)
        stat = "percent" if h == "%" else h
        return (stat, number(alone["v"]), None, None, None) if stat != "percent" or 0 <= number(alone["v"]) <= 100 else None
    if h.strip() == "%":
        # (a bare "%" said of a value with a bracket is its unit, "Glycated hemoglobin A1C, %" over
        # "6.0 (1.2)": read as though nothing were said)
        h = ""
    if (m := CELL_PCT_CI.match(cell)) and not ("mean" in h or "median" in h):
        # "13/24 (54·2% [32·8–74·5])": a count of its column's people, its share and the share's 95% CI
        pct, low, high = number(m["pct"]), number(m["a"]), number(m["b"])
        if pct > 100 or not low <= pct <= high or (m["total"] and number(m["n"]) > number(m["total"])):
            return None
        if not m["sign"] and not (m["total"] and abs(100 * number(m["n"]) / number(m["total"]) - pct) < 0.06):
            return None  # (no % sign: a share only where it is the count's of its total, "13/24 (54.2 [32.8–74.5])")
        return "percent", pct, "ci95", [low, high], number(m["n"])
    m = CELL_PCT.match(cell)
    if m and ("n" in h.replace("mean", "").replace("median", "") or m["total"] or "%" in cell or not h):
        if "mean" in h or "median" in h:
            return None
        if not h and not m["total"] and "%" not in cell and size and not share_of(number(m["n"]), m["pct"], size):
            return None  # (nothing says it is a share, and as one of the column it is wrong)
        pct = number(m["pct"])
        if pct > 100 or (m["total"] and number(m["n"]) > number(m["total"])):
            return None
        return "percent", pct, None, None, number(m["n"])
    m = CELL_SPREAD.match(cell)
    if m and not h and m["b"] is None and m["a"] is not None and not m["pm"] and SPREAD_PRINTED.search(m["a"]) \
            and m["a"].lstrip()[:1] not in "-−–" \
            and (SPREAD_PRINTED.search(m["v"]) or m["v"].lstrip()[:1] in "-−–"):
        # "29.21 (6.69)", "−8.71 (2.50)" under no heading that names them: a mean (no count has
        # decimals, no median is printed with one bound) with a spread whose kind, SD or SE, the
        # table does not say: the spread's number is kept, its kind left unsaid.
        return "mean", number(m["v"]), None, number(m["a"]), None
    if not m or (not h and not m["pm"]):
        return None
    value = number(m["v"])
    if m["pm"]:
        # "3.9 ± 2.0" is a mean and its SD unless the table says otherwise (an SE is labelled).
        return ("mean", value, "sd", number(m["pm"]), None) if not re.compile(r"\bse\b|\bsem\b|median", re.I).search(h) else None
    if "median" in h:
        if m["b"] is None:
            return None
        return "median", value, ("iqr" if "iqr" in h else "range"), [number(m["a"]), number(m["b"])], None
    if "mean" in h and m["b"] is None:
        return "mean", value, "se" if re.compile(r"\bsem?\b").search(h) else "sd", number(m["a"]), None
    if "mean" in h and "range" in h:
        return "mean", value, "range", [number(m["a"]), number(m["b"])], None  # ("15.5 (2 to 64)" under "Mean stay (range)")
    return None


# A bound's minus set apart from its digits, after "to" or an opening bracket: "[−13 to − 1.8]".
SPACED_SIGN = re.compile(r"(?:(?<=\bto\s)|(?<=[(\[（]))([−-])\s+(?=\d)")
CELL_INTERVAL = re.compile(r"^\s*(?P<v>" + NUM + r")\s*[(\[（]\s*(?P<a>" + NUM + r")\s*(?:to|,)\s*(?P<b>" + NUM + r")\s*[)\]）]\s*$")
# Significance marks printed after a cell's value: "−0.66 (−0.89 to −0.43) ***", "0.10 (0.02 to 0.18)*".
CELL_MARKS = re.compile(r"\s*(?:[*†‡§¶]+|[a-d])\s*$")


def read_interval(cell: str) -> tuple[float, list[float]] | None:
    """A value with its interval written "a to b" (or "a, b") around it: the way tables print
    an estimate with its 95% confidence interval, and never a mean with its SD or a count.

    >>> read_interval("−0.66 (−0.89 to −0.43) ***"), read_interval("7.44 (7.01, 7.86)"), read_interval("3.1 (2.4)")
    ((-0.66, [-0.89, -0.43]), (7.44, [7.01, 7.86]), None)
    >>> read_interval("−7.6 [−13 to − 1.8]")  # (a bound's minus set apart)
    (-7.6, [-13, -1.8])
    >>> read_interval("5 (7 to 9)")  # (outside its interval: no estimate and its bounds)
    """
    m = CELL_INTERVAL.match(SPACED_SIGN.sub(r"\1", plain_cell(CELL_MARKS.sub("", cell))))
    if not m:
        return None
    value, a, b = number(m["v"]), number(m["a"]), number(m["b"])
    return (value, [a, b]) if a <= value <= b else None


def read_p(cell: str) -> tuple[float, str] | None:
    """A p column's cell: "0.061" -> (0.061, "="), "<0.001" -> (0.001, "<").

    >>> read_p("0.56d"), read_p("<0.001*"), read_p("0.5 mg"), read_p("0.5 g")
    ((0.56, '='), (0.001, '<'), None, None)
    """
    m = P_CELL.match(plain_cell(cell).replace("P", "").replace("p", ""))
    if not m:
        return None
    rel = {"≤": "<=", "≥": ">="}.get(m["rel"] or "=", m["rel"] or "=")
    return number(m["p"]), rel


# What a bracket after "Primary outcome" may say that is no outcome: a population, a time, a statistic.
NOT_AN_OUTCOME_IN_BRACKET = re.compile(r"intention|protocol|\b(?:m?ITT|PP|FAS|n|SD|IQR|mean|median|range)\b|\d|%", re.I)


def label_of(cell: str) -> str:
    """A row label without what it says about its cells or its unit: "Rest pain VAS (cm), mean
    (SD)" -> "Rest pain VAS", "Complete ulcer healing(a), n/N (%)" -> "Complete ulcer healing".

    >>> label_of("Primary outcome* (major reperfusion without ICH)"), label_of("Improvement at 24 hours§")
    ('major reperfusion without ICH', 'Improvement at 24 hours')
    >>> label_of("Primary outcome (intention-to-treat)"), label_of("Primary outcome (week 12)")
    ('Primary outcome (intention-to-treat)', 'Primary outcome')
    >>> label_of("Change in HbA_{1c} (%)^{b}"), label_of("BMI (kg/m^{2})"), label_of("HbA1c <7.0% (primary outcome)")
    ('Change in HbA1c', 'BMI', 'HbA1c <7.0%')
    """
    # (a page converted from TeX: "HbA_{1c}" is HbA1c, "kg/m^{2}" kg/m2, "P value^{a}" has a mark)
    if "{" in cell:
        cell = TEX_SCRIPT.sub(lambda m: m["x"] if m["x"][0].isdigit() or m.group().startswith("_") else "", cell)
    label = KIND_HINT.sub("", cell)
    # "Primary outcome* (major reperfusion without symptomatic ICH)": the outcome is in the bracket.
    named = re.compile(r"^\s*(?:primary|secondary|main|key\s+secondary)\s+(?:outcome|end\s*point)s?\W*\((?P<x>[^()]{4,120})\)\s*$", re.I).match(label)
    if named and not NOT_AN_OUTCOME_IN_BRACKET.search(named["x"]):
        label = named["x"]
    label = re.compile(r"\((?:[a-z]|\*+|†|‡)\)|[*†‡§¶]+").sub("", label)
    # ("HbA1c <7.0% (primary outcome)": the row's place in the trial, no part of its name)
    label = ROLE_IN_BRACKET.sub(" ", label)
    label = re.compile(r"\s*[(（][^()（）]{0,12}[)）]\s*").sub(" ", label)
    # ("Medication for hypertension, No. (%)b": the mark left of what the row said it holds)
    label = re.compile(r"[,;]\s*[a-h]\s*$").sub("", label)
    label = UNIT_TAIL.sub("", _without_glued_mark(label).strip(" ,;:—–"))
    return label.strip(" ,;:—–").strip()


# The last word of a label, or of its part before a comma, and the letter after it: "Systolicb",
# "Body mass indexc", "Total cholesterol, mg/dLb".
GLUED_MARK = re.compile(r"(?P<word>[A-Za-z][A-Za-z/]{2,}[A-Za-z])(?P<mark>[a-h])(?=\s*(?:,|$))")


def _without_glued_mark(label: str) -> str:
    """A label without a footnote's letter the page glued to its last word, where the word
    without it is one the measures are named with and the word with it is none: "Systolicb" ->
    "Systolic", "Body mass indexc" -> "Body mass index"; "Rash" and "Diabetes" stay.

    >>> _without_glued_mark("Systolicb"), _without_glued_mark("Total cholesterol, mg/dLb"), _without_glued_mark("Diabetes")
    ('Systolic', 'Total cholesterol, mg/dL', 'Diabetes')
    >>> _without_glued_mark("Investigator rated")  # (a word's own ending)
    'Investigator rated'
    """
    if not GLUED_MARK.search(label):
        return label
    from .. import vocab

    words = vocab.measure_words()
    return GLUED_MARK.sub(lambda m: m["word"] if m["word"].lower() in words and m.group().lower() not in words
                          and not INFLECTED.search(m.group()) else m.group(), label)


# A word's own ending that a mark's letter would look like: "rated", "scored" (-ed), "walking" (-ing).
INFLECTED = re.compile(r"(?:ed|ing)$", re.I)


ROLE_IN_BRACKET = re.compile(r"\s*[(（](?:the\s+)?(?:primary|secondary|main|key\s+secondary)\s+(?:outcome|end\s*point)s?[)）]|"
                             # ("Mean modified Finnegan score (standard deviation)": what its cells hold)
                             r"\s*[(（]\s*(?:standard\s+deviation|interquartile\s+range)\s*[)）]", re.I)
TEX_SCRIPT = re.compile(r"[_^]\{(?P<x>[^{}]{1,8})\}")
# A unit at a label's end after a comma: "Length of stay, d", "Infusion rate, μg/kg per min" (a
# unit's letters, or a unit with a slash: "Pain, VAS" keeps its scale, "Fracture, hip" its site).
UNIT_TAIL = re.compile(r",\s*(?:(?-i:d|h|hr|min|s|mm|cm|m|kg|g|mg|ml|l|yr|wk|mo|kcal|bpm|pts?)|[^\s,/]{1,8}/[^,]{1,16})$")


EFFICACY = re.compile(r"efficacy|effectiveness|疗效|療效|有效性", re.I)
ADVERSE = re.compile(r"adverse|side[- ]effects?|safety|toxicit|complication|不良|副作用|安全性|并发症|併發症", re.I)


def is_adverse_event_table(table: Table) -> bool:
    """A table of adverse events by arm: its caption or its first header cell says so (not a
    caption of "efficacy and safety outcomes", whose rows are mostly outcomes).

    >>> is_adverse_event_table(Table("Table 3. Adverse events", ["", "A", "B"]))
    True
    >>> is_adverse_event_table(Table("Table 2. Efficacy and safety outcomes", ["", "A", "B"]))
    False
    """
    return bool((ADVERSE.search(table.caption) and not EFFICACY.search(table.caption)) or ADVERSE.search(table.header[0]) or
                re.compile(r"^\s*(?:event|events|不良事件)\s*$", re.I).match(table.header[0]))


CELL_CI = re.compile(r"[(\[（]\s*(?P<a>" + NUM + r")\s*(?:–|—|-|to|,|~|至)\s*(?P<b>" + NUM + r")\s*[)\]）]")


def read_ci(cell: str) -> list | None:
    """The interval an effect cell gives after its value: "RR 0.57 (0.32–1.03)" -> [0.32, 1.03]."""
    m = CELL_CI.search(SPACED_SIGN.sub(r"\1", plain_cell(cell)))
    return [number(m["a"]), number(m["b"])] if m else None


def adverse_events(ctx) -> list:
    """Adverse-event tables by arm: one event per row and arm, with its count and percentage.
    Rows of totals ("Any adverse event") are the safety summary, not events."""
    from .. import vocab
    from ..vocab.lexicon import Tokens
    from .record import AdverseEvent

    out = []
    for t in of(ctx):
        if not is_adverse_event_table(t):
            continue
        hint = kind_hint(" ".join(t.header), t.caption) or "n (%)"
        arms = []
        for i in range(1, len(t.header)):
            at = t.header_offset(i)
            found = ctx.mentions("groups", at, at + len(t.header[i]))
            arms.append(found[0].name if found else arm_name(t.header[i]))
        for row in t.rows:
            label = label_of(row.cells[0])
            if not label or len(row.cells) != len(t.header) or re.compile(r"^(?:any|total|overall|all)\b|^(?:合计|总计|任何)", re.I).search(label):
                continue
            hits = vocab.lexicon("adverse_events").find(Tokens(label))
            event = hits[0].name if len(hits) == 1 and len(hits[0].text) >= 0.8 * len(label) else label
            serious = True if re.compile(r"\bserious\b|严重|嚴重", re.I).search(label) else None
            for arm, cell in zip(arms, row.cells[1:]):
                read = read_cell(cell, hint)
                if read is None or read[0] != "percent":
                    continue
                out.append(AdverseEvent(event, read[4], read[1], None, serious, ctx.text[row.start:row.end], arm))
    return out


# (not "Change from baseline at week 24", "较基线变化": a table of changes since then)
# (not a table of outcomes over visits, "Primary endpoints … at baseline and follow-up", "… at baseline, 6 and 12 months")
BASELINE_TABLE = re.compile(r"(?<!from )(?<!since )(?<!over )(?<!vs\. )(?<!versus )baseline(?!\s+to\b)"
                            r"(?!\s*(?:and|,)\s*(?:\d+\s*[-–]?\s*(?:and|,|weeks?|months?|years?|days?)\b|follow|after(?!\s+run-?in)|post|"
                            r"end(?:point)?|(?:week|month|year)\s*(?!0\b)\d))|"
                            r"characteristics|demographic|"
                            r"(?<![较較与與自])基线(?!变化|至)|(?<![较較与與自])基線(?!變化|至)|一般资料|一般資料|临床资料", re.I)


def difference_cell(cell: str, header: str, shares: bool = False) -> list:
    """The value of a difference or ratio column's cell ("−1.1 (−1.9 to −0.3)", "0.79 (0.63–1.00)")
    as a named statistic, its kind taken from the header ("Difference", "Mean difference",
    "Difference in change", "Hazard Ratio (95% CI)").

    >>> [(e.type, e.value) for e in difference_cell("0.79 (0.63–1.00)", "Hazard Ratio (95% CI)*")]
    [('hazard_ratio', 0.79)]
    >>> difference_cell("—", "Hazard Ratio (95% CI)"), difference_cell("0.79 (0.63–1.00)", "Placebo (N = 2852)")
    ([], [])

    A header that names two kinds ("Hazard Ratio or Response-Rate Ratio") gives a row of shares
    (``shares``) the ratio of rates or risks, any other row the first kind:

    >>> [e.type for e in difference_cell("3.19 (2.18–4.66)", "Hazard Ratio or Response-Rate Ratio (95% CI)", shares=True)]
    ['risk_ratio']
    """
    from .numbers import EffectStat

    # (normalize keeps the cell's length: the offsets below are the cell's own.)
    m = re.compile(r"^\s*(?P<v>" + NUM + r")\s*(?:%|[A-Za-z]{1,6})?\s*[(\[（]").match(normalize(cell).replace("−", "-"))
    ratio = RATIO_HEADER.search(header)
    if not m or not (ratio or re.compile(r"differ|差值|差异|差異|efficacy|effectiveness|保护效力|保護效力|\bratio\b", re.I).search(header)):
        return []
    if ratio:
        # "Hazard Ratio (95% CI)" over "0.79 (0.63–1.00)": the ratio the header names (never below 0)
        value = number(m["v"])
        kinds = [k for r in RATIO_HEADER.finditer(header) for k, v in r.groupdict().items() if v]
        kind = "rr" if shares and "rr" in kinds else next((k for k in kinds if k != "rr"), kinds[0])
        return [EffectStat(RATIO_KIND[kind], value, m.start("v"), m.end("v"))] if value > 0 else []
    # (A vaccine's efficacy, one minus the risk ratio in percent, is an effect of no kind the
    # record names more closely.)
    # (nor a ratio of another kind, "Geometric mean ratio (95% CI)": never below 0 either)
    # (A header that says which arm over which, "Ratio, placebo/drug Q", "ratio vs placebo": which way,
    # the table reader does not read: nothing.)
    if re.compile(r"\bratio\b", re.I).search(header) and not re.compile(r"differ", re.I).search(header):
        if re.compile(r"/|\bvs\.?(?=\s)|\bversus\b|\bto\b|\bover\b", re.I).search(header):
            return []
        return [EffectStat("effect_size", number(m["v"]), m.start("v"), m.end("v"))] if number(m["v"]) > 0 else []
    kind = "difference_in_change" if re.compile(r"change|变化|變化", re.I).search(header) else \
        "effect_size" if re.compile(r"efficacy|effectiveness|效力", re.I).search(header) else "mean_difference"
    return [EffectStat(kind, number(m["v"]), m.start("v"), m.end("v"))]


# A column of ratios, by the header's name for them.
# (The words in any case; the abbreviations in capitals only: "or" is no odds ratio.)
RATIO_HEADER = re.compile(r"(?P<hr>\b(?i:hazard\s+ratio)|\bHR\b|风险比|風險比)|(?P<or>\b(?i:odds\s+ratio)|\bOR\b|比值比)|"
                          r"(?P<rr>\b(?i:relative\s+risk|risk\s+ratio|rate\s+ratio)|\bRR\b|相对危险度|相對危險度)")
RATIO_KIND = {"hr": "hazard_ratio", "or": "odds_ratio", "rr": "risk_ratio"}
