"""Tables of trials: a review's or meta-analysis's table that lists several studies, one per
row, read into one ``Study`` per row.

>>> text = ("Table 1. Randomised trials of fooxaban\\n"
...         "| Author | Trial | Year | Drug | n | Drug group | Placebo group | Deaths | |\\n"
...         "| Drug group | Placebo group | ||\\n"
...         "| Ames K, et al.[3] | ORCA | 2015 | Fooxaban | 400 | 210 | 190 | 9 | 14 | |\\n"
...         "| Berg T, et al.[4] | SKUA-2 | 2019 | Fooxaban | 300 | 150 | 150 | 5 | − | |\\n")
>>> found = read(text)
>>> [(s.citation.first_author, s.citation.year, s.design, [(g.name, g.n) for g in s.groups]) for s in found]
[('Ames', 2015, 'rct', [('fooxaban', 210), ('placebo', 190)]), ('Berg', 2019, 'rct', [('fooxaban', 150), ('placebo', 150)])]
>>> [(m.measure, m.group, m.stat, m.value) for m in found[1].measurements]
[('Deaths', 'fooxaban', 'n', 5.0)]

A row is a study when it names one: a citation ("Ames K, et al.", "Berg et al. 2019",
"李明等"), a trial's name in a Trial column, or a year in a Year column; a table is a table
of trials when two or more rows are, and each of them states something about its study (a
size, an arm, a result). Each such row gives what it states and nothing else: the first
author and year, the total n, the arms with their sizes, the participants' age and share
of men, results per arm or for the whole study, effect estimates and p-values; every fact
quotes the row it came from. Pure: text in, records out.
"""

from __future__ import annotations

import re

from .. import vocab
from ..vocab.lexicon import Tokens
from . import tables
from .numbers import EFFECT_KIND, NUM
from .record import Citation, Effect, Group, Intervention, Measurement, Participants, Study, Time

# What makes a row of a table printed one cell per line a study's: a paper cited ("Ames et al."),
# a registration, a trial's acronym with its number; not a year or a news source ("2021",
# "Reuters"), which a table of case counts has too.
TRIAL_SIGNAL = re.compile(r"\bet\s+al\b|NCT\s?\d{6,}|ChiCTR|ISRCTN|[\u4e00-\u9fff]{2,4}等|\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*[-‐ ]\d{1,4}\b")
# A header label of a table printed one cell per line: short, no sentence, no number but a
# year's or a CI's ("HR (95% CI)").
STACKED_LABEL = re.compile(r"[^\d.,;:。，；]{1,30}|[^.;:。；]{1,30}\(95\s*%\s*CI\)")
# What a header cell says its column holds. Whole-label patterns: a column named "Study
# population" or "Year of diagnosis" is no identity column.
AUTHOR = re.compile(r"^(?:first\s+)?(?:authors?|author\s*\(year\)|authors?,?\s+year|study|studies|study\s+\(year\)|study,?\s+year|"
            r"references?|source|citation|作者|第一作者|作者\s*[(（]年份?[)）]|文献|纳入研究|研究|研究者)$", re.I)
TRIAL = re.compile(r"^(?:trials?|trial\s+name|trial\s+acronym|acronym|study\s+name|study\s+acronym|试验|试验名称|研究名称)$", re.I)
YEAR_COLUMN = re.compile(r"^(?:(?:publication\s+)?year|year\s+published|发表年份|年份|发表时间|年)$", re.I)
DRUG = re.compile(r"^(?:drugs?|agents?|substances?|study\s+drug|active\s+drug|intervention|interventions|treatment\s+drug|"
          r"药物|干预措施|干预|治疗药物)$", re.I)
DESIGN = re.compile(r"^(?:(?:study\s+)?design|study\s+type|研究类型|研究设计|设计)$", re.I)
TOTAL_N = re.compile(r"^(?:n|no\.?|total(?:\s+n)?|n\s*\(total\)|total\s+n|sample\s+size|(?:no\.?|number)\s+of\s+"
             r"(?:patients|participants|subjects)|patients(?:,?\s*\(?n\)?)?|participants(?:,?\s*\(?n\)?)?|"
             r"例数|总例数|样本量|病例数|(?:样本|病例)数?\s*[(（]例[)）])$", re.I)
AGE = re.compile(r"\bage\b|年龄", re.I)
MALE = re.compile(r"\bmales?\b|\bmen\b|\bmale\s+sex\b|男性|男", re.I)
FOLLOW_UP = re.compile(r"follow[- ]?up|随访", re.I)
OUTCOME_NAME = re.compile(r"^(?:(?:primary\s+)?(?:outcomes?|end\s*points?)|结局(?:指标)?|观察指标)$", re.I)
P_COLUMN = re.compile(r"^(?:p|p\s*values?|p-values?|p值)$", re.I)
# An effect estimate's column ("HR (95% CI)", "OR", "Mean difference", "RR [95% CI]") is
# named as numbers.EFFECT_KIND names an estimate in prose; a bare "or" in a header is a
# conjunction ("χ2 or t"), so the names must not follow a lower-case word.
EFFECT_HEADER = re.compile(r"^(?:adjusted\s+)?(?:odds|hazard|risk|relative|incidence|standardi|mean|weighted|difference|"
                   r"a?ORs?\b|a?HRs?\b|I?RRs?\b|W?MDs?\b|SMDs?\b|比值比|优势比|风险比|相对|均数差|平均差|差值)", re.I)
# The rest of an effect column's header once the estimate is named: "HR for death (95% CI)".
EFFECT_WORDS = re.compile(r"\b(?:HR|OR|RR|W?MD|SMD|hazard\s+ratio|odds\s+ratio|risk\s+ratio|relative\s+risk|"
                  r"(?:standardi[sz]ed\s+)?mean\s+difference|for|of)\b|\(?\s*95\s*%\s*CI\s*\)?|[\[\]()]", re.I)
