"""What every field extractor needs from one article, computed once.

The text, its sentences, its tokens, and every vocabulary mention in it, including the
abbreviations the article defines for itself ("许旺细胞(Schwann Cells, SCs)" makes SCs
mean Schwann cells in this article only).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from itertools import accumulate

from .. import vocab
from ..read.document import Document
from ..vocab.lexicon import Lexicon, Match, Tokens
from . import row_tables
from .numbers import normalize
from .prefilter import ascii_without
from .sentences import Sentence, split

PAREN = re.compile(r"[(（]([^()（）]{1,80})[)）]")
ABBR = re.compile(r"^[A-Za-z][A-Za-z0-9\-]{0,9}$")
# (``abbreviations`` asks these of every bracket of an article: compiled once here.)
LIST_MARK = re.compile(r"[,，;；]")
# A word written as a name is (one capital, then four or more small letters): no abbreviation.
NAME_WORD = re.compile(r"^[A-Z][a-z]{4,}$")
# An abbreviation right after the words it abbreviates, in a bracket: "(HRV;", "(HRV)", "(HRV,".
SPELLED_ABBR = re.compile(r"[(（[]\s*(?P<abbr>[A-Z]{2,6})\s*[;,)）\]]")
CAPITAL = re.compile(r"[A-Z]")
ABBR_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9\-]{1,9})\s*$")
KINDS = ("measures", "families", "conditions", "interventions", "adverse_events", "routes",
         "origins", "tissues", "groups")

# Sentences about other studies or about research still to be done: their designs,
# interventions and numbers are not this study's. (The English words sit in one group
# behind a look-ahead for their first letter, so the search tries them only where a word
# starts: a quarter of the time of the same words each behind its own \b.)
_OTHER_WORK_ZH = (
    # (not a follow-up's span: "在未来7年内的死亡风险较低", the years after enrolment)
    r"未来(?!\s*(?:\d+(?:\.\d+)?|[一二三四五六七八九十两几数]+)\s*(?:年|个月|周|天))|今后|有待|需要进一步|需进一步|应进一步|既往[^，,。；;]{0,12}?(?:研究|报道|報導|文献|文獻|试验|試驗)|先前的?研究|此前(?!(?:已)?(?:公告|宣布|披露|表示|称|稱))|其他研究|以往|团队(?:的)?(?:发现|证实|报道|报告)|等(?:人)?(?:发现|证实|报道|研究)|"
    r"仍需|尚需|计划(?:开展|启动|进行)|拟(?:开展|启动)|将(?:开展|启动)|已规划|規劃|"
    # (a plan, whatever span or announcement it comes in: "将在未来3年内招募", "计划招募800名"; not
    # 将 that puts the people somewhere, "将60例符合纳入标准的患者随机分为两组")
    r"(?:计划|拟|预计|将(?:要|会)?在[^，,。；;]{0,8}?)(?:招募|入组|纳入)|将(?:要|会)?(?:招募|入组)|"
    # Another study, and the evidence before this one: "另一项纳入40例患者的随机对照试验".
    r"另一项|另有(?:一项)?研究|\d{4}年(?:发表|报道|报告)的|"
    # A later trial already started: "一项...III期临床试验已于2024年底启动".
    r"一项[^。；;]{0,40}已(?:于[^，。；;]{0,10})?(?:启动|开始招募)|正在筹备|筹备中|一项[^。；;]{0,30}计划(?:纳入|招募)")
_OTHER_WORK_EN = (
    r"(?=[a-z])\b(?:future\b|further (?:studies|research|trials)\b|should be\b|"
    r"previous(?:ly)? (?:studies|study|trials?|reports?|work|research|published|reported|shown|demonstrated|studied|described|found)\b|"
    r"prior (?:studies|work)\b|"
    # Background evidence: "randomised evidence is limited to a single trial of 121 patients", "证据有限"
    r"(?:evidence|data)\b[^.;。]{0,60}?\b(?:is|are|remains?)\s+(?:limited|scarce|sparse|lacking)\b|a single (?:[\w-]+\s+){0,2}(?:trial|study) of\b|"
    r"et al\b|others have\b|warrant|"
    # Plans: "is now planning a randomized Phase 2 trial", "hopes to open next year"
    r"(?:is|are|remains?)\s+(?:still\s+)?(?:needed|required|warranted|lacking)\b|"
    r"plann(?:ing|ed)\s+(?:a|an|to)\b|plans?\s+to\b|hopes?\s+to\b|next\s+year\b|upcoming\b|"
    r"will\s+(?:be\s+)?(?:open|enrol|enroll|start|begin|launch|test|compare|recruit)|"
    # "another trial", "We need randomized trials", "a phase 3 trial began in May".
    r"another\s+(?:[\w-]+\s+){0,3}(?:study|trial)\b|"
    r"(?:randomi[sz]ed|published|available|existing|current)\s+evidence\b|limited\s+to\s+(?:a|one|two|three)\s+(?:single\s+|small\s+)?(?:randomi[sz]ed\s+)?(?:trials?|studies)\b|"
    r"needs?\s+(?:larger\s+|bigger\s+|more\s+|further\s+)?(?:randomi[sz]ed\s+)?(?:controlled\s+)?(?:trials|studies)\b|"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,4}trial\s+(?:has\s+)?(?:began|begun|started|launched|is\s+(?:now\s+)?under\s*way)\b)")
OTHER_WORK = re.compile(_OTHER_WORK_ZH + "|" + _OTHER_WORK_EN, re.I)
# Every Chinese branch needs a Han character: an ASCII sentence is searched with the English
# branch alone, which is not tried against thirty Chinese words at every offset (~3x faster).
OTHER_WORK_EN = re.compile(_OTHER_WORK_EN, re.I)
# Every match of the English branch holds one of these words (``prefilter``): four ASCII
# sentences in five hold none and are not searched.
OTHER_WORK_WORDS = ("future", "further", "should", "previous", "prior", "evidence", "data", "single", "et al",
                    "others", "warrant", "required", "lacking", "plan", "hope", "next", "upcoming", "will",
                    "another", "limited", "need", "began", "begun", "started", "launched", "under")


# "Based on the current evidence, there were no significant differences in X (RR …) … between the two
# groups": the evidence a review pooled, where the sentence compares the study's own groups (the
# words for evidence that otherwise mark background, set aside).
OWN_POOLED_RESULT = re.compile(r"\b(?:randomi[sz]ed|published|available|existing|current)\s+evidence\b"
                               r"(?=.*\bbetween\s+the\s+(?:two\s+)?(?:groups|arms)\b)", re.I)
BRACKET = re.compile(r"[()（）\[\]]")
# "痊愈48例", "显效 13 例", "有效者7例": a grade of overall effect and how many reached it
# (grades.yaml). A grade that names people too ("有效者", responders), counted in a run of
# grades, is the grade, not a group of people.
GRADE_COUNT = re.compile("(?P<grade>" + "|".join(sorted(map(re.escape, vocab.grades()), key=len, reverse=True))
                         + r")(?:者|的?患者|的?患儿|的有|有)?\s*(?P<n>\d+)\s*(?:例|名|人|只)"
                         # (and the share it makes, where printed: "痊愈的有11人,占36.7%", "痊愈48例(36.9%)")
                         r"(?:\s*[,，]?\s*占\s*(?P<pct>\d+(?:\.\d+)?)\s*%|\s*[(（]\s*(?P<pct2>\d+(?:\.\d+)?)\s*%\s*[)）])?")


class Context:
    def __init__(self, document: Document):
        self.document = document
        self.text = document.text
        self.norm = normalize(document.text)
        self.sentences: list[Sentence] = split(document.text)
        self._starts = [s.start for s in self.sentences]
        self.tokens = Tokens(document.text)
        self.local_terms: dict[str, list[tuple[str, list[str]]]] = {}
        self.arms: list[str] = []  # the trial's arms in the order the article lists them (subgroups are not)
        # Role words that stand for one of the arms ("the intervention group" -> "deprexis"): see name_roles.
        self.role_arms: dict[str, str] = {}
        self.subgroups: list[str] = []  # subgroups the article names as written, in its order
        self._other_work: dict[int, bool] = {}
        self.column_sizes: dict[str, int] = {}  # an arm's size as a results table's column header gives it

    # ------------------------------------------------------------------ sentences

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_left(self._starts, offset + 1) - 1
        return self.sentences[i] if 0 <= i < len(self.sentences) else None

    def is_other_work(self, sentence: Sentence) -> bool:
        """Whether the sentence speaks of other or future work (asked again by every extractor)."""
        known = self._other_work.get(sentence.index)
        if known is None:
            text = sentence.text
            if OWN_POOLED_RESULT.search(text):
                # (a review's own pooled result: "based on the current evidence, there were no
                # significant differences in … between the two groups")
                text = OWN_POOLED_RESULT.sub(" ", text)
            if text.isascii():
                known = not ascii_without(text, OTHER_WORK_WORDS) and OTHER_WORK_EN.search(text) is not None
            else:
                known = OTHER_WORK.search(text) is not None
            if known and self.document.metadata.get("part_of_page") and sentence.index == 0:
                # (a page's stretch that opens on its next study, "另一项研究涵盖超过一万名…": that study
                # is the stretch's own, ``segments.study_texts``)
                from .segments import opens_next_own_study
                known = not opens_next_own_study(sentence.text)
            self._other_work[sentence.index] = known
        return known

    @cached_property
    def row_tables(self) -> list:
        """The document's tables of arms as rows (``row_tables``), read once: the arms and
        the outcomes are both taken from them."""
        return row_tables.find(self.text)

    @cached_property
    def title(self) -> str:
        return self.document.title or ""

    # ------------------------------------------------------------------ vocabulary mentions

    @cached_property
    def abbreviations(self) -> dict[str, dict[str, str]]:
        """{kind: {abbreviation: canonical name}} defined by this article, first definition wins."""
        found: dict[str, dict[str, str]] = {k: {} for k in KINDS}
        lexicons = [(kind, vocab.lexicon(kind)) for kind in KINDS]
        for m in PAREN.finditer(self.text):
            inside = [p.strip() for p in LIST_MARK.split(m.group(1))]
            abbr = inside[-1]
            if NAME_WORD.match(abbr):
                continue  # ("(HRV; i.e., Rotarix)": a product's name after what the bracket abbreviates, none itself)
            if not ABBR.match(abbr) or not CAPITAL.search(abbr):
                # "RSM(呼吸与括约肌管理)": the abbreviation stands before the bracket.
                before = ABBR_BEFORE.search(self.text[max(0, m.start() - 12):m.start()])
                if before and CAPITAL.search(before.group(1)):
                    self._define(found, lexicons, before.group(1), m.group(1))
                continue
            names = [" ".join(inside[:-1])] if len(inside) > 1 else []
            names.append(self.text[max(0, m.start() - 30):m.start()])
            for name in names:
                if self._define(found, lexicons, abbr, name, at_end=name is names[-1]):
                    break
        return found

    def _define(self, found, lexicons, abbr: str, name: str, at_end: bool = False) -> bool:
        toks = Tokens(name)
        for kind, lex in lexicons:
            hits = lex.find(toks)
            if at_end:
                hits = [h for h in hits if not name[h.end:].strip()]
            if hits:
                canonical = hits[-1].name
                for form in {abbr, abbr.rstrip("s"), abbr + "s"}:
                    if len(form) >= 2:
                        found[kind].setdefault(form, canonical)
                return True
        return False

    @cached_property
    def _local_lexicons(self) -> dict[str, Lexicon]:
        lexicons = {k: Lexicon((name, (), [a]) for a, name in v.items()) for k, v in self.abbreviations.items() if v}
        for kind, named in self.local_terms.items():
            entries = [(name, written, ()) for name, written in named]
            entries += [(a, (), [a]) for a in self.abbreviations.get(kind, {})]
            lexicons[kind] = Lexicon(entries)
        return lexicons

    def group_called(self, words: str) -> str | None:
        """The group an article calls ``words`` when it shares one "groups" between two arms
        ("the intervention and usual care groups"): its own arms first, then the vocabulary's.

        >>> Context(Document("")).group_called("placebo")
        'placebo'
        """
        words = words.strip()
        for lexicon in (self._local_lexicons.get("groups"), vocab.lexicon("groups")):
            for text in (words, words + " group", words + "组"):
                hits = lexicon.find(Tokens(text)) if lexicon is not None else []
                if len(hits) == 1 and hits[0].start == 0 and hits[0].end >= len(words):
                    return hits[0].name
        return None

    def add_terms(self, kind: str, named: list[tuple[str, list[str]]]) -> None:
        """Names this article gives things (its trial arms, as (name, written forms)),
        matched like vocabulary terms."""
        self.local_terms.setdefault(kind, []).extend(named)
        self.__dict__.pop("_local_lexicons", None)
        self.__dict__.get("_mention_cache", {}).pop(kind, None)

    def name_roles(self, roles: dict[str, str]) -> None:
        """Mentions of a group by its role ("the intervention group", "对照组") are read from now on
        as the arm that role stands for in this article: ``{"treatment": "deprexis"}``."""
        self.role_arms = dict(roles)
        self.__dict__.get("_mention_cache", {}).pop("groups", None)

    def _as_arm(self, match: Match, own: list[Match]) -> Match:
        """A vocabulary group that only says "the treatment group" ("the MSC group" is one) is
        the article's own arm when it starts with that arm's name ("MSCs" -> "MSC group")."""
        if vocab.group_role(match.name) != "arm" or match.name in {name for name, _ in self.local_terms.get("groups", ())}:
            return match
        for m in own:
            if m.start == match.start and m.end <= match.end and m.name != match.name:
                return match._replace(name=m.name)
        # ("the vaccine group" of a trial of "RSVpreF vaccine" against placebo: the one arm whose
        # name ends on the role's word)
        from .interventions import is_comparator
        word = match.name.lower()
        # (a treatment's role word is no comparator's arm: "the treatment group" is not "standard treatment")
        holding = [a for a in self.arms if a.lower().endswith(" " + word) and not ARMS_JOINED.search(a)
                   and not (is_comparator(a) and not is_comparator(match.name))]
        if len(holding) == 1 and match.name not in self.arms:
            return match._replace(name=holding[0])
        return match

    def mentions(self, kind: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Mentions of a vocabulary kind in [start, end), the article's own abbreviations included."""
        every, starts = self._all_mentions(kind)
        if end is None:
            return every[bisect_left(starts, start):]  # a mention ends within the text
        # Those starting in [start, end) (bisected: the mentions are in order), ending by end.
        return [m for m in every[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]

    def _abbreviations_of_the_topic(self, found: list[Match]) -> list[Match]:
        """A measure named only by an abbreviation that belongs to one condition's field ("AIS",
        the ASIA impairment scale of spinal cord injury) is that measure only in an article about
        that condition, or one that names the measure in full too: in a stroke trial "AIS" is
        acute ischaemic stroke."""
        conditions = None
        written: dict[str, set[str]] | None = None  # (each measure's ways of being written here, asked once)
        out = []
        for m in found:
            if not m.text.isupper():  # (an abbreviation only: the cheap test first, on every mention)
                out.append(m)
                continue
            field = (vocab.info(m.name) or {}).get("category")
            if field and (vocab.info(field) or {}).get("mesh") and m.text in vocab.other_names(m.name):
                if conditions is None:
                    conditions = {c.name for c in self._all_mentions("conditions")[0]}
                if written is None:
                    written = {}
                    for x in found:
                        written.setdefault(x.name, set()).add(x.text)
                if field not in conditions and not written[m.name] - {m.text}:
                    continue
            spelled = self._spelled_out.get(m.text)
            if spelled is not None and not spelled & set(re.findall(r"[a-z]+", m.name.lower())):
                continue  # ("Human rotavirus vaccine (HRV; i.e., Rotarix)": no heart rate variability here)
            out.append(m)
        return out

    @cached_property
    def _spelled_out(self) -> dict[str, set[str]]:
        """{abbreviation: the words it stands for} for each abbreviation the article spells
        out by the initials of the words before it ("Human rotavirus vaccine (HRV"): a
        vocabulary measure of that abbreviation that shares none of those words is not meant
        ("red blood cell (RBC)" shares its words with the red blood cell count).

        >>> sorted(Context(Document("Human rotavirus vaccine (HRV; i.e., Rotarix) was given."))._spelled_out["HRV"])
        ['human', 'rotavirus', 'vaccine']
        """
        out: dict[str, set[str]] = {}
        for m in SPELLED_ABBR.finditer(self.text):
            abbr = m["abbr"]
            words = re.findall(r"[A-Za-z]+", self.text[max(0, m.start() - 80):m.start()])[-len(abbr):]
            if len(words) == len(abbr) and "".join(w[0] for w in words).upper() == abbr.upper():
                out.setdefault(abbr, set()).update(w.lower() for w in words)
        return out

    def _not_after_a_duration(self, found: list[Match]) -> list[Match]:
        """A Chinese name that begins with the unit of a duration written before it is read
        without that unit: "3年复发率" is the 3-year recurrence rate (复发率), not the annualized
        relapse rate (年复发率)."""
        out = []
        for m in found:
            if m.text[:1] in "年月周天日" and m.start and DURATION_HEAD.match(self.text, max(0, m.start - 1)):
                out.extend(vocab.lexicon("measures").find(self.tokens, m.start + 1, m.end))
            else:
                out.append(m)
        return out

    def _all_mentions(self, kind: str) -> tuple[list[Match], list[int]]:
        cache = self.__dict__.setdefault("_mention_cache", {})
        if kind not in cache:
            # The vocabulary's own matches never change; the article's terms (add_terms) do.
            vocabulary = self.__dict__.setdefault("_vocabulary_mentions", {})
            if kind not in vocabulary:
                vocabulary[kind] = vocab.lexicon(kind).find(self.tokens)
                if kind == "groups":
                    # A group's word inside a longer name is part of that name: "chronic" in
                    # "chronic obstructive pulmonary disease" is no chronic subgroup, "control" in
                    # "disease control rate" no control arm.
                    longer = sorted(self._all_mentions("conditions")[0] + self._all_mentions("measures")[0],
                                    key=lambda m: m.start)
                    # (A bracket inside is no name: "the F/TAP group (2.02 per 100" is not "group 2".)
                    # ("维生素D组" is the vitamin D arm, not "group D": the letter ends a treatment's name.)
                    named = [(x.start, x.end) for x in self._all_mentions("interventions")[0]]
                    # ("no treatment group difference", "a group × time interaction": no group named.)
                    whole = [m for m in vocabulary[kind] if not BRACKET.search(self.text, m.start, m.end)
                             and not (LETTER_GROUP.match(self.text, m.start) and any(a < m.start < b for a, b in named))
                             and not GROUP_AS_ADJECTIVE.match(self.text, m.end)
                             # ("the laparoscopic group: 1·9(0·7) versus 2·6(0·9) days": a value, no "group 1")
                             and not (m.text[-1:].isdigit() and DECIMAL_GOES_ON.match(self.text, m.end))]
                    vocabulary[kind] = numbered_roles(_not_grades(_set_against(_outside_longer(_not_design(
                        _not_arms_in_a_range(whole, self.text), self.text), longer)), self.text), self.text)
            found = list(vocabulary[kind])
            if kind == "measures":
                found = _composites(_not_populations(self._not_after_a_duration(found), self.text), self.text)
                found = _shared_heads(found, self.text)
                found = self._abbreviations_of_the_topic(found)
            local = self._local_lexicons.get(kind)
            if local:
                own = local.find(self.tokens)
                if kind == "groups":
                    own = _not_design(own, self.text)  # an arm's word in "placebo-controlled" neither
                    found = [self._as_arm(m, own) for m in found]
                # The vocabulary's matches are in order and do not overlap, so the one that
                # starts last before a local match ends is the only one that can overlap it.
                if kind == "groups":
                    found = _longer_arms_win(found, own)
                starts, ends = [m.start for m in found], [m.end for m in found]
                for m in own:
                    k = bisect_left(starts, m.end)
                    if not (k and m.start < ends[k - 1]):
                        found.append(m)
                found.sort(key=lambda m: m.start)
            if kind == "groups" and self.role_arms:
                found = [m._replace(name=self.role_arms[m.name]) if m.name in self.role_arms else m for m in found]
            cache[kind] = (found, [m.start for m in found])
        return cache[kind]


# Two arms in one name, no one arm's: "BTH1677 vs control".
ARMS_JOINED = re.compile(r"\b(?:vs|versus|or)\b", re.I)
# An outcome that is events of several kinds, "A or B": "the composite of worsening heart
# failure or cardiovascular death", "stroke, myocardial infarction, or death", "心血管死亡或心衰住院".
OR_BETWEEN = re.compile(r",?\s+or\s+|\s*(?:或|或者)\s*", re.I)
COMPOSITE_OF = re.compile(r"composite\s+(?:(?:primary\s+|secondary\s+)?(?:outcome|end\s*-?point)\s+)?(?:of\s+)?(?:the\s+)?"
                          r"(?P<x>[A-Za-z][\w\-']*(?:(?:\s+|,\s+)[A-Za-z][\w\-']*){0,6}?)\s*,?\s+(?:or|and)\s+$", re.I)


CLAUSE_WORD = re.compile(r"\b(?:was|were|is|are|had|has|occurred|lower|higher|reduced|increased|decreased|with|than|by|in)\b", re.I)


# A number of years, months, weeks or days just before a name that opens on the unit ("3年复发率").
DURATION_HEAD = re.compile(r"[\d一二三四五六七八九十两半]")
# Who a name describes, right after it: "AIS患者" (acute ischaemic stroke). (Not in English:
# "treatment failure patients" are those whose treatment failed, an outcome.)
PEOPLE_AFTER = re.compile(r"\s*(?:患者|病人|患儿|病例|人群)")


PEOPLE_GRADES = {"有效", "无效", "無效"}


# What after a group's word makes it an adjective: "treatment group difference", "group effect".
GROUP_AS_ADJECTIVE = re.compile(r"\s*(?:differences?|effects?|interactions?|[×x]\s*time)\b", re.I)


NUMBERED_GROUP = re.compile(r"group (\d+|[IVX]+)")
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def numbered_roles(found: list, text: str) -> list:
    """An arm's role right before a numbered group, written as one ("对照1组", "对照2组"): the
    control arms one and two, not the control arm and "group 1"."""
    out: list = []
    for m in found:
        numbered = NUMBERED_GROUP.fullmatch(m.name)
        prev = out[-1] if out else None
        if numbered and prev is not None and prev.end == m.start and not NUMBERED_GROUP.fullmatch(prev.name) \
                and vocab.group_role(prev.name) == "arm" and HAN_CHAR.search(text, prev.start, m.end):
            out[-1] = prev._replace(name=f"{prev.name} {numbered.group(1)}", end=m.end, text=text[prev.start:m.end])
            continue
        out.append(m)
    return out


def _not_grades(found: list[Match], text: str) -> list[Match]:
    """Groups' names that are a grade counted among other grades: "显效者12例，有效者7例" counts
    the arm's people at each grade; 有效者 there is no group of responders.

    >>> m = lambda name, a, b: Match(name, a, b, "", 0, 0)
    >>> [x.start for x in _not_grades([m("responders", 9, 12), m("responders", 20, 23)], "显效者12例，有效者7例。有效者共20例")]
    [20]
    """
    if not any(unit in text for unit in "例名人只"):
        return found  # (no count of people, the way GRADE_COUNT counts them)
    matches = list(GRADE_COUNT.finditer(text))
    graded = [(g.start(), g.end()) for g in matches]
    # (a run of grades has one that names no people, 显效, 痊愈: "分为有效者42例和无效者18例" splits
    # the patients into responders and non-responders, two groups)
    if len(graded) < 2 or all(g["grade"] in PEOPLE_GRADES for g in matches):
        return found
    # (a grade's count with another's right before or after it: a run of grades)
    in_run = [(a, b) for k, (a, b) in enumerate(graded)
              if (k and a - graded[k - 1][1] <= 4) or (k + 1 < len(graded) and graded[k + 1][0] - b <= 4)]
    return [x for x in found if not any(a <= x.start < b for a, b in in_run)]


def _not_populations(found: list[Match], text: str) -> list[Match]:
    """Measures' names that say who people are, not what was measured: a name followed by
    "患者" ("AIS患者": acute ischaemic stroke, not the ASIA grade) is a population. Read as a measure, it took the values of the patients' real outcomes.

    >>> m = lambda name, a, b: Match(name, a, b, "", 0, 0)
    >>> [x.name for x in _not_populations([m("AIS grade", 0, 3), m("AIS grade", 8, 11)], "AIS患者 vs AIS 3")]
    ['AIS grade']
    """
    return [m for m in found if not PEOPLE_AFTER.match(text, m.end)]


LETTER_GROUP = re.compile(r"[A-Za-z][组組]")


# The word that joins two modifiers of one head: "腰椎和股骨颈骨密度", "lumbar spine and femoral neck BMD".
ZH_JOIN = re.compile(r"[和、及与與]$")
EN_JOIN = re.compile(r"(?:\s+(?:and|or)|,)\s+$")


def _whole_measure(words: str) -> str | None:
    """The measure the vocabulary names by exactly these words, else None."""
    hits = vocab.measure_lexicon().find(Tokens(words))
    return hits[0].name if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(words) else None


def _shared_heads(found: list[Match], text: str) -> list[Match]:
    """A measure whose name is a modifier and a head, right after another modifier joined to
    it: "腰椎和股骨颈骨密度" is the lumbar spine's BMD and the femoral neck's, "lumbar spine and
    femoral neck BMD" too. The first modifier is a mention of its own measure (where the
    vocabulary names modifier and head together), so its values are its own, not the second's.

    >>> text = "在改善腰椎和股骨颈骨密度方面"
    >>> [(x.name, text[x.start:x.end]) for x in _shared_heads(vocab.measure_lexicon().find(Tokens(text)), text)]
    [('lumbar spine bone mineral density', '腰椎'), ('femoral neck bone mineral density', '股骨颈骨密度')]
    >>> text = "收缩压和舒张压"
    >>> len(_shared_heads(vocab.measure_lexicon().find(Tokens(text)), text))
    2
    """
    out: list[Match] = []
    for m in found:
        ascii_ = m.text.isascii()
        join = (EN_JOIN if ascii_ else ZH_JOIN).search(text, max(0, m.start - 6), m.start)
        if join is None or (out and out[-1].end > join.start()):
            out.append(m)
            continue
        # (the head: the longest end of the name that is a measure of its own, "骨密度", "BMD")
        parts = m.text.split(" ") if ascii_ else list(m.text)
        head = next((h for k in range(1, len(parts)) if _whole_measure(h := (" " if ascii_ else "").join(parts[k:]))), None)
        if head is None:
            out.append(m)
            continue
        before = text[max(0, join.start() - 40):join.start()]
        words = re.findall(r"[A-Za-z][\w-]*", before)[-3:] if ascii_ else re.findall(r"[\u4e00-\u9fff]+$", before)[-1:]
        modifier = None
        if ascii_:
            for k in range(len(words) - 1, -1, -1):  # (the fewest words that make the measure)
                if before.endswith(" ".join(words[k:])) and (name := _whole_measure(" ".join(words[k:]) + " " + head)):
                    modifier = (" ".join(words[k:]), name)
                    break
        elif words:
            for k in range(len(words[0]) - 1, -1, -1):
                if name := _whole_measure(words[0][k:] + head):
                    modifier = (words[0][k:], name)
                    break
        if modifier is not None:
            out.append(Match(modifier[1], join.start() - len(modifier[0]), join.start(), modifier[0], m.first, m.first))
        out.append(m)
    return out


def _composites(found: list[Match], text: str) -> list[Match]:
    """Measures joined by "or" into one outcome of several events: two events the vocabulary
    names ("stroke or death"), or any words before one after "composite of" ("the composite
    of worsening heart failure or cardiovascular death"). Read apart, the composite's numbers
    became those of its last event.

    >>> m = lambda name, a, b: Match(name, a, b, "", 0, 0)
    >>> text = "a composite of worsening heart failure or cardiovascular death occurred"
    >>> [(x.name, x.start) for x in _composites([m("heart failure", 25, 38), m("cardiovascular death", 42, 62)], text)]
    [('worsening heart failure or cardiovascular death', 15)]
    >>> text = "composite outcome of CV death, nonfatal MI, or urgent revascularization (9.5% vs. 12.7%)"
    >>> [x.name for x in _composites([m("cardiovascular death", 21, 29), m("myocardial infarction", 40, 42)], text)]
    ['CV death, nonfatal MI, or urgent revascularization']
    >>> text = "stroke or death was lower; pain or stiffness fell"
    >>> [x.name for x in _composites([m("stroke", 0, 6), m("death", 10, 15), m("stiffness", 35, 44)], text)]
    ['stroke or death', 'stiffness']
    """
    out: list[Match] = []
    said_so = "omposite" in text or "OMPOSITE" in text  # (most articles never say it: no search then)
    absorbed = -1  # (where the last composite's list of events ended)
    for m in found:
        if m.start < absorbed:
            continue  # an event of the composite before it
        starts = [out[-1].start] if out and OR_BETWEEN.fullmatch(text, out[-1].end, m.start) and _events(out[-1], m) else []
        said = COMPOSITE_OF.search(text, max(0, m.start - 120), m.start) if said_so else None
        # (the composite's own words, not a clause: "the composite outcome was lower with drug K and …")
        said = said if said and not CLAUSE_WORD.search(said["x"]) else None
        starts += [said.start("x")] if said else []
        # ("composite outcome of CV death, nonfatal MI, …": the first event right after "of")
        head = COMPOSITE_HEAD.search(text, max(0, m.start - 60), m.start) if said_so and not said else None
        if head:
            tail = COMPOSITE_TAIL.match(text, m.end)
            said = head if tail and OR_IN.search(tail.group()) else None
            starts += [m.start] if said else []
        if not starts:
            out.append(m)
            continue
        start, end = min(starts), m.end
        if said:
            # "composite outcome of CV death, nonfatal MI, nonfatal stroke, or urgent
            # revascularization": the events listed after the first are the composite's too.
            tail = COMPOSITE_TAIL.match(text, m.end)
            if tail and OR_IN.search(tail.group()):
                end = absorbed = tail.end()
        while out and out[-1].start >= start:
            out.pop()  # (the events it joins: "heart failure" in "worsening heart failure or …")
        name = re.sub(r"\s+", " ", text[start:end]).strip()
        out.append(m._replace(name=name, start=start, end=end, text=text[start:end]))
    return out


# The rest of a composite's list of events: ", nonfatal type 1 MI, nonfatal ischemic stroke, or
# urgent revascularization" (up to a bracket, a stop or a verb).
COMPOSITE_TAIL = re.compile(r"(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?!(?:was|were|is|are|had|has|occurred|in|at)\b)"
                            r"[A-Za-z][\w\-]*(?:\s(?!(?:was|were|is|are|had|has|occurred|in|at|with|than|compared)\b)"
                            r"[A-Za-z0-9][\w\-]*){0,5}){1,8}", re.I)
COMPOSITE_HEAD = re.compile(r"composite\s+(?:(?:primary\s+|secondary\s+)?(?:outcome|end\s*-?point)\s+)?of\s+(?:the\s+)?$", re.I)
OR_IN = re.compile(r"\bor\b|\band\b", re.I)


def _events(a: Match, b: Match) -> bool:
    """Whether two measures are events (a death, a stroke, a hospitalisation), which a
    composite joins, not scores or levels ("pain or stiffness")."""
    return all(EVENT_WORD.search(x.name) for x in (a, b))


EVENT_WORD = re.compile(r"death|mortality|stroke|infarction|hospitali[sz]ation|heart failure|progression|relapse|recurrence|"
                        r"amputation|transplant|dialysis|events?\b|死亡|卒中|梗死|住院|进展|復發|复发", re.I)


def _outside_longer(found: list[Match], names: list[Match]) -> list[Match]:
    """The matches of ``found`` that no longer match of ``names`` contains.

    >>> m = lambda a, b: Match("x", a, b, "", 0, 0)
    >>> [(x.start, x.end) for x in _outside_longer([m(0, 7), m(40, 47)], [m(0, 37)])]
    [(40, 47)]
    """
    return [m for m in found if not any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start
                                        for n in names)]


