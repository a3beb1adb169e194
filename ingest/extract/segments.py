"""A page that reports several studies in prose, cut into one stretch per study.

A news story that sets two trials side by side, a clinic's page summarising several, a
round-up of a year's trials: each study is introduced by its own enrolment ("randomised 89
patients", "Forty-one volunteers were allocated randomly", "隨機找來1000個…婦女", "選擇…
患者200例，隨機分為…") in a paragraph of its own. A stretch runs from one such paragraph to
the next (the first from the top of the page), and each is read as an article of its own.

>>> from ..read.document import Document
>>> doc = Document("Acupuncture in two trials\\n\\nThe first trial randomised 89 patients to acupuncture or sham. "
...                "73% responded.\\n\\nThis trial tested acupuncture for high blood pressure: forty-one volunteers "
...                "were allocated randomly to acupuncture or sham. Blood pressure fell.", path="x.txt")
>>> [s[:24] for s in study_texts(Context(doc))]
['Acupuncture in two trial', 'This trial tested acupun']

A page with one enrolment, or one that tells the same cohort twice (the methods' 300
randomised, the results' 300 analysed), is one stretch:

>>> study_texts(Context(Document("Methods: 300 patients were randomised.\\n\\nResults: Of the 300 randomised "
...                                  "patients, 280 finished.", path="x.txt")))
[]
"""

from __future__ import annotations

import re

from .. import vocab
from ..vocab.lexicon import Tokens
from .context import Context
from .numbers import counts

# Words that bring a study's own people in: allocation, enrolment, recruitment.
# (Not "入组患者平均年龄…" who they were, nor "纳入疗效分析" who was analysed.)
ENROLS = re.compile(r"(?=[rRaAeEiI随隨纳納招选選研分涵追跟])(?:\brandomi[sz]ed\b|\brandomly\s+(?:assigned|allocated|divided)\b|\ballocated\b|"
                    # ("Another RCT included a total of 84 children": whom a study took)
                    r"\benrolled\b|\brecruited\b|\bincluded\b|随机|隨機|(?:纳入|納入)(?!(?:疗效|療效|统计|統計|最终|最終)?分析|的)|招募|选择|選擇|选取|選取|"
                    # ("以六十名成人為研究對象,分為…組": the people a study took, then divided into arms)
                    r"研究对象|研究對象|分为|分為|分成|"
                    # (a cohort's people, those its team analysed or followed: "分析逾八万名…女性",
                    # "另一项涵盖逾一万名…患者的研究")
                    r"(?:分析|涵盖|涵蓋|追踪|追蹤|跟踪|跟蹤)了?(?:超过|超過|逾|近|约|約|共)?\s*[\d一二两兩三四五六七八九十百千万萬])", re.I)
# A paragraph that opens on a trial it reports: "X reported results of a phase II trial of Y",
# "A phase 3 trial of Y found", "……公布了一项II期临床试验的结果".
TRIAL_OPENING = re.compile(r"\b(?:results?|data|findings)\s+(?:of|from)\s+(?:an?|the|its)\s+(?:[\w-]+[\s,]+){0,5}?(?:trial|study)\b|"
                           r"^\W*(?:in\s+)?(?:an?|the)\s+(?:[\w-]+[\s,]+){0,4}?phase\s+(?:[1-4]|I{1,3}|IV)[ab]?\b[^.]{0,40}\btrial\b|"
                           r"(?:公布|发布|發布|公佈)[^。]{0,20}(?:试验|試驗|研究)[^。]{0,6}(?:结果|結果|数据|數據)", re.I)
# A sentence that opens on a trial by its name: "In VERIFY, …", "In the ATOMIC trial, …",
# "In KEYNOTE-189, …" (a name in capitals, perhaps with digits; not "In CONCLUSION").
NAMED_TRIAL_LEAD = re.compile(r"\W*In\s+(?:the\s+)?(?!(?:CONCLUSIONS?|RESULTS?|METHODS?|SUMMARY|BACKGROUND|TOTAL|ADDITION)\b)"
                              r"(?P<name>[A-Z][A-Z0-9]{2,}(?:[-‐–][A-Z0-9]{1,6})?)(?:\s+(?:trial|study))?,")