# An arm named in a header: "Placebo group", "Treatment (n)", "治疗组(例)", "SGLT2i arm".
ARM_WORD = re.compile(r"\s*(?:group|arm)s?$|[组組]$", re.I)
N_MARK = re.compile(r"\s*(?:[(（\[]\s*(?:n|N|例|no\.?)\s*[)）\]]|,\s*(?:n|N|no\.?)|\s+n)\s*$")
# An arm named by its role alone ("Treatment (n)", "Control").
ARM_ALONE = re.compile(r"^(?:treatment|control|placebo|intervention|experimental|active|sham|comparator|usual\s+care|"
               r"standard\s+care)$", re.I)
GENERIC_DRUG = {"drug", "study drug", "active drug", "active", "agent"}
# What a column of results measures: events, deaths, rates, responses, changes.
OUTCOME_WORD = re.compile(r"\bevents?\b|\bdeaths?\b|\bdied\b|mortality|hospitali[sz]|\bresponse\b|\bresponders?\b|remission|"
                  r"\brates?\b|\bchange\b|incidence|\bcured?\b|\bsuccess\b|survival|recurrence|relapse|"
                  r"有效|死亡|病死|复发|缓解|治愈|变化|发生率|改善", re.I)
# A column that describes who took part, with no slot in the record ("Diabetes mellitus, %",
# "Baseline HbA1c", "BMI"): never a result.
CHARACTERISTIC = re.compile(r"baseline|\bprior\b|history|\bBMI\b|body\s+mass|\bweight\b|\bwhite\b|\brace\b|smok|duration|"
                    r"country|setting|population|dose|基线|病程|体重|国家", re.I)
COUNT_WORD = re.compile(r"\bevents?\b|\bdeaths?\b|\bdied\b|\bcases?\b|hospitali[sz]ations?\b|\bno\.|\bnumber\b|,\s*n\b|\(n\)|"
                r"例|人数|次数", re.I)
CHANGE_WORD = re.compile(r"\bchange\b|变化|改变", re.I)
PERCENT_WORD = re.compile(r"%|percent|百分", re.I)
# No value: "−", "NR" (not reported), "NA", "N/A", "—", "/".
NO_VALUE = re.compile(r"^(?:[-−–—/]|n\.?\s*r\.?|n/?a|not\s+reported|未报告|未报道|无|-{2,})?$", re.I)
VALUE = re.compile(r"^\s*(?P<v>" + NUM + r")\s*(?P<pct>%)?\s*$")
# A column of medians: "mPFS", "mOS" (a lower-case m before a capital), "Median OS".
MEDIAN_LABEL = re.compile(r"^(?-i:m[A-Z])|\bmedian\b", re.I)
# Two arms' values in one cell: "49.7% vs. 41%", "6.3 vs. 5.6 mo.".
PAIR_CELL = re.compile(r"^\s*(?P<a>" + NUM + r")\s*(?P<pa>%)?\s*(?:vs\.?|versus|v\.?)\s*(?P<b>" + NUM + r")\s*(?P<pb>%)?\s*"
                       r"(?P<unit>mo\.?|months?|m|weeks?|wk|days?|years?|yr)?\s*$", re.I)
# A study described in one cell: "NCT02367794 (IMPower 131), N = 1021 (phase III), atezolizumab +
# chemotherapy vs. placebo + chemotherapy (squamous)": its size, its phase, its arms.
CELL_N = re.compile(r"\b[Nn]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b")
CELL_PHASE = re.compile(r"\bphase\s+(?P<p>IV|III|II|I|[1-4])\b", re.I)
CELL_ARMS = re.compile(r"(?:^|,\s*)(?P<a>[A-Za-z][^,()]{1,80}?)\s+(?:vs\.?|versus)\s+(?P<b>[A-Za-z][^,()]{1,80}?)"
                       r"\s*(?:\([^()]{1,30}\))?\s*$", re.I)
SPREAD = re.compile(r"^\s*(?P<v>" + NUM + r")\s*(?:±\s*(?P<pm>\d+(?:\.\d+)?)|[(（]\s*(?P<sd>\d+(?:\.\d+)?)\s*[)）])\s*$")
LEAD_NUMBER = re.compile(r"^\s*(?P<v>" + NUM + r")")
# A result cell that sets the row's drug against the column's comparator: "92% (vs. 32%)",
# "~70% (vs. ~40%) [a]" under "Response rate (vs. control)" ("~": as the table prints it).
VERSUS_CELL = re.compile(r"^\s*~?\s*(?P<a>" + NUM + r")\s*(?P<pct>%)?\s*[(（]\s*(?:vs\.?|versus)\s*~?\s*(?P<b>" + NUM +
                         r")\s*%?\s*[)）]\s*(?:\[[a-z]\])?\s*$", re.I)
# What a header sets its results against: "Response rate (vs. Control)" -> "Control".
VERSUS_HEADER = re.compile(r"(?:[(（]\s*)?\b(?:vs\.?|versus)\s+(?P<name>[^()（）\s][^()（）]*?)\s*[)）]?$", re.I)

# A citation as a table prints it: "Rådholm K, et al.[16]", "Smith et al. (2019)", "Smith 2019",
# "McMurray JJV, et al.", and in Chinese "李明等[3]", "王芳, 等(2018)".
REF = r"(?:\s*\[[\d,\s–-]+\])?"
CITE = re.compile(r"^(?P<surname>[A-Z][\w'’\-]+(?:\s+(?:van\s+der|van|de|der|von|da|del|di|le|la)\s+[A-Z][\w'’\-]+)?)"
          r"(?:(?:\s+|\s*,\s*)(?P<init>[A-Z]{1,4}\b(?!\.)|(?:[A-Z]\.[\s-]?){1,4}))?\s*,?\s*(?P<etal>et\s*al\.?|and\s+colleagues)?" + REF +
          r"\s*[(,]?\s*(?P<year>(?:19|20)\d\d)?[a-z]?\)?" + REF + r"\s*$")