# A number that goes on past its decimal point: "1·9", "1.9".
DECIMAL_GOES_ON = re.compile(r"[.·]\d")
# "placebo-controlled", "sham-controlled", "安慰剂对照试验": the design, not an arm of it.
CONTROLLED_AFTER = re.compile(r"[-‐–\s]?controlled\b|[对對]照(?![组組])", re.I)


def _not_design(found: list[Match], text: str) -> list[Match]:
    """Group words that name the comparator of a design ("a placebo-controlled trial in 104
    adults") are no arm: read as one, the trial's whole size became the placebo arm's.

    >>> m = lambda a, b: Match("placebo", a, b, "", 0, 0)
    >>> [x.start for x in _not_design([m(2, 9), m(30, 37)], "a placebo-controlled trial; the placebo group")]
    [30]
    >>> [x.start for x in _not_design([Match("control", 6, 8, "对照", 0, 0)], "双盲、安慰剂对照试验")]
    []
    """
    return [m for m in found if not CONTROLLED_AFTER.match(text, m.end)
            # ("安慰剂对照III期临床试验": "对照" of the design, placebo-controlled, no control arm of its own)
            and not (m.text in ("对照", "對照") and DESIGN_BEFORE_CONTROL.search(text, max(0, m.start - 4), m.start))]


