"""Arms and subgroups with their sizes: "32名(39.2%)患者患有颈椎SCI", "cervical (n = 32)".

A group is named by ``vocab/groups.yaml``; its size is the count nearest to that name
within the same sub-clause. A "group" as large as the whole cohort is the cohort itself
("106例完全性脊髓损伤患者"), not a subgroup. The percentage is kept as printed, even when
it does not match the count: the consistency checks flag that, the record does not fix it.
"""

from __future__ import annotations

import re

from .. import vocab
from ..vocab.lexicon import Tokens
from .clauses import _top_level, bracket_close
from .context import Context
from .numbers import counts, of_a_rate, stats
from .numerals import chinese_to_int
from .prefilter import ascii_without
from .record import Group
from .safety import RESPECTIVELY

# Not the comma in 6,524, nor the one in "low dose, n = 52".
SUBCLAUSE = re.compile(r"[，；;。]|,(?!(?<=\d,)\d{3}(?!\d))(?!\s*[nN]\s*=)|\band\b|和|及")


# The last of the alternatives everyone was offered: "randomized to drug K or placebo",
# "received vitamin D or placebo", "或安慰剂" (``_one_of_the_offered``).
ALTERNATIVE_BEFORE = re.compile(r"\bor\s+(?:an?\s+|the\s+|a\s+matching\s+|matching\s+)?$|或(?:者)?$", re.I)
SIZE_INSIDE = re.compile(r"\b[nN]\s*=\s*\d|[(（]\s*\d+\s*(?:例|名|人)\s*[)）]")
OFFERED = re.compile(r"\b(?:received?|receiving|given|took|taking|assigned|allocated|randomi[sz]ed|treated\s+with|ingested|"
                     r"supplemented|administered|consumed)\b|接受|服用|给予|給予|分配|随机|隨機", re.I)
N_AFTER = re.compile(r"\s*(?:group|arm|组)?\s*[,:：]?\s*[(（]?\s*[nN]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.])")
# Who had an event is no group's size: "occurred in 2 patients in the low-dose group", and cases found
# among everyone, "共发现47例…病例，其中…组16例".
EVENTS = re.compile(r"(?=[dersw出发死])(?:\b(?:occurred|experienced|developed|died|suffered|"
                    r"reported\s+(?:at\s+least|an?|any|by)|(?:were|was)\s+reported)\b|"
                    r"发生|出现|死亡|发现\s*\d+\s*例[^，,。；;]{0,16}?(?:病例|感染|阳性|确诊))", re.I)
# Nor are people lost, who stopped or who fell ill ("对照组失访1例", "discontinuing due to an adverse event …
# was n=2"), in their own clause and those after it only: "… the placebo group had 119 participants; 9 people
# withdrew" and "… 148 in the placebo group, and diarrhoea appeared in 20" keep the arms' sizes; so does
# "退出者有28人，完成…共20人，包括A组2人" (the loss word is no count's).
LOSSES = re.compile(r"\b(?:discontinu(?:ed|ing|ation)|withdrew|lost\s+to\s+follow|appeared\s+in|got\s+sick|fell\s+ill|"
                    r"(?:were|was)\s+also\s+reported)|(?:失访|脱落|退出)\s*\d", re.I)
# "twelve of the eighteen patients", "8 of 21 patients (38%)": how many had an outcome, of how many.
VS_AFTER = re.compile(r"\s*(?:[A-Za-z]+\s+)?(?:vs\.?|versus)\s", re.I)
VS_BEFORE = re.compile(r"\b(?:vs\.?|versus)\s*$", re.I)
OF_COUNT = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|these\s+)?(?:\d|[a-z]+\b)", re.I)
OF_BEFORE = re.compile(r"\b(?:\d+|[a-z]+)\s+(?:out\s+)?of\s+(?:the\s+|all\s+|these\s+)?$", re.I)
# A subgroup word that names an outcome: "a complete renal response", "complete healing".
OUTCOME_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:response|remission|resolution|healing|recovery|closure|responses)\b", re.I)
NUMBER = r"\d{1,3}(?:[ ,]\d{3})+(?!\d)|\d+"
# Cohorts by exposure: "3 127 (21.0%) participated in cardiac rehabilitation and 11 735 did not".
TOOK_PART = re.compile(rf"(?=[\d])(?<![\d.])(?P<n1>{NUMBER})\s*(?:patients\s+|participants\s+)?(?:\(\s*(?P<p1>\d+(?:\.\d+)?)\s*%\s*\)\s*)?"
               r"(?:participated\s+in|took\s+part\s+in|attended|received|underwent|used|took|were\s+treated\s+with)\s+"
               r"(?P<x>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,4}?)\s*(?:,\s*)?(?:and|while|whereas|but)\s+"
               rf"(?P<n2>{NUMBER})\s*(?:\(\s*(?P<p2>\d+(?:\.\d+)?)\s*%\s*\)\s*)?(?:patients\s+|participants\s+)?(?:did\s+not|didn't|had\s+not|were\s+not)\b", re.I)