ZH_CITE = re.compile(r"^(?P<surname>[\u4e00-\u9fff]{2,4}?)\s*[,，]?\s*(?P<etal>等人?)?" + REF +
             r"\s*[(（]?\s*(?P<year>(?:19|20)\d\d)?\s*[)）]?" + REF + r"\s*$")
YEAR = re.compile(r"^(?:19|20)\d\d[a-z]?$")
ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9]*[A-Z0-9](?:[\s\-–][A-Za-z0-9]+){0,3}$")
# A trial's cell that opens on its acronym, the paper after it: "NOAH-AFNET6 trial. Kirchhof et al.
# (2023) [15]".
ACRONYM_TRIAL = re.compile(r"^(?P<name>[A-Z][A-Za-z0-9]*[A-Z0-9](?:[\s\-–][A-Za-z0-9]+){0,3})\s+(?:trial|study)\b[.,:;]?\s*(?P<rest>.*)$")
# An estimate named at a column's end with its interval: "Ischemic Stroke HR (95% CI)" (not "Baseline
# HR", a heart rate, nor "Mean RR", a respiratory rate: those have no interval).
EFFECT_AT_END = re.compile(r"(?<!\bor\s)\b(?P<kind>a?HRs?|a?ORs?|I?RRs?|hazard\s+ratios?|odds\s+ratios?|risk\s+ratios?|relative\s+risks?)\s*"
                           r"[(（\[]\s*95\s*%\s*CI\s*[)）\]]\s*$")
# A header of a level, not an estimate: "Mean HR at 12 months" (a heart rate), "Baseline RR".
LEVEL_HEADER = re.compile(r"^(?:mean|baseline|resting|median)\b(?!\s+(?:difference|diff\.?|ratio))", re.I)
CI_IN_HEADER = re.compile(r"95\s*%\s*CI|confidence\s+interval", re.I)
# Both arms, with their sizes, in one cell under "Test Drug (n)/Control (N)": "Edoxaban (1270)/Placebo (1266)".
ARMS_HEADER = re.compile(r"^[^/]*(?:drug|treatment|intervention|arm)[^/]*/[^/]*(?:control|comparator|placebo)[^/]*$", re.I)
# (and the numbers in its brackets are people: "(n)", "(N)"; not "(mg)")
ARMS_HEADER_COUNTS = re.compile(r"[(（]\s*n\s*[)）]", re.I)
ARMS_CELL = re.compile(r"^\s*(?P<a>[A-Za-z][^()/]{1,40}?)\s*[(（]\s*(?:n\s*=\s*)?(?P<na>\d{1,3}(?:,\d{3})+|\d+)\s*[)）]\s*/\s*"
                       r"(?P<b>[A-Za-z][^()/]{1,40}?)\s*[(（]\s*(?:n\s*=\s*)?(?P<nb>\d{1,3}(?:,\d{3})+|\d+)\s*[)）]\s*$")
# The table says its studies were randomised trials (its caption, a header, a design cell).
RANDOMISED = re.compile(r"random|\bRCTs?\b|\btrials?\b|随机|试验", re.I)
NOT_RANDOMISED = re.compile(r"non[- ]?random|not\s+random|observational|cohort|非随机|观察性|队列", re.I)
UNITS = (("year", re.compile(r"\byears?\b|\byrs?\b|年", re.I)), ("month", re.compile(r"\bmonths?\b|\bmo\b|月", re.I)),
         ("week", re.compile(r"\bweeks?\b|\bwks?\b|周", re.I)), ("day", re.compile(r"\bdays?\b|天|日", re.I)))


def studies(ctx) -> list[Study]:
    """The studies a table of trials in the article lists (``read`` of its text); [] when the
    article has none."""
    return read(ctx.text)


def read(text: str) -> list[Study]:
    """Every table of trials in ``text`` (see the module's docstring), one Study per row in
    the order printed: tables of bars, else a table whose cells a page printed one per line."""
    out: list[Study] = []
    for caption, lines in (_blocks(text) if "|" in text else ()):
        out.extend(_table(text, caption, lines))
    if not out:
        for caption, lines in _stacked_blocks(text):
            out.extend(_table(text, caption, lines))
    return out


def _stacked_blocks(text: str):
    """A table a page printed one cell per line (a converted page): a header of k short
    labels, one of them naming the study (Study, Trial, Reference, Author, Year), then rows of
    k lines each. Each row's quote runs from its first cell to its last, as printed. Which
    rows name a study, ``_table`` decides; the rows are taken while they come k lines at a time
    and the first of them names no header's label.

    >>> text = "Trial\\n\\nORR\\n\\nReference\\n\\nORCA\\n\\n40% vs. 20%\\n\\nAmes et al. 2015\\n\\nSKUA\\n\\n30% vs. 10%\\n\\nBerg et al. 2019\\n"
    >>> [(cells, text[a:b][:4]) for cells, a, b in next(_stacked_blocks(text))[1]]
    [(['Trial', 'ORR', 'Reference'], 'Tria'), (['ORCA', '40% vs. 20%', 'Ames et al. 2015'], 'ORCA'), (['SKUA', '30% vs. 10%', 'Berg et al. 2019'], 'SKUA')]
    """
    lines = [(line.strip(), start + len(line) - len(line.lstrip())) for line, start in tables.lines_with_offsets(text)
             if line.strip()]
    if len(lines) < 9:
        return
    i = 0
    while i < len(lines) - 5:
        k = 0
        while i + k < len(lines) and k < 9 and STACKED_LABEL.fullmatch(lines[i + k][0]):
            k += 1
        # (The first row's first cell may look like a label too, "Atezolizumab": the header is
        # as long as the rows after it name their study in the same places.)
        for width in range(k, 2, -1):
            labels = [line for line, _ in lines[i:i + width]]
            if not any(AUTHOR.match(x) or TRIAL.match(x) or YEAR_COLUMN.match(x) for x in labels):
                continue
            run = [(labels, lines[i][1], lines[i + width - 1][1] + len(lines[i + width - 1][0]))]
            at, cited = i + width, None
            while at + width <= len(lines):
                cells = [line for line, _ in lines[at:at + width]]
                where = next((c for c, cell in enumerate(cells) if _citation(cell, False)), None)
                if not (_identified(labels, cells) or where is not None) or (cited is not None and where != cited) \
                        or not TRIAL_SIGNAL.search(" ".join(cells)):
                    break  # (each row cites its study in the same column, as a paper or a trial)
                cited = where
                run.append((cells, lines[at][1], lines[at + width - 1][1] + len(lines[at + width - 1][0])))
                at += width
            if len(run) >= 3:
                yield next((line for line, _ in reversed(lines[:i])), ""), run
                i = at
                break
        else:
            i += max(k, 1)