# A paragraph headed by a trial's name and a colon: "STEP 1研究:这项…", "SELECT試驗：…",
# "KEYNOTE-189 trial: …" (a name in capitals, perhaps with its number).
NAMED_TRIAL_HEAD = re.compile(r"\W*(?P<name>[A-Z][A-Z0-9]{2,}(?:(?:[-‐–]|\s)?\d{1,3}[A-Za-z]?)?)\s*(?:研究|试验|試驗|trial|study)\s*[:：]")
# A table's row that opens on its trial's name, the name followed by its reference, its size or
# the word trial: "EMPA-REG OUTCOME [5]", "STEP 1 (n=1961)11 | …", "CAPSTONE-1,48 2018 …",
# "[120] (TOPCARE-CHD Trial) …" (a legend's "CV, cardiovascular" has none of these).
# (not an analysis set or a grade with its size, "ITT (n=240)", "ECOG 0 (n=150)"; the word trial as the
# name's end, "(FOCUS-HF Trial)", not a phrase it begins, "UCLA study leader")
NAMED_ROW = re.compile(r"\W*(?:\[\d{1,3}\]\s*)?\(?(?!(?:m?ITT|PPS?|FAS|SAS|ECOG|NYHA|ASA|TNM|GOLD|BMI|WHO)\b)"
                       r"(?P<name>[A-Z][A-Z0-9]{2,}(?:[-‐–][A-Za-z0-9]{1,8})*"
                       r"(?:\s(?:\d{1,3}[A-Za-z]?|[A-Z]{2,}[A-Z0-9]*|[A-Z][a-z]+))?)"
                       r"(?=\s*\[\d[\d,\s–-]*\]|\s*\(\s*[nN]\s*=|\s+(?i:trial|study|program)(?:\s*[)\]/,;:|]|\s*$)|"
                       r",\d{1,3}\s+(?:19|20)\d\d\b)|"
                       # (or on its paper, with the reference's number and the trial's name after it:
                       # "Cunningham et al. 9 (MAGIC) 503 …", "Park et al. 18 (ARTIST) 458 …")
                       r"(?P<cited>[A-Z][\w'’‐-]+(?:\s[A-Z]{1,2})?,?\s+et\s+al\.?)(?=\s*\d{1,3}\s*\([A-Z][^()]{1,30}\)\s*\d|"
                       # (or its reference's number and its year: "O'Neil et al,39 2012 (US)/2007–2010 256/251/169 …")
                       # (a cell after the year, never a verb: "Smith et al,12 2019 tested …" is prose citing a paper)
                       r",?\s*\d{1,3},?\s+(?P<cited_year>(?:19|20)\d\d)\b(?!\s+[a-z]))")
# "In one study, METREX, …", "In the other, METREO, …": a paragraph that opens on one of the
# page's trials by its order and its name.
ORDINAL_TRIAL_LEAD = re.compile(r"\W*In\s+(?:one|the\s+first|the\s+second|the\s+other|another|a\s+second)(?:\s+(?:study|trial))?,?\s+"
                                r"(?:the\s+)?(?P<name>[A-Z][A-Z0-9]{2,}(?:[-‐–][A-Z0-9]{1,6})?)(?:\s+(?:trial|study))?,")


def opening_name(text: str) -> str | None:
    """The trial a stretch opens on by its name, or None.

    >>> opening_name("STEP 4研究:该研究…"), opening_name("In VERIFY, 293 patients"), opening_name("In COPD, 240 patients")
    ('STEP 4', 'VERIFY', None)
    """
    m = NAMED_TRIAL_LEAD.match(text) or NAMED_TRIAL_HEAD.match(text)
    if m is None:
        # (a table's row by its trial's name or paper, after the table's caption and header: the one such row)
        rows = _rows_named(text)
        return rows[0][1] if len(rows) == 1 else None
    return m["name"] if _named_trial_lead(text) else None


def _named_trial_lead(text: str) -> bool:
    """Whether a sentence opens on a trial by its name, one the vocabulary does not know as a
    condition, a measure or anything else ("In COPD, …" opens on a subgroup).

    >>> _named_trial_lead("In VERIFY, 293 patients were"), _named_trial_lead("In COPD, 240 patients were")
    (True, False)
    """
    m = NAMED_TRIAL_LEAD.match(text) or NAMED_TRIAL_HEAD.match(text) or NAMED_ROW.match(text)
    if m is None:
        return False
    name = Tokens(m["name"] or m.groupdict().get("cited"))
    return not any(vocab.lexicon(kind).find(name) for kind in vocab.KINDS)