ZH_NUM = r"\d+|[一二两三四五六七八九十百零〇]+"
# Subgroups listed by a trait: "合并狼疮性肾炎者41例（60.3%），无肾脏受累者27例（39.7%）",
# "病程十年以内者十四名（58.3%）".
ZH_TRAIT = re.compile(rf"(?=[<>≤≥一-鿿0-9A-Za-z])(?P<name>[\u4e00-\u9fffA-Za-z0-9≥≤<>]{{2,16}}?)者\s*(?:共|有)?\s*(?P<n>{ZH_NUM})\s*(?:例|名|人|位)\s*"
              r"[(（]\s*(?P<pct>\d+(?:\.\d+)?)\s*%\s*[)）]")
# A count with the group's label in brackets after what it received:
# "其中186名（45.1%）接受自体移植（移植组），226名（54.9%）仅接受诱导治疗（未移植组）".
ZH_LABELLED = re.compile(rf"(?=[\d〇一七三两九二五八六十四百零])(?<![\d〇一七三两九二五八六十四百零])(?P<n>{ZH_NUM})\s*(?:例|名|人|位)(?:患者)?\s*[(（]\s*(?P<pct>\d+(?:\.\d+)?)\s*%\s*[)）][^，,；;。（(]{{1,60}}"
                 r"[(（](?P<label>[^()（）]{1,12}组)[)）]")


# Sizes listed first, then their groups in the same order: "523 and 294 patients were
# (respectively) in the TCM group and the control group", "40, 38 and 41 were assigned to ...".
_SIZE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?!\d|,\d)"
# (The sizes are a list "40, 38 and 41": a comma with a space after it, never a thousands comma.)
SIZES_THEN_GROUPS = re.compile(rf"(?=\d)(?<![\d.,])(?P<list>{_SIZE}(?:\s*,\s+{_SIZE})*\s*,?\s+and\s+{_SIZE})\s+"
                               r"(?:(?P<who>patients|participants|subjects|people|adults|children|women|men|cases)\s+(?:(?:were|was)\s+)?|"
                               r"(?P<was>were|was)\s+)?(?:respectively\s+)?(?:(?:included|enrolled|assigned|allocated|randomi[sz]ed)\s+)?"
                               r"(?:in|into|to)\s+(?:the\s+)?(?=\S)", re.I)
# What makes a bare list of numbers before groups their values, not their sizes: "the median scores
# were 45 and 30 in A and B" (but "(624 and 593 in the intervention and control arms, respectively)").
VALUES_LEAD = re.compile(r"\b(?:were|was|is|are|of|by|at|to|reached|averaged)\s*$", re.I)
# "523 patients in the TCM group and 294 in …": a count of people in a group, whose noun the next count leaves out.
PEOPLE_IN = re.compile(r"\d\s+(?:patients|participants|subjects|people|adults|children|women|men)\s+(?:were\s+)?in\s+(?:the\s+)?"
                       r"[^,;.]{1,40}?\s(?:group|arm)\b", re.I)
PEOPLE_COUNTED = re.compile(r"\b(?:enrolled|included|recruited|randomi[sz]ed|involved)\s+(?:a\s+total\s+of\s+)?\d[\d,]*\s+"
                            r"(?:patients|participants|subjects|people|adults|children|women|men)\s*,", re.I)