def _blocks(text: str):
    """Runs of row lines (bare "a | b | c", framed "| a | b |" or closed on the right only,
    "a | b |"), each with the line just above it (its caption, when it has one). A framed
    line of one cell inside a run (a footnote the page printed between the header and the
    rows) and the rule under a header ("---|---|") neither end nor join it. A row the page
    wrapped, its last cells on the next line or two ("Response rate |" then "Remission rate
    |"), is joined back while it is narrower than the run's widest row or rule."""
    lines = tables.lines_with_offsets(text)
    i = 0
    while i < len(lines):
        if not _is_row(lines[i][0]):
            i += 1
            continue
        end = i + 1  # (the run's own lines: its widest row or rule is its width, not a table's after it)
        while end < len(lines) and _in_run(lines[end][0]):
            end += 1
        width = max(_width(line) for line, _ in lines[i:end])
        run = []
        for line, start in lines[i:end]:
            # ("| Lian 2014 [18] |" then its cells one line each, "420/31 … |": a row the page
            # wrapped after its study's name, framed alone)
            cited_alone = bool(tables.FRAMED.match(line)) and len(tables.split_row(line)) == 1 \
                and _citation(tables.split_row(line)[0], False) is not None
            if tables.RULE.match(line) or not (_is_row(line) or _closed(line) or cited_alone):
                continue
            lead = len(line) - len(line.lstrip())
            cells = _split(line) if not cited_alone else tables.split_row(line)
            # (not a line that opens a study's row of its own: "NOAH-AFNET6 trial. Kirchhof et al." after a
            # row the page cut short, "LOOP trial. Svendsen et al. | 6004 |")
            if run and (_closed(run[-1][3]) or run[-1][4]) and not cited_alone and len(run[-1][0]) + len(cells) <= width \
                    and (run[-1][4] or not (cells and (ACRONYM_TRIAL.match(cells[0]) or _citation(cells[0], False)))):
                joined, first, _, _, cited = run[-1]
                run[-1] = (joined + cells, first, start + len(line.rstrip()), line, cited)
            else:
                run.append((cells, start + lead, start + len(line.rstrip()), line, cited_alone))
        caption = next((lines[k][0].strip() for k in range(i - 1, max(-1, i - 4), -1) if lines[k][0].strip()), "")
        if len(run) >= 3:
            yield caption, [(cells, a, b) for cells, a, b, _, _ in run]
        i = end


TRAILING_BARS = re.compile(r"[\s|]+$")


def _in_run(line: str) -> bool:
    """A line that goes on with a run begun by a row: a row, a framed footnote, the rule under
    a header, or the wrapped end of a row."""
    return _is_row(line) or bool(tables.FRAMED.match(line)) or bool(tables.RULE.match(line)) or _closed(line)


def _closed(line: str) -> bool:
    """A line closed by a bar on its right only: a row, or the wrapped end of one."""
    s = line.strip()
    return s.endswith("|") and not s.startswith("|") and not tables.RULE.match(s)


def _split(line: str) -> list[str]:
    """The cells of a row line; a line closed on its right loses the bar and the empty
    cells after its last value ("a | b | ||" -> ["a", "b"])."""
    return tables.split_row(TRAILING_BARS.sub("", line)) if _closed(line) else tables.split_row(line)


def _width(line: str) -> int:
    """How many cells a row or rule line holds (0 for other lines)."""
    if tables.RULE.match(line):
        return line.strip().strip("|").count("|") + 1
    return len(_split(line)) if _is_row(line) or _closed(line) else 0


def _is_row(line: str) -> bool:
    """A line of two or more cells, as tables.py reads them."""
    s = line.strip()
    return bool(tables.ROW.match(s)) or (bool(tables.FRAMED.match(s)) and len(tables.split_row(s)) >= 2) \
        or (_closed(s) and " | " in s)


def _citation(cell: str, in_author_column: bool):
    """(surname, initials, year) of a cell that cites a study, else None. Outside an author
    column a bare word is no citation ("Empagliflozin"): it needs "et al." or a year."""
    lead = ACRONYM_TRIAL.match(cell)
    if lead and lead["rest"]:
        # ("NOAH-AFNET6 trial. Kirchhof et al. (2023)": the paper after the trial; a bare word after
        # it, "RE-LY trial. Dabigatran", is no author's)
        cell, in_author_column = lead["rest"], False
    for pattern in (CITE, ZH_CITE):
        m = pattern.match(cell)
        if m and (m["etal"] or m["year"] or in_author_column):
            init = re.sub(r"[.\s-]", "", m.groupdict().get("init") or "") or None  # ("E.J. " -> "EJ")
            return m["surname"], init, int(m["year"]) if m["year"] else None
    return None