# A study brought in as new at a paragraph's start: "A new study found", "Researchers at X
# report", "一项研究表明", "…的一项荟萃分析表明", "研究人员对…指出", "调查组发现".
NEW_STUDY = re.compile(r"^\W*(?:(?:a|an|one)\s+(?:new\s+|recent\s+|large\s+)?(?:(?!(?:of|the|this|that|for|secondary|post|sub|also)\b)[\w-]+\s+){0,3}"
                       r"(?:study|trial|analysis|meta-analysis|review|report)\b(?!\s+of\s+(?:the|this|that|these|our)\b)"
                       # (researchers named by where they work: "Researchers at Truveta", not "Researchers also found")
                       r"|(?:researchers|scientists)\s+(?:at|from|in)\s+[A-Z]"
                       # ("New research suggested a link …", "Recent research found …")
                       r"|(?:new|recent)\s+research\s+(?:suggests|suggested|finds|found|shows|showed|links|linked)\b)|"
                       r"^[^，,。；;]{0,40}?(?:一项|一項|一份|一篇)[^，,。；;]{0,16}?(?:研究|试验|試驗|分析|报告|報告|论文|論文)[^。；;]{0,12}?"
                       r"(?:表明|显示|顯示|发现|發現|指出|报道了|報道了|報導了)"
                       # (not "一篇述评论文报道了该研究的亚组结果": the study told already)
                       r"(?![^。；;]{0,12}?(?:该|該|这项|這項|此项|此項)(?:研究|试验|試驗))|"
                       # (researchers named by where they work, not "研究团队" or "该研究人员", the ones told already)
                       r"^(?![该該这這本此其研随隨同另进進还還也])[^，,。；;]{2,30}?(?:研究人员|研究人員|研究者|调查组|調查組)(?![还還也进進])[^。；;]{0,60}?(?:发现|發現|指出|表明|显示|顯示)|"
                       r"^[^。；;]{0,40}?(?:发表|發表)[^，,。；;]{0,12}?(?:文章|研究|论文|論文)[，,]?\s*(?:认为|認為|指出|表明|显示|顯示|发现|發現)", re.I)
# A stretch that says its study is another one: "Another trial …", "A second study …", "另一次針對…",
# "第二项研究…": a study of its own even where it tests the same treatment as the one before.
# (also "Another RCT2 included …", "Third study3 included …": an ordinal, an RCT, a reference's digit glued on)
ANOTHER_STUDY = re.compile(r"^\W*(?:another|(?:a\s+|the\s+)?(?:second|third|fourth|fifth)|a\s+separate)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:study|trial|(?-i:RCT))(?:\d{1,3})?\b|"
                           r"^\W*In\s+(?:the\s+other|another|the\s+second|a\s+second)\b(?:\s+(?:study|trial))?,|"
                           # ("另一次針對七十八名…": another time, of a study; not "第二次随访", the second visit)
                           r"^\W*(?:另一[项項个個份篇]|另一次(?=[^，,。]{0,6}(?:研究|试验|試驗|针对|針對|纳入|納入))|第二[项項个個]|另[一外][项項]研究)", re.I)
# What a study found, said in its opening sentence (in English: the Chinese openings name their verb already).
FOUND = re.compile(r"\b(?:found|finds|showed|shows|suggested|suggests|revealed|reveals)\b", re.I)
# A share in Chinese numerals: "少了十%", "近九成", "百分之三十", "三分之一".
ZH_SHARE = r"[一二三四五六七八九十百]+\s*(?:%|％|成)|百分之[一二三四五六七八九十百]+|[二三四五六七八九十]分之[一二三四五六七八九]"
# A result in the paragraph: a share ("30%", "约50%", "近九成", "三分之一") or a word of significance.
SHARE = re.compile(r"\d\s*(?:%|％|percent|per\s*cent)|" + ZH_SHARE + r"|显著|顯著|\bsignificant", re.I)
# A count of people in Chinese that ``counts`` does not know: "504個…婦女", "1000个多囊卵巢…".
ZH_PEOPLE = re.compile(r"(?<![\d.])(\d{2,6})\s*[个個位名例人]")


