"""Two or more trials told in the same sentences, each by its name: one text per trial.

An abstract of two trials, or a news story of a phase 2 and a phase 3 trial, tells them side
by side ("in the ERASURE study, the rates were …; in the FIXTURE study, the rates were …",
"In phase two, … In phase three, …"), not in paragraphs of their own (``segments``). Each
trial is read from what is said of it and what is said of all: a sentence that names one
trial is that trial's; one that leads into each trial in turn ("in the X study, …; in the Y
study, …") is cut before each lead, its opening words kept for every trial; one that names
none is said of all before the first trial is named, and of the trial named last after it.

>>> from ..read.document import Document
>>> text = ("Two phase 3 trials of drug K, ALPHA and BETA, randomised 700 and 900 patients. Response was "
...         "higher with drug K: in the ALPHA trial, 60% versus 20% with placebo; in the BETA trial, 55% versus 25%.")
>>> for part, _ in trial_parts(Context(Document(text, path="x.txt"))):
...     print(part.split(". ")[1])
Response was higher with drug K: in the ALPHA trial, 60% versus 20% with placebo
Response was higher with drug K: in the BETA trial, 55% versus 25%.

A page of one trial that names another in passing has one text, and so does one that never
says it tells several:

>>> trial_parts(Context(Document("In the ALPHA trial, 60% responded. The BETA trial is ongoing.", path="x.txt")))
[]
"""

from __future__ import annotations

import re

from .. import vocab
from ..vocab.lexicon import Tokens
from .context import Context

# The page says it tells several trials: "two phase 3, double-blind trials", "both studies".
SEVERAL_TRIALS = re.compile(r"\b(?:two|three|four|both|2|3|4)\s+(?:[\w-]+[\s,]+){0,5}?(?:trials|studies)\b", re.I)
# A trial by its name: "the ERASURE study", "FIXTURE trial" (capitals, perhaps digits).
NAMED_TRIAL = re.compile(r"\b(?P<name>[A-Z][A-Z0-9]{2,}(?:[-‐–][A-Z0-9]{1,6})?)\s+(?:study|trial)\b")
# A trial by its phase: "the phase two trial", "In phase three,".
PHASE_TRIAL = re.compile(r"\bphase[\s-]+(?P<n>one|two|three|four|[1-4]|III|II|IV|I)(?![\w-])", re.I)
PHASE_NUMBER = {"one": "1", "two": "2", "three": "3", "four": "4", "i": "1", "ii": "2", "iii": "3", "iv": "4"}
# The words that join one trial's part of a sentence to the next: ", and", ";".
LIST_GLUE_END = re.compile(r"[\s,;]*(?:\b(?:and|while|whereas|but)\b)?[\s,;]*$")
# After a trial's name, what makes it a clause's head ("in the X study, the rates were") or
# a clause's end ("… with placebo in X and …", "… in Y.").
CLAUSE_HEAD_AFTER = re.compile(r"(?:\s+(?:study|trial))?\s*,")
CLAUSE_END_AFTER = re.compile(r"(?P<kind>(?:\s+(?:study|trial))?)\s*(?:\band\b|[.;)]|$)")
LIST_GLUE_START = re.compile(r"^[\s,;]*(?:(?:and|while|whereas|but)\b)?[\s,;]*")
# Results said of several trials at once, no one trial's: "In both studies, …", "In a pooled
# analysis of …", "Across the trials, …"; and a page that is itself such an analysis.
POOLED = re.compile(r"\bpool(?:ed|ing)\b|\bmeta-?analys|\bcombined\s+analys|\bacross\s+(?:the\s+|both\s+|all\s+)?(?:trials|studies)\b|"
                    r"\bin\s+(?:both|all|each\s+of\s+the)\s+(?:trials|studies)\b", re.I)
# Trials a page cites, not its own: "two earlier trials".
OTHERS = re.compile(r"\b(?:earlier|previous|prior|other|past|older)\b", re.I)
# What leads into a trial's own words: "in the ERASURE study, …", "In phase three, …".
LEAD_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.I)


