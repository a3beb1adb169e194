"""Tables a page printed one cell per line: what a journal's table becomes when its page is
copied, each cell on a line of its own, the cells parted by blank lines or by lines holding a
bar alone ("|").

>>> text = ("Table 3 Pain and stiffness\\n\\nScore\\n\\nTime\\n\\nDrug K\\n\\nPlacebo\\n\\nPain\\n\\nBaseline\\n\\n"
...         "6.6 (2.9)\\n\\n6.5 (4.4)\\n\\n3 months\\n\\n4.3 (3.3)**\\n\\n5.6 (3.3)\\n\\nStiffness\\n\\nBaseline\\n\\n"
...         "3.0 (1.6)\\n\\n3.3 (2.1)\\n\\n3 months\\n\\n1.9 (1.4)\\n\\n2.9 (2.2)\\n")
>>> t = find(text)[0]
>>> t.caption, t.header
('Table 3 Pain and stiffness', ['Score Time', 'Drug K', 'Placebo'])
>>> [r.cells for r in t.rows][:3]
[['Pain'], ['Baseline', '6.6 (2.9)', '6.5 (4.4)'], ['3 months', '4.3 (3.3)**', '5.6 (3.3)']]
>>> text[t.rows[1].start:t.rows[1].end]
'Baseline\\n\\n6.6 (2.9)\\n\\n6.5 (4.4)'

Such a table has no line per row, so its rows are found by their cells: a row is a label
followed by as many cells as the table has columns of values, each a value, a dash or
empty; a label followed by another label heads the rows under it (a measure, "Pain"). How
many columns of values there are is what most labels are followed by; a label followed by
more or fewer is no row and is not read (a page that dropped a spanned cell has shifted the
rest). The header is the cells before the first row: its last cells name the columns of
values (arms, a difference, a p-value), what comes before them heads the labels. A header
printed on two lines under one another, the second split under the first's last cell
("BM-MSCs" over "Low-dose", "High-dose"), names those columns by both. The result is a
``tables.Table``, read as any other; each row quotes its cells as printed, from its label
to its last value. Pure: text in, tables out.
"""

from __future__ import annotations

import re

from .. import vocab
from ..vocab.lexicon import Tokens
from .tables import CAPTION, FOOTNOTE_MARKS, PEOPLE_HEADING_WORDS, Row, Table, kind_hint, read_p

# A cell that holds a value: a number with its bracket or ± and its footnote marks ("4.3
# (3.3)**", "−4.1 (−8.1 to −0.1)", "12 ± 3", "0.045", "< 0.001", "16 (41.0%)", "+ 0.6 *").
VALUE_CELL = re.compile(r"[<>≤≥=]?\s*[-–−+]?\s*\d[\d.,·]*\s*%?\s*(?:±\s*\d[\d.,·]*\s*%?)?\s*"
                        r"(?:[(\[（][^()\[\]（）\n]{0,40}[)\]）])?\s*[*†‡§¶#]*"
                        # (a difference with its own p in the cell: "-0.34 (0.12) P = 0.006")
                        r"(?:\s*[Pp]\s*[=<>≤≥]\s*0?\.\d+)?")
# A cell that holds nothing a reader can take, yet stands in its column: a dash, "NS", "NR".
NO_VALUE_CELL = re.compile(r"[–—\-−]{1,2}|NS|NR|NA|n/?a|", re.I)  # (not "---", a rule)
# A cell that gives a column's or a row's size alone ("(n=138)"): neither label nor value.
SIZE_CELL = re.compile(r"[(（]?\s*[nN]\s*=\s*\d[\d,]*\s*[)）]?")
# The rule a page printed between a header's lines ("---").
HEADER_RULE = re.compile(r"-{3,}\|?")
# A page worth looking at: a few lines of values alone.
VALUE_LINE = re.compile(r"^[ \t]*[-–−+]?[ \t]*\d[\d.,·]*[ \t]*%?[ \t]*(?:±[ \t]*\d[\d.,·]*[ \t]*%?[ \t]*)?"
                        r"(?:[(\[（][^()\[\]（）\n]{0,40}[)\]）])?[ \t]*[*†‡§¶#]*[ \t]*$", re.M)