def _columns(header: list[list[str]], width: int) -> list[tuple[str, str | None]] | None:
    """One (label, sub-label) per column of the rows. A header of one line is the columns'
    labels; in a two-line header the second line splits some columns of the first by arm
    ("Deaths" over "Drug group | Placebo group"): how many follows from the rows' width, and
    they are the rightmost of the columns that hold neither who nor how many took part."""
    top = header[0]
    if len(top) == width:
        return [(c, None) for c in top]
    if len(header) < 2 or len(top) > width:
        return None
    arms = [c for line in header[1:] for c in line if c and GROUP_LABEL.search(c)]
    more = [c for line in header[1:] for c in line if c and not GROUP_LABEL.search(c)]
    drugs = [i for i, c in enumerate(top + more) if DRUG.match(c)]
    if more and len(arms) >= 2 and len(top) + len(more) + len(arms) - 1 == width and len(drugs) == 1:
        # A header the page wrapped: its first line's labels go on in the next lines, where the
        # arms that split the intervention's column stand too ("| First author year | … |",
        # "Intervention | Intervention period (months) |", "| Treatment group (T) | Control group (C) |").
        out = []
        for i, c in enumerate(top + more):
            out.extend([(c, arm) for arm in arms] if i == drugs[0] else [(c, None)])
        return out
    sub = [c for c in header[1] if c]
    period = len(dict.fromkeys(c.lower() for c in sub))
    extra = width - len(top)
    if period < 2 or extra % (period - 1):
        return None
    spans = extra // (period - 1)
    if spans * period > len(sub) or spans > len(top):
        return None
    labels = sub[len(sub) - spans * period:]
    open_ = [i for i, c in enumerate(top) if not (AUTHOR.match(c) or TRIAL.match(c) or YEAR_COLUMN.match(c)
                                                   or DRUG.match(c) or DESIGN.match(c) or AGE.search(c)
                                                   or MALE.search(c) or FOLLOW_UP.search(c) or _arm_label(c))]
    split = set((open_ if len(open_) >= spans else range(len(top)))[-spans:]) if spans else set()
    out, k = [], 0
    for i, c in enumerate(top):
        if i in split:
            out.extend((c, labels[k + j]) for j in range(period))
            k += period
        else:
            out.append((c, None))
    return out if len(out) == width else None


# A column of the study's size, qualified: "Sample size (randomized/dropouts); Sex: M/F".
SAMPLE_SIZE = re.compile(r"^sample\s+size\b", re.I)
# A size as "randomized/dropouts": "420/31 T: 210 …" randomised 420, where the header says so.
LOST_IN_LABEL = re.compile(r"\bdrop-?outs?\b|\blost\b|\bwithdraw|\bwithdrew", re.I)
# (its "pct" group never matches: the reader asks VALUE's groups of it, and a size has no share)
RANDOMISED_THEN_LOST = re.compile(r"^(?P<v>\d{1,6})\s*/\s*\d{1,6}\b(?P<pct>(?!))?")
# An arm's size after the letter its header gives the arm: "T: 210 (98/112) C: 210 (106/104)".
LETTERED_SIZE = re.compile(r"(?<![A-Za-z])([A-Z])\s*[:：]\s*(\d{1,6})(?![\d.])")
CONTROL_LABEL = re.compile(r"\bcontrol\b|对照|對照", re.I)
# A sub-label that names an arm by its group: "Treatment group (T)", "Control group (C)", "对照组".
GROUP_LABEL = re.compile(r"\b(?:group|arm)s?\b|[组組]", re.I)


def _arm_label(label: str) -> str | None:
    """The arm a header cell names ("Placebo group" -> "Placebo", "Treatment (n)" -> "Treatment",
    "治疗组" -> "治疗组"), else None."""
    base = N_MARK.sub("", label).strip()
    hits = vocab.lexicon("groups").find(Tokens(base))
    if len(hits) == 1 and len(hits[0].text) >= 0.8 * len(base):
        return base
    if ARM_ALONE.match(base) or (ARM_WORD.search(base) and len(base) <= 40 and not OUTCOME_WORD.search(base)):
        return base
    return None


def _lower(name: str) -> str:
    """Lower case, acronyms kept ("SGLT2i", "DPP-4")."""
    return " ".join(w if sum(ch.isupper() for ch in w) >= 2 else w.lower() for w in name.split())


def _arm_name(label: str, drug_header: str | None, drug: str | None) -> str:
    """An arm's name: the row's drug when the header names the arm only by the drug column
    ("SGLT2i group" beside an "SGLT2i" column, "Drug group"), else the vocabulary's name for
    it ("Placebo group" -> "placebo", "治疗组" -> "treatment"), else as written."""
    base = ARM_WORD.sub("", N_MARK.sub("", label).strip()).strip()
    if drug and base.lower() in GENERIC_DRUG | ({drug_header.lower()} if drug_header else set()):
        return _lower(drug)
    hits = vocab.lexicon("groups").find(Tokens(label))
    if len(hits) == 1 and len(hits[0].text) >= 0.6 * len(N_MARK.sub("", label).strip()):
        return hits[0].name
    return _lower(base or label)


def _measure(label: str) -> str:
    """A column's measure: the vocabulary's name when it names the whole label ("Cardiovascular
    deaths events" -> its name for cardiovascular deaths), else the label as written."""
    label = tables.label_of(label)
    label = re.compile(r"\s*,?\s*(?:\b(?:events?|n|no\.|number)\b|%|[(（][^()（）]*[)）]|例|\[[^\]]*\])\s*$", re.I).sub("", label)
    label = label.strip(" ,;:")
    hits = vocab.measure_lexicon().find(Tokens(label))
    return hits[0].name if len(hits) == 1 and len(hits[0].text) >= 0.8 * len(label) else label


def _number(text: str) -> float:
    return float(text.replace("−", "-").replace("–", "-").replace(",", ""))