# What makes "对照" a design's word whose control arm is named otherwise or is none: "安慰剂对照"
# (the placebo arm), "自身对照", "前后对照" (each patient against himself). ("随机对照", "阳性对照"
# keep it: the control arm the design has, however the page names it.)
DESIGN_BEFORE_CONTROL = re.compile(r"(?:安慰[剂劑]|自身|前后|前後)$")


GROUP_NOUN = re.compile(r"组|組|亚组|亞組|期|group|subgroup|phase|stage|cohort|patients|患者|者$", re.I)


def _set_against(found: list[Match]) -> list[Match]:
    """Subgroup words that name a subgroup here: a word with a ``contrast`` in the vocabulary
    counts where the article names a contrasting subgroup too ("亚急性与慢性患者") or calls it a
    group ("慢性组"); alone, "chronic" in "chronic insomnia" only qualifies the disease. A
    numbered arm with ``named_with`` counts only beside the arm numbered before it: "2组"
    alone is "both groups"."""
    found = _numbered_in_turn(found)
    named = {m.name for m in found}
    return [m for m in found if not set((vocab.info(m.name) or {}).get("contrast") or ()) - {m.name}
            or named & set(vocab.info(m.name)["contrast"]) or GROUP_NOUN.search(m.text)]


# "in arms 1-3", "groups 1 and 2": several numbered arms at once, none of them alone.
PLURAL_NUMBERED = re.compile(r"(?:arms|groups|cohorts)\s+\d", re.I)
RANGE_ON = re.compile(r"\s*(?:[-–~]|to\b|and\b|or\b|,)\s*\d", re.I)
# The second of two numbered arms named together: "groups 1 and 2" (not "1-3", not "1, 2 and 3").
NUMBERED_PAIR = re.compile(r"\s*(?:and|or|vs\.?|versus)\s+(?P<n>\d)(?![\d.\-–])(?!\s*(?:,|and)\s*\d)", re.I)