GROUP_GLUE = re.compile(r"\s*(?:(?:group|arm)s?\b)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)


# Between two alternatives offered: "drug K, drug M or placebo", "drug K or placebo".
LIST_GLUE = re.compile(r"\s*(?:,\s*(?:or\s+|and\s+)?|\s(?:or|and)\s+)(?:the\s+|an?\s+)?", re.I)


# Between a count and a group named after it: the arm the people were put in, named first.
ASSIGNED_ELSEWHERE = re.compile(r"\b(?:assigned|allocated|randomi[sz]ed)\s+to\s+(?:the\s+)?[A-Za-z][^,;]{2,}?\s+"
                                r"(?:had|have|has|were|was|then|later|eventually|subsequently|underwent|crossed)\b", re.I)

# After a group: what its people counted went on to have, so the count is theirs, not the group's size.
OWN_EVENT_AFTER = re.compile(r"(?:\s+(?:alone|only))?(?:\s*[(（][^()（）]*[)）])?\s+(?:(?:had|have|has)\s+(?:undergone|developed|died)|"
                             r"underwent|developed|died|crossed\s+over)\b", re.I)


# A number's thousands after its first digits, "1 210", "1,210": where a value starting at "210" is no count.
SPACED_TAIL = re.compile(r"\d[ ,]\d{3}(?![\d.,])")


def _number(text: str) -> int | None:
    text = text.replace(" ", "").replace(",", "")
    return int(text) if text.isdigit() else chinese_to_int(text)


# Everyone, then each arm's share of them in a bracket, then what was done to all of them: "5997
# children (2997 in the vaccine group and 3000 in the placebo group) were vaccinated" (not "43 cases
# (5 in …) were confirmed", "212 participants (104 in …)" who had an event).
ALLOCATED_IN_BRACKETS = re.compile(r"(?P<total>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z-]+\s+)?(?:patients|participants|subjects|adults|"
                                   r"children|infants|women|men|people|volunteers|individuals)\s*[(（](?P<inside>[^()（）]{10,200})[)）]\s*"
                                   r"(?:were|was)\s+(?:\w+\s+)?(?:vaccinated|immuni[sz]ed|randomi[sz]ed|enrolled|assigned|allocated|"
                                   r"included|recruited|treated)\b", re.I)
ARM_IN_BRACKET = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:were\s+)?in\s+the\s+(?P<x>[^(),;（）]{2,50}?)\s+(?:group|arm)s?\b")


def _split_in_brackets(ctx: Context, s, groups: dict[str, Group]) -> bool:
    """Arms' sizes in a bracket after everyone's count: "a total of 5997 children (2997 in the
    varicella vaccine group and 3000 in the placebo group) were vaccinated". The first such
    bracket of the article gives them (the people allocated or treated, before those analysed);
    each size must be one of the arms' the sentence names there, and they must add up."""
    if groups or "(" not in s.text and "（" not in s.text:
        return False
    for m in ALLOCATED_IN_BRACKETS.finditer(s.text):
        pairs = list(ARM_IN_BRACKET.finditer(m["inside"]))
        total = int(m["total"].replace(",", ""))
        sizes = [int(p["n"].replace(",", "")) for p in pairs]
        if len(pairs) < 2 or sum(sizes) != total:
            continue
        base = s.start + m.start("inside")
        named = []
        for p in pairs:
            inside = [g for g in ctx.mentions("groups", base + p.start("x"), base + p.end("x") + 6)]
            named.append(inside[-1].name if inside else None)
        if None in named or len(set(named)) != len(named):
            continue
        for name, n in zip(named, sizes):
            groups[name] = Group(name, ctx_role(name), n, None, s.text)
        return True
    return False


def _listed(ctx: Context, s, groups: dict[str, Group], enrolled: int | None) -> bool:
    """Groups a sentence lists with their sizes (exposure groups of a cohort, subgroups by a
    trait); whether it listed any."""
    found = []
    # (Every match ends on "did not", "didn't", "had not" or "were not".)
    m = None if ascii_without(s.text, ("not", "n't")) else TOOK_PART.search(s.text)
    if m:
        x = m["x"].strip()
        found += [(x, "arm", m["n1"], m["p1"]), (f"no {x}", "arm", m["n2"], m["p2"])]
    labelled = list(ZH_LABELLED.finditer(s.text)) if not s.text.isascii() else []  # (Chinese only)
    if len(labelled) >= 2:
        for m in labelled:
            hits = vocab.lexicon("groups").find(Tokens(m["label"]))
            name = hits[-1].name if hits and hits[-1].end == len(m["label"]) else m["label"]
            found.append((name, "arm", m["n"], m["pct"]))
    traits = list(ZH_TRAIT.finditer(s.text)) if "者" in s.text else []
    if len(traits) >= 2:
        for m in traits:
            # "合并狼疮性肾炎者": the trait, named in English where the vocabulary knows it.
            trait = re.compile(r"^(?:[^，,；;：:]*[，,；;：:])?(?:其中|合并|伴有|伴|患有)?").sub("", m["name"]) or m["name"]
            # "无糖尿病者" -> without diabetes mellitus
            without = re.compile(r"^(?:无|未合并|不伴|不合并|非)").match(trait)
            rest = trait[without.end():] if without else trait
            hits = vocab.lexicon("conditions").find(Tokens(rest))
            known = hits and hits[0].start == 0 and hits[0].end == len(rest)
            name = (f"without {hits[0].name}" if without else hits[0].name) if known else trait
            found.append((name, ctx_role(name), m["n"], m["pct"]))
    sized = [(name, role, _number(n), float(p) if p else None) for name, role, n, p in found]
    if not sized or any(n is None or (enrolled is not None and n >= enrolled) for _, _, n, _ in sized):
        return False
    for name, role, n, pct in sized:
        groups.setdefault(name, Group(name, role, n, pct, s.text))
    return True