def _role(label: str, sub: str | None, values: list[str]):
    """What a column holds: ("author"|"trial"|"year"|"drug"|"design"|"n"|"age"|"male"|
    "follow_up"|"outcome_name"|"p"|None,), ("arm_n", arm label), ("effect", kind) or
    ("outcome", arm label or None)."""
    if sub is not None:
        if TOTAL_N.match(label) or re.compile(r"^(?:no\.?\s+of\s+)?(?:patients|participants|n)\b", re.I).match(label):
            return ("arm_n", sub)
        if DRUG.match(label):
            return ("arm_drug", sub)  # ("Intervention" over "Treatment group (T)": what that arm took)
        if AGE.search(label) or MALE.search(label) or CHARACTERISTIC.search(label):
            return (None,)
        return ("outcome", sub)
    if ARMS_HEADER.match(label) and ARMS_HEADER_COUNTS.search(label) and values and all(ARMS_CELL.match(v) for v in values if v):
        return ("arms",)
    for pattern, role in ((AUTHOR, "author"), (TRIAL, "trial"), (YEAR_COLUMN, "year"), (DRUG, "drug"),
                          (DESIGN, "design"), (TOTAL_N, "n"), (SAMPLE_SIZE, "n"), (OUTCOME_NAME, "outcome_name"), (P_COLUMN, "p")):
        if pattern.match(label):
            return (role,)
    if (EFFECT_HEADER.match(label) and not LEVEL_HEADER.match(label)) or (at_end := EFFECT_AT_END.search(label)):
        # (an estimate named at the end is of that kind: "CV death or HF hospitalisation HR (95% CI)" is a
        # hazard ratio, its "or" a conjunction)
        named = at_end["kind"] if not EFFECT_HEADER.match(label) else label
        kind = next((name for pattern, name in EFFECT_KIND if pattern.search(named)), None)
        if kind:
            return ("effect", kind)
    if AGE.search(label):
        return ("age",)
    if MALE.search(label):
        return ("male",)
    if FOLLOW_UP.search(label):
        return ("follow_up",)
    numeric = [v for v in values if v and LEAD_NUMBER.match(v)]
    if not numeric and values and all(not re.compile(r"\d").search(v) for v in values if v) \
            and vocab.lexicon("interventions").find(Tokens(label)):
        return ("drug",)  # a column named by a drug class ("SGLT2i") whose cells are drugs
    arm = _arm_label(label)
    if arm and not OUTCOME_WORD.search(label):
        return ("arm_n", label)
    if CHARACTERISTIC.search(label):
        return (None,)
    if (against := VERSUS_HEADER.search(label)) and OUTCOME_WORD.search(label[:against.start()]):
        return ("outcome", None)  # "Response rate (vs. control)": the row's drug, then the comparator
    # "治疗组有效[例(%)]", "Deaths, placebo": an arm and a result in one label.
    hits = vocab.lexicon("groups").find(Tokens(label))
    if hits and OUTCOME_WORD.search(label):
        return ("outcome", label[hits[0].start:hits[0].end], re.compile(re.escape(hits[0].text)).sub("", label, 1))
    if OUTCOME_WORD.search(label) or (vocab.measure_lexicon().find(Tokens(tables.label_of(label)))
                                      and not vocab.lexicon("conditions").find(Tokens(label))):
        return ("outcome", None)
    return (None,)


def _table(text: str, caption: str, run: list) -> list[Study]:
    cites = []
    for k, (cells, _, _) in enumerate(run):
        if any(_citation(c, False) for c in cells):
            cites.append(k)
    # The header: the lines above the first row that names a study (by a citation, or by its
    # cell under a Trial, Study or Year column).
    first = None
    for k, (cells, _, _) in enumerate(run):
        if k in cites or (k > 0 and _identified(run[0][0], cells)):
            first = k
            break
    if not first:
        return []
    header = [cells for cells, _, _ in run[:first]]
    rows = [r for r in run[first:] if _identified(header[0], r[0]) or _citation_in(r[0])]
    if len(rows) < 2:
        return []
    widths = [len(cells) for cells, _, _ in rows]
    width = max(set(widths), key=widths.count)
    rows = [r for r in rows if len(r[0]) == width]
    columns = _columns(header, width)
    if columns is None or len(rows) < 2:
        return []
    roles = [_role(label, sub, [r[0][i] for r in rows]) for i, (label, sub) in enumerate(columns)]
    if not any(r[0] in ("author", "trial", "year") for r in roles) and not all(_citation_in(r[0]) for r in rows):
        return []
    where = " ".join([caption] + [" ".join(h) for h in header])
    design = None if NOT_RANDOMISED.search(where) else ("rct" if RANDOMISED.search(where) else None)
    drug_header = next((columns[i][0] for i, r in enumerate(roles) if r[0] == "drug"), None)
    out = []
    for cells, start, end in rows:
        study = _study(cells, columns, roles, text[start:end], design, drug_header, caption)
        if study.participants.enrolled or study.groups or study.measurements or study.effects:
            out.append(study)
    return out if len(out) >= 2 else []


def _citation_in(cells: list[str]) -> bool:
    return any(_citation(c, False) for c in cells)


def _identified(header: list[str], cells: list[str]) -> bool:
    """A row names its study under an identity column of the header's first line (those
    columns stand left of any split one, so their places are the rows' places)."""
    for label, cell in zip(header, cells):
        if not cell:
            continue
        if YEAR_COLUMN.match(label) and YEAR.match(cell):
            return True
        if TRIAL.match(label) and (ACRONYM.match(cell) or ACRONYM_TRIAL.match(cell)):
            return True
        # (not a header's label the page wrapped under it: "Intervention" under "First author year")
        if AUTHOR.match(label) and _citation(cell, True) and not any(
                pattern.match(cell) for pattern in (DRUG, DESIGN, TOTAL_N, SAMPLE_SIZE, OUTCOME_NAME, AUTHOR, TRIAL, YEAR_COLUMN)):
            return True
    return False


