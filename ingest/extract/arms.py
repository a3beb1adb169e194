"""Trial arms named by what they received: "randomly assigned 1:1 to corvagliptan 25 mg
or matching placebo", "45 to corvagliptan and 45 to placebo", "X vs Placebo" headlines.

An arm is named as written (a new drug the vocabulary has never seen is still an arm);
its size comes from "45 to X" or "X (n = 45)". Arms found here become group mentions for
the whole article, so "8.4% in the corvagliptan group" and "fell by 1.2% with
corvagliptan" are read against the right arm.
"""

from __future__ import annotations

from ..regex import re
from ..plain import field, record

from .. import vocab
from ..vocab.lexicon import Tokens

from .context import Context
from ..regex import rx

ALLOCATION = rx(
    r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated|divided)|assigned|allocated)\s*(?:\(\s*\d+\s*:\s*\d+\s*\)\s*|\d+\s*:\s*\d+\s+|"
    r"in\s+a\s+\d+\s*:\s*\d+\s+ratio\s+)?(?:to|into)\s+(?:receive\s+|either\s+|one\s+of\s+\w+\s+(?:groups|arms)\s*:?\s*)*"
    r"(?P<list>[^.;]{3,200})", re.I)
N_TO = rx(r"(?<![\d.])(?P<n>\d{1,5})\s+(?:were\s+(?:randomi[sz]ed|assigned|allocated)\s+)?to\s+(?:the\s+)?(?P<name>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)(?=\s*(?:,|\.|;|\band\b|\bor\b|\(|$))", re.I)
TITLE_VS = rx(r"(?P<a>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)\s+(?:vs\.?|versus|compared with)\s+(?P<b>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)(?=\s+(?:in|for|on|among|as|after)\b|\s*[:,.]|$)", re.I)
GROUP_PHRASE = rx(r"\b(?:in|among|for|of|to|and|versus|vs\.?|than)\s+the\s+(?P<name>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)\s+(?:group|arm)s?\b", re.I)
DOSE = rx(r"\s*\d[\d.,]*\s*(?:mg|g|µg|mcg|μg|ml|mL|IU|units?|cells|×|x)\b.*$", re.I)
DROP_WORDS = rx(r"^(?:the|a|an|matching|identical|oral|once-daily|once|daily|twice|a\s+matching)\s+|"
                        r"\s+(?:group|arm|groups|arms|once daily|twice daily|daily|alone|therapy|treatment)$", re.I)
NOT_ARMS = {"group", "groups", "one", "two", "three", "either", "each", "receive", "the", "treatment", "study",
            "patients", "participants", "week", "weeks", "month", "months", "day", "days", "baseline", "end"}


ZH_ARM = rx(r"(?P<name>[\u4e00-\u9fffA-Za-z0-9\-]{1,10}?)[组組]\s*[(（]?\s*(?:n\s*=\s*)?(?P<n>\d+)\s*(?:例|名|人|位)?\s*[)）]?")
ZH_LEAD = rx(r"^.*?(?:分配至|分配到|分为|分成|纳入|進入|进入|至|到|为|為|和|或|及|与|與)")


@record
class Arm:
    name: str
    n: int | None = None
    dose: str | None = None
    quote: str | None = None
    written: list = field(default_factory=list)  # how the article writes it (幹細胞組)
    pct: float | None = None  # its share of the cohort, where printed


def _clean(item: str) -> tuple[str | None, str | None, int | None]:
    n = None
    m = rx(r"\(\s*n\s*=\s*(\d+)\s*\)").search(item)
    if m:
        n = int(m.group(1))
        item = item[:m.start()] + item[m.end():]
    item = rx(r"\(.*?\)").sub("", item).strip(" ,")
    dose = None
    d = DOSE.search(item)
    if d:
        dose = d.group().strip()
        item = item[:d.start()]
    for _ in range(3):
        item = DROP_WORDS.sub("", item.strip())
    words = item.split()
    # A bare number is no arm's name; a drug's may hold digits ("GLP-1 RA", "DPP-4 inhibitor").
    if not words or len(words) > 4 or item.lower() in NOT_ARMS or rx(r"(?<![\w-])\d+(?:\.\d+)?(?![\w-])").search(item):
        return None, None, None
    return _vocabulary_name(_lower(item)), dose, n