def extract(ctx: Context, enrolled: int | None) -> list[Group]:
    groups: dict[str, Group] = {}
    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        if _listed(ctx, s, groups, enrolled):
            continue
        if _split_in_brackets(ctx, s, groups):
            continue
        mentions = ctx.mentions("groups", s.start, s.end)
        if not mentions:
            continue
        if _sizes_then_groups(ctx, s, mentions, groups, enrolled):
            continue
        for g in mentions:
            # "(low dose, n = 52; high dose, n = 52)", "placebo (n = 40)": a size written beside its group.
            m = N_AFTER.match(ctx.text, g.end)
            if m and _one_of_the_offered(ctx, s, g) and not SIZE_INSIDE.search(ctx.text, s.start, g.start):
                # (but "drug K (n = 398) or placebo (n = 389)": the alternatives are sized one by one)
                m = None  # "randomized to drug K or placebo (n = 80)": the whole list's size
            if m and g.name not in groups:
                groups[g.name] = Group(g.name, ctx_role(g.name), int(m["n"].replace(",", "")), None, s.text)
        if EVENTS.search(s.text):
            continue  # "occurred in 2 patients in the low-dose group": who had an event, not group sizes
        pieces = _pieces(s.text, s.start)
        outcome_named = bool(ctx.mentions("measures", s.start, s.end))
        for start, piece in pieces:
            inside = [g for g in mentions if start <= g.start and g.end <= start + len(piece)
                      and not _bracketed(piece, g.start - start)]
            if len(inside) != 1 or _counted_under_an_outcome(ctx.text, start) or _after_a_loss(ctx.text, s.start, start, len(piece)):
                continue
            g = inside[0]
            if _one_of_the_offered(ctx, s, g) and not RESPECTIVELY.search(s.text):
                # "2,000 adults received vitamin D or placebo": everyone, not the placebo arm (but
                # "19 and 13 patients received X or placebo, respectively" are each arm's)
                continue
            if OUTCOME_AFTER.match(ctx.text, g.end):
                continue  # "a complete renal response": an outcome, not the complete-injury subgroup
            sized = [(x.value, x.start, x.end, x.count_pct) for x in stats(piece)
                     if isinstance(x.value, int) and x.value > 0 and not x.has_spread
                     and not x.percent and _is_count(piece, x, s.text)
                     # "251 (50.4%) general-ward patients had an mRS score of 0-2": how many
                     # had an outcome, not how many were in the group.
                     and not (x.count_pct is not None and outcome_named)
                     # (nor the thousands of "1 210 patients", "1,210 patients": a part of a number)
                     and not (x.start >= 2 and SPACED_TAIL.match(piece, x.start - 2))]
            # Counts in words ("二十名(62.5%)", "twelve patients") that stats() does not read.
            sized += [(c.n, c.start, c.end, None) for c in counts(piece)
                      if c.n > 0 and not any(a < c.end and c.start < b for _, a, b, _ in sized)]
            sized = [x for x in sized if not OF_COUNT.match(piece, x[2]) and not OF_BEFORE.search(piece[:x[1]])
                     # (nor counts set against each other, "(six cases vs. 46 cases)": the arms' events)
                     and not VS_AFTER.match(piece, x[2]) and not VS_BEFORE.search(piece[:x[1]])
                     # (not a count in a bracket that closes before the group: "16 trials (17 000 individuals,
                     # …) that compared aspirin versus control" are everyone)
                     and not _closed_before(piece, x[2], g.start - start)]
            if not sized:
                continue
            value, x_start, x_end, pct = min(sized, key=lambda x: abs(start + x[1] - g.start))
            if enrolled is not None and value >= enrolled:
                continue
            if x_end <= g.start - start and (ASSIGNED_ELSEWHERE.search(piece, x_end, g.start - start)
                                             or OWN_EVENT_AFTER.match(piece, g.end - start)):
                continue  # ("51 participants who were assigned to physical therapy alone (30%) had undergone surgery":
                # the people's arm is the one they were assigned to, not what they went on to have)
            if OFFERED.search(piece, x_end, g.start - start) and any(
                    0 < h.start - g.end <= 40 and LIST_GLUE.fullmatch(ctx.text, g.end, h.start) for h in mentions):
                continue  # "assigned 900 adults to receive drug K, drug M or placebo": everyone's, not drug K's
            if pct is None:
                after = re.compile(r"\s*[(（]?\s*(\d+(?:\.\d+)?)\s*%").match(piece[x_end:])
                pct = float(after.group(1)) if after else None
                if pct is None:
                    pcts = [y for y in stats(piece) if y.percent]
                    pct = pcts[0].value if len(pcts) == 1 else None
            if g.name not in groups:
                role = ctx_role(g.name)
                groups[g.name] = Group(g.name, role, value, pct, s.text)
    return list(groups.values())