def _study(cells, columns, roles, quote, design, drug_header, caption) -> Study:
    study = Study(design=design)
    p = study.participants = Participants()
    c = study.citation = Citation()
    drug = next((cells[i] for i, r in enumerate(roles) if r[0] == "drug" and cells[i]), None)
    arms: dict[str, Group] = {}
    outcome_name = next((cells[i] for i, r in enumerate(roles) if r[0] == "outcome_name" and cells[i]), None)

    def arm(label):
        name = _arm_name(label, drug_header, drug)
        return arms.setdefault(name, Group(name, "arm", None, None, quote)).name

    for i, role in enumerate(roles):
        cell = cells[i].strip()
        kind = role[0]
        if not cell or NO_VALUE.match(cell) or kind is None:
            continue
        label, sub = columns[i]
        if kind == "author" and (CELL_N.search(cell) or CELL_ARMS.search(cell)):
            # A cell that describes its study: its size and phase (its arms are read with the results).
            n = CELL_N.search(cell)
            if n and p.enrolled is None:
                p.enrolled, p.quotes["enrolled"] = int(n["n"].replace(",", "")), quote
            phase = CELL_PHASE.search(cell)
            if phase and study.phase is None:
                study.phase = {"I": "1", "II": "2", "III": "3", "IV": "4"}.get(phase["p"].upper(), phase["p"])
            if phase and phase["p"].upper() in ("III", "3") and RANDOMISED.search(cell) is None and study.design is None \
                    and CELL_ARMS.search(cell):
                study.design = "rct"  # (a phase 3 trial of two arms is randomised but for rare exceptions)
        if kind in ("author", "trial"):
            cited = _citation(cell, kind == "author")
            if cited and not c.first_author:
                surname, init, year = cited
                c.first_author, c.authors = surname, [f"{surname} {init}" if init else surname]
                c.year = c.year or year
        elif kind == "arms" and (both := ARMS_CELL.match(cell)):
            for name, n in ((both["a"], both["na"]), (both["b"], both["nb"])):
                arms[arm(name)].n = int(n.replace(",", ""))
            # (the test drug is the study's intervention, the control its comparator)
            hits = vocab.lexicon("interventions").find(Tokens(both["a"].strip()))
            study.interventions.append(Intervention(hits[0].name if len(hits) == 1 else _lower(both["a"].strip()), quote=quote))
        elif kind == "year" and YEAR.match(cell):
            c.year = int(cell[:4])
        elif kind == "design":
            if NOT_RANDOMISED.search(cell):
                study.design = "cohort" if re.compile(r"cohort|队列", re.I).search(cell) else None
            elif RANDOMISED.search(cell):
                study.design = "rct"
        elif kind == "drug":
            hits = vocab.lexicon("interventions").find(Tokens(cell))
            name = hits[0].name if len(hits) == 1 and len(hits[0].text) >= 0.8 * len(cell) else _lower(cell)
            study.interventions.append(Intervention(name, quote=quote))
        elif kind == "n":
            # ("420/31" is randomised/lost only where the header says so: "60/60" under "Sample size (T/C)" is each arm's)
            v = VALUE.match(cell) or (RANDOMISED_THEN_LOST.match(cell) if LOST_IN_LABEL.search(label) else None)
            if v and not v["pct"] and float(_number(v["v"])).is_integer():
                p.enrolled, p.quotes["enrolled"] = int(_number(v["v"])), quote
            # ("420/31 T: 210 (98/112) C: 210 (106/104)": each arm's size after the letter its header gives it)
            for letter, n in LETTERED_SIZE.findall(cell):
                called = next((sub for _, sub in columns if sub and re.search(rf"\(\s*{letter}\s*\)", sub)), None)
                if called:
                    arms[arm(called)].n = int(n)
        elif kind == "arm_drug":
            g = arm(role[1])
            hits = vocab.lexicon("interventions").find(Tokens(cell))
            if hits and hits[0].name in ("placebo", "sham"):
                study.comparator = hits[0].name
            elif not CONTROL_LABEL.search(role[1]):
                # (the drug the treated arm took, before its dose and what both arms had: "Tianqi capsule
                # (5 capsules, po, tid) + LM")
                name = re.split(r"\s*[(（+]", cell, maxsplit=1)[0].strip()
                if name and g:
                    study.interventions.append(Intervention(hits[0].name if len(hits) == 1 and len(hits[0].text) >= 0.8 * len(name)
                                                            else _lower(name), quote=quote))
        elif kind == "arm_n":
            v = VALUE.match(cell)
            if v and not v["pct"] and float(_number(v["v"])).is_integer():
                g = arms[arm(role[1])]
                g.n = int(_number(v["v"]))
        elif kind == "age":
            _age(p, label, cell, quote)
        elif kind == "male":
            _male(p, label, cell, quote)
        elif kind == "follow_up":
            study.follow_up = _time(label, cell) or study.follow_up
        elif kind == "outcome" and not role[1] and (pair := PAIR_CELL.match(cell)) and len(described := _described_arms(cells)) == 2:
            # "49.7% vs. 41%" under "ORR", the row's study naming its two arms "X vs. Y": each arm's.
            measure = _measure(label)
            median = pair["unit"] or MEDIAN_LABEL.search(label)
            for name, value, pct in ((described[0], pair["a"], pair["pa"] or pair["pb"]), (described[1], pair["b"], pair["pb"])):
                g = arm(name)
                if median and not pct:
                    study.measurements.append(Measurement(measure, g, None, "median", _number(value), None, None, None, quote))
                else:
                    _result(study, measure, g, label, value + ("%" if pct else ""), quote)
        elif kind == "outcome" and not role[1] and drug and (pair := VERSUS_CELL.match(cell)):
            # "92% (vs. 32%)": the row's drug, then the comparator the header names.
            against = VERSUS_HEADER.search(label)
            measure = _measure(VERSUS_HEADER.sub("", label).strip() if against else label)
            for name, value in ((drug, pair["a"]), (against["name"] if against else "control", pair["b"])):
                _result(study, measure, arm(name), label, value + (pair["pct"] or ""), quote)
        elif kind == "outcome":
            group = arm(role[1]) if role[1] else "all"
            measure = _measure(role[2] if len(role) > 2 else label)
            _result(study, measure, group, label + " " + (sub or ""), cell, quote)
        elif kind == "effect":
            m = LEAD_NUMBER.match(cell.replace("−", "-"))
            # (an estimate with its interval, where the header promises one: "0.65 (0.39 to 1.07)" under
            # "Stroke HR (95% CI)"; not a patient count or a heart rate the row put there)
            if m and (tables.read_ci(cell) is not None or not CI_IN_HEADER.search(label)):
                # (the estimate named at the end is cut off whole: "Stroke or SE HR (95% CI)" is of
                # "Stroke or SE", its "or" a conjunction)
                tail = EFFECT_AT_END.search(label)
                named = (label[:tail.start()] if tail else EFFECT_WORDS.sub(" ", label)).strip(" ,;:")
                measure = _measure(named) if named else (outcome_name or _only_outcome(columns, roles) or
                                                         _measure(tables.label_of(caption)) or "outcome")
                study.effects.append(Effect(measure, "all", "comparator", None, role[1], _number(m["v"]),
                                            tables.read_ci(cell), None, None, None, quote))
        elif kind == "p":
            read = tables.read_p(cell)
            if read:
                effect = study.effects[-1] if len(study.effects) == 1 else None
                if effect is None:
                    measure = outcome_name or _only_outcome(columns, roles) or "outcome"
                    effect = Effect(measure, "all", "comparator", None, "none", quote=quote)
                    study.effects.append(effect)
                effect.p, effect.p_relation = read
    study.groups = list(arms.values())
    named = [g.name for g in study.groups]
    if len(named) == 2:
        # An estimate compares the study's two arms: the first against the second, as printed.
        for e in study.effects:
            if e.group == "all":
                e.group, e.versus = named
        study.comparator = study.comparator or (named[1] if vocab.lexicon("interventions").find(Tokens(named[1])) or
                                                named[1] in ("placebo", "control", "standard care", "usual care") else None)
    elif study.effects:
        study.effects = [e for e in study.effects if e.group != "all" or e.versus != "comparator"] + \
            [_whole(e) for e in study.effects if e.group == "all" and e.versus == "comparator"]
    return study