def _enrolment(text: str) -> list[int]:
    """The numbers of people a sentence that enrols people gives (the first is whom it
    enrols), or [] when it enrols none."""
    if ENROLS.search(text) is None:
        return []
    return [c.n for c in counts(text) if c.n >= 2] or [int(m.group(1)) for m in ZH_PEOPLE.finditer(text)]


# What says a study was published before, somewhere else: a year, a journal, "发表".
PUBLISHED_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|《|发表|發表|\bpublished\b|\bjournal\b", re.I)


# A count said roughly, as an opening sums up several studies: "逾九万名", "more than 90,000".
ROUGH_COUNT = re.compile(r"(?:逾|超过|超過|近|约|約|接近)\s*[\d一二两兩三四五六七八九十百千万萬]|"
                         r"\b(?:more\s+than|over|nearly|almost|about|some)\s+\d", re.I)


def opens_next_own_study(text: str) -> bool:
    """Whether a sentence brings in the page's next study of its own ("另一项研究涵盖超过一万名…"),
    not one published before that it cites ("另一项研究于2015年发表在《…》").

    >>> opens_next_own_study("另一项研究涵盖超过一万名患者"), opens_next_own_study("另一项研究于2015年发表在《美国医学会杂志》")
    (True, False)
    """
    return ANOTHER_STUDY.search(text) is not None and PUBLISHED_BEFORE.search(text) is None


def _told_before(found: list[int], sizes: list[int]) -> bool:
    """Whether a sentence counts people already counted: the same number, or one within 5%
    of it ("3,533 randomised" and later "about 3,500 people").

    >>> _told_before([3500], [3533]), _told_before([89], [41])
    (True, False)
    """
    return any(abs(n - m) <= 0.05 * max(n, m) for n in found for m in sizes)


def _parts_of(n: int, sizes: list[int]) -> bool:
    """Whether ``n`` people are those already counted, split or added up: two arms of 32 and
    a cohort of 64."""
    return any(n == k * size or size == k * n for size in sizes for k in (2, 3, 4))


def _paragraphs(ctx: Context) -> list[list]:
    """The article's sentences, paragraph by paragraph."""
    by_paragraph: dict[int, list] = {}
    for s in ctx.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    return list(by_paragraph.values())


def _opening_sizes(ctx: Context, paragraphs: list[list]) -> dict[int, list[int]]:
    """{sentence index: people counted} for paragraphs that open on a trial of their own and
    count its people further on without an enrolment verb ("Mesoblast reported results of a
    phase II trial of ... The trial evaluated ... in 61 patients"): the count is the trial's
    size, given to the paragraph's first sentence. Only where no sentence of the paragraph
    enrols anyone."""
    out: dict[int, list[int]] = {}
    for sentences in paragraphs:
        first = sentences[0]
        if not TRIAL_OPENING.search(first.text) or ctx.is_other_work(first) or any(_enrolment(s.text) for s in sentences):
            continue
        sizes = [c.n for s in sentences[:3] if not ctx.is_other_work(s) for c in counts(s.text) if c.n >= 10]
        if sizes:
            out[first.index] = sizes[:1]
    return out


def _introductions(ctx: Context, paragraphs: list[list]) -> set[int]:
    """Sentences that open a paragraph by bringing in a study as new, with a result or a
    count of people in the paragraph: "A new study of 4,000 adults found ...", "一项荟萃分析表明 …降低约10%",
    "研究人员对114名…女性进行检查后指出" (an indefinite study, or researchers, not "the study",
    which is the one told already)."""
    out = set()
    for sentences in paragraphs:
        first = sentences[0]
        if NEW_STUDY.search(first.text) and not ctx.is_other_work(first) \
                and (any(SHARE.search(s.text) or any(c.n >= 10 for c in counts(s.text)) for s in sentences)
                     or first.text.isascii() and FOUND.search(first.text)):
            out.add(first.index)  # (or what it found, said at once: "A new study found women perform better …")
    return out