def find(text: str) -> list[Table]:
    """Every table of ``text`` printed one cell per line (see the module's docstring)."""
    if len(VALUE_LINE.findall(text)) < 6:
        return []
    cells = _cells(text)
    kinds = [_kind(c) for c, _, _ in cells]
    out, i = [], 0
    while i < len(cells):
        table, i = _table_from(text, cells, kinds, i)
        if table is not None:
            out.append(table)
    return out


def _cells(text: str) -> list[tuple[str, int, int]]:
    """The cells of ``text`` with where each starts and ends: the lines between bars when the
    page parts its cells with lines of a bar alone (an empty cell where two bars meet), else
    each line that is not blank.

    >>> [c for c, _, _ in _cells("a\\n|\\n|\\nb\\n|\\n1.5\\n|\\n---|\\nc\\n|\\n2\\n|\\n3\\n|\\n")]
    ['a', '', 'b', '1.5', '---', 'c', '2', '3']
    """
    bars = sum(1 for line in text.split("\n") if line.strip() == "|")
    out, pos, pending = [], 0, None
    for line in text.split("\n"):
        stripped = line.strip()
        at = pos + len(line) - len(line.lstrip())
        pos += len(line) + 1
        if bars >= 6:
            if stripped == "|":
                out.append(pending or ("", at, at))
                pending = None
            elif HEADER_RULE.fullmatch(stripped):
                # (the rule under a header's line, "---|": that line's last cell ends at it)
                if pending is not None:
                    out.append(pending)
                out.append(("---", at, at + len(stripped)))
                pending = None
            elif stripped and pending is None:
                pending = (stripped, at, at + len(stripped))
            elif stripped:
                # (a cell the page wrapped over two lines is one cell)
                pending = (f"{pending[0]} {stripped}", pending[1], at + len(stripped))
        elif stripped:
            out.append((stripped, at, at + len(stripped)))
    if pending is not None:
        out.append(pending)
    return out


def _kind(cell: str) -> str:
    """"value", "none" (a dash, an empty cell), "size", "rule" or "label"."""
    if VALUE_CELL.fullmatch(cell):
        return "value"
    if NO_VALUE_CELL.fullmatch(cell):
        return "none"
    if SIZE_CELL.fullmatch(cell):
        return "size"
    if HEADER_RULE.fullmatch(cell):
        return "rule"
    return "label"


