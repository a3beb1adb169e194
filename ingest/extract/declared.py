"""What an article says its primary outcome was: "The primary outcome was the change in
WOMAC pain score at week 12", "主要结局指标为6分钟步行距离". A registry's check for
outcome switching sets this against the primary outcome the trial registered.

>>> primary_outcomes("Methods: The primary outcome was the six-minute walk distance at week 12. Results: ...")
[('six-minute walk distance', 'Methods: The primary outcome was the six-minute walk distance at week 12.')]
>>> primary_outcomes("主要结局指标为6分钟步行距离。")
[('six-minute walk distance', '主要结局指标为6分钟步行距离。')]
>>> primary_outcomes("The primary outcome was met. The primary endpoint was not reduced by cooling.")
[]
>>> primary_outcomes("The primary endpoint was change from baseline to week 6 in MADRS total score.")[0][0]
'MADRS total score'
>>> primary_outcomes("主要疗效指标为随访至第76周的血清转换率。")
[]
>>> [primary_outcomes(f"The primary outcome was {x}.") for x in ("statistically significant (p<0.001)",
...  "assessed at 12 weeks", "observed in 12 of 60 patients", "reduced by 30%")]
[[], [], [], []]
>>> primary_outcomes("The primary outcome was a composite of cardiovascular death, myocardial infarction, or stroke.")[0][0]
'composite of cardiovascular death, myocardial infarction, or stroke'
"""

from __future__ import annotations

import re

from .. import vocab
from ..vocab.lexicon import Tokens

PRIMARY_SAID = re.compile(
    r"\b(?:the\s+)?(?:co-?)?primary\s+(?:efficacy\s+)?(?:outcome|end\s*-?\s*point)s?(?:\s+measures?)?\s+(?:was|were|is|are)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?P<x>[^.;:]{3,140})"
    r"|主要(?:疗效|療效)?(?:结局|結局|终点|終點|观察|觀察)?指标(?:为|為|是|包括)(?P<zh>[^。；;，,]{2,40})", re.I)
# Where the outcome's name ends: its time, how it was measured, a comparison, a clause.
NAME_ENDS = re.compile(r"\s+(?:at|after|from|over|by|in\s+the|among|between|measured|assessed|as\s+measured|which|that|"
                       r"compared|versus|vs)\b|\s*[,(（]", re.I)
# What follows "the primary outcome was" and is no outcome: a verdict, a verb or participle, how
# or when it was measured, a result ("达到统计学意义").
NOT_AN_OUTCOME = re.compile(r"^(?:met|achieved|reached|not|no|significant|statistically|similar|positive|negative|improved|change|"
                            r"assessed|measured|evaluated|defined|observed|reported|reduced|increased|decreased|lower|higher|"
                            r"better|worse|unknown|available|different|comparable|superior|inferior|non-?inferior|"
                            r"随访|隨訪|治疗|治療|第|达到|達到|无|無|有)|^\W*$", re.I)
# "change from baseline to week 6 in MADRS total score": the outcome after the times.
COMPOSITE = re.compile(r"^(?:a\s+|the\s+)?composite\s+(?:end\s*-?\s*point\s+|outcome\s+)?of\b", re.I)
CHANGE_LEAD = re.compile(r"^(?:the\s+)?(?:mean\s+|absolute\s+|percent(?:age)?\s+)?(?:change|reduction|improvement)\s+"
                         r"(?:from\s+baseline\s+(?:(?:to|at|through)\s+(?:week|month|day)\s+\d+\s+)?)?(?:in|of)\s+"
                         r"(?:the\s+)?", re.I)


def _name(phrase: str) -> str | None:
    phrase = CHANGE_LEAD.sub("", phrase.strip())
    if COMPOSITE.match(phrase):
        # ("a composite of cardiovascular death, myocardial infarction, or stroke": the whole composite)
        core = re.split(r"\s+(?:at|after|within|during|over)\s+\d|\s*[(（]", phrase, maxsplit=1)[0].strip(" .;:")
        return core if len(core.split()) <= 16 else None
    core = NAME_ENDS.split(phrase, maxsplit=1)[0].strip(" .;:")
    if not core or NOT_AN_OUTCOME.match(core) or len(core.split()) > 12:
        return None
    hits = vocab.measure_lexicon().find(Tokens(core))
    if len(hits) == 1 and (hits[0].end - hits[0].start) >= 0.5 * len(core):
        return hits[0].name
    return core


def primary_outcomes(text: str) -> list[tuple[str, str]]:
    """(outcome, the sentence that says so) for each primary outcome the text declares."""
    out = []
    for m in PRIMARY_SAID.finditer(text):
        name = _name(m["x"] or m["zh"] or "")
        if name is None or any(name == n for n, _ in out):
            continue
        start = max(text.rfind(".", 0, m.start()), text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (text.find(".", m.end()), text.find("。", m.end()), text.find("\n", m.end())) if i >= 0]
        end = min(ends) + 1 if ends else len(text)
        out.append((name, text[start:end].strip()))
    return out