def _named_openings(ctx: Context, paragraphs: list[list]) -> list[tuple[int, int]]:
    """Paragraphs that each open on a different trial by its name ("In one study, METREX, …",
    "In the other, METREO, …"; "In VERIFY, …", "In ATOMIC, …"; "STEP 1研究:…"), for a page whose counts of
    people did not cut it in two: (paragraph, where it starts) for each, or [] when fewer than
    two."""
    out, names = [], set()
    for sentences in paragraphs:
        first = sentences[0]
        m = ORDINAL_TRIAL_LEAD.match(first.text) or ((NAMED_TRIAL_LEAD.match(first.text) or NAMED_TRIAL_HEAD.match(first.text))
                                                      if _named_trial_lead(first.text) else None)
        if m and not ctx.is_other_work(first) and m["name"] not in names:
            names.add(m["name"])
            out.append((first.paragraph, first.start))
    return out if len(out) >= 2 else []


# A row that ends on its paper: "… Phase II Le Blanc K et al, 2008[137]", "… Wang D et al. (2014) [12]".
CITED_AT_END = re.compile(r"(?P<cited>(?:(?:Le|La|De|Di|Da|Du|Van|Von|Van\s+[Dd]e[rn]?)\s+)?[A-Z][\w'’‐-]+(?:\s[A-Z]{1,3})?,?\s+et\s+al\.?),?\s*\(?(?P<year>(?:19|20)\d\d)\)?\s*"
                          r"\[\d{1,4}\]\s*$")


def _row_name(line: str) -> tuple[str, int] | None:
    """(the trial or paper a table's row is of, where its name ends in the line), or None:
    a row that opens on a trial's name or its paper ("STEP 1 (n=1961)11 | …", "Park et al. 18
    (ARTIST) 458 …"), or one that ends on its paper with a number before it ("GvHD 55 Adults …
    Le Blanc K et al, 2008[137]").

    >>> _row_name("GvHD 31 Adults 28 days BM-MSCs 2 × 106/ kg I.V CR (24/31) Phase II Kebriaei P et al, 2009[136]")
    ('Kebriaei P et al 2009', 0)
    >>> _row_name("As Kebriaei P et al, 2009[136]"), _row_name("CV, cardiovascular; HF, heart failure")
    (None, None)
    """
    m = NAMED_ROW.match(line)
    if m and _named_trial_lead(line):
        return m["name"] or m["cited"], m.end()
    end = CITED_AT_END.search(line)
    if end and len(re.findall(r"\d+", line[:end.start()])) >= 2:
        return f"{end['cited'].rstrip(',. ')} {end['year']}", 0
    return None


def row_citation(line: str) -> tuple[str, int | None] | None:
    """(first author's surname, year) of the paper a row of a table of trials names, else None.

    >>> row_citation("GvHD 55 Adults … Phase II Le Blanc K et al, 2008[137]"), row_citation("Park et al. 18 (ARTIST) 458 XP")
    (('Le Blanc', 2008), ('Park', None))
    >>> row_citation("Smith et al,40 2010 (US)/2006–2009 1595/1538/883 1587/1499/676")
    ('Smith', 2010)
    """
    end = CITED_AT_END.search(line)
    m = end or NAMED_ROW.match(line)
    cited = m["cited"] if m else None
    if not cited:
        return None
    surname = re.compile(r"(?:\s[A-Z]{1,3})?,?\s+et\s+al\.?$").sub("", cited.rstrip(",. "))
    return surname, int(end["year"]) if end else int(m["cited_year"]) if m["cited_year"] else None


def _rows_named(text: str) -> list[tuple[int, str, int]]:
    """(where the line starts, the trial or paper it names, where that name ends: the line's
    start when the name ends the row) for each line of ``text`` that is a row of a table of
    trials (``_row_name``)."""
    rows, at = [], 0
    for line in text.split("\n"):
        if (found := _row_name(line)) is not None:
            rows.append((at, found[0], at + found[1]))
        at += len(line) + 1
    return rows


def named_row(text: str) -> tuple[int, int] | None:
    """Where the one row of ``text`` that names its trial or paper starts, and where its name
    ends, else None: a stretch ``study_texts`` cut at such rows holds one."""
    rows = _rows_named(text)
    return (rows[0][0], rows[0][2]) if len(rows) == 1 else None


def _named_rows(text: str) -> list[int]:
    """Where the rows of a table of trials start, each naming a different trial or paper, or
    [] when fewer than two."""
    out, names = [], set()
    for at, name, _ in _rows_named(text):
        if name not in names:
            names.add(name)
            out.append(at)
    return out if len(out) >= 2 else []