# A line of a list of counts (its dash taken off by the reader), and a line that brings people in.
COUNT_LINE = re.compile(r"[ \t]*(?:[-•·*][ \t]+)?\d")
ENROLS_LINE = re.compile(r"\b(?:recruited|randomi[sz]ed|enrolled|assigned|allocated|took\s+part|included|divided)\b|"
                         r"随机|隨機|纳入|納入|分为|分為", re.I)


LEAD_GOES_ON = re.compile(r"\b(?:in|was|were|is|are|had|has|of|by|for|from|among|with|at)$", re.I)


def _after_a_loss(text: str, begin: int, at: int, length: int) -> bool:
    """Whether the clause at ``at`` counts people lost or who stopped: a loss word in it, or
    before it since the sentence's last semicolon ("The number of patients discontinuing … was
    n=3 and 5"; not "… had 129 participants; 7 people withdrew").

    >>> t = "A had 12 and B had 11; 3 withdrew."
    >>> _after_a_loss(t, 0, 0, 8), _after_a_loss(t, 0, 23, 10)
    (False, True)
    """
    since = max(text.rfind(";", begin, at), text.rfind("；", begin, at), begin - 1) + 1
    return LOSSES.search(text, since, at + length) is not None


def _counted_under_an_outcome(text: str, at: int) -> bool:
    """Whether ``at`` is in a list's line of a count ("251 men who had hormone therapy alone")
    under a line it goes on from that brings no one in ("Prostate cancer had come back in"): the
    arms' counts of that outcome, not their sizes (those under "The trial recruited 1,205 men")."""
    start = text.rfind("\n", 0, at) + 1
    if not COUNT_LINE.match(text, start):
        return False
    k = start - 1
    while k > 0:
        prev = text.rfind("\n", 0, k) + 1
        line = text[prev:k].strip()
        if line and not COUNT_LINE.match(line):
            # (a lead the list goes on from, no stop at its end, a word that goes on at its end: not a
            # heading, "Participants")
            return not ENROLS_LINE.search(line) and (LEAD_GOES_ON.search(line) is not None or (
                not re.compile(r"[.。!！?？:：]$").search(line) and len(line.split()) >= 4))
        k = prev - 1
    return False


def _sizes_then_groups(ctx: Context, s, mentions, groups: dict[str, Group], enrolled: int | None) -> bool:
    """Sizes listed before the groups they belong to, paired in order: "523 and 294 patients
    were in the TCM group and the control group" (TCM 523, control 294); whether the sentence
    is such a list (then no other size is read from it). The groups must follow one another as
    a list, one for each size, or none is sized."""
    m = SIZES_THEN_GROUPS.search(s.text) if " and " in s.text else None
    if not m or not (m["who"] or m["was"]) and VALUES_LEAD.search(s.text, 0, m.start()):
        return False
    sizes = [int(x.replace(",", "")) for x in re.findall(_SIZE, m["list"])]
    listed, at = [], s.start + m.end()
    for g in mentions:
        if g.start < at:
            continue
        glue = ctx.text[at:g.start]
        if listed and not GROUP_GLUE.fullmatch(glue) or not listed and glue.strip():
            break
        listed.append(g)
        at = g.end
        if len(listed) == len(sizes):
            break
    if len(listed) != len(sizes) or len({g.name for g in listed}) != len(listed) \
            or enrolled is not None and any(n >= enrolled for n in sizes):
        return True  # (sizes listed for groups, but not one for each: which is whose, the sentence does not say)
    for g, n in zip(listed, sizes):
        groups.setdefault(g.name, Group(g.name, ctx_role(g.name), n, None, s.text))
    return True