def _not_arms_in_a_range(found: list[Match], text: str) -> list[Match]:
    """Numbered arms named together are no one arm: "… in arms 1-3 (p = 0.04)" read as "arm 1"
    would make the arms' comparison the first arm's. Two named so ("in groups 1 and 2,
    respectively") are each of the two, in order.

    >>> m = Match("group 1", 3, 9, "arms 1", 0, 1)
    >>> _not_arms_in_a_range([m], "in arms 1-3"), len(_not_arms_in_a_range([m._replace(text="arm 1")], "in arm 1 and"))
    ([], 1)
    >>> two = "in groups 1 and 2, respectively"
    >>> [(x.name, two[x.start:x.end]) for x in _not_arms_in_a_range([m._replace(text="groups 1", end=11)], two)]
    [('group 1', 'groups 1'), ('group 2', '2')]
    """
    out = []
    for m in found:
        if not (PLURAL_NUMBERED.match(m.text) and RANGE_ON.match(text, m.end)):
            out.append(m)
            continue
        pair = NUMBERED_PAIR.match(text, m.end)
        second = vocab.lexicon("groups").find(Tokens(f"group {pair['n']}")) if pair else []
        if pair and len(second) == 1 and second[0].name != m.name:
            out += [m, Match(second[0].name, pair.start("n"), pair.end("n"), pair["n"], m.first, m.last)]
    return out