# How long a table's caption and header may be, to be read again with each of its rows.
HEAD_OF_ROWS = 600
# A header line of a table of trials: it names the column of each row's trial or paper ("Trial (n) | …",
# "Trials No. of patients …", "Study", "Reference"), short and no sentence.
TRIALS_HEADER = re.compile(r"(?:^|[\s|])(?:trials?|stud(?:y|ies)|references?|(?:first\s+)?authors?)(?=[\s|(,]|$)", re.I)
# A line of the head that is prose, not a caption's or header's: a sentence closed by its stop
# ("Across the trials, drug K lowered …"), not "Table 1." nor "Sodium … trials in type 2 diabetes.".
PROSE_LINE = re.compile(r"^(?!\s*(?:table|tab\.|figure|fig\.)\s*\d).{0,}\b(?:was|were|is|are|had|has|lowered|reduced|found|showed|"
                        r"increased|decreased|fell|rose|said)\b.*[.。]\s*$", re.I)


TABLE_LABEL = re.compile(r"^\s*(?:Table|Tab\.)\s*\d+|^\s*表\s*\d+", re.I | re.M)


# A line that heads a part of a table of trials: the comparison its trials make ("Lorcaserin vs Placebo").
PART_HEADING = re.compile(r"^[^\d\n]{3,80}\s(?:vs\.?|versus)\s[^\d\n]{3,60}$", re.I)
COMPARISON_WORD = re.compile(r"\b(?:vs\.?|versus)(?=\s)", re.I)


def _part_heading(text: str, first: int, at: int) -> str:
    """The last line between where the table starts (``first``) and a row at ``at`` that heads a
    part of the table (``PART_HEADING``), with its line end; "" when none."""
    lines = [line.strip() for line in text[first:at].split("\n") if PART_HEADING.match(line.strip())]
    return lines[-1] + "\n" if lines else ""


def _without_part_headings(row: str) -> str:
    """A row's text without the heading of the next part of its table after it."""
    return "\n".join(line for line in row.split("\n") if not PART_HEADING.match(line.strip()))


def _table_head(text: str) -> str | None:
    """The caption and header above a table's first row, without its prose: None when it names
    no column of trials (then the rows are no table of trials)."""
    lines = [line for line in text.split("\n") if not PROSE_LINE.match(line) and len(line) <= 200]
    # (from the table's own label on: the page's lines above it, "Skip to main content", a citation, are no head)
    label = [i for i, line in enumerate(lines) if TABLE_LABEL.match(line)]
    lines = lines[label[-1]:] if label else lines
    # (a header's line, not a heading over a paragraph citing earlier studies: "Earlier studies" alone)
    if not any(TRIALS_HEADER.search(line) and not line.rstrip().endswith("。") and (label or "|" in line or len(line.split()) >= 3)
               for line in lines):
        return None
    return "\n".join(lines)


# A table's legend of abbreviations: "CV, cardiovascular; MACE, major adverse …", "SC, subcutaneous".
LEGEND_LINE = re.compile(r"^\s*[A-Z][A-Za-z0-9-]{1,10},\s+[a-z]")


def _table_end(text: str, start: int) -> int:
    """Where a table's last row, which starts at ``start``, ends: at the first line after its
    first that is prose (a long sentence, longer than a cell's: "Ertugliflozin is non-inferior
    to placebo." is one) or the table's legend, else at the page's end."""
    at = text.find("\n", start)
    while at >= 0:
        end = text.find("\n", at + 1)
        line = text[at + 1:end if end >= 0 else len(text)]
        if PROSE_LINE.match(line) and len(line) > 120 or len(line) > 200 or LEGEND_LINE.match(line):
            return at
        at = end
    return len(text)