def _described_arms(cells: list[str]) -> list[str]:
    """The two arms a row's cell names as "X vs. Y" at its end, as written (a bracketed note
    after them, "(squamous)", left out)."""
    for cell in cells:
        m = CELL_ARMS.search(cell)
        if m:
            return [_lower(m["a"].strip()), _lower(m["b"].strip())]
    return []


def _whole(e: Effect) -> Effect:
    """An estimate whose arms the table does not name: its comparison as "the study's arms"
    is unknown, so it is kept as the study's (group "all" against "control")."""
    e.versus = "control"
    return e


def _only_outcome(columns, roles) -> str | None:
    """The one result column's measure, which an unnamed estimate column is about."""
    names = {_measure(columns[i][0]) for i, r in enumerate(roles) if r[0] == "outcome"}
    return names.pop() if len(names) == 1 else None


def _result(study: Study, measure: str, group: str, header: str, cell: str, quote: str) -> None:
    """One result cell: a count ("31", "12 (4.1%)"), a percentage ("41.2", "41.2%"), a mean
    ("−0.8", "61.2 ± 8.1"); a change from baseline is an effect of that arm against baseline."""
    hint = tables.kind_hint(header) or ""
    # "27 (90.0)" under "有效[例(%)]" or "Response, n (%)": a count and its percentage.
    read = tables.read_cell(cell, "n (%)" if PERCENT_WORD.search(header) and tables.CELL_PCT.match(cell) else hint)
    if read is None:
        spread = SPREAD.match(cell.replace("−", "-"))
        if spread and (spread["pm"] or "sd" in hint.lower()):
            read = ("mean", _number(spread["v"]), "sd", float(spread["pm"] or spread["sd"]), None)
    if read is None:
        v = VALUE.match(cell)
        if not v:
            return
        value = _number(v["v"])
        if v["pct"] or PERCENT_WORD.search(header):
            read = ("percent", value, None, None, None)
        elif COUNT_WORD.search(header) and value.is_integer() and value >= 0:
            read = ("n", value, None, None, None)
        else:
            read = ("mean", value, None, None, None)
    stat, value, disp, dval, n = read
    if CHANGE_WORD.search(header) and stat == "mean":
        study.effects.append(Effect(measure, group, "baseline", None, "mean_change", value, None, None, None, None, quote))
        return
    study.measurements.append(Measurement(measure, group, None, stat, value, disp, dval, n, quote))


def _age(p: Participants, label: str, cell: str, quote: str) -> None:
    spread = SPREAD.match(cell.replace("−", "-"))
    v = VALUE.match(cell)
    if re.compile(r"median", re.I).search(label) and v:
        p.age_median = _number(v["v"])
    elif spread:
        p.age_mean, p.age_sd = _number(spread["v"]), float(spread["pm"] or spread["sd"])
    elif v:
        p.age_mean = _number(v["v"])
    else:
        return
    p.quotes["age"] = quote


def _male(p: Participants, label: str, cell: str, quote: str) -> None:
    read = tables.read_cell(cell, "")
    v = VALUE.match(cell)
    if read and read[0] == "percent":
        p.male, p.male_pct = read[4], read[1]
    elif v and (v["pct"] or PERCENT_WORD.search(label)):
        p.male_pct = _number(v["v"])
    elif v and _number(v["v"]).is_integer():
        p.male = int(_number(v["v"]))
    else:
        return
    p.quotes["male"] = quote


def _time(label: str, cell: str) -> Time | None:
    """A follow-up cell with its unit, from the cell ("52 weeks") or the header ("Follow-up, months")."""
    m = LEAD_NUMBER.match(cell)
    if not m:
        return None
    for unit, pattern in UNITS:
        if pattern.search(cell[m.end():]) or (not re.compile(r"[A-Za-z\u4e00-\u9fff]").search(cell[m.end():]) and pattern.search(label)):
            return Time(_number(m["v"]), unit)
    return None