def _numbered_in_turn(found: list[Match]) -> list[Match]:
    """Numbered arms each beside one numbered before it: "2组" without "1组" is both groups,
    and "3组" is an arm only when an arm before it is one."""
    kept = [m for m in found if not (vocab.info(m.name) or {}).get("named_with")]
    named = {m.name for m in kept}
    waiting = [m for m in found if (vocab.info(m.name) or {}).get("named_with")]
    while True:
        ready = [m for m in waiting if named & set(vocab.info(m.name)["named_with"])]
        if not ready:
            break
        named |= {m.name for m in ready}
        waiting = [m for m in waiting if m not in ready]
    return [m for m in found if m.name in named]


def _longer_arms_win(found: list[Match], own: list[Match]) -> list[Match]:
    """The vocabulary's group words that lie inside a longer arm name of the article's own
    ("standard care" in "drug X plus standard care arm") give way to it; the arm is then
    added like any other of the article's terms.

    >>> m = lambda a, b: Match("x", a, b, "", 0, 0)
    >>> [(x.start, x.end) for x in _longer_arms_win([m(20, 33), m(60, 67)], [m(5, 37)])]
    [(60, 67)]
    """
    # (Sorted by start, an arm name holds a word when it starts before it and reaches its end,
    # or starts with it and reaches past it: found in log time, not against every name.)
    spans = sorted((m.start, m.end) for m in own)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end among the first k

    def inside(v: Match) -> bool:
        before = bisect_left(starts, v.start)
        if before and reach[before - 1] >= v.end:
            return True
        same = bisect_right(starts, v.start)
        return any(b > v.end for _, b in spans[before:same])

    return [v for v in found if not inside(v)]