def study_texts(ctx: Context) -> list[str]:
    """The page cut into one text per study it introduces, when it introduces two or more in
    paragraphs of their own, with different numbers of people; else []."""
    headings = {(s.heading or "").lower() for s in ctx.sentences}
    if any("method" in h for h in headings) and any("result" in h for h in headings):
        return []  # an abstract under METHODS and RESULTS headings reports its one study
    starts: list[tuple[int, int]] = []  # (paragraph, where it starts in the text)
    counted: list[int] = []  # the people each start counts first (0: none)
    rough: list[bool] = []  # whether it counts them roughly ("逾九万名", "more than 90,000")
    sizes: list[int] = []
    paragraphs = _paragraphs(ctx)
    opening, introduced = _opening_sizes(ctx, paragraphs), _introductions(ctx, paragraphs)
    for s in ctx.sentences:
        found = _enrolment(s.text) or opening.get(s.index, [])
        if starts and starts[-1][0] == s.paragraph:
            # (a trial's own name tells it apart: 680 after 712 is another trial's people)
            if found and found[0] >= 10 and _named_trial_lead(s.text) and not ctx.is_other_work(s) \
                    and found[0] not in sizes and not _parts_of(found[0], sizes):
                # "In VERIFY, 293 patients were randomly allocated …. In ATOMIC, 712 patients …":
                # a round-up that brings in each named trial with its own people, one paragraph.
                starts.append((s.paragraph, s.start))
                counted.append(found[0])
                rough.append(False)
            sizes += found  # (the same study's paragraph goes on: "Of these, 62 were randomised")
            continue
        if s.index in introduced and not found:
            # (a brief that counts no one: "丹麦学者的一项荟萃分析表明…"; whether it is another
            # study than the one before is judged on what each names, by the caller)
            starts.append((s.paragraph, s.start))
            counted.append(0)
            rough.append(False)
            continue
        # (Another study the page cites in passing, "a previous trial enrolled 1879", is none of
        # its own; a handful of people is a subgroup told apart, not a study.)
        # ("另一项研究涵盖超过一万名…患者": a paragraph that opens on the page's next study of its own,
        # with its own people, after one of its own; not one it cites in passing within a paragraph)
        next_own = bool(starts) and opens_next_own_study(s.text) \
            and s.index == next(x.index for x in ctx.sentences if x.paragraph == s.paragraph)
        if not found or found[0] < 10 or (ctx.is_other_work(s) and not next_own) or _told_before(found, sizes) \
                or (starts and _parts_of(found[0], sizes)):
            # (The same people told again: the results' "Of the 300 randomised", a subheading's
            # "八十名患者隨機分組" over "共篩選112名患者，…最終80名", "兩組各32人" over "共納入64名".)
            sizes += found
            continue
        first = next(x for x in ctx.sentences if x.paragraph == s.paragraph)
        starts.append((s.paragraph, first.start))
        counted.append(found[0])
        rough.append(ROUGH_COUNT.search(s.text) is not None)
        sizes += found
    if len(starts) >= 3 and all(counted) and rough[0] \
            and sum(counted[1:]) <= counted[0] <= 1.1 * sum(counted[1:]):
        # ("分析逾九万名…" over "分析超过八万名…" and "涵盖逾一万名…": an opening that counts the
        # people of all the studies after it, roughly, is no study of its own, but the first's lead)
        del starts[1], counted[1]
    if len(starts) < 2:
        starts = _named_openings(ctx, paragraphs)
    if len(starts) < 2 and (rows := _named_rows(ctx.text)) and rows[0] <= 2 * HEAD_OF_ROWS \
            and (head := _table_head(ctx.text[:rows[0]])) is not None and len(head) <= HEAD_OF_ROWS:
        # A table of trials, a row each: each row read with the table's caption and header above it
        # (what its columns hold; the prose around the table is no row's), the last row ending where
        # the table does.
        cuts = rows + [_table_end(ctx.text, rows[-1])]
        # (and with the line that heads its part of the table, "Lorcaserin vs Placebo" over its trials, in
        # place of the caption's comparison of them all, "Comparing Lorcaserin, …, and Liraglutide vs Placebo")
        # (only where a part heading stands above the first row: one printed under each row is its own)
        table_at = max([0] + [m.start() for m in TABLE_LABEL.finditer(ctx.text, 0, rows[0])])
        parts = [_part_heading(ctx.text, table_at, a) for a in rows] if _part_heading(ctx.text, table_at, rows[0]) else []
        if not parts:
            return [(head + "\n" + ctx.text[a:b]).strip() for a, b in zip(cuts, cuts[1:])]
        head = "\n".join(line for line in head.split("\n") if not COMPARISON_WORD.search(line))
        return [(head + "\n" + part + _without_part_headings(ctx.text[a:b])).strip() for part, a, b in zip(parts, cuts, cuts[1:])]
    if len(starts) < 2:
        return []
    cuts = [0] + [at for _, at in starts[1:]] + [len(ctx.text)]
    return [ctx.text[a:b].strip() for a, b in zip(cuts, cuts[1:])]