def _labels(text: str) -> dict[str, list[tuple[int, int]]]:
    """{trial label: where each mention of it is}, for the named trials of a page, else its
    trials by phase; {} unless two or more."""
    names = {m["name"] for m in NAMED_TRIAL.finditer(text)
             if not any(vocab.lexicon(kind).find(Tokens(m["name"])) for kind in vocab.KINDS)}
    if len(names) >= 2:
        found: dict[str, list[tuple[int, int]]] = {}
        for name in names:
            found[name] = [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        return dict(sorted(found.items(), key=lambda item: item[1][0]))  # (in the order the page names them)
    phases: dict[str, list[tuple[int, int]]] = {}
    for m in PHASE_TRIAL.finditer(text):
        phases.setdefault("phase " + PHASE_NUMBER.get(m["n"].lower(), m["n"]), []).append(m.span())
    return phases if len(phases) >= 2 else {}


def _pieces(text: str, start: int, end: int, named: list) -> list[tuple[int, int, str | None]]:
    """A sentence that names two trials or more cut into (start, end, trial) pieces: a trial
    named at a clause's head ("in the X study, …") owns the words after it, one named at its
    end ("… 6.2% with placebo in X") the words before it; the sentence's opening, before any
    trial owns words, is None's (every trial's). Names inside brackets cut nothing."""
    out: list[tuple[int, int, str | None]] = []
    at, owner = start, None
    for a, b, label in named:
        lead = _lead(text, a, start)
        if lead is None:
            continue
        if CLAUSE_HEAD_AFTER.match(text, b):
            if lead.start() > at:
                out.append((at, lead.start(), owner))
            at, owner = lead.start(), label
        elif (tail := CLAUSE_END_AFTER.match(text, b)) is not None:
            if owner is not None and lead.start() > at:
                out.append((at, lead.start(), owner))  # (a head's words end where another trial's begin)
                at = lead.start()
            out.append((at, tail.end("kind"), label))
            at, owner = tail.end("kind"), None
    if at < end:
        out.append((at, end, owner))
    return out


def _lead(text: str, at: int, start: int):
    """The words leading into the trial named at ``at`` ("in the "), unless inside brackets
    ("700 patients (in the A study)"), in the sentence that starts at ``start``; else None."""
    lead = LEAD_BEFORE.search(text, max(start, at - 8), at)
    return lead if lead is not None and text.count("(", start, at) <= text.count(")", start, at) else None


def trial_parts(ctx: Context) -> list[tuple[str, list[int]]]:
    """One (text, where) per trial the page tells side by side, ``where`` giving each of the
    text's characters its place on the page (and one past the end); [] when the page does
    not tell two or more trials so."""
    text = ctx.text
    several = SEVERAL_TRIALS.search(text)
    if several is None or OTHERS.search(several.group()) or POOLED.search(text[:max(text.find("\n"), 0) or 200]):
        return []  # (earlier trials a page cites; a pooled analysis of several trials is one study)
    labels = _labels(text)
    if not labels:
        return []
    mentions = sorted((a, b, label) for label, spans in labels.items() for a, b in spans)
    owned: dict[str, list[tuple[int, int]]] = {label: [] for label in labels}
    shared: list[tuple[int, int]] = []
    current = None
    led: set[str] = set()  # (the trials a clause is led into: "in the X study, …", "… in X.")
    for s in ctx.sentences:
        named = [(a, b, label) for a, b, label in mentions if s.start <= a < s.end]
        told = {label for _, _, label in named}
        led |= {label for a, _, label in named if _lead(text, a, s.start) is not None}
        if POOLED.search(s.text):
            current = None  # ("In both studies, …", "In a pooled analysis of A and B, …": no one trial's own)
            continue
        pieces = _pieces(text, s.start, s.end, named) if len(told) >= 2 else []
        if len(told) == 1:
            current = told.pop()
            owned[current].append((s.start, s.end))
        elif len({label for _, _, label in pieces if label}) >= 2:
            # "…: in the X study, …; in the Y study, …", "… 6.2% with placebo in X and 35.9% …
            # in Y": each trial's words its own, the opening (before any) every trial's
            for a, b, label in pieces:
                a += len(text[a:b]) - len(LIST_GLUE_START.sub("", text[a:b]))
                for owner in ([label] if label else labels):
                    owned[owner].append((a, a + len(LIST_GLUE_END.sub("", text[a:b]))))
            # (what follows, naming none, is said of all again: "… Patients were 12 to 64 years old")
            current = None
        elif current is None or told:
            shared.append((s.start, s.end))
        else:
            owned[current].append((s.start, s.end))
    if led != set(labels) or sum(1 for spans in owned.values() if any(re.search(r"\d", text[a:b]) for a, b in spans)) < 2:
        return []  # (each trial is led into somewhere, and two or more have numbers of their own)
    return [_joined(ctx, sorted(shared + spans)) for spans in owned.values()]


def _joined(ctx: Context, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The text of ``spans`` of the page, in order (what lay between two that follow each
    other kept, else a space or a paragraph's break), and where each character stands."""
    text = ctx.text
    out: list[str] = []
    where: list[int] = []
    last = None
    starts = {s.start for s in ctx.sentences}
    for a, b in spans:
        while b > a and text[b - 1].isspace():
            b -= 1
        if last is not None and a > last:
            gap = text[last:a]
            if gap.strip():
                # (a part cut short, "… 4.5% with placebo", ends its sentence before the next)
                ended = text[last - 1:last] in ".;。；!?" or a not in starts
                gap = ("" if ended else ".") + ("\n\n" if "\n" in gap else " ")
                out.append(gap)
                where.extend([a] * len(gap))
            else:
                out.append(gap)
                where.extend(range(last, a))
        out.append(text[a:b])
        where.extend(range(a, b))
        last = b
    where.append(last if last is not None else 0)
    joined = "".join(out)
    lead = len(joined) - len(joined.lstrip())
    return joined[lead:], where[lead:]