def _vocabulary_name(name: str) -> str:
    """The groups vocabulary's name for an arm it knows as a whole ("low-dose" -> "low dose")."""
    hits = vocab.lexicon("groups").find(Tokens(name))
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(name):
        return hits[0].name
    return name


def _lower(name: str) -> str:
    """Lower case, but for acronyms ("GLP-1 RA", "DPP-4 inhibitor", "MSC").

    >>> _lower("GLP-1 RA"), _lower("Stroke Unit"), _lower("DPP-4 Inhibitor")
    ('GLP-1 RA', 'stroke unit', 'DPP-4 inhibitor')
    """
    return " ".join(w if sum(c.isupper() for c in w) >= 2 else w.lower() for w in name.split())


def extract(ctx: Context) -> list[Arm]:
    arms: dict[str, Arm] = {}

    def add(name, dose, n, quote, written=None):
        if not name:
            return
        arm = arms.setdefault(name, Arm(name))
        arm.dose = arm.dose or dose
        arm.n = arm.n if arm.n is not None else n
        arm.quote = arm.quote or quote
        if written and written not in arm.written:
            arm.written.append(written)

    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        for m in ALLOCATION.finditer(s.text):
            items = rx(r",\s*(?:or|and)\s+|\s+or\s+|\s+and\s+|,\s*").split(m.group("list"))
            parsed = [_clean(i) for i in items]
            if sum(1 for p in parsed if p[0]) >= 2:
                for name, dose, n in parsed:
                    add(name, dose, n, s.text)
        zh = [(ZH_LEAD.sub("", m.group("name")), m) for m in ZH_ARM.finditer(s.text)]
        zh = [(x, m) for x, m in zh if x]
        if len(zh) >= 2:
            # "随机分配至干细胞组(40人)或安慰剂组(40人)": arms named by what they received.
            for written, m in zh:
                whole = written + s.text[m.end("name"):m.end("name") + 1]  # with its 组
                add(_zh_name(written, whole), None, int(m.group("n")), s.text, whole)
        found = [(m, _clean(m.group("name"))) for m in N_TO.finditer(s.text)]
        if len([1 for _, p in found if p[0]]) >= 2:
            for m, (name, dose, _) in found:
                add(name, dose, int(m.group("n")), s.text)
    if len(arms) < 2:
        # "in the stroke-unit group ... in the general-ward group": groups the article names.
        named = {}
        for m in GROUP_PHRASE.finditer(ctx.text):
            name, dose, n = _clean(m.group("name"))
            if name and name not in NOT_ARMS and not name.endswith(("two", "both", "all", "each", "other")):
                named.setdefault(name, ctx.text[m.start("name"):m.end()])  # "stroke-unit group"
        if len(named) >= 2:
            for name, written in named.items():
                add(name, None, None, None, written)
    if not arms and ctx.title:
        m = TITLE_VS.search(ctx.title)
        if m:
            a, b = m.group("a"), m.group("b")
            if len(a.split()) == 1 and len(b.split()) >= 2:
                # "Low versus High Dose Statin": the first arm's noun is left out.
                a = f"{a} {b.split(None, 1)[1]}"
            for part in (a, b):
                name, dose, n = _clean(part)
                add(name, dose, n, ctx.title)
    return list(arms.values())


def _zh_name(written: str, whole: str) -> str:
    """An arm named in Chinese gets the vocabulary's English name where there is one:
    the group's (干细胞组 -> treatment), else what it received (安慰剂 -> placebo)."""
    for kind, text in (("groups", whole), ("interventions", written)):
        hits = vocab.lexicon(kind).find(Tokens(text))
        if hits and hits[-1].end == len(text):
            return hits[-1].name
    return whole


def terms(found: list[Arm]) -> list[tuple[str, list[str]]]:
    """(arm name, the ways the article writes it) for matching group mentions."""
    return [(a.name, [a.name, *a.written]) for a in found]


def as_groups(found: list[Arm]) -> list:
    from .record import Group
    return [Group(a.name, "arm", a.n, a.pct, a.quote) for a in found]
