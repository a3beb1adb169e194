"""Cut text into sentences with their offsets, each knowing the heading it stands under.

Lines are paragraphs (readers put one block per line). Chinese sentences end at 。！？;
English ones at . ! ? before a capital, a digit or a bracket, except after common
abbreviations (et al., vs., Fig., e.g.) and inside decimals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# (Converted Chinese text may end its sentences with an ASCII full stop: "每组30例.两组均…";
# after a digit it is a decimal or a list number, "1.治疗组".)
# (but "对照组65例.显效7例，有效28例": an arm's size, then its grades, one clause with a stop mistyped)
END_ZH = re.compile(r"[。！？!?]+[”’」』)]?|(?<=[\u4e00-\u9fff)）%])\.(?=[\u4e00-\u9fff])(?<!例\.)|"
                    r"(?<=例)\.(?=[\u4e00-\u9fff])(?!痊愈|治愈|显效|顯效|有效|好转|好轉|无效|無效)")
# (An acronym ends a sentence too, "adjusted for BMI. Maintaining ..."; one capital alone is
# an initial, "J. Smith".)
# (A copied abstract may lose the space after a section's full stop: "… dyspepsia (FD).Methods The …".)
# (A summary that runs its bullets into one paragraph: "… reached this milestone [2][8]. - The trial …".)
END_EN = re.compile(r"(?=[!.?])(?:(?<=[a-z0-9%)\]”\"'])|(?<=[A-Z]{2}))[.!?](?=\s+(?:[-–•]\s+)?[\"“(\[]?[A-Z0-9]|"
                    r"(?:Methods?|Results?|Conclusions?|Background|Objectives?|Aims?|Purpose|Design|Setting|Findings|Interpretation)\b)")
ABBREV = re.compile(r"(?=[eipvADFJMNOPRSacA-Z])(?:(?<![A-Za-z])et al|(?<![A-Za-z])vs|(?<![A-Za-z])Fig|(?<![A-Za-z])Figs|(?<![A-Za-z])Ref|(?<![A-Za-z])No|(?<![A-Za-z])e\.g|(?<![A-Za-z])i\.e|(?<![A-Za-z])approx|(?<![A-Za-z])ca|(?<![A-Za-z])Dr|(?<![A-Za-z])Prof|(?<![A-Za-z])Mr|(?<![A-Za-z])Mrs|(?<![A-Za-z])Ms|(?<![A-Za-z])St|(?<![A-Za-z])vol|(?<![A-Za-z])pp|(?<![A-Za-z])Jan|(?<![A-Za-z])Feb|(?<![A-Za-z])Mar|(?<![A-Za-z])Apr|(?<![A-Za-z])Aug|(?<![A-Za-z])Sept?|(?<![A-Za-z])Oct|(?<![A-Za-z])Nov|(?<![A-Za-z])Dec|(?<![A-Za-z])[A-Z])$")
# A "sentence" longer than this is cut at its last clause break (else space) before it: the
# work on a sentence grows faster than its length, and 20,000 characters without a full
# stop (a list of numbers, a flattened table) are no sentence. The longest of ~10,000 real
# sentences read so far had 699 characters.
MAX_SENTENCE = 1000
CLAUSE_BREAK = re.compile(r"[；;，,、]\s*")
SPACE = re.compile(r"\s+")
HEADING = re.compile(r"^(?:ABSTRACT\.)?[A-Z][A-Z /&.-]{2,40}:?$|^.{1,40}[:：]$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    index: int
    paragraph: int
    heading: str | None


def _is_heading(line: str) -> bool:
    line = line.strip()
    if HEADING.match(line):
        return True
    # A short Chinese line with no sentence punctuation is a section title.
    return len(line) <= 40 and not re.compile(r"[。！？!?.;；,，]").search(line[-1:]) and not re.compile(r"\d+\s*[(（]").search(line)


def split(text: str) -> list[Sentence]:
    """Sentences of ``text``; offsets index ``text``.

    >>> [s.text for s in split("方法\\n本研究纳入106例。随访12个月！\\nMean age was 31.5 years. Smith et al. found more.")]
    ['方法', '本研究纳入106例。', '随访12个月！', 'Mean age was 31.5 years.', 'Smith et al. found more.']
    >>> [s.text for s in split("Adjusted for BMI. J. Smith led it.")]
    ['Adjusted for BMI.', 'J. Smith led it.']
    >>> [s.text for s in split("To study dyspepsia (FD).Methods We searched.Results Ten trials.")]
    ['To study dyspepsia (FD).', 'Methods We searched.', 'Results Ten trials.']
    >>> split("Results:\\nASIA rose.")[1].heading
    'Results'
    """
    out: list[Sentence] = []
    heading = None
    pos = 0
    for p_index, line in enumerate(text.split("\n")):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        # (On an ASCII line END_ZH can only match at "!" or "?": most lines need no search.)
        zh_end = not line.isascii() or "!" in line or "?" in line
        cuts = {m.end() for m in END_ZH.finditer(line)} if zh_end else set()
        for m in END_EN.finditer(line):
            # The abbreviation ends the text before the break: its last 10 characters hold it
            # and the letter before it (the longest, "approx", has 6).
            if not ABBREV.search(line[max(0, m.start() - 10): m.start()]):
                cuts.add(m.end())
        cuts.add(len(line))
        begin = 0
        for whole in sorted(cuts):
            for cut in _within_limit(line, begin, whole):
                piece = line[begin:cut]
                lead = len(piece) - len(piece.lstrip())
                piece = piece.strip()
                if piece:
                    out.append(Sentence(piece, line_start + begin + lead, line_start + begin + lead + len(piece),
                                        len(out), p_index, heading))
                begin = cut
        if _is_heading(line):
            heading = line.strip().rstrip(":：").removeprefix("ABSTRACT.").strip()
    return out


def _within_limit(line: str, begin: int, cut: int):
    """The cuts that end the sentence ``line[begin:cut]``: ``cut``, after as many others as
    keep every piece within MAX_SENTENCE characters.

    >>> line = "12, " * 600
    >>> list(_within_limit(line, 0, 2400))
    [1000, 2000, 2400]
    """
    while cut - begin > MAX_SENTENCE:
        step = MAX_SENTENCE
        for breaks in (CLAUSE_BREAK, SPACE):
            found = [m.end() - begin for m in breaks.finditer(line, begin, begin + MAX_SENTENCE)]
            if found and found[-1] > MAX_SENTENCE // 2:
                step = found[-1]
                break
        begin += step
        yield begin
    yield cut