def _one_of_the_offered(ctx: Context, s, g) -> bool:
    """Whether the group ``g`` is the last of the alternatives the sentence's people were
    offered ("randomized to drug K or placebo (n = 80)", "2,000 adults received vitamin D or
    placebo"): a size beside it is everyone's, not its own."""
    return bool(ALTERNATIVE_BEFORE.search(ctx.text, max(s.start, g.start - 24), g.start)
                and OFFERED.search(ctx.text, s.start, g.start))


def _pieces(text: str, base: int) -> list[tuple[int, str]]:
    """The sub-clauses of a sentence, split at delimiters outside brackets, so that
    "进展型(包括继发进展型和原发进展型)十二名" stays one piece. (The depth is followed from
    bracket to bracket, ``_top_level``, not per character.)"""
    pos, out = 0, []
    for m in _top_level(text, SUBCLAUSE):
        out.append((base + pos, text[pos:m.start()]))
        pos = m.end()
    out.append((base + pos, text[pos:]))
    return out


def _closed_before(text: str, at: int, group_at: int) -> bool:
    """Whether offset ``at`` is inside a bracket that closes before ``group_at``.

    >>> _closed_before("16 trials (17 000 individuals, 3306 events) compared aspirin versus control", 20, 60)
    True
    >>> _closed_before("drug K (45 patients) or placebo (44 patients)", 36, 23)
    False
    """
    return _bracketed(text, at) and at < group_at and bracket_close(text, at, group_at) < group_at


def _bracketed(text: str, at: int) -> bool:
    """Whether offset ``at`` stands inside brackets ("进展型(包括继发进展型...)")."""
    before = text[:at]
    return sum(before.count(c) for c in "(（[【") > sum(before.count(c) for c in ")）]】")


def _is_count(piece: str, x, sentence: str = "") -> bool:
    """A count of people: followed by 名/例/位/人 or "patients", or written n = 32."""
    after = piece[x.end - 1:x.end + 12]
    before = piece[max(0, x.start - 4):x.start]
    if of_a_rate(piece, x.start):
        return False  # ("每10万人中有12人", "of every 1,000 people": a rate's people, no group's size)
    # A bracket after the number counts only when it holds the group's share: "32 (39.2%)",
    # not "17 m (95% CI ...)".
    return bool(re.compile(r".?\s*(?:名|例|位|人|个|patients|participants|subjects|cases)").match(after)
                or re.compile(r"\s*[(（]\s*\d+(?:\.\d+)?\s*%\s*[)）]").match(piece, x.end)
                # "624 were treated in a stroke unit": a count whose noun is left out.
                or re.compile(r"\s+(?:were|was)\s+(?:\w+\s+)?(?:treated|assigned|allocated|randomi[sz]ed|included|enrolled|"
                      r"managed|admitted)\b", re.I).match(piece[x.end:])
                # "... were treated in a stroke unit and 498 on a general ward": the verb elided.
                or (x.start <= 2 and re.compile(r"\s+(?:on|in|to|into|at)\s", re.I).match(piece[x.end:]) is not None
                    and (re.compile(r"\b(?:were|was)\s+(?:\w+\s+)?(?:treated|assigned|allocated|randomi[sz]ed)\b", re.I).search(sentence) is not None
                         # "523 patients in the TCM group and 294 in the control group": the noun elided.
                         or PEOPLE_IN.search(sentence) is not None
                         # "enrolled 24 participants, 12 in the treatment group and 12 in …": the people counted.
                         or PEOPLE_COUNTED.search(sentence) is not None))
                or re.compile(r"[nN]\s*=\s*$").search(before) or x.count_pct is not None)


def ctx_role(name: str) -> str:
    from .. import vocab
    return (vocab.info(name) or {}).get("role") or "subgroup"