def _table_from(text: str, cells: list, kinds: list, i: int) -> tuple[Table | None, int]:
    """The table whose header starts at or after cell ``i``, and the cell after it (``kinds``:
    each cell's ``_kind``)."""
    runs = {}  # each label: how many cells stand after it before the next label, and whether a value is among them
    for k in range(i, len(cells)):
        if kinds[k] == "label":
            n = 0
            while k + 1 + n < len(cells) and kinds[k + 1 + n] in ("value", "none", "size"):
                n += 1
            runs[k] = (n, any(kinds[j] == "value" for j in range(k + 1, k + 1 + n)))
    widths = [n for n, valued in runs.values() if n >= 2 and valued]
    if len(widths) < 3:
        return None, len(cells)
    width = max(set(widths), key=lambda w: (widths.count(w), w))
    for attempt in (1, 2):
        hinted = None
        # (on a second look, rows that leave the last column out count too: see below)
        rows_at = [k for k, (n, valued) in runs.items() if (n == width or (attempt == 2 and n == width - 1)) and valued]
        if len(rows_at) < 3:
            return None, len(cells)
        row_starts = {k for k in rows_at if runs[k][0] == width}
        # (the header ends at the first label with values of its own, a row or not: "FAC (max. 6)"
        # with two values over rows of three is the table's, never a column's name)
        first = min(rows_at[0], next(k for k, (n, valued) in runs.items() if valued and n >= 2))
        top = first
        # A heading over the first row ("Pain" over "Baseline"), when the table's later rows have
        # headings too: a label with no values of its own right before a row.
        headed = any(k > first and k not in rows_at and not runs[k][1] and k + runs[k][0] + 1 in rows_at for k in runs)
        before = next((j for j in range(first - 1, i - 1, -1) if kinds[j] not in ("none", "size")), None)
        hint = ""
        if before is not None and kinds[before] == "label" and not CAPTION.match(cells[before][0]):
            word = cells[before][0]
            if kind_hint(word) and len(word) <= 24 and not _names_a_measure(word):
                # ("Mean (SD)" under the arms' names: what every cell holds, no column of its own; not
                # "HbA1c, %" over "Baseline", a measure with its unit)
                hint, kinds[before] = kind_hint(word), "none"
                hinted = before
            elif headed or HEADING.match(word) or (_names_a_measure(word) and _time_label(cells[first][0])):
                # ("Efficacy", "Primary outcome", "WOMAC pain" over "Baseline", "Week 12": a heading)
                top = before
        header, header_at = _header(cells, kinds, i, top, width)
        if header is None or any(kind_hint(h) or HEADING.match(h) or _names_a_measure(h) for h in header[1:]):
            # (a column named as a measure, a heading or a kind of value: which column is which, the
            # page no longer says; read so, one arm's values would be another's)
            return None, rows_at[-1] + width + 1
        if attempt == 1 and OPTIONAL_LAST_COLUMN.match(header[-1]) \
                and sum(1 for n, valued in runs.values() if n == width + 1 and valued) >= 2:
            # ("… | Placebo (n = 86) | Difference vs placebo" over rows of two values and rows of three:
            # the header names three columns, the rows of two left the difference out; read by two, the
            # placebo column would be the first arm's and the difference the placebo's)
            width += 1
            if hinted is not None:
                kinds[hinted] = "label"  # (the first look's reading of that cell, undone)
            continue
        break
    # (a last column of the difference between the arms, or of p-values, that some rows leave empty and
    # the page printed no cell for: those rows give the arms' values alone, "Baseline mean (SE) 7.92 (0.11)
    # 7.97 (0.09)" under "… | Placebo (n = 86) | Difference vs placebo")
    # (a short row whose cells hold a bare p, "Difference between groups | -0.4 ± 0.2 | 0.005", lacks the
    # arms' cells, not the last one: it is not read)
    short_rows = {k for k in set(rows_at) - row_starts
                  if not any(read_p(FOOTNOTE_MARKS.sub("", cells[j][0])) and "±" not in cells[j][0] and "(" not in cells[j][0]
                             for j in range(k + 1, k + width))}
    rows, k = [], top
    while k < len(cells):
        if kinds[k] != "label":
            k += 1
            continue
        if len(cells[k][0]) > 80 or CAPTION.match(cells[k][0]):
            break  # (a sentence, another table's caption: this table has ended)
        n, valued = runs[k]
        if k in row_starts:
            rows.append(Row([cells[k][0], *[cells[j][0] for j in range(k + 1, k + 1 + width)]], cells[k][1],
                            cells[k + width][2]))
        elif k in short_rows:
            rows.append(Row([cells[k][0], *[cells[j][0] for j in range(k + 1, k + width)], ""], cells[k][1],
                            cells[k + width - 1][2]))
        elif not valued:
            rows.append(Row([cells[k][0]], cells[k][1], cells[k][2]))  # a heading over the rows under it
        # (a label followed by values of another width is a row a page shifted: not read)
        k += n + 1
    while rows and len(rows[-1].cells) == 1:
        rows.pop()
    if sum(len(r.cells) > 1 for r in rows) < 3:
        return None, max(k, top + 1)
    for c, name in enumerate(header[1:], 1):
        if P_COLUMN.match(name) and not all(read_p(FOOTNOTE_MARKS.sub("", r.cells[c])) or NO_VALUE_CELL.fullmatch(r.cells[c])
                                             for r in rows if len(r.cells) > 1):
            # (a column named "P value" whose cells are no p-values: the columns are not where the
            # header says, a cell lost on the way; read so, one arm's values would be another's)
            return None, max(k, top + 1)
    caption = _caption(text, header_at[0])
    return Table(caption, header, rows, header_at[0], rows[-1].end, header_at, hint), k


# A last column a row may leave without a cell: the difference between the arms, its p.
OPTIONAL_LAST_COLUMN = re.compile(r"\s*(?:(?:adjusted\s+|mean\s+)*difference|treatment\s+effect)", re.I)
P_COLUMN = re.compile(r"\s*(?:p|p[\s-]*values?|P值)\s*[*†‡a-d]?\s*$", re.I)
# A heading over a table's rows, never a column's name: "Efficacy", "Primary outcome", "Safety".
HEADING = re.compile(r"(?:(?:primary|secondary|exploratory|efficacy|safety|main|key|other)\s+)?"
                     r"(?:efficacy|safety|outcomes?|end\s*-?points?|results?|measures?|variables?)\s*:?$|"
                     r"(?:" + PEOPLE_HEADING_WORDS.pattern + r")$|"
                     r"(?:主要|次要)?(?:结局|結局|疗效|療效|安全性)(?:指标|指標)?$", re.I)
TIME_LABEL = re.compile(r"baseline|pre-?treatment|before\s+treatment|week|month|day|year|治疗前|治療前|治疗后|治療後|基线|基線|\d", re.I)


def _names_a_measure(label: str) -> bool:
    """Whether the vocabulary reads ``label`` as a measure's name, most of it ("WOMAC pain")."""
    found = vocab.lexicon("measures").find(Tokens(label))
    return sum(m.end - m.start for m in found) * 2 >= len(label.strip()) > 0


def _time_label(label: str) -> bool:
    """Whether a row's label is a time point or the values before treatment ("Week 12", "Baseline")."""
    return bool(TIME_LABEL.search(label)) and len(label) <= 24


def _header(cells: list, kinds: list, i: int, top: int, width: int) -> tuple[list | None, list]:
    """The header over a table of ``width`` columns of values whose rows start at cell
    ``top``: the cells after the caption and the page's prose (a line of more than sixty
    characters), up to ``top``. Its last ``width`` cells name the columns, the one or two
    before them are joined as the labels' heading. A header in two lines parted by a rule
    ("---") whose second line is shorter than the columns sits under its first line's last
    cell.

    >>> cells = [(c, 0, 0) for c in ["Score", "Time", "Control", "Drug K", "---", "Low", "High", "---", "Pain"]]
    >>> _header(cells, [_kind(c) for c, _, _ in cells], 0, 8, 3)[0]
    ['Score Time', 'Control', 'Drug K Low', 'Drug K High']
    """
    start = i
    for j in range(i, top):
        if CAPTION.match(cells[j][0]) or len(cells[j][0]) > 60:
            start = j + 1
    lines, line = [], []
    for j in range(start, top):
        if kinds[j] == "rule":
            if line:
                lines.append(line)
            line = []
        elif kinds[j] == "label" or (kinds[j] == "none" and cells[j][0] == ""):
            line.append(j)
    if line:
        lines.append(line)
    if not lines:
        return None, []
    if len(lines) >= 2 and len(lines[-1]) < width and len(lines[-2]) >= width - len(lines[-1]) + 1:
        upper, lower = lines[-2], lines[-1]
        over = width - len(lower)  # (columns the upper line alone names; its last cell spans the lower line)
        named = [cells[j][0] for j in upper[len(upper) - over - 1:-1]] + [f"{cells[upper[-1]][0]} {cells[j][0]}" for j in lower]
        at = [cells[j][1] for j in upper[len(upper) - over - 1:-1]] + [cells[j][1] for j in lower]
        heads = upper[:len(upper) - over - 1]
    else:
        flat = lines[-1]
        if len(flat) < width:
            return None, []
        named, at = [cells[j][0] for j in flat[-width:]], [cells[j][1] for j in flat[-width:]]
        heads = flat[:-width]
    if len(set(named)) < len(named):
        return None, []  # ("N | Mean | p | N | Mean | p": each arm's columns, the arms on a line the page lost)
    heads = heads[-2:]
    heading = " ".join(cells[j][0] for j in heads if cells[j][0])
    return [heading, *named], [cells[heads[0]][1] if heads else at[0], *at]


def _caption(text: str, header_at: int) -> str:
    """The "Table N" line among the six lines before the header, else ""."""
    lines = [line.strip() for line in text[:header_at].split("\n") if line.strip()][-6:]
    return next((line for line in reversed(lines) if CAPTION.match(line)), "")
