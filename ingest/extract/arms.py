"""Trial arms named by what they received: "randomly assigned 1:1 to corvagliptan 25 mg
or matching placebo", "45 to corvagliptan and 45 to placebo", "X vs Placebo" headlines.

An arm is named as written (a new drug the vocabulary has never seen is still an arm);
its size comes from "45 to X" or "X (n = 45)". Arms found here become group mentions for
the whole article, so "8.4% in the corvagliptan group" and "fell by 1.2% with
corvagliptan" are read against the right arm.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import vocab
from ..vocab.lexicon import Tokens
from .context import Context, numbered_roles
from .interventions import INN, is_comparator
from .numerals import chinese_to_int
from .prefilter import ascii_without, word_spans

DIGIT_IN = re.compile(r"\d")
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
PEOPLE = r"(?:patients|participants|adults|children|infants|adolescents|women|men|people|persons|subjects|individuals|volunteers|smokers|veterans|residents|students|workers)"
# The ratio of an allocation, after the people allocated: "(1:1)", "in a 2:1 ratio".
_RATIO = r"(?:\(\s*\d+(?:\s*:\s*\d+)+\s*\)|in\s+an?\s+\d+(?:\s*:\s*\d+)+\s+ratio)"
ALLOCATION = re.compile(
    # ("chosen at random to receive …", "selected at random": news says it so)
    r"(?=[rac])(?:randomi[sz]ed|randomly\s+(?:assigned|allocated|divided)|assigned|allocated|(?:(?<=chosen\s)|(?<=selected\s))at\s+random)\s*"
    r"(?:\(\s*\d+(?:\s*:\s*\d+)+\s*\)\s*|\d+(?:\s*:\s*\d+)+\s+|"
    r"in\s+an?\s+\d+(?:\s*:\s*\d+)+\s+ratio\s+)?"
    # The people assigned, before what they were assigned to ("We randomly assigned 529 patients
    # with heart failure (…) to receive …"): after "randomly assigned" or "randomized" only, named
    # by a noun of people, ending right before "to receive / undergo / be treated / either" (not
    # "intolerant to statins", "stratified according to country", "into two groups according to").
    # (or the people without their number: "We randomly assigned patients to X (n = 40) or Y")
    # ("randomized adult patients with treatment-resistant depression to receive …": a word before
    # the people, and who they were, as long as no "to" comes first)
    r"(?:(?:(?<=assigned\s)|(?<=allocated\s)|(?<=randomized\s)|(?<=randomised\s))(?:(?:eligible|all|the)\s+)?(?:[a-z-]+\s+)?" + PEOPLE +
    r"(?:\s+with\s+(?:(?!\bto\b)[^,.;()]){1,60}?)?\s+(?=(?:" + _RATIO + r"\s*)?to\s))?"
    r"(?:(?:(?<=randomly\sassigned\s)|(?<=randomly\sallocated\s)|(?<=randomized\s)|(?<=randomised\s)|(?<=\d\)\s))"
    r"(?:a\s+total\s+of\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?" + PEOPLE + r"\b(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,220}?\s"
    r"(?:(?=to\s+(?:receive|undergo|be\s+treated|either|one\s+of)\b|" + _RATIO + r"\s*to\s)"
    # (or "to" right after a comma that closes the people's description: "579 adults with …,
    # who achieved …, to the drug or placebo")
    r"|(?<=,\s)(?=to\s))"
    # ("We randomly assigned 300 patients (1:1) to X or Y": the people, their ratio, then "to")
    # (or with who they were in a few words before it: "69 patients with resistant hypertension to X or Y")
    # (or more people and the trials they were in: "700 patients (in the A study) and 900 (in the B study) to X or Y")
    r"|\s*(?=(?:" + _RATIO + r"\s*)?to\s)|\s+with\s+(?:(?!\bto\b)[^,.;()]){1,60}?\s*(?=to\s(?![^.;]{0,60}\bto\s))"
    r"|\s*(?:\((?:in\s+)?[^()\d]{2,40}\)\s*)?(?:and\s+\d[\d,]*\s+(?:[\w-]+\s+)?" + PEOPLE + r"\s*(?:\([^()\d]{2,40}\)\s*)?)?(?=to\s)))?"
    r"(?:" + _RATIO + r"\s*)?"
    # ("randomized equally to treatment with X or Y")
    r"(?:equally\s+)?(?:to|into)\s+(?:receive\s+|undergo\s+|be\s+treated\s+with\s+|treatment\s+with\s+|either\s+|one\s+of\s+\w+\s+(?:groups|arms|diets|regimens|treatments|strategies|interventions|programs|programmes)\s*:?\s*)*"
    r"(?P<list>(?:[^.;]|(?<=\d)\.(?=\d)){3,200})", re.I)
# What every arm got, before the arms: "chemotherapy and either …", "metformin plus either …".
SHARED_THEN_EITHER = re.compile(r"^[^,;()]{2,60}?\s+(?:and|plus|with|in\s+addition\s+to)\s+either\s+(?=\S[^;]*\bor\b)", re.I)
# Treatments given in a randomised trial, set against each other: "were treated with A (group 1) or B".
TREATED_EITHER = re.compile(r"\b(?:were|was)\s+(?:treated\s+with|given|received)\s+(?:either\s+)?(?P<list>(?:[^.;]|(?<=\d)\.(?=\d)){3,200})", re.I)


# A sentence that opens on the trial: "In a randomized pilot trial, …", "Methods: In this randomised study …".
RANDOMISED_FRAME = re.compile(r"^\W*(?:methods?\s*:\s*)?in\s+(?:a|this|the|our)\s+(?:[\w-]+\s+){0,4}?randomi[sz]ed\b", re.I)
# Treatments given outside the comparison: before randomisation, as rescue or add-on, in an extension.
NOT_THE_TRIALS_ARMS = re.compile(r"\b(?:before|prior\s+to)\s+randomi|\bextension\b|\brescue\b|\badd-?on\b|\bbackground\b|"
                                 r"\bas\s+needed\b|\bearlier\s+randomi", re.I)
# What no treatment's name opens on: a dose, a place, a schedule, a preposition.
NOT_A_TREATMENT = re.compile(r"^\s*(?:\d|at\b|in\b|on\b|with\b|without\b|each\b|daily\b|twice\b|once\b|home\b|school\b)", re.I)


def _list_before_its_end(listed: str) -> str:
    end = LIST_END.search(listed)
    return listed[:end.start()] if end else listed


def _two_treatments(listed: str) -> bool:
    """Whether a list joined by "or" names two or three treatments, each opening on a name:
    "EAA (group 1) or LFMECT (group 2)"; not "drug K (with or without food)", "drug K 50 mg or
    100 mg", "at home or at school", "A or B, each given twice daily"."""
    flat = re.sub(r"\([^()]*\)", "", listed)
    if "," in flat or " or " not in flat:
        return False
    parts = [x.strip() for x in re.split(r"\s+or\s+", flat)]
    return 2 <= len(parts) <= 3 and all(x and not NOT_A_TREATMENT.match(x) and len(x.split()) <= 5 for x in parts)


# Each arm's size in a bracket between the allocation's verb and "to"/"into": "(60 per arm)".
PER_ARM = re.compile(r"\(\s*\d+\s+(?:per|in\s+each|each)\s+(?:arm|group)\s*\)")
# A group named in a bracket with its size: "(aflibercept 8 mg group, n=51)", "(the ICU group; n = 49)".
LABELLED_GROUP = re.compile(r"[(\[]\s*(?:the\s+)?(?P<name>(?!(?:derivation|validation|training|test|testing|discovery|"
                            r"replication|development|internal|external|sensitivity)\b)[A-Za-z][^(),;\[\]]{1,40}?)\s+(?P<word>group|arm|cohort)"
                            r"\s*[,;]\s*n\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*[)\]]", re.I)
N_TO = re.compile(r"(?=[\d])(?<![\d.])(?P<n>\d{1,5})\s+(?:(?:patients\s+|participants\s+)?(?:were\s+)?(?:randomi[sz]ed|assigned|allocated)\s+)?to\s+(?:the\s+)?(?P<name>(?:\d+(?:\.\d+)?[- ]?(?:mg|µg|mcg|g)\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)(?=\s*(?:,|\.|;|\band\b|\bor\b|\(|\)|$))", re.I)
# "200 received drug X and 198 received placebo": each arm by what its people received.
N_RECEIVED = re.compile(r"(?=[\d])(?<![\d.,])(?P<n>\d{1,5})\s+(?:(?:patients|participants|people|adults|children|women|men|subjects)\s+)?"
                        r"(?:received|were\s+given|took|got)\s+(?:an?\s+|the\s+)?"
                        # "30 were given colored and flavored water (WA)": a name up to its abbreviation
                        r"(?P<name>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,5}?\s*\([A-Z][A-Za-z0-9\-]{1,8}\)|[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?"
                        r"(?=\s*(?:,|\.|;|\band\b|\bor\b|\bwhile\b|\bwhereas\b|\(|\)|$)))", re.I)
def _half_arm(ctx: Context, name: str | None) -> bool:
    """Whether what a half received names an arm: a comparator, or a treatment the vocabulary or
    the article's words know (not "it in the arm")."""
    if not name or re.match(r"(?:it|them|this|that|one|both)\b", name):
        return False
    return is_comparator(name) or _received(ctx, name) is not None or bool(re.fullmatch(r"[a-z][a-z\-]{4,}", name))


# Each half of the people and what it received: "Half were given a placebo and half were given X".
# ("Half were given a weak type of statin to take daily … and the remainder were given a placebo": the
# statin; the rest, the placebo)
HALF_RECEIVED = re.compile(r"\b(?:half|the\s+other\s+half|the\s+remainder|the\s+rest)\s+(?:of\s+(?:them|the\s+\w+)\s+)?"
                           r"(?:were\s+given|received|got|took|were\s+assigned\s+to)\s+"
                           r"(?:an?\s+|the\s+)?(?:[a-z]+\s+(?:type|kind|form)\s+of\s+(?:an?\s+)?)?(?P<name>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)"
                           r"(?=\s*(?:,|\.|;|\band\b|\bwhile\b|\bwhereas\b|\(|\bto\s+take\b|\bdaily\b|\bfor\b|$))", re.I)
# Sizes listed once for the arms before them: "(96 and 50 children, respectively)".
RESPECTIVE_SIZES = re.compile(r"[(（]\s*(?:n\s*=\s*)?(\d{1,5})\s*(?:,|and)\s*(\d{1,5})(?:\s*(?:,\s*and|,|and)\s*(\d{1,5}))?\s*"
                              r"(?:patients|participants|children|adults|subjects|people|women|men|infants)?\s*,?\s*respectively\s*[)）]", re.I)
# What people "received" that is no arm: "380 received at least one dose", "52 received rescue medication".
NOT_RECEIVED_ARM = re.compile(r"(?:at\s+least|all|any|both|one|two|three|no|the\s+(?:first|second|full)|rescue|"
                              r"\w+\s+doses?\b|doses?\b|concomitant|additional|further)", re.I)
# One size for every arm: "分为观察组和对照组，各43例", "随机分为三组，每组20人", "(n = 20 each)", "20 per group".
EACH = re.compile(r"(?=[\deg各每(])(?:(?:各|每组|每个组)\s*(?P<zh>\d+|[一二两三四五六七八九十百零〇]+)\s*(?:例|名|人|位)|"
          r"(?<![\d.])(?P<en>\d+)\s+(?:(?:patients|participants|subjects)\s+)?(?:in\s+each|per)\s+(?:group|arm)\b|"
          r"\(\s*n\s*=\s*(?P<en2>\d+)\s+(?:for\s+)?(?:each|per)(?:\s+(?:group|arm))?\s*\)|\beach\s+(?:group|arm)\s+(?:of|with)\s+(?P<en3>\d+)\b|"
          r"\bgroups\s+of\s+(?P<en4>\d+)\s+(?:patients\s+|participants\s+|subjects\s+)?each\b)", re.I)
# (Every English match of EACH holds "each" or "per"; the others are Chinese.)
EACH_WORDS = ("each", "per")
# "(105 patients)" beside an arm: its size.
# "N=1237 polypill strategy (a single pill containing …)": a line that opens on an arm's size.
# Sizes split by arm in a bracket after a count of people: "24,966 (RSVPreF3 OA: 12,467;
# placebo: 12,499)", "240 participants (drug K: n = 121, placebo: n = 119)"; read as arms only
# where the parts add up to the count before them, one part is a comparator (placebo, control,
# sham, usual care: not "men: 130; women: 110", "China: 300; USA: 200"), and the count is not of
# events ("47 cases (vaccine: 7; placebo: 40)", NOT_PEOPLE_COUNTED).
SPLIT_SIZES = re.compile(r"(?<![\d.,])(?P<total>\d{1,3}(?:,\d{3})+|\d+)\s*(?:[A-Za-z-]+\s+){0,2}?[(（]"
                         r"(?P<items>[^()（）]{5,200}?)[)）]")
# What a count before a split bracket may be of that is no people: cases, events, episodes.
NOT_PEOPLE_COUNTED = re.compile(r"\s*(?:cases?|events?|episodes?|deaths?|infections?|hospitali[sz]ations?|exacerbations?)\b", re.I)
SIZE_ITEM = re.compile(r"(?P<name>[A-Za-z][^():;,，；]{0,40}?)\s*[:：]\s*(?:n\s*=\s*)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.%])")
SIZE_FIRST = re.compile(r"\s*[Nn]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})\s+(?P<name>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,4}?)"
                        r"\s*(?:[(:;,.]|$)")
# ("N=120 men (52%)": who they were, no arm)
WHO_NOT_WHAT = re.compile(r"(?:men|women|males?|females?|boys|girls|adults|children|patients|participants|subjects|people|"
                          r"aged|age|years|smokers|non-?smokers|white|black|asian)\b", re.I)
N_PATIENTS = re.compile(r"\bn\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)(?![\d.]|,\d)|\(\s*(\d+)\s+(?:patients|participants|subjects|people|adults|children|women|men)\s*\)|"
                r"\(\s*(\d{2,5})\s*\)\s*$", re.I)  # a bare "(55)" only after the arm's name, never "(1) empiric"
# "real acupuncture (RA = 26)": the arm's abbreviation, then its size (only where the letters are
# the name's initials: "(BMI = 41)", "(k = 14)", "(Age = 71)" are no size).
ABBREVIATION_SIZE = re.compile(r"\(\s*(?P<abbr>[A-Z][A-Za-z0-9/+\-]{1,10})\s*=\s*(?P<n>\d{1,5})\s*\)")
# How the allocation sentence goes on once the arms are listed: "... or placebo using a web-based
# system, stratified by centre and diabetes status" (a stratum is no arm).
# (also where the list would open: "to one of the groups stratified for age, gender and BMI")
LIST_END = re.compile(r"(?:\s+|^)(?:using|stratified|with\s+(?:permuted|block|stratification|a\s+computer|computer)|"
              # ("… or placebo until progressive disease or unacceptable toxicity": how long, after them all)
              r"until\s|"
              # ("… to drug K or placebo and followed them for 2 years": what the trial did next)
              r"and\s+(?:were\s+|was\s+)?(?:then\s+)?(?:followed|treated|observed|monitored|assessed|evaluated)\b|"
              r"in\s+(?:blocks|a\s+\d|permuted)|according\s+to|based\s+on|additional\s+to|in\s+addition\s+to|on\s+top\s+of|"
              # "... or placebo for 68 weeks": how long, not an arm's name
              r"(?:for|over|during)\s+(?:(?:about|approximately|nearly|around|up\s+to)\s+)?(?:\d+|an?|one|two|three|four|six|eight|twelve|52|\w+-)\s*(?:days?|weeks?|months?|years?|-week|-month)?)\b|"
              # ("… or placebo via weekly injections": how they were given, after the arms)
              r"\s+via\s|"
              # ("… or sham acupuncture twice weekly for 4 weeks": how often and how long, both arms')
              r"\s+(?:once|twice|thrice|three\s+times)\s+(?:daily|weekly|a\s+day|a\s+week|per\s+day|per\s+week)\s+(?:for|over)\s+\d|"
              # ("… or saline during surgery": when, after the arms)
              r"\s+during\s+(?:the\s+)?(?:surgery|operation|procedure|an(?:a)?esthesia|induction)\b|"
              r",\s*(?:and\s+)?(?:were|was|who|started|starting|continued)\b|"
              # ("assigned to metformin continued to receive metformin, unmasked": what they did after)
              r"\s+(?:continued|remained|went\s+on|stayed)\b|"
              # ("… or placebo as adjunctive treatment": how the arms were given, after them all)
              r"\s+as\s+(?:an?\s+)?(?:adjunct\w*|add-on)\b|"
              # ("… or placebo 3.5 months apart, once in the fall": when, after the arms)
              r"\s+\d[\d.]*\s*(?:days?|weeks?|months?|years?)\s+apart\b", re.I)
# A headline's two doses of one drug set against each other: "Injection 500 mg Compared With 250 mg".
TITLE_DOSES_VS = re.compile(r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)\s*(?P<unit>mg|µg|mcg|μg|g|mg/kg)\s+(?:vs\.?|versus|compared\s+with|compared\s+to)\s+"
                            r"(?P<b>\d+(?:\.\d+)?)\s*(?P=unit)\b", re.I)
# A sentence that sets doses against each other as a trial's arms, and the drug's name right before
# the first dose; a dose "of" a drug after the second is another drug's.
DOSES_COMPARED_IN = re.compile(r"\b(?:trial|study|randomi[sz]ed|assigned|allocated|dose|doses|arms?|groups?)\b", re.I)
DRUG_RIGHT_BEFORE = re.compile(r"(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]{3,}\s*$")
OF_ANOTHER_AFTER = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:same|drug|treatment)\b)[A-Za-z]")
TITLE_VS = re.compile(r"(?=[A-Za-z])(?P<a>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)\s+(?:vs\.?|versus|compared with)\s+(?P<b>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)(?=\s+(?:in|for|on|among|as|after)\b|\s*[:,.]|$)", re.I)
# A study of its own setting two treatments against each other, each side named in a few words
# with its abbreviation in brackets, if any (``extract``).
_COMPARED = r"[A-Za-z][\w\-]*(?:\s[A-Za-z][\w\-]*){{0,5}}?(?:\s?\((?P<{}abbr>[A-Za-z][\w\-]{{1,12}})\))?"
# (The study's word is looked for before it in code: one pattern with both is too large to
# check for backtracking.)
STUDY_COMPARING = re.compile(r"\bcompar(?:ing|ed|es)\s(?!(?:to|with|against)\b)(?:the\s)?(?P<a>"
                             + _COMPARED.format("a") + r")\s(?:with|to|versus|vs\.?)\s(?!(?:either|each|both|all|any|other|the\s+other)\b)"
                             r"(?:the\s)?(?P<b>" + _COMPARED.format("b")
                             + r")(?=\s(?:in|for|among|on|as|after|at)\b|[:,;.]|$)", re.I)
STUDY_BEFORE = re.compile(r"\b(?:trial|study|RCT)\b[^.;:]{0,80}$", re.I)
# Words no arm's name holds: "were balanced across groups" is no arm; nor "In comparison to the control group".
NOT_IN_ARM_NAME = re.compile(r"\b(?:were|was|is|are|be|been|across|between|both|all|each|two|three|four|these|those|their|its|"
                     r"other|every|per|which|that|who|whom|similar|comparable|compared|comparison\s+(?:to|with)|contrast\s+(?:to|with)|relative)\b", re.I)
GROUP_PHRASE = re.compile(r"(?=[fiotva])\b(?:in|among|for|of|to|and|versus|vs\.?|than)\s+(?:the\s+)?(?P<name>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,4}?)\s+(?:group|arm)s?\b", re.I)
# (also the side after "versus": "the risk of death versus the comparator arm" names the comparator)
# The side a named group is set against, later in its sentence: "compared to 10.3 months for
# chemo alone", "versus 9% with placebo", "than in the usual-care group".
OTHER_SIDE = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|than)\s+(?:[^,;()]{0,40}?\b(?:for|with|in|among|on)\s+)?(?:the\s+)?"
                        r"(?P<b>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)(?:(?P<tail>\s+(?:alone|group|arm))\b|(?=\s*(?:[,;.()]|$)))", re.I)
GROUP_TAIL = re.compile(r"(?:^|\s+)(?:in|among|of|for|with|on|versus|vs\.?|(?<!less\s)(?<!more\s)(?<!fewer\s)(?<!rather\s)than)\s+(?:the\s+)?", re.I)
GROUPS_AND = re.compile(r"\s+(?:and|or)\s+", re.I)
DOSE = re.compile(r"\s*,?\s*(?:\b(?:at|in)\s+)?(?:\b(?-i:a|the)\s+(?:daily\s+)?doses?\s+of\s+|\b(?:daily\s+)?doses?\s+of\s+)?\d[\d.,]*\s*(?:mg|g|µg|mcg|μg|ml|mL|IU|units?|cells|×|x|milligrams?|micrograms?|grams?)\b.*$", re.I)
# The words before "therapy" that name a kind of therapy, which the arm's name keeps: "physical therapy".
THERAPY_KINDS = ("medical", "standard", "usual", "conventional", "routine", "supportive", "conservative", "surgical",
                 "combination", "combined", "active", "drug", "physical", "occupational", "speech", "cognitive",
                 "behavioral", "behavioural", "radiation", "oxygen", "light", "music", "art", "cell", "gene", "family",
                 "group", "manual", "exercise", "hormone", "hormonal", "endovascular", "pulse", "antibiotic", "triple",
                 "dual", "targeted", "replacement", "antiplatelet", "antiviral", "antiretroviral", "maintenance",
                 "adjuvant", "neoadjuvant", "salvage", "laser", "photodynamic", "thrombolytic", "limb")
DROP_WORDS = re.compile(r"^(?:to|the|a|an|matching|identical|oral|once-daily|once-a-day|twice-daily|once-weekly|once-nightly|"
                r"once|daily|twice|a\s+matching|weekly|monthly|"
                r"receiving|receive|received|either|(?:treatment|therapy)\s+with)\s+|"
                r"^(?:two|three|four|five|[2-5])\s+(?:equal\s+)?(?:groups|arms)(?:\s+of\s+\d+(?:\s+\w+)?\s+each)?\s*:\s*|"
                r"^(?:\w+,?\s+){0,2}(?:injections?|infusions?|doses?|shots?|tablets?|capsules?|formulations?|preparations?)\s+of\s+|"
                # ("16 sessions of either X or Y": a count said of both arms; not "four cycles of CAPOX or
                # eight cycles of CAPOX", arms told apart by it)
                r"^(?:\w+,?\s+){0,2}(?:sessions?|cycles?|courses?)\s+of\s+either\s+|"
                r"\s+(?:group|arm|groups|arms|once[ -]daily|twice[ -]daily|daily|once[ -]nightly|once[ -]weekly|nightly|at bedtime|once weekly|alone|"
                r"as\s+either|either)$|"
                # "drug K therapy" is drug K, but "medical therapy", "physical therapy" and "standard treatment"
                # are arms as written (a kind of therapy, not a drug, before the word).
                + "".join(rf"(?<!\b{w})" for w in THERAPY_KINDS) + r"\s+(?:therapy|treatment)$|"
                r"(?<!\bno)\s+(?:shots?|injections?|infusions?|tablets?|capsules?)$", re.I)
NOT_ARMS = {"group", "groups", "one", "two", "three", "either", "each", "receive", "the", "treatment", "study",
            "patients", "participants", "week", "weeks", "month", "months", "day", "days", "baseline", "end",
            # ("different types in the same group", "the other group", "the whole group": which, not whose)
            "same", "other", "both", "all", "whole", "entire", "this", "that", "these", "those", "respective"}


ABBREVIATION_LABEL = re.compile(r"\(\s*([A-Z][A-Za-z0-9/\-+]{1,10})\s*(?:[;,=][^()]*)?(?:\)|$)")
# An arm's number as the article's label for it: "(group 1)", "(arm B)".
NUMBERED_GROUP_LABEL = re.compile(r"\(\s*((?:group|arm)\s+(?:\d|[A-D])\b)\s*\)", re.I)
# Capitals in brackets that name an analysis population or a statistic, not an arm: "(ITT, n = 400)".
NOT_A_LABEL = {"ITT", "MITT", "PP", "FAS", "SAS", "PPS", "CI", "SD", "SE", "IQR", "OR", "HR", "RR", "RCT", "NCT", "N"}
ONCE = re.compile(r"\b(?:once|twice|three\s+times)\s+(?:daily|weekly|monthly|a\s+day|a\s+week)\b", re.I)
EVERY = re.compile(r"\s+(?:every|each|once\s+every)\s+(?:\d+|other|two|three|four|six)\s*(?:days?|weeks?|months?|years?)$", re.I)
# ("given orally" and "given intravenously" may be what tells two arms apart: kept.)
GIVEN_HOW = re.compile(r"\s+(?:administered|given|delivered|taken|applied)\s+(?:with|alongside|together\s+with|in\s+addition\s+to)\b.*$", re.I)
LEVELS = {"low dose", "medium dose", "high dose"}
CROSSOVER = re.compile(r"(?=[交c])(?:\bcross-?over\b|交叉(?:设计|试验|研究))", re.I)
# "took oral dorexalant 20 mg or placebo each night": the conditions of a crossover trial.
CONDITIONS = re.compile(r"\b(?:took|received|were\s+given|was\s+given)\s+(?P<list>[^.;]{3,120}?\bor\s+(?:a\s+)?(?:matching\s+)?(?:placebo|sham)\b)", re.I)
# Who the people were or how they were allocated, before what they received: "In a randomised
# trial, 300 adults received …".
WHO_WERE_ALLOCATED = re.compile(r"\brandomi[sz]ed\b|\brandomly\b|\d[\d,]*\s+(?:adults|patients|participants|people|"
                                r"children|women|men|subjects|volunteers)\b", re.I)
# What an arm's treatment is added to, which every arm had: "add-on sitagliptin", "standard care
# plus colchicine" (the arm is sitagliptin, colchicine).
ADDED_TO_CARE = re.compile(r"^(?:add-?on|adjunctive|adjunct)\s+|^(?:standard|usual)\s+(?:of\s+)?(?:care|treatment|therapy)\s+(?:plus|and|with)\s+", re.I)
# A sentence about another study, or one this analysis comes from: "A 2021 study in which …",
# "after a randomized study in which …", "In a secondary analysis of a trial in which …".
ANOTHER_STUDY_SAID = re.compile(r"\b(?:19|20)\d\d\b|\bin\s+which\b|\b(?:earlier|previous|prior|another|other|secondary|"
                                r"post[- ]hoc|ancillary)\b|\bafter\s+an?\b", re.I)
# Sizes said "respectively", or several trials in one sentence: no one trial's two arms here.
SIZES_OR_TRIALS = re.compile(r"\b(?:respectively|trials|studies)\b", re.I)
# Who a crossover trial compares: those who completed both periods.
BOTH_PERIODS = re.compile(r"(?<![\d.])(\d+)\s+(?:participants\s+|patients\s+|subjects\s+)?(?:completed|finished)\s+both\s+(?:treatment\s+|study\s+)?periods", re.I)

# (The label the article then calls the arm may stand in brackets before the size:
# "金叶败毒颗粒组(治疗组)100例", "双解胶囊组(胶囊组)330例".)
ZH_ARM = re.compile(r"(?=[\-一-鿿0-9A-Za-z])(?P<name>[\u4e00-\u9fffA-Za-z0-9\-]{1,10}?(?:(?<=\d)\.\d+[\u4e00-\u9fffA-Za-z]{0,4})?(?:(?<=\d)\s?[A-Za-zμ]{1,3}/kg)?)(?:(?<=[A-Za-z0-9])[ ])?[组組]\s*(?:[(（](?P<label>[\u4e00-\u9fff]{1,6}[组組])[)）]\s*)?"
                    # (not "对照组 0.5": a value; nor "TP组3~4度白细胞减少": a grade's range; nor "用药组2年生存率": a time)
                    # (nor "电针组 (5 5例 )": a number that lost its decimal point or its digits' join; nor the
                    # first digit of "治疗组1 959例": its thousands)
                    r"[(（]?\s*(?:n\s*=\s*)?(?P<n>\d+)(?![\d.])(?! \d{1,2}\s?[例%])(?![ ,]\d{3}(?![\d.A-Za-zμ]))(?!\s*(?:[~～\-–至到/、或]\s*\d|度|级|級|年|个月|個月|月|周|週|天|日|"
                    r"小时|小時|岁|歲|次|分(?![别別])))\s*(?:例|名|人|位)?\s*[)）]?")
# Two arms side by side: "依沃西组和帕博利珠组", "连花清瘟组与安慰剂组", "A组vs. B组".
ZH_PAIR = re.compile(r"(?=[\-.一-鿿0-9A-Za-z])(?<![\d.])(?<![A-Za-z])(?P<a>[\u4e00-\u9fffA-Za-z0-9\-.]{1,10}?|"
             # (a name with a Latin word in it is not cut inside that word: "索马鲁肽semaglutide组")
             r"[\u4e00-\u9fff]{0,6}[A-Za-z][A-Za-z0-9\-]{4,14})[组組]\s*(?:和|与|與|及|、|或|对比|對比|vs\.?|versus|比)\s*"
             r"(?P<b>[\u4e00-\u9fffA-Za-z0-9\-.]{1,10}?)[组組]")
# What may stand before an arm's name in a sentence: "结果显示，在…中，", "其中", "两组中的".
# "(Heart failure with reduced ejection fraction,HFr EF)组,共40例": an arm called by the
# abbreviation in brackets before its 组, then its size.
ZH_ABBREVIATED_ARM = re.compile(r"[(（](?:[^()（）]{0,80}[,，]\s*)?(?P<abbr>[A-Za-z][A-Za-z0-9 \-]{0,10}[A-Za-z0-9])[)）][组組]\s*[,，]?\s*"
                                r"(?:共|计|共计)?\s*(?P<n>\d+)\s*(?:例|名|人)")
ZH_BEFORE_NAME = re.compile(r"^.*(?:显示|顯示|表明|发现|發現|其中|之中|人群中|包含|包括|在|的|为|為|是|将|將|和|与|與|及|、|比较|比較|"
                            r"分配至|分配到|分配入|分至|分入|分为|分為|分成|纳入|納入|进入|進入|接受)")
ZH_N_BEFORE = re.compile(r"(\d+)\s*(?:例|名|人|位)(?:患者|受试者|受試者)?")
ZH_COUNT = re.compile(r"^.*?\d+\s*(?:例|名|人|位)(?:患者|受试者|受試者)?")
# "分為傳統針灸及模擬針灸對照組", "分为A、B及C组": names listed after "divided into" that share the
# one 组 after the last (each name without one; not "分为治疗组和对照组", read as a pair).
ZH_DIVIDED_LIST = re.compile(r"(?:分为|分為|分成)(?P<list>[^组組、及和与與，,。；;：:]{2,10}(?:(?:、|及|和|与|與)"
                             r"[^组組、及和与與，,。；;：:]{2,12})+)[组組]")
# The role a listed arm's name ends on: "模擬針灸對照" is the sham arm, called the control.
ZH_CONTROL_TAIL = re.compile(r"(?:对照|對照)$")
# How many groups the list made, before its 组: "安慰剂三(组)", "药物3(组)", "对照两(组)".
ZH_GROUP_COUNT = re.compile(r"共?[二两兩三四五六2-6]$")
ZH_LEAD = re.compile(r"^.*?(?:其中|分配至|分配到|分为|分成|纳入|進入|进入|包含|包括|至|到|为|為|和|或|及|与|與|结果|結果|但|"
                     r"抽取|选取|選取|挑选|挑選)")
# "两组", "各组", "全组": the groups together, no arm of their own.
ZH_NOT_AN_ARM = re.compile(r"[两兩二三四五六各全每本该該此][个個]?|"
                           # ("实际共入组28500人": 入组 is to enrol, 随机分组 to randomise; no arm's name. "高分组", the
                           # high scorers, "吸入组", "介入组", those inhaling or treated by intervention, are arms)
                           r"入|.*(?:[共际際计計已]入|随机分|隨機分)")


@dataclass
class Arm:
    name: str
    n: int | None = None
    dose: str | None = None
    quote: str | None = None
    written: list = field(default_factory=list)  # how the article writes it (幹細胞組)
    pct: float | None = None  # its share of the cohort, where printed
    agent: str | None = None  # what an arm named by its dose level received ("feltrazumab")
    role: str | None = None  # the role the article gives it by name ("对照组则接受化疗": control)


# A drug's dose levels listed as its arms: "in three dosages: 5, 10 and 15 milligrams", "at doses
# of 0.5, 1 or 2 mg", "three different doses – 6 mg, 12 mg, and 36 mg –" (each amount with its
# unit, or the unit after the last only).
# (Each amount's own unit is blanked out before this is matched, ``_unit_once``.)
DOSE_LEVELS = re.compile(r"\b(?:(?:in|at)\s+)?(?:(?P<count>two|three|four|five|[2-5])\s+)?(?:different\s+)?(?:doses|dosages|dose\s+levels)"
                         r"\s*(?::|of|[–—]|-(?=\s))\s*"
                         r"(?P<list>[\d.]+(?:(?:\s*,|\s+(?:and|or)|\s*,\s*(?:and|or))\s*[\d.]+){1,5})\s*"
                         r"(?P<unit>mg|milligrams?|µg|mcg|micrograms?)\b", re.I)
# An amount with its unit, and what parts two amounts of a list.
AMOUNT_WITH_UNIT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?P<unit>\s*(?:mg|µg|mcg|μg))\b", re.I)
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _unit_once(text: str) -> str:
    """A list of doses with the unit after its last amount only, the others blanked to spaces
    (offsets kept): "6 mg, 12 mg, and 36 mg" -> "6   , 12   , and 36 mg". A list is a run of
    amounts each with its unit; a number after it without one is no part of it.

    >>> _unit_once("doses – 6 mg, 12 mg, and 36 mg –"), _unit_once("doses of 2.5 mg, 5 mg, and 10 mg, 12 weeks apart")
    ('doses – 6   , 12   , and 36 mg –', 'doses of 2.5   , 5   , and 10 mg, 12 weeks apart')
    """
    found = list(AMOUNT_WITH_UNIT.finditer(text))
    out = list(text)
    for a, b in zip(found, found[1:]):
        if LIST_GAP.fullmatch(text, a.end(), b.start()):
            out[a.start("unit"):a.end("unit")] = " " * (a.end("unit") - a.start("unit"))
    return "".join(out)
DOSE_AMOUNT = re.compile(r"\d+(?:\.\d+)?")
# What says doses were arms people were put in, and what says they were one arm's steps.
DOSES_AS_ARMS = re.compile(r"\brandomi[sz]|\bassigned\b|\ballocated\b|\bgroups?\b|\barms?\b|\bcohorts?\b", re.I)
TITRATION = re.compile(r"\btitrat|\bescalat|\bincreas|\bstarted\s+at\b|\bup\s+to\b|\brescue\b|\ballowed\b|\bmaximum\b", re.I)
PLACEBO_TAKEN = re.compile(r"\b(?:got|received|receiving|took|taking|given|on)\s+(?:a\s+|the\s+)?(?P<x>placebo|sham)\b|"
                           r"\b(?:the|a)\s+(?P<y>placebo)\s+(?:group|arm)\b|"
                           # ("to receive either noiiglutide or a matching placebo")
                           r"\breceive\s+either\s+[^.;]{1,40}?\s+or\s+(?:a\s+|the\s+)?(?:matching\s+)?(?P<z>placebo)\b", re.I)
UNIT_WRITTEN = {"mg": "mg", "milligram": "mg", "µg": "µg", "mcg": "µg", "microgram": "µg"}


def _count_word(word: str) -> int:
    """How many a count says, in digits or words.

    >>> _count_word("three"), _count_word("4")
    (3, 4)
    """
    return int(word) if word.isdigit() else ("two", "three", "four", "five").index(word.lower()) + 2


# A bracketed size that closes a list of two or more arms: "to drug K or placebo (n = 80)".
WHOLE_LIST_SIZE = re.compile(r"\b(?:or|and|versus|vs\.?)\s+[^()]{1,60}?\s*\(\s*(?:n|N)\s*=\s*\d[\d,]*\s*\)\s*[.;,]?\s*$")


# A dose written before the drug it is of: "0.2-0.5 mg/kg oral morphine", "10 mg/kg of ibuprofen".
LEADING_DOSE = re.compile(r"^\s*(?P<dose>\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:mg|g|µg|mcg|μg|mL|ml|IU|units?)"
                          r"(?:\s*/\s*(?:kg|m2|m²|day|d))?)\s+(?:of\s+)?(?=[A-Za-z])", re.I)


# What may follow a dose that is a whole item: its brackets only ("1 mg (control; n=79)", one the
# list's end cut off included), never a name ("60 mg (n=20) meloxicam IV").
BRACKETS_ONLY = re.compile(r"(?:\s*[(（][^()（）]*(?:[)）]|$))+(?:\s+(?:daily|weekly|once|twice|for\s+\w+\s+(?:days?|weeks?|months?)))*\s*")


def _clean(item: str) -> tuple[str | None, str | None, int | None]:
    n = None
    m = N_PATIENTS.search(item)
    if m:
        n = int(next(g for g in m.groups() if g).replace(",", ""))  # ("N=17,215")
        item = item[:m.start()] + item[m.end():]
    elif (sized := ABBREVIATION_SIZE.search(item)) and _abbreviates(sized["abbr"], item[:sized.start()]):
        n = int(sized["n"])
        item = item[:sized.start()] + item[sized.end():]
    # ("or 1 mg (control; n=79)": a dose of the drug named before, whatever its role)
    if (bare := AMOUNT.match(item.strip())) and BRACKETS_ONLY.fullmatch(item.strip()[bare.end():]):
        return None, dose_name(bare.group()), n
    # "standard tests alone (n = 33, controls)": the label the article gives the arm.
    label = re.compile(r"\(\s*,?\s*([A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*)?)\s*,?\s*\)").search(item)
    item = re.compile(r"\(.*?\)").sub("", item).strip(" ,")
    # "capecitabine (control group, 1500 mg bid, administered": a bracket the list's end cut
    # off, holding the arm's label and how it was given, is not part of its name.
    item = re.compile(r"\([^()]*,[^()]*$").sub("", item).strip(" ,")
    item = item.replace("(", " ").replace(")", " ").strip(" ,")  # "risedronate (5 mg" of "(5 mg or 15 mg)"
    # "lenacapavir every 26 weeks": how often, not part of the arm's name; "niacin placebo
    # administered with psychological support": how it was given, neither.
    item = GIVEN_HOW.sub("", EVERY.sub("", item)).strip()
    # ("placebo monthly for 6 months": how long, no part of the name either)
    item = FOR_HOW_LONG.sub("", item)
    # ("placebo monthly"; not "three times weekly", which names the arm's schedule as a whole)
    item = re.compile(r"(?<!\btimes)(?<!\bonce)(?<!\btwice)(?<!\bthrice)\s+(?:monthly|weekly|daily|nightly)$", re.I).sub("", item)
    dose = None
    lead = LEADING_DOSE.match(item)
    if lead and item[lead.end():].strip():
        # "0.2-0.5 mg/kg oral morphine", "10 mg/kg of oral ibuprofen": the dose before the drug
        dose, item = lead.group("dose"), item[lead.end():]
    d = DOSE.search(item)
    if d:
        dose = d.group()[DIGIT_IN.search(d.group()).start():].strip()  # (not "at a dose of")
        item = item[:d.start()]
    for _ in range(5):  # ("receive a subcutaneous injection of either erenumab")
        item = DROP_WORDS.sub("", item.strip())
    if re.compile(r"^(?:with|where|while|whereas|respectively|who|which|then|after|before|given|administered|delivered|"
                  r"via|by|using|as\s+(?:an?|the)\s|at\s+(?:an?\s+)?doses?\b)\b", re.I).match(item):
        return None, None, None  # "..., with venous occlusion", "given as an infusion": how, not an arm
    words = item.split()
    if label and (len(words) > 4 or not words) and label.group(1).lower() not in NOT_ARMS and (
            vocab.lexicon("groups").find(Tokens(label.group(1))) or re.compile(r"^[A-Za-z]{3,}$").match(label.group(1))):
        item, words = label.group(1), label.group(1).split()
    if not words and dose:
        return None, dose, n  # "or 140 milligrams (107 patients)": the drug named before it
    # A bare number is no arm's name; a drug's may hold digits ("GLP-1 RA", "DPP-4 inhibitor").
    # (A combination arm is longer: "IV rigosertib plus best supportive care".)
    # ("a Mediterranean diet supplemented with extra-virgin olive oil": one arm, a diet and what it adds)
    longest = 7 if re.compile(r"\bsupplemented\s+with\b", re.I).search(item) else \
        6 if re.compile(r"\bplus\b|\+|\bcombined\s+with\b|\btogether\s+with\b", re.I).search(item) else 4
    if not words or len(words) > longest or item.lower() in NOT_ARMS or re.compile(r"(?<![\w-])\d+(?:\.\d+)?(?![\w-])").search(item):
        return None, None, None
    return _vocabulary_name(_lower(item)), dose, n


def received_or_placebo(ctx: Context) -> list[str]:
    """The two arms of a trial whose people "received X or placebo", in a sentence that says
    who they were or how they were allocated, where nothing else named its arms: the last
    resort of the study's arms, sizes unknown.

    >>> from ..read.document import Document
    >>> received_or_placebo(Context(Document("In a randomised trial, 300 adults received orforglipron or placebo.")))
    ['orforglipron', 'placebo']
    """
    found: list[str] = []
    _crossover_conditions(ctx, lambda name, *rest: found.append(ADDED_TO_CARE.sub("", name) or name), crossover=False)
    return list(dict.fromkeys(found)) if len(set(found)) == len(found) == 2 else []


def _crossover_conditions(ctx: Context, add, crossover: bool = True) -> None:
    """A crossover trial's conditions are its groups, each with everyone who completed both
    periods: "took oral dorexalant 20 mg or placebo each night ... 26 completed both periods".
    Without ``crossover``, those of ``received_or_placebo``."""
    both = next((m for s in ctx.sentences if not ctx.is_other_work(s) for m in [BOTH_PERIODS.search(s.text)] if m), None) \
        if crossover else None
    for s in ctx.sentences:
        m = None if ctx.is_other_work(s) else CONDITIONS.search(s.text)
        if m and not crossover and (not WHO_WERE_ALLOCATED.search(s.text, 0, m.start()) or SIZES_OR_TRIALS.search(s.text)
                                    or ANOTHER_STUDY_SAID.search(s.text, 0, m.start())):
            continue  # (sizes said "respectively", or two trials' arms in one sentence, are read elsewhere)
        if m:
            parsed = [_clean(i) for i in _items(m["list"])]
            if len({p[0] for p in parsed if p[0]}) == 2:
                for name, dose, _ in parsed:
                    add(name, dose, int(both.group(1)) if both else None, s.text)
                return


def _items(listed: str) -> list[str]:
    """The arms of an allocation list. Inside brackets only "or" parts arms ("risedronate
    (5 mg or 15 mg)"); a comma there goes on with one arm ("cilostazol (50 mg for 2 weeks,
    100 mg for 6 weeks)").

    >>> _items("A (5 mg or 15 mg) or placebo"), _items("B (50 mg, then 100 mg), or placebo"), _items("C vs placebo")
    (['A (5 mg', '15 mg)', 'placebo'], ['B (50 mg, then 100 mg)', 'placebo'], ['C', 'placebo'])
    >>> _items("surgery and physical therapy or to a physical-therapy regimen"), _items("A, B and C")
    (['surgery and physical therapy', 'to a physical-therapy regimen'], ['A', 'B', 'C'])
    """
    out, depth, start = [], 0, 0
    # ("tirzepatide (5 mg, 10 mg, or 15 mg)": a bracket of doses alone parts at every comma)
    dose_lists = [(m.start(), m.end()) for m in BRACKETED.finditer(listed) if _doses_only(m.group(1))]
    # ("to surgery and postoperative physical therapy or to a standardised physical-therapy regimen": one
    # "or" and no comma, the "or" parts the arms; an "and" goes on with one arm's treatments)
    flat = BRACKETED.sub("", listed)
    ors = list(re.finditer(r"\s+or\s+", flat, re.I))
    # (only an "and" before the "or": "drug K or placebo and treated for 12 weeks" goes on after the list)
    one_or = "," not in flat and len(ors) == 1 and re.search(r"\s+and\s+", flat[:ors[0].start()], re.I) \
        and not re.search(r"\s+and\s+", flat[ors[0].end():], re.I)
    for m in re.compile(r",\s*(?:or|and)\s+|\s+or\s+|\s+and\s+|\s+(?:vs\.?|versus)\s+|,\s*|[(（)）]", re.I).finditer(listed):
        sep = m.group()
        if sep in "(（)）":
            depth = max(0, depth + (1 if sep in "(（" else -1))
            continue
        if depth and not re.search(r"\bor\b|vs|versus", sep, re.I) and not any(a < m.start() < b for a, b in dose_lists):
            continue
        if one_or and not depth and re.fullmatch(r"\s+and\s+", sep, re.I):
            continue
        out.append(listed[start:m.start()])
        start = m.end()
    out.append(listed[start:])
    # ("once-weekly, subcutaneous tirzepatide": how it was given, parted from the drug by a comma)
    return [x for x in out if x.strip() and not SCHEDULE_ALONE.match(x)]


BRACKETED = re.compile(r"[(（]([^()（）]{3,80})[)）]")
AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:mg|g|µg|mcg|μg|mL|ml|IU|units?)(?:\s*/\s*(?:kg|m2|m²|day|d))?", re.I)
LIST_PARTS = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+", re.I)


# What the adjective goes on to describe: "synthetic formulation of X", "oral preparation of".
FORMULATION_NEXT = re.compile(r"\s*[a-z]+\s+(?:formulation|preparation|version|form)\s+of\b")
# An adjective a comma parts from the next one ("a proprietary, synthetic formulation of X"):
# no arm of its own. (After "a", so that an arm ending on one, "care as usual", stays one.)
ADJECTIVE_END = re.compile(r"\b(?:a|an)\s+[a-z]+(?:ary|ic|al|ous|ive|ble)$")


def _adjectives_joined(items: list[str]) -> list[str]:
    """Items that end on an adjective, joined to the item after them that goes on in lower case.

    >>> _adjectives_joined(["a single dose of a proprietary", "synthetic formulation of X at 25 mg", "placebo"])
    ['a single dose of a proprietary, synthetic formulation of X at 25 mg', 'placebo']
    >>> _adjectives_joined(["oral", "intravenous iron"]), _adjectives_joined(["the intervention/experimental", "a control group"])
    (['oral', 'intravenous iron'], ['the intervention/experimental', 'a control group'])
    """
    out: list[str] = []
    for item in items:
        if out and ADJECTIVE_END.search(out[-1].strip()) and len(out[-1].split()) >= 2 and not DIGIT_IN.search(out[-1]) \
                and FORMULATION_NEXT.match(item) and "/" not in out[-1]:
            out[-1] = f"{out[-1].rstrip()}, {item.strip()}"
        else:
            out.append(item)
    return out


# A list's first doses written as bare numbers, the unit only after the last: "at a dose of 25
# (n=79), 10 (n=75), or 1 mg (n=79)".
BARE_AMOUNT_END = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)(?=\s*(?:[(（][^()（）]*[)）])?\s*$)")
LEADING_UNIT = re.compile(r"^\s*\d+(?:\.\d+)?\s*(?P<unit>mg|g|µg|mcg|μg|mL|ml|IU|units?)(?:\s*/\s*(?:kg|m2|m²|day|d))?\b", re.I)


def _shared_unit(items: list[str]) -> list[str]:
    """The unit of the last dose given to the bare numbers listed before it, when every item
    before it ends on one (its size in brackets aside).

    >>> _shared_unit(["drug K at a dose of 25 (n=79)", "10 (n=75)", "1 mg (n=79)"])
    ['drug K at a dose of 25 mg (n=79)', '10 mg (n=75)', '1 mg (n=79)']
    >>> _shared_unit(["drug K at a dose of 0.5 (n=30)", "1 (n=31)", "2 mg/kg (n=29)"])[:2]
    ['drug K at a dose of 0.5 mg/kg (n=30)', '1 mg/kg (n=31)']
    >>> _shared_unit(["a proprietary", "formulation of drug K at a dose of 25", "10", "1 mg"])[1:]
    ['formulation of drug K at a dose of 25 mg', '10 mg', '1 mg']
    >>> _shared_unit(["drug K 25 mg", "placebo"]), _shared_unit(["group 1", "2 mg"]), _shared_unit(["5", "10 mg"])
    (['drug K 25 mg', 'placebo'], ['group 1', '2 mg'], ['5', '10 mg'])
    """
    last = LEADING_UNIT.match(items[-1]) if len(items) >= 2 else None
    if last is None:
        return items
    out = list(items)
    unit = last.group()[last.start("unit") - last.start():].strip()  # (with what it is per: "mg/kg")
    # (back from the last dose, through the bare numbers before it: the list's run of doses, the
    # first of which says they are doses, "at a dose of 25")
    for k in range(len(items) - 2, -1, -1):
        bare = BARE_AMOUNT_END.search(items[k])
        if bare is None or AMOUNT.search(items[k]):
            return items
        out[k] = f"{items[k][:bare.end()]} {unit}{items[k][bare.end():]}"
        if re.search(r"[A-Za-z]", items[k][:bare.start()]):
            return out if DOSE_WORDS.search(items[k][:bare.start()]) else items
    return items  # (no item says the numbers are doses)


# Words that say the number after them is a dose: "at a dose of 25", "25 (n=79)" alone.
DOSE_WORDS = re.compile(r"\bdoses?\s+of\s*$", re.I)


def _doses_only(inside: str) -> bool:
    """Whether a bracket holds doses alone, two or more: "5 mg, 10 mg, or 15 mg".

    >>> _doses_only("5 mg, 10 mg, or 15 mg"), _doses_only("50 mg for 2 weeks, 100 mg for 6 weeks"), _doses_only("5 mg")
    (True, False, False)
    """
    parts = LIST_PARTS.split(inside.strip())
    return len(parts) >= 2 and all(AMOUNT.fullmatch(p.strip()) for p in parts)
# (not a route alone: "oral or intravenous iron" lists two arms)
SCHEDULE_ALONE = re.compile(r"^\s*(?:once|twice)[- ](?:daily|weekly|monthly|a[- ]day|a[- ]week)\s*$|^\s*(?:daily|weekly|monthly)\s*$", re.I)


SIZED_ITEM = re.compile(r"^(?P<name>[^()]+?)\s*\(\s*n\s*=\s*\d[\d,]*\s*\)\s*(?P<tail>[A-Za-z][A-Za-z -]{2,40}?)?\s*$", re.I)


# What follows the last size and is no name the arms share: "groups", "daily", "for 12 weeks", "each".
NOT_A_SHARED_TAIL = re.compile(r"(?:groups?|arms?|daily|weekly|monthly|each|respectively|for|with|in|at|of|after|before|"
                               r"who|which|and|or|twice|once|thrice|three|four|alone|until|per|every|only|plus|"
                               r"\w+ly)\b", re.I)


def _shared_tail(items: list[str]) -> tuple[list[str], str | None]:
    """Words after the last arm's size that every arm shares: "to laparoscopic (n = 136) or
    open (n = 133) colorectal resection" lists the arms "laparoscopic" and "open", each a
    colorectal resection.

    >>> _shared_tail(["laparoscopic (n = 136)", "open (n = 133) colorectal resection"])
    (['laparoscopic (n = 136)', 'open (n = 133)'], 'colorectal resection')
    >>> _shared_tail(["drug K (n = 40)", "placebo (n = 41)"])[1], _shared_tail(["A", "B (n = 3) daily"])[1]
    (None, None)
    """
    sized = [SIZED_ITEM.match(i.strip()) for i in items]
    if len(items) < 2 or not all(sized) or any(m["tail"] for m in sized[:-1]) or not sized[-1]["tail"]:
        return items, None
    tail = sized[-1]["tail"].strip()
    if NOT_A_SHARED_TAIL.match(tail):
        return items, None
    return [*items[:-1], items[-1][:items[-1].rindex(")") + 1]], tail


def _received(ctx: Context, name: str) -> str | None:
    """The intervention an arm's name stands for, the article's own abbreviations included."""
    if name in ctx.abbreviations["interventions"]:
        return ctx.abbreviations["interventions"][name]
    hits = vocab.lexicon("interventions").find(Tokens(name))
    return hits[0].name if len(hits) == 1 and hits[0].end - hits[0].start == len(name) else None


FOR_HOW_LONG = re.compile(r"\s+for\s+(?:\d+|two|three|four|six|eight|twelve)\s*(?:days?|weeks?|months?|years?)$", re.I)
ROUTE_LEAD = re.compile(r"^(?:oral|subcutaneous|intravenous|intramuscular|inhaled|intranasal|sublingual|topical)\s+", re.I)


def _without_routes(parsed: list[tuple]) -> list[tuple]:
    """Arms named without the route they are given by ("subcutaneous lenacapavir" is
    lenacapavir), unless the route is what tells two arms apart ("intravenous iron or oral iron").

    >>> [p[0] for p in _without_routes([("subcutaneous drug k", None, None, None), ("placebo", None, None, None)])]
    ['drug k', 'placebo']
    >>> [p[0] for p in _without_routes([("intravenous iron", None, None, None), ("oral iron", None, None, None)])]
    ['intravenous iron', 'oral iron']
    """
    stripped = [(*(ROUTE_LEAD.sub("", x) if x else x for x in p[:1]), *p[1:3], *(ROUTE_LEAD.sub("", x) if x else x for x in p[3:]))
                for p in parsed]
    names = [p[0] for p in stripped if p[0]]
    return stripped if len(names) == len(set(names)) and all(names) else parsed


def _dose_levels(parsed: list[tuple], levels: bool = True) -> list[tuple]:
    """Arms that differ only by the dose of one drug are named by dose level, lowest first,
    where the article names its groups so ("the high-dose group"): "feltrazumab at 280 mg
    (105 patients) or 140 mg (107 patients), or placebo" gives high dose (105), low dose
    (107) and placebo. Else each dose is an arm of its own, named by the drug and the dose
    ("zeltib 20 mg", as a trial's results name them). Returns (name, dose, n, agent) tuples.

    >>> [x[0] for x in _dose_levels([("zeltib", "20 mg", 50), (None, "10 mg", 51), ("placebo", None, 49)])]
    ['high dose', 'low dose', 'placebo']
    >>> [x[0] for x in _dose_levels([("zeltib", "20 mg", 50), (None, "10 mg", 51), ("placebo", None, 49)], levels=False)]
    ['zeltib 20 mg', 'zeltib 10 mg', 'placebo']
    >>> [x[0] for x in _dose_levels([("zeltib", "20 mg", 50), ("zeltib", "20 mg", 51)], levels=False)]
    ['zeltib', 'zeltib']
    """
    out, last = [], None
    for name, dose, n in parsed:
        if name is None and dose and last:
            name = last
        elif name is None and dose and out and out[-1][0] and not out[-1][1] and out[-1][2] is None \
                and not is_comparator(out[-1][0]):
            # "erenumab, at a dose of 70 mg or 140 mg": the drug, then its doses (not "placebo (210
            # patients), 70 mg (205 patients), or 140 mg of erenumab": a sized arm, a comparator)
            name = out[-1][0]
            out.pop()
        last = name if dose else None
        out.append([name, dose, n, None])
    for drug in {x[0] for x in out if x[0]}:
        same = [x for x in out if x[0] == drug and x[1]]
        values = [re.compile(r"\d+(?:\.\d+)?").search(x[1].replace(",", "")) for x in same]
        units = {re.compile(r"[a-zµμ]+", re.I).search(x[1][v.end():] or "x") and re.compile(r"[a-zµμ]+", re.I).search(x[1][v.end():]).group()
                 for x, v in zip(same, values) if v}
        doses = [dose_name(x[1]) for x in same]
        if len(same) >= 2 and len(set(doses)) == len(doses) and all(values) and (
                not levels or len(same) not in (2, 3) or len(units) != 1):
            for x, dose in zip(same, doses):
                x[0], x[3] = f"{drug} {dose}", drug
            continue
        if not levels or len(same) not in (2, 3) or not all(values) or len(units) != 1:
            continue
        amounts = [float(v.group()) for v in values]
        if len(set(amounts)) != len(amounts):
            continue
        labels = ["low dose", "high dose"] if len(same) == 2 else ["low dose", "medium dose", "high dose"]
        for x, amount in zip(same, amounts):
            x[0], x[3] = labels[sorted(amounts).index(amount)], drug
    return [tuple(x) for x in out]


def dose_name(dose: str) -> str:
    """A dose as an arm's name writes it: one space between amount and unit.

    >>> dose_name("70mg"), dose_name("0.25 mg/kg"), dose_name("1,400  mg")
    ('70 mg', '0.25 mg/kg', '1,400 mg')
    """
    return re.compile(r"(?<=\d)\s*(?=[^\d\s.,])").sub(" ", " ".join(dose.split()), count=1)


def _dose_forms(arm: Arm, found: list[Arm]) -> list[str]:
    """How an article writes an arm named by its drug and dose ("erenumab 70 mg"): "70-mg
    erenumab", "erenumab 70mg", and the dose alone ("the 140-mg group") where no other arm
    has that dose."""
    if not arm.agent or not arm.dose or arm.name != f"{arm.agent} {dose_name(arm.dose)}":
        return []
    dose = dose_name(arm.dose)
    tight = dose.replace(" ", "", 1)
    forms = [f"{dose} {arm.agent}", f"{arm.agent} {tight}", f"{tight} {arm.agent}"]
    if sum(1 for a in found if a.dose and dose_name(a.dose) == dose) == 1:
        # (news spells the unit out: "the 5-milligram dose")
        amount, _, unit = dose.partition(" ")
        spelled = SPELLED_UNIT.get(unit)
        forms += [dose, tight, *([f"{amount} {spelled}", f"{amount} {spelled}s"] if spelled else [])]
    return forms


SPELLED_UNIT = {"mg": "milligram", "g": "gram", "µg": "microgram", "mcg": "microgram", "ml": "milliliter", "mL": "milliliter"}


def _words(name: str) -> frozenset:
    """A name's words in any order: "70-mg erenumab" is "erenumab 70 mg".

    >>> _words("70-mg erenumab") == _words("Erenumab 70 mg")
    True
    """
    return frozenset(re.compile(r"[\s\-]+").split(name.lower().strip()))


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
        # (A count before a Chinese name is the arm's size, not its name: "410例连花清瘟组".)
        name = ZH_COUNT.sub("", name) if name and re.compile(r"^\d+\s*(?:例|名|人|位)").match(name) else name
        if not name:
            return
        # "bone marrow mononuclear cells (BM-MNC)" and "64 to BM-MNC": one arm.
        same = _received(ctx, name)
        merged = next((a for a in arms if a != name and same and _received(ctx, a) == same), None) \
            or next((a for a in arms if a != name and _words(a) == _words(name)), None)  # "70-mg erenumab"
        if merged:
            written = written or name
            name = merged
        arm = arms.setdefault(name, Arm(name))
        arm.dose = arm.dose or dose
        arm.n = arm.n if arm.n is not None else n
        arm.quote = arm.quote or quote
        if written and written not in arm.written:
            arm.written.append(written)

    def add_written(written, text, end, n, by_name):
        # A Chinese arm as written before its 组 ("丁苯酞" of "丁苯酞组"), its size where it has one.
        whole = written + text[end:end + 1]
        add(_zh_name(written, whole, by_name), None, n, text if n is not None else None, whole)

    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        # (ALLOCATION is English, each match opening on one of these words.)
        # (A Chinese abstract's English version allocates the arms its Chinese text did, by other
        # names, "observation group" for 观察组: they are no more arms.)
        translated = len(arms) >= 2 and any(a.quote and HAN_CHAR.search(a.quote) for a in arms.values())
        # ("randomised (60 per arm) into the X and Y groups": the arms' size, read by EACH, blanked
        # out of the allocation's way; the offsets stay the sentence's)
        allocated = PER_ARM.sub(lambda x: " " * len(x.group()), s.text) if "per " in s.text or "each " in s.text else s.text
        found = [] if translated or ascii_without(s.text, ("random", "assigned", "allocated")) else list(ALLOCATION.finditer(allocated))
        if not found and not translated and RANDOMISED_FRAME.match(s.text) and not NOT_THE_TRIALS_ARMS.search(s.text):
            # ("In a randomized pilot trial patients … were treated with EAA (group 1) or LFMECT (group
            # 2)": in a sentence that opens on the trial, its treatments set against each other by
            # "or" are its arms; not treatments before randomisation, as rescue or add-on, nor "or"
            # inside a bracket or between doses, places or schedules)
            found = [m for m in TREATED_EITHER.finditer(allocated) if _two_treatments(_list_before_its_end(m.group("list")))]
        for m in found:
            listed = m.group("list")
            # ("to receive chemotherapy and either immunotherapy or placebo": what all arms got, then
            # the arms after "either")
            listed = SHARED_THEN_EITHER.sub("", listed, count=1)
            end = LIST_END.search(listed)
            levels = any(g.name in LEVELS for g in ctx.mentions("groups"))
            items = _shared_unit(_adjectives_joined(_items(listed[:end.start()] if end else listed)))
            items, tail = _shared_tail(items)
            parsed = _without_routes(_dose_levels([_clean(i) for i in items], levels))
            named = [p[0] for p in parsed if p[0]]
            if len(named) != len(set(named)) and any(EVERY.search(i.strip()) or ONCE.search(i) for i in items):
                continue  # "drug K every 2 weeks, drug K every 4 weeks": arms told apart only by schedule
            # "daily oral emtricitabine-tenofovir alafenamide (F/TAF)": the short name the article
            # goes on to use is one of the arm's written forms.
            # (or the group the article numbers it by, "EAA (group 1)": the results say "group 1")
            labels = [ABBREVIATION_LABEL.search(i) or NUMBERED_GROUP_LABEL.search(i) for i in items] \
                if len(items) == len(parsed) else [None] * len(parsed)
            if len({p[0] for p in parsed if p[0]}) >= 2:
                # "… to peanut oral immunotherapy or placebo (96 and 50 children, respectively)"
                sizes = RESPECTIVE_SIZES.search(listed)
                named = [p for p in parsed if p[0]]
                sizes = [int(x) for x in sizes.groups() if x] if sizes else []
                if len(sizes) == len(named) and all(p[2] is None for p in named):
                    parsed = [(p[0], p[1], sizes[named.index(p)] if p[0] else p[2], p[3]) for p in parsed]
                elif named[-1][2] is not None and all(p[2] is None for p in named[:-1]) \
                        and WHOLE_LIST_SIZE.search(listed[:end.start()] if end else listed):
                    # "randomized to drug K or placebo (n = 80)": a size after the whole list,
                    # none after the others, is the cohort's, not the last arm's.
                    parsed = [(p[0], p[1], None, p[3]) for p in parsed]
                for (name, dose, n, agent), label in zip(parsed, labels):
                    written = label.group(1) if label and name and label.group(1).upper() not in NOT_A_LABEL \
                        and ("=" not in label.group() or _abbreviates(label.group(1), name)) else None
                    if tail and name:
                        # ("laparoscopic colorectal resection", which the results call "the laparoscopic group")
                        add(f"{name} {tail}", dose, n, s.text, name)
                    else:
                        add(name, dose, n, s.text, written)
                    if agent and name in arms:
                        arms[name].agent = agent
        each = None if ascii_without(s.text, EACH_WORDS) else EACH.search(s.text)
        by_name = names_before_roles(ctx, s) if "组" in s.text or "組" in s.text else frozenset()
        if each:
            # "分为观察组和对照组，各43例": every arm the sentence names has that size.
            size = each["zh"] or each["en"] or each["en2"] or each["en3"] or each["en4"]
            size = int(size) if size.isdigit() else chinese_to_int(size)
            # Chinese names its arms by role (观察组和对照组); an English list was read above.
            named = [g for g in ctx.mentions("groups", s.start, s.end) if (vocab.info(g.name) or {}).get("role") == "arm"
                     and re.compile(r"[\u4e00-\u9fff]").search(ctx.text[g.start:g.end])
                     and not any(n.endswith(ctx.text[g.start:g.end]) and ctx.text.endswith(n, 0, g.end) for n in by_name)]
            for g in named:
                add(g.name, None, size, s.text, ctx.text[g.start:g.end])
            # ("分为丁苯酞组和对照组各70例": an arm named by its drug, beside one named by its role)
            pair = ZH_PAIR.search(s.text) if named else None
            found = [_zh_named(pair.group(k)) for k in ("a", "b")] if pair else []
            if found and all(len(x) >= 2 and n is None for x, n in found) and found[0][0] != found[1][0]:
                for (written, _), k in zip(found, ("a", "b")):
                    add_written(written, s.text, pair.end(k), size, by_name)
            for arm in arms.values():
                if arm.n is None and arm.quote == s.text:
                    arm.n = size
        zu = "组" in s.text or "組" in s.text  # (the Chinese arm patterns all end a name on 组)
        zh = [(ZH_LEAD.sub("", m.group("name")), m) for m in ZH_ARM.finditer(s.text)] if zu else []
        zh = [(x, m) for x, m in zh if x and not ZH_NOT_AN_ARM.fullmatch(x)]
        # ("共发现47例无症状病例，其中WIV04组16例": the arms, but each one's cases, not its size)
        # (nor those lost: "失访6例，其中丁苯酞组2例，对照组4例")
        cases = bool(zh) and (ZH_EVENTS_FIRST.search(s.text, 0, zh[0][1].start()) is not None
                              or ZH_LOST_FIRST.search(s.text, 0, zh[0][1].start()) is not None)
        if len(zh) >= 2:
            # "随机分配至干细胞组(40人)或安慰剂组(40人)": arms named by what they received.
            for written, m in zh:
                whole = written + s.text[m.end("name"):m.end("name") + 2].strip()[:1]  # with its 组 ("PTX 组")
                label, name = m.group("label"), _zh_name(written, whole, by_name)
                if label and name == whole:
                    # The arm by the label the article goes on to use where neither the vocabulary
                    # knows its own name nor ("双解胶囊组(胶囊组)") the label: "金叶颗粒组(治疗组)" is
                    # treatment, while "安慰剂组(对照组)" stays placebo.
                    by_label = _zh_name(label[:-1], label)
                    name = by_label if by_label != label else name
                add(name, None, None if cases else int(m.group("n")), s.text, whole)
                if label:
                    add(name, None, None, None, label)  # both ways of writing it kept
        received = ZH_RANDOMIZED_TO.search(s.text) if len(arms) < 2 and ("随机" in s.text or "隨機" in s.text) else None
        if received is not None and len(zh) < 2:
            # "被随机分配接受Dorzagliatin或安慰剂(1:1比例)": arms named by what they received, no 组.
            for key in ("a", "b"):
                written = received[key]
                if len(written) <= 2 and s.text.startswith(("治疗", "疗法", "治療", "療法"), received.end(key)):
                    written += s.text[received.end(key):received.end(key) + 2]  # "手术或保守治疗": 保守治疗, whole
                bare = ZH_DOSING.sub("", written) or written  # ("每天2次的缬沙坦160mg": valsartan, at a dose)
                level = ZH_DOSE_LEVEL.match(bare)
                if level:
                    bare = level.group()  # ("高剂量或低剂量维生素D补充": the dose levels are the arms)
                name = _zh_name(bare, bare + "组")
                add(name if name != bare + "组" else bare, None, None, s.text, written)
        other = ZH_ONE_AND_THE_OTHER.search(s.text) if len(arms) < 2 and len(zh) < 2 and "另" in s.text else None
        if other is not None:
            # "分为两组，一组采用“强化降压”，另一组采用“标准降压”": each group by what it received
            names = [_zh_name(other[key], other[key] + "组") for key in ("a", "b")]
            names = [n if n != other[key] + "组" else other[key] for n, key in zip(names, ("a", "b"))]
            if names[0] == names[1]:
                names = [other["a"], other["b"]]  # ("一组接受手术治疗，另一组接受药物治疗": both "treatment" to the vocabulary)
            for name, key in zip(names, ("a", "b")):
                add(name, None, None, s.text, other[key])
        abbreviated = list(ZH_ABBREVIATED_ARM.finditer(s.text)) if zu else []
        if len(abbreviated) >= 2 and len(arms) < 2:
            # "分为射血分数减低的心衰(…,HFr EF)组,共40例;以及…(…,HFp EF)组,共38例": each arm
            # by the abbreviation it is called by, then its size.
            for m in abbreviated:
                add(m["abbr"], None, int(m["n"]), s.text, m["abbr"] + "组")
        if len(arms) < 2 and not ascii_without(s.text, ("half", "remainder", "rest")):
            # "Half were given a placebo and half were given alendronate": each half an arm.
            halves = [(m, _clean(m.group("name"))) for m in HALF_RECEIVED.finditer(s.text)
                      if not NOT_RECEIVED_ARM.match(m.group("name"))]
            if len({p[0] for _, p in halves if p[0]}) == 2 and all(_half_arm(ctx, p[0]) for _, p in halves):
                for _, (name, dose, _) in halves:
                    add(name, dose, None, s.text)
        for pattern in (N_TO, N_RECEIVED):
            if pattern is N_RECEIVED and ascii_without(s.text, ("received", "given", "took", "got")):
                continue  # (every match of N_RECEIVED holds one of its verbs)
            found = [(m, _clean(m.group("name"))) for m in pattern.finditer(s.text)
                     if pattern is N_TO or not NOT_RECEIVED_ARM.match(m.group("name"))]
            if len({p[0] for _, p in found if p[0]}) >= 2:
                for m, (name, dose, _) in found:
                    add(name, dose, int(m.group("n")), s.text)
        roled = list(ZH_ROLE_RECEIVES.finditer(s.text)) if len(arms) < 2 and not s.text.isascii() else []
        if len({ZH_ROLE_OF[m["role"]] for m in roled}) == 2 and len({_zh_taken(m["x"]) for m in roled}) == 2 \
                and not any(m["role"] in later.text for m in roled for later in ctx.sentences[s.index + 1:]):
            # "让实验组服用Afatinib，对照组则接受化疗": each arm by what it received, the role its
            # group is called by said, where the results no longer call it by that role ("化疗组",
            # "前者"; a page that goes on with "治疗组…对照组…" keeps the roles as its arms' names).
            for m in roled:
                name = _zh_received(m["x"])
                add(name, None, None, s.text, m["x"])
                arms[name].role = ZH_ROLE_OF[m["role"]]
        # (not what some of them went through later, "术后5例患者接受了输血，3例患者接受了再次手术", nor a
        # screening, "300名患者接受了筛查")
        taken = [m for m in ZH_N_RECEIVED.finditer(s.text) if not NOT_AN_ARM_RECEIVED.match(m["x"])] \
            if len(arms) < 2 and not s.text.isascii() and not ZH_AFTERWARDS.search(s.text) else []
        if len({_zh_taken(m["x"]) for m in taken}) >= 2:
            # "其中1555名患者接受了芪苈强心胶囊治疗，1555名患者接受了安慰剂治疗": each arm by what
            # its people received, with their number.
            for m in taken:
                add(_zh_received(m["x"]), None, int(m["n"]), s.text, m["x"])
    if len(arms) < 2:
        # A summary's lines, each an arm with its size first: "N=1237 polypill strategy (a single
        # pill …).", "N=1229 usual care (standard of care …)."
        sized = [(m, _clean(m.group("name"))) for s in ctx.sentences if not ctx.is_other_work(s)
                 for m in [SIZE_FIRST.match(s.text)] if m and not WHO_NOT_WHAT.match(m.group("name"))]
        if len({c[0] for _, c in sized if c[0]}) >= 2:
            for m, (name, dose, _) in sized:
                add(name, dose, int(m.group("n").replace(",", "")), m.string)
    if len(arms) < 2:
        for s in ctx.sentences:
            if ctx.is_other_work(s) or ":" not in s.text:
                continue  # (every bracket of SPLIT_SIZES holds a colon)
            for m in SPLIT_SIZES.finditer(s.text):
                items = list(SIZE_ITEM.finditer(m["items"]))
                sizes = [int(x["n"].replace(",", "")) for x in items]
                if len(items) >= 2 and sum(sizes) == int(m["total"].replace(",", "")) \
                        and not SIZE_ITEM.sub("", m["items"]).strip(" ;,；，") \
                        and not NOT_PEOPLE_COUNTED.match(s.text, m.end("total")) \
                        and any(is_comparator(x["name"].strip()) for x in items):
                    for x, n in zip(items, sizes):
                        name, dose, _ = _clean(x["name"])
                        if name:
                            add(name, dose, n, s.text, x["name"].strip())
                    break
            if len(arms) >= 2:
                break
    if len(arms) < 2:
        # "either aflibercept 8 mg (aflibercept 8 mg group, n=51) or faricimab (faricimab group,
        # n=49)": each group the article names in a bracket with its size, two or more in one sentence.
        for s in ctx.sentences:
            labelled = [] if ctx.is_other_work(s) or "=" not in s.text else list(LABELLED_GROUP.finditer(s.text))  # (each holds "n=")
            if len({m["name"].lower() for m in labelled}) >= 2:
                for m in labelled:
                    add(m["name"].strip(), None, int(m["n"].replace(",", "")), s.text, f"{m['name'].strip()} {m['word']}")
                break
    one_drug = [a for a in arms if not is_comparator(a)]
    one_drug = one_drug[0] if len(one_drug) == 1 and not arms[one_drug[0]].dose else None
    if len(arms) < 2 or one_drug:
        # "Tirzepatide … was studied in three dosages: 5, 10 and 15 milligrams": the drug named
        # before the levels, at each level, one arm each. (Also where the drug was allocated
        # against placebo as one arm: "randomized to one of three dose levels: 0.12, 0.24, or 0.36
        # mg … to receive either noiiglutide or a matching placebo" has three arms of it.)
        for s in ctx.sentences:
            m = None if ctx.is_other_work(s) or ascii_without(s.text, ("dos",)) else DOSE_LEVELS.search(_unit_once(s.text))
            # (the vocabulary's drug, else a name of a new drug's form: "zelutide")
            drugs = [x.name for x in ctx.mentions("interventions", s.start, s.start + m.start())] if m else []
            drugs = drugs or ([x.group() for x in INN.finditer(s.text, 0, m.start())] if m else [])
            # (Levels given to people as arms, in the sentence that says so: "randomized … to one of three
            # dose levels", "groups of participants on three different doses"; not one arm's titration,
            # "escalated through dose levels of …", nor a rescue drug "allowed at doses of …".)
            as_arms = m is not None and DOSES_AS_ARMS.search(s.text) is not None and TITRATION.search(s.text) is None
            if m and not drugs and as_arms:
                # ("the trial included participants on three different doses – 6 mg, …": the levels
                # of the one drug the article has named before them, else of none it can tell)
                # (a drug, not its class, "orforglipron, an oral GLP-1 receptor agonist", nor what every
                # arm got besides it, "as an adjunct to lifestyle intervention")
                before = {x.name.lower() for x in ctx.mentions("interventions", 0, s.start)
                          if not is_comparator(x.name) and (vocab.info(x.name) or {}).get("kind") in ("drug", "biologic", "cell")} \
                    | {x.group().lower() for x in INN.finditer(ctx.text, 0, s.start)}
                drugs = list(before) if len(before) == 1 else []
            amounts = DOSE_AMOUNT.findall(m["list"]) if m else []
            if drugs and len(amounts) >= 2 and len(set(amounts)) == len(amounts) \
                    and (m["count"] is None or _count_word(m["count"]) == len(amounts)):
                drug, unit = drugs[-1].lower(), UNIT_WRITTEN[m["unit"].lower().rstrip("s")]
                if len(arms) >= 2:
                    if drug != one_drug.lower() or not as_arms:
                        continue  # (the levels of another drug than the arm's, or its titration)
                    del arms[one_drug]
                for amount in amounts:
                    add(f"{drug} {amount} {unit}", f"{amount} {unit}", None, s.text)
                    arms[f"{drug} {amount} {unit}"].agent = drug
                # (and the placebo its levels were set against, where people are said to have had it:
                # "Participants who got a placebo lost …")
                given = next((g for t in ctx.sentences if not ctx.is_other_work(t) for g in [PLACEBO_TAKEN.search(t.text)] if g), None)
                if given is not None:
                    add((given["x"] or given["y"] or given["z"]).lower(), None, None, given.string)
                break
    if len(arms) < 2 and any(CROSSOVER.search(s.text) for s in ctx.sentences if not ctx.is_other_work(s)):
        _crossover_conditions(ctx, add)
    if len(arms) < 2:
        # "in the stroke-unit group ... in the general-ward group": groups the article names.
        named = {}
        for m in GROUP_PHRASE.finditer(ctx.text):
            # "vs. changes in the medical therapy group": the group is what follows the last
            # "in the"; "in the gastric-bypass and sleeve-gastrectomy groups" names two.
            words = GROUP_TAIL.split(m.group("name"))[-1]
            if GROUP_TAIL.fullmatch(" " + words + " "):
                continue  # ("group I than in group C": a word that joins, no name)
            parts = GROUPS_AND.split(words) if m.group().lower().endswith("s") else [words]
            if len(parts) == 2 and len(parts[0].split()) == 1 and len(parts[1].split()) >= 2:
                # "the high and low dose groups": the first shares the second's last words
                parts[0] = " ".join([parts[0], *parts[1].split()[1:]])
            cleaned = [_clean(part)[0] for part in parts]
            if not all(name and name not in NOT_ARMS and not name.endswith(("two", "both", "all", "each", "other"))
                       and not NOT_IN_ARM_NAME.search(name) for name in cleaned):
                continue  # ("in the secondary or process outcomes between groups": not two arms)
            for name, part in zip(cleaned, parts):
                named.setdefault(name, part if len(parts) > 1 else ctx.text[m.start("name") + len(m.group("name")) - len(words):m.end()])
        if len(named) == 1:
            # "13.0 months in the durvalumab group compared to 10.3 months for chemotherapy alone",
            # "… in the drug group versus 9% with placebo": one group named, the other the side it
            # is set against in the same sentence (what it received alone, or a comparator).
            (only,) = named
            for s in ctx.sentences:
                if ctx.is_other_work(s) or named[only] not in s.text:
                    continue
                other = OTHER_SIDE.search(s.text, s.text.index(named[only]) + len(named[only]))
                name = other and _clean(other["b"])[0]
                if not name:
                    continue
                tail = (other["tail"] or "").strip().lower()
                if tail == "alone":
                    # (what was received alone is a treatment, the add-on trial's control: "chemotherapy
                    # alone", not "the region alone")
                    if not (vocab.lexicon("interventions").find(Tokens(name)) or INN.search(name)):
                        continue
                    name = f"{name} alone"
                if name != only and name not in NOT_ARMS and not NOT_IN_ARM_NAME.search(name) \
                        and (tail or is_comparator(name)):
                    named[name] = other.group("b") + (other["tail"] or "")
                    break
        if len(named) >= 2:
            for name, written in named.items():
                add(name, None, None, None, written)
    if len(arms) < 2:
        # "依沃西组和帕博利珠组的中位无进展生存期分别为…": two arms named side by side.
        for s in ctx.sentences:
            if ctx.is_other_work(s) or not ("组" in s.text or "組" in s.text):
                continue
            for m in ZH_PAIR.finditer(s.text):
                found = [_zh_named(m.group(k)) for k in ("a", "b")]
                if all(len(x) >= 2 for x, _ in found) and found[0][0] != found[1][0]:
                    by_name = names_before_roles(ctx, s)
                    each = EACH.search(s.text)  # "随机分为针刺组和西药组，各40例": both arms' size
                    if each and each["zh"] and all(n is None for _, n in found):
                        size = int(each["zh"]) if each["zh"].isdigit() else chinese_to_int(each["zh"])
                        found = [(x, size) for x, _ in found]
                    for (written, n), k in zip(found, ("a", "b")):
                        add_written(written, s.text, m.end(k), n, by_name)
                    at = m.end()
                    # ("随机分为A组、B组、C组": the list goes on past the pair)
                    while (more := ZH_ONE_MORE.match(s.text, at)) and len(more["c"]) >= 2:
                        written, n = _zh_named(more["c"])
                        add_written(written, s.text, more.end("c"), n, by_name)
                        at = more.end()
            if len(arms) >= 2:
                break
    if len(arms) < 2:
        # "分為傳統針灸及模擬針灸對照組": the arms listed after "divided into", the last alone
        # carrying the 组 they share.
        for s in ctx.sentences:
            m = None if ctx.is_other_work(s) or not ("组" in s.text or "組" in s.text) else ZH_DIVIDED_LIST.search(s.text)
            if m is None:
                continue
            names = [x for x in re.split(r"、|及|和|与|與", m["list"]) if x]
            # ("…和安慰剂三组", "…和药物3组": the count of the groups, then its 组; "…对照组": its role)
            names[-1] = ZH_CONTROL_TAIL.sub("", ZH_GROUP_COUNT.sub("", names[-1])) or names[-1]
            if len(names) >= 2 and len(set(names)) == len(names) and all(2 <= len(x) <= 10 for x in names):
                for written in names:
                    add(_zh_name(written, written + "组"), None, None, s.text, written)
                break
    if len(arms) < 2:
        # "weight loss at week 72 with semaglutide 7.2 mg versus placebo": what the study set
        # against its placebo, sham or usual care is its other arm.
        for name, dose, comparator, quote in _contrasts(ctx):
            add(name, dose, None, quote)
            add(comparator, None, None, None)
    if not arms:
        # "the PARTNER 3 trial comparing transcatheter aortic valve replacement (TAVR) with
        # surgical aortic valve replacement (SAVR)": two treatments set against each other.
        m = next((m for s in ctx.sentences if not ctx.is_other_work(s) for m in STUDY_COMPARING.finditer(s.text)
                  if STUDY_BEFORE.search(s.text, 0, m.start())), None)
        sides = [(m.group(k), m.group(k + "abbr")) for k in ("a", "b")] if m else []
        # (A name too long for an arm's is the abbreviation it is given: "(TAVR)".)
        cleaned = [(_clean(x)[0] or (abbr and _clean(abbr)[0]), abbr) for x, abbr in sides]
        # (A side of one word and no abbreviation is a short name of a treatment the article named
        # whole before, "compared U300 with standard glargine" after "insulin glargine U300": its
        # arms are read where they are given, not here.)
        if cleaned and all(name and not NOT_TREATMENT.search(name) and name.lower() not in GENERIC_HEADS for name, _ in cleaned) \
                and all(abbr or len(x.split()) >= 2 for x, abbr in sides) \
                and cleaned[0][0].lower() != cleaned[1][0].lower():
            for name, abbr in cleaned:
                add(name, None, None, m.string, abbr)
    # "… When Using FASLODEX® (fulvestrant) Injection 500 mg Compared With 250 mg", "fulvestrant 500 mg
    # versus 250 mg showed …": one drug at two doses, each an arm, the drug the vocabulary names
    # before the first dose; in the headline, else in the article's own first sentence that says so
    places = () if arms else (*([(ctx.title, 60)] if ctx.title else []),
                              *((s.text, 0) for s in ctx.sentences if not ctx.is_other_work(s) and DOSES_COMPARED_IN.search(s.text)))
    for place, reach in places:
        m = TITLE_DOSES_VS.search(place)
        # (in a sentence of its own, the drug's name right before its first dose, "fulvestrant 500 mg
        # compared with 250 mg"; not "aspirin 100 mg compared with 75 mg of clopidogrel", whose second
        # dose is another drug's, nor "intake … was 45 g compared with 70 g", an outcome's values)
        if m is None or OF_ANOTHER_AFTER.match(place, m.end()):
            continue
        right_before = DRUG_RIGHT_BEFORE.search(place, 0, m.start())
        before = place[max(0, m.start() - reach):m.start()] if reach else right_before.group() if right_before else ""
        drugs = vocab.lexicon("interventions").find(Tokens(before))
        if not reach and drugs and drugs[-1].end != len(before.rstrip()):
            drugs = []  # (the drug's name right before the dose: not "among those on orlistat was 45 g")
        if len({d.name for d in drugs}) == 1 and not is_comparator(drugs[-1].name):
            # (one drug only: "Ibuprofen or paracetamol (400 mg vs 1000 mg)" says not whose doses they are)
            unit = m["unit"]
            for amount in (m["a"], m["b"]):
                add(f"{drugs[-1].name} {amount} {unit}", f"{amount} {unit}", None, place)
                arms[f"{drugs[-1].name} {amount} {unit}"].agent = drugs[-1].name
            break
    if not arms and ctx.title:
        m = TITLE_VS.search(ctx.title)
        if m:
            a, b = m.group("a"), m.group("b")
            # ("randomized clinical trial of laparoscopic versus open appendicectomy": the side after "of")
            a = re.compile(r"^.*?\b(?:of|comparing|between)\s+", re.I).sub("", a) or a
            if len(a.split()) == 1 and len(b.split()) >= 2:
                # "Low versus High Dose Statin": the first arm's noun is left out.
                a = f"{a} {b.split(None, 1)[1]}"
            for part in (a, b):
                name, dose, n = _clean(part)
                add(name, dose, n, ctx.title)
    return _without_levels_whole(list(arms.values()))


def _without_levels_whole(arms: list[Arm]) -> list[Arm]:
    """The arms without a drug named whole where two or more arms are its dose levels ("to
    either erenumab, at a dose of 70 mg or 140 mg, or placebo", then "317 to the 70-mg erenumab
    group, 319 to the 140-mg erenumab group"): the levels are the arms, the drug none of its own.

    >>> [a.name for a in _without_levels_whole([Arm("erenumab"), Arm("placebo", n=319), Arm("70-mg erenumab", n=317),
    ...                                         Arm("140-mg erenumab", n=319)])]
    ['placebo', '70-mg erenumab', '140-mg erenumab']
    """
    def levels_of(whole: Arm) -> list[Arm]:
        return [a for a in arms if a is not whole and a.n is not None and DIGIT_IN.search(a.name) and next(word_spans(a.name, whole.name, WHOLE_WORD_BEFORE, WHOLE_WORD_AFTER), None)]
    return [a for a in arms if a.n is not None or len(levels_of(a)) < 2]


# A treatment set against what stands in for none: "versus placebo", "compared with sham
# acupuncture", "than usual care", "with drug K when compared to the control group". (Found at the
# comparator; the treatment is read backwards.)
AGAINST_COMPARATOR = re.compile(
    r"(?=[\s,])[\s,]+(?:as\s+|when\s+)?(?:versus|vs\.?|v\.|compared\s+(?:with|to)|(?:rather\s+)?than)\s+(?:a\s+|the\s+|an\s+)?(?:matching\s+|identical\s+|active\s+)?"
    r"(?P<y>placebo|sham(?:\s+(?:acupuncture|electroacupuncture|surgery|procedure|stimulation|treatment))?|usual\s+care|"
    r"standard\s+(?:of\s+)?(?:care|treatment|therapy)|no\s+(?:treatment|intervention|vaccine|vaccination)|"
    # ("long-term aspirin versus control": the comparator a pooled analysis names by its role)
    r"control(?=\s*[.,;)]|\s+(?:groups?|arms?|in|for|among)\b))\b", re.I)
# A word that ends an illness's name, never a treatment's.
ILLNESS_WORD = re.compile(r"\b(?:syndrome|disease|disorder|infection|cancer|carcinoma|deficiency|failure|dyspepsia)$", re.I)
# Where the treatment's name begins, reading backwards: the last of these words before it.
NAME_START = re.compile(r"^(?:with|of|that|receiving|received|receive|taking|took|given|to|for|in|on|at|and|between|comparing|"
                        r"compare|compares|compared|the|a|an|both|either|was|were|is|are|by|from|after|whether)$", re.I)
# Words that name a result, not a treatment: "the difference versus placebo", "each dose vs. placebo".
NOT_TREATMENT = re.compile(r"\b(?:difference|differences|change|changes|reduction|increase|decrease|risk|effect|effects|benefit|"
                           r"rate|rates|ratio|efficacy|score|scores|loss|gain|improvement|response|responses|outcome|"
                           r"outcomes|results?|each|dose|doses|group|groups|arm|arms|patients|participants|p|significantly|"
                           r"greater|lower|higher|better|worse|more|less|fewer|superior|inferior|similar|trial|study)\b", re.I)


def _contrasts(ctx: Context) -> list[tuple[str, str | None, str, str]]:
    """(treatment, its dose, comparator, quote) for each treatment the study sets against a
    placebo, sham or usual care, in its headline or its own sentences; at most two
    treatments, else none (a page listing many trials names no arms of one study).

    >>> from ..read.document import Document
    >>> _contrasts(Context(Document("Weight loss was superior with semaglutide 7.2 mg versus placebo.")))
    [('semaglutide', '7.2 mg', 'placebo', 'Weight loss was superior with semaglutide 7.2 mg versus placebo.')]
    >>> _contrasts(Context(Document("The difference versus placebo was 2.3 points.")))
    []
    """
    known = vocab.lexicon("interventions")
    places = ([ctx.title] if ctx.title else []) + [s.text for s in ctx.sentences if not ctx.is_other_work(s)]
    found: dict[str, tuple[str, str | None, str, str]] = {}
    for text in places:
        lower = text.lower()
        if not any(word in lower for word in ("placebo", "sham", " care", "standard", " no ", "control")):
            continue  # (no comparator named: most sentences)
        for m in AGAINST_COMPARATOR.finditer(text):
            before = re.compile(r"[\w\-/.]+(?:\s+[\w\-/.]+)*$").search(text[:m.start()].rstrip(" ,"))
            if not before:
                continue
            words = before.group().split()[-6:]
            start = max((i + 1 for i, w in enumerate(words) if NAME_START.match(w)), default=0)
            raw = " ".join(words[start:])
            name, dose, _ = _clean(raw)
            if not name or NOT_TREATMENT.search(name) or len(name.split()) > 4 or ILLNESS_WORD.search(name):
                continue  # (nor an illness: "… stomach deficiency-cold syndrome, as compared to placebo?")
            # A treatment's name: one the vocabulary knows, a drug's code ("CT-388") or its
            # international name by its stem (interventions.INN), or one the headline holds.
            # (A capital alone makes no treatment: "SELECT" names a trial, "Europe" a place.)
            # (Or a proper name the article keeps coming back to, a brand: "Acomplia".)
            if not (known.find(Tokens(name)) or re.compile(r"[A-Za-z][\w-]*\d").search(name) or INN.search(name)
                    or (ctx.title and name.lower() in ctx.title.lower() and not re.compile(r"^[A-Z]{3,}$").match(name))
                    or _brand(raw, ctx.text, text[m.start():m.start() + 1])):
                continue
            comparator = _lower(re.compile(r"\s+", re.I).sub(" ", m.group("y")))
            found.setdefault(name, (name, dose, comparator, text))
    return list(found.values()) if len(found) <= 2 else []


def _brand(word: str, text: str, after: str) -> bool:
    """A capitalised name the article keeps coming back to inside its sentences, a brand
    ("Acomplia"): three times or more, not counting where it opens a sentence, so a word
    such as "However" or "Overall" (followed by a comma) is never one.

    >>> _brand("Acomplia", "Acomplia works. Those on Acomplia lost more; Acomplia was safe, as Acomplia is.", " ")
    True
    >>> _brand("However", "However, A. However, B. Yet however much. However, C.", ",")
    False
    """
    if after == "," or not CAPITALISED.match(word):
        return False
    inside = [m for m in re.finditer(rf"\b{re.escape(word)}\b", text)
              if not SENTENCE_START_BEFORE.search(text[max(0, m.start() - 3):m.start()])]
    return len(inside) >= 3


CAPITALISED = re.compile(r"^[A-Z][a-z]{3,}$")
SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?。\n]\s*|[\"“]\s*)$")


ALLOCATED_AFTER = re.compile(r"分为|分為|分配|分成|分组|分組")


def _zh_named(raw: str) -> tuple[str, int | None]:
    """An arm's name and size from the words before its 组: "212例中药胶囊" -> ("中药胶囊", 212),
    "结果显示依沃西" -> ("依沃西", None).

    >>> _zh_named("纳入212例中药胶囊"), _zh_named("结果显示依沃西"), _zh_named("比例随机分配至玛仕度肽9mg")
    (('中药胶囊', 212), ('依沃西', None), ('玛仕度肽9mg', None))
    >>> _zh_named("例患者随机分为针刺")[1] is None, _zh_named("完全随机分成手套联合电针")
    (True, ('手套联合电针', None))
    """
    count = list(ZH_N_BEFORE.finditer(raw))
    if count and not ALLOCATED_AFTER.search(raw, count[-1].end()):
        return raw[count[-1].end():], int(count[-1].group(1))
    # ("将80例患者随机分为针刺组和西药组": the count before the allocation is the cohort's.)
    return ZH_BEFORE_NAME.sub("", raw), None


def _zh_name(written: str, whole: str, named: frozenset = frozenset()) -> str:
    """An arm named in Chinese gets the vocabulary's English name where there is one:
    the group's (干细胞组 -> treatment), else what it received (安慰剂 -> placebo).
    ``named``: the arms its sentence names before a role's group word (``names_before_roles``)."""
    for kind, text in (("groups", whole), ("interventions", written)):
        hits = vocab.lexicon(kind).find(Tokens(text))
        if kind == "groups":
            hits = numbered_roles(hits, text)  # ("对照1组": the control arm one, as every reader names it)
        if kind == "groups" and hits and hits[-1].start and re.match(r"[A-Za-z][组組]", text[hits[-1].start:]) \
                and any(h.start < hits[-1].start < h.end for h in vocab.lexicon("interventions").find(Tokens(written))):
            continue  # ("维生素D组": the vitamin D arm, not "group D")
        if hits and hits[-1].end == len(text):
            if COMBINED.search(text, 0, hits[-1].start):
                return whole  # "小檗碱加安慰剂组": berberine with a placebo, not the placebo arm
            if kind == "groups" and any(text.endswith(n) for n in named):
                # "介入治疗组" and "药物治疗组": two arms, each named by what it received,
                # not two "treatment" arms made one.
                prefix = text[:hits[-1].start]
                inner = vocab.lexicon("interventions").find(Tokens(prefix))
                return inner[-1].name if len(inner) == 1 and (inner[0].start, inner[0].end) == (0, len(prefix)) else whole
            return hits[-1].name
    return whole


def names_before_roles(ctx: Context, s) -> frozenset:
    """The arms sentence ``s`` names by what they received before a role's group word, when it
    names two or more so: "分为针刺治疗组和西药治疗组" -> {"针刺治疗组", "西药治疗组"}, two
    arms and not one "treatment" arm. One such name alone ("结果治疗组…对照组") is no name:
    the words before it are the sentence's; nor where the article calls an arm by the role
    word alone anywhere ("…治疗组总有效率为92.7%"): then the role word is that arm's name."""
    found = {}
    for g in ctx.mentions("groups", s.start, s.end):
        name = _name_before_role(ctx, g)
        if name:
            found[name] = name + ctx.text[g.start:g.end]
    if len(found) < 2:
        return frozenset()
    for g in ctx.mentions("groups"):
        if _name_before_role(ctx, g) == "" and ctx.text[g.start:g.end] in {n[-len(ctx.text[g.start:g.end]):] for n in found.values()}:
            return frozenset()
    return frozenset(found.values())


def _name_before_role(ctx: Context, g) -> str | None:
    """The name before a role's group word ("针刺" of "针刺治疗组"); "" for the role word alone;
    None for a group word that is not a role's."""
    if (vocab.info(g.name) or {}).get("name_is_term") is not False or not HAN_CHAR.search(ctx.text[g.start:g.end]):
        return None
    before = re.search(r"[\u4e00-\u9fff]*$", ctx.text[max(0, g.start - 8):g.start]).group()
    name = ZH_LIST_LEAD.split(before)[-1]
    return name if len(name) >= 2 else ""


# What leads into an arm's name in a list of arms: the allocation's verb and the joining words.
# ("为", "入" alone are not: "行为治疗组", "介入治疗组")
ZH_LIST_LEAD = re.compile(r"分为|分為|分成|分入|分至|纳入|納入|随机|隨機|其中|以及|[和与與及或将將的]")


# What joins two treatments into one arm: "小檗碱加安慰剂", "来曲唑联合二甲双胍", "A+B".
COMBINED = re.compile(r"加|联合|聯合|合用|配合|和|與|与|\+|＋|plus", re.I)  # (within one arm's name: "二甲双胍和西格列汀")
# "随机分配接受X或Y", "隨機分派服用X或安慰劑": two arms by what they received, without 组.
# ("和" is no separator here: "二甲双胍和西格列汀联合治疗或二甲双胍单药治疗" is one arm of two drugs.)
ZH_RANDOMIZED_TO = re.compile(r"(?:随机|隨機)(?:分配|分派|分组|分組|分为|分為|分成)?(?:至|到|入)?\s*(?:接受|服用|使用|注射|接种|接種|给予|給予)了?\s*"
                              r"(?P<a>[A-Za-z0-9\u4e00-\u9fff\-+/.]{1,16}?)\s*(?:或者|或|对比|對比|vs\.?)\s*"
                              r"(?P<b>[A-Za-z0-9\u4e00-\u9fff\-+/.]{1,14}?)(?=\s*(?:[(（,，。;；]|治疗|治療|作为|作為|组|組|$))")
# "随机分为两组，一组采用“强化降压”(…)，另一组采用“标准降压”(…)": the two arms by what each group
# received, in order.
ZH_ONE_AND_THE_OTHER = re.compile(r"(?:分为|分為|分成)(?:两|兩|2)\s*[组組]\s*[，,：:]?\s*一[组組](?:患者)?(?:采用|採用|接受|给予|給予|使用|服用)了?\s*[“\"「]?"
                                  r"(?P<a>[A-Za-z0-9\u4e00-\u9fff\-+/.]{2,16}?)[”\"」]?\s*(?:[(（][^()（）]{0,30}[)）])?\s*[，,；;]\s*"
                                  r"另一?[组組](?:患者)?(?:则|則)?(?:采用|採用|接受|给予|給予|使用|服用)了?\s*[“\"「]?"
                                  r"(?P<b>[A-Za-z0-9\u4e00-\u9fff\-+/.]{2,16}?)[”\"」]?(?=\s*[(（,，。;；]|$)")
ZH_N_RECEIVED = re.compile(r"(?<![\d.])(?P<n>\d+)\s*(?:名|例|位)(?:患者|受试者|受試者|参与者|參與者|病人)?(?:接受|服用|使用|注射|接种|接種)了?"
                           r"(?P<x>[\u4e00-\u9fffA-Za-z0-9\-]{2,12}?)(?=[，,；;。]|$)")
# Cases counted before arms' counts: the counts are theirs ("共发现47例…病例，其中…").
# (what was found or reported counts cases only where it says so: not "筛查中发现12例不符合纳入标准")
ZH_LOST_FIRST = re.compile(r"(?:失访|失訪|脱落|脫落|退出|剔除|中止)了?\s*\d+\s*(?:例|名|人)")
ZH_EVENTS_FIRST = re.compile(r"(?:发现|报告)了?\s*\d+\s*例[^，,。；;]{0,16}?(?:病例|感染|阳性|确诊|死亡)|(?:发生|出现|确诊|死亡)了?\s*\d+\s*例")
ZH_AFTERWARDS = re.compile(r"术后|術後|治疗后|治療後|随访期间|隨訪期間")
NOT_AN_ARM_RECEIVED = re.compile(r"筛查|篩查|随机|隨機|输血|輸血|再次|复查|複查|随访|隨訪|检查|檢查")
ZH_ROLE_OF = {"实验组": "treatment", "實驗組": "treatment", "试验组": "treatment", "試驗組": "treatment", "治疗组": "treatment",
              "治療組": "treatment", "观察组": "treatment", "觀察組": "treatment", "对照组": "control", "對照組": "control"}
ZH_ROLE_RECEIVES = re.compile(r"(?P<role>" + "|".join(ZH_ROLE_OF) + r")(?:患者|病人)?(?:则|則|均)?(?:服用|接受|使用|采用|採用|给予|給予|予以)了?"
                              r"(?P<x>[\u4e00-\u9fffA-Za-z0-9\-]{2,12}?)(?=[，,；;。]|$)")
ZH_DOSE_LEVEL = re.compile(r"^(?:高|中|低|大|小)剂量")
ZH_DOSING = re.compile(r"^(?:每[天日周週晚]\d*次?的?|\d+次/[天日]的?)|\d+(?:\.\d+)?\s*(?:mg|g|μg|ug|mL|ml|毫克|克|微克|毫升)$|"
                       r"(?:单药|單藥|联合|聯合)(?:治疗|治療)$|补充$|補充$")
# One more arm after a pair: "…组、B组、C组".
ZH_ONE_MORE = re.compile(r"\s*(?:和|与|與|及|、|或)\s*(?P<c>[\u4e00-\u9fffA-Za-z0-9\-.]{1,10}?)[组組]")


def terms(found: list[Arm], text: str = "") -> list[tuple[str, list[str]]]:
    """(arm name, the ways the article writes it) for matching group mentions: as listed, as
    written elsewhere, and by its head word where no other arm holds it ("peanut oral
    immunotherapy" is "immunotherapy" again in "5,005 mg for immunotherapy").

    >>> terms([Arm("peanut oral immunotherapy"), Arm("placebo")])
    [('peanut oral immunotherapy', ['peanut oral immunotherapy', 'immunotherapy']), ('placebo', ['placebo'])]
    """
    return [(a.name, [a.name, *a.written, *_head(a.name, found, text), *_dose_forms(a, found), *_without_background(a.name, found),
                      *_named_otherwise(a.name, text), *_brand_forms(a, found, text)])
            for a in found]


def _brand_forms(arm: Arm, found: list[Arm], text: str) -> list[str]:
    """How an article writes an arm by the brand it gives its drug in brackets, "FASLODEX®
    (fulvestrant)" or "fulvestrant (Faslodex)": the brand with the arm's dose ("FASLODEX 500 mg"),
    and the brand alone where no other arm has that drug.

    >>> _brand_forms(Arm("fulvestrant 500 mg", dose="500 mg", agent="fulvestrant"),
    ...              [Arm("fulvestrant 500 mg"), Arm("placebo")], "FASLODEX® (fulvestrant) Injection")
    ['FASLODEX 500 mg', 'FASLODEX 500mg', 'FASLODEX']
    """
    drug = arm.agent or arm.name
    if not text or len(drug) < 4 or " " in drug:
        return []
    name = "(?i:" + re.escape(drug) + ")"
    brands = {m["a"] or m["b"] for m in re.finditer(r"(?<![\w-])(?P<a>[A-Z][A-Za-z]{3,20})\s*[®™]?\s*[(（]\s*" + name + r"\s*[)）]|"
                                                    r"(?<![\w-])" + name + r"\s*[(（]\s*(?P<b>[A-Z][A-Za-z]{3,20})\s*[®™]?\s*[)）]", text)}
    brands = {b for b in brands if b.lower() != drug.lower()}
    forms = []
    for brand in sorted(brands):
        if arm.dose and arm.agent:
            dose = dose_name(arm.dose)
            forms += [f"{brand} {dose}", f"{brand} {dose.replace(' ', '', 1)}"]
        if sum(1 for a in found if drug.lower() in a.name.lower()) == 1:
            forms.append(brand)
    return forms


def _named_otherwise(name: str, text: str) -> list[str]:
    """The other names the vocabulary knows for an arm's treatment that the article writes
    ("Jardiance" for the empagliflozin arm: the brand in the results, the drug in the design).

    >>> _named_otherwise("empagliflozin", "Jardiance reduced the risk by 14%"), _named_otherwise("empagliflozin", "no brand")
    (['Jardiance'], [])
    """
    if not text:
        return []
    return [other for other in vocab.other_names(name)
            if len(other) >= 4 and re.search(rf"(?<![\w-]){re.escape(other)}(?![\w-])", text)]


# What says an arm got one treatment only: "medical care alone".
ALONE = re.compile(r"\s+(?:alone|only)$", re.I)
# What every arm received beside its own treatment, said after it: "plus fulvestrant".
BACKGROUND = re.compile(r"\s+(?:plus|with|\+|and)\s+(?P<x>[^+]+)$|\s*\+\s*(?P<y>[^+]+)$", re.I)


def _without_background(name: str, found: list[Arm]) -> list[str]:
    """An arm's name without the treatment every arm received with its own, which the article
    drops once it has said so ("palbociclib plus fulvestrant" and "placebo plus fulvestrant"
    are "the palbociclib arm" and "the placebo arm").

    >>> _without_background("drug z plus fulvestrant", [Arm("drug z plus fulvestrant"), Arm("placebo plus fulvestrant")])
    ['drug z']
    >>> _without_background("drug z plus fulvestrant", [Arm("drug z plus fulvestrant"), Arm("placebo")])
    []
    >>> _without_background("endovascular thrombectomy plus medical care", [Arm("endovascular thrombectomy plus medical care"),
    ...                                                                     Arm("medical care alone")])
    ['endovascular thrombectomy', 'thrombectomy']
    """
    own = BACKGROUND.search(name)
    if own is not None and len(found) >= 2:
        # "endovascular thrombectomy plus medical care" beside "medical care" alone: the arm is
        # "the thrombectomy group", by what it received beyond what the other did.
        tail = (own["x"] or own["y"]).strip().lower()
        if any(a.name != name and ALONE.sub("", a.name).strip().lower() == tail for a in found):
            short = name[:own.start()].strip()
            last = short.split()[-1] if short else ""
            return [x for x in dict.fromkeys([short, last]) if x and x.lower() not in GENERIC_HEADS
                    and not any(x.lower() in a.name.lower() for a in found if a.name != name)]
    tails = [BACKGROUND.search(a.name) for a in found]
    if len(found) < 2 or None in tails or len({(t["x"] or t["y"]).strip().lower() for t in tails}) != 1:
        return []
    short = name[:own.start()].strip() if own else ""
    others = {a.name[:t.start()].strip().lower() for a, t in zip(found, tails) if a.name != name}
    return [short] if short and short.lower() not in others else []


# Words a head must not be: they name what every arm is, not what one received.
GENERIC_HEADS = {"therapy", "treatment", "care", "group", "arm", "dose", "doses", "drug", "drugs", "medicine",
                 "medication", "medications", "intervention", "program", "programme", "control", "alone", "only",
                 "regimen", "vaccine", "cells", "injection", "injections", "tablets", "capsules"}


def _head(name: str, found: list[Arm], text: str = "") -> list[str]:
    """The last word of a name of several English words, when no other arm's name holds it,
    the name joins no two treatments ("drug A plus drug B" has no one head), and the article
    never writes the word after another word of its own ("calcium supplementation" is not
    the "vitamin D supplementation" arm)."""
    words = name.split()
    if len(words) < 2 or not re.compile(r"^[A-Za-z][a-z\-]{3,}$").match(words[-1]) \
            or re.compile(r"\b(?:plus|and|or|with|without|versus|vs)\b|\+|/", re.I).search(name):
        return []
    head = words[-1]
    if head.lower() in GENERIC_HEADS or any(head.lower() in a.name.lower().split() for a in found if a.name != name):
        return []
    own = {w.lower() for w in words}
    for m in _word_before(head).finditer(text):
        if m.group(1).lower() not in own and m.group(1).lower() not in HEAD_MAY_FOLLOW:
            return []
    return [head]


# A name as a whole word: no word character or hyphen on either side.
WHOLE_WORD_BEFORE = re.compile(r"(?<![\w-])")
WHOLE_WORD_AFTER = re.compile(r"(?![\w-])")


@functools.lru_cache(maxsize=1024)
def _word_before(head: str) -> re.Pattern:
    """The pattern of a word written before ``head``. Kept per head word: a new pattern is a
    real compile, and the same heads ("therapy" is none, "supplementation", "exercise") come
    back article after article."""
    return re.compile(rf"([A-Za-z][\w-]*)\s+{re.escape(head)}\b", re.I)


# Words that may stand before an arm's head word without naming another treatment.
HEAD_MAY_FOLLOW = {"the", "a", "an", "of", "for", "with", "to", "on", "in", "and", "or", "receiving", "received", "after",
                   "before", "by", "vs", "versus", "than", "from", "during", "under", "that", "who", "were", "was", "is", "are",
                   "minus", "plus", "between", "both", "either", "each", "all", "no", "not", "only", "its", "their", "as", "at",
                   "into", "without", "within", "about", "per", "using", "given", "taking", "had", "have", "has", "but", "while",
                   "allocated", "assigned", "randomised", "randomized", "underwent", "undergoing", "receive", "get", "got",
                   # how it was given, which makes no other treatment
                   "oral", "intravenous", "subcutaneous", "topical", "inhaled", "daily", "weekly", "monthly"}


def as_groups(found: list[Arm]) -> list:
    from .record import Group
    return [Group(a.name, "arm", a.n, a.pct, a.quote) for a in found]


# "cardiac rehabilitation (CR)": up to seven words, then an abbreviation in brackets, its arm's
# size after it where the article gives one ("real acupuncture (RA = 26)"). (Tried
# only where a word starts: a match from inside a word would also be one from its first
# letter, found earlier; the search no longer reads seven words on from every letter.)
DEFINITION = re.compile(r"(?=[A-Za-z])(?<![A-Za-z])((?:[A-Za-z][\w-]*\s+){0,6}[A-Za-z][\w-]*)\s*\(\s*([A-Za-z][A-Za-z0-9]{1,7}?)s?\s*(?:[,;]?\s*(?:n\s*)?=\s*\d[\d,]*\s*)?\)")


@functools.lru_cache(maxsize=4)
def _definitions(text: str) -> dict[str, str]:
    """{abbreviation: the words before its first definition}, read once per article (every
    arm asks).

    >>> _definitions("Cardiac rehabilitation (CR) and CR again (CR)")
    {'CR': 'Cardiac rehabilitation'}
    >>> _definitions("either real acupuncture (RA = 26) or sham acupuncture (SA, n = 24)")
    {'RA': 'either real acupuncture', 'SA': 'or sham acupuncture'}
    """
    found: dict[str, str] = {}
    for d in DEFINITION.finditer(text):
        found.setdefault(d.group(2), d.group(1))
    return found


# A glossary entry under a table: "AA group, Active Acupuncture Group;", "SAS: Self-Rating Anxiety Scale."
GLOSSARY = re.compile(r"(?:^|[;.\n]\s*)(?P<abbr>[A-Z][A-Za-z0-9]{1,7})(?:\s+(?:group|arm))?\s*[,:=]\s*(?P<long>[A-Z][A-Za-z0-9 '\-]{2,60}?)\s*(?=[;.\n]|$)")
GROUP_END = re.compile(r"\s+(?:group|arm)s?$", re.I)


def spelled_out(text: str, name: str) -> str | None:
    """What an arm named by an abbreviation stands for, where the article defines it:
    "cardiac rehabilitation (CR)" makes "CR" cardiac rehabilitation and "no CR" no cardiac
    rehabilitation.

    >>> spelled_out("Exercise-based cardiac rehabilitation (CR) lowers mortality.", "no CR")
    'no cardiac rehabilitation'
    >>> spelled_out("Nothing defines it.", "CR") is None
    True
    >>> spelled_out("Data are means. AA group, Active Acupuncture Group; SA group, Sham Acupuncture Group.", "SA")
    'sham acupuncture'
    """
    m = re.compile(r"^(?P<lead>(?:no|non|without)[- ])?(?P<abbr>[A-Z][A-Za-z0-9]{1,7})$").match(name)
    if not m or sum(c.isupper() for c in m["abbr"]) < 2:
        return None
    abbr = m["abbr"]
    # One fixed pattern for every abbreviation (a pattern built per abbreviation would be
    # compiled, and cached, once per article).
    defined = _definitions(text).get(abbr)
    if defined:
        long_form = _schwartz_hearst(abbr, defined)
    else:
        # A table's glossary: "AA group, Active Acupuncture Group; SA group, Sham Acupuncture Group."
        listed = next((d for d in GLOSSARY.finditer(text) if d["abbr"] == abbr), None)
        long_form = _schwartz_hearst(abbr, GROUP_END.sub("", listed["long"])) if listed else None
    if long_form is None or len(long_form.split()) > len(abbr) + 2:
        return None
    return (m["lead"] or "") + " ".join(w if sum(c.isupper() for c in w) >= 2 else w.lower() for w in long_form.split())


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is an abbreviation of the end of ``name`` (two capitals at least, its
    letters the words' initials in order).

    >>> _abbreviates("RA", "either real acupuncture"), _abbreviates("BMI", "gastric bypass"), _abbreviates("k", "aerobic exercise")
    (True, False, False)
    """
    return sum(c.isupper() for c in short) >= 2 and _schwartz_hearst(short, name.strip()) is not None


def _schwartz_hearst(short: str, text: str) -> str | None:
    """The long form of ``short`` at the end of ``text``, by Schwartz and Hearst's rule: every
    letter of the abbreviation, right to left, found in order, the first at a word's start.

    >>> _schwartz_hearst("RFA", "Cooled radiofrequency ablation"), _schwartz_hearst("CR", "exercise-based cardiac rehabilitation")
    ('radiofrequency ablation', 'cardiac rehabilitation')
    """
    s_i, l_i = len(short) - 1, len(text) - 1
    while s_i >= 0:
        c = short[s_i].lower()
        if not c.isalnum():
            s_i -= 1
            continue
        while l_i >= 0 and (text[l_i].lower() != c or (s_i == 0 and l_i > 0 and text[l_i - 1].isalnum())):
            l_i -= 1
        if l_i < 0:
            return None
        l_i -= 1
        s_i -= 1
    start = text.rfind(" ", 0, l_i + 1) + 1
    return text[start:].strip() or None


# "people taking tirzepatide", "those who took semaglutide", "patients on metformin", "women
# given aspirin": people named by the treatment they take.
TAKING = re.compile(r"\b(?:people|patients|participants|adults|children|women|men|those|users|individuals)\s+"
                    # ("men with metastatic disease treated with relugolix": who they were, then what they took)
                    r"(?:(?:with|from|aged|in)\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?=treated\s+with\b|taking\b|receiving\b))?"
                    r"(?:who\s+(?:have\s+|had\s+)?(?:took|taken|take|received|receive|used|use|were\s+(?:taking|using|given|on))|"
                    r"taking|using|on|given|getting|receiving|treated\s+with)\s+(?:an?\s+|the\s+)?(?:injections?\s+of\s+|the\s+drug\s+)?$", re.I)
# (a name unknown to the vocabulary only after words of taking a drug: not "patients on Medicare",
# "people using Facebook", "those who got Covid")
TAKING_A_DRUG = re.compile(r"\b(?:who\s+(?:have\s+|had\s+)?(?:took|taken|take|received|receive|were\s+(?:taking|given))|"
                           r"taking|given|getting|receiving|treated\s+with)\s+(?:an?\s+|the\s+)?$", re.I)
# A treatment the vocabulary does not know, named by its capital right after those who took it:
# "those who took Contrave" (a brand name in a news story).
TAKEN_BY_NAME = re.compile(r"(?-i:[A-Z][a-z]{3,}(?:[A-Z][a-z]+)?)\b(?!\s+(?-i:[A-Z]))(?!['’]s\b)(?!\s+(?:shots?|vaccines?|doses?)\b)")
# Capitalised words after "taking" that name no treatment: months, days, programmes.
NOT_TAKEN_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "medicare", "medicaid", "nothing", "part", "average", "either", "both", "this", "that", "these", "those"}


# A result given for what its people took: "changes of −18.4 percent with tirzepatide and 2.5
# percent with placebo", "lost 9 kg on drug K and 3 kg on placebo".
RESULT_WITH = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|percent|per\s*cent|kg|kilograms?|pounds?|lb|points?|mmHg)?\s+(?:with|on)\s+$", re.I)
TAKING_COMPARED = re.compile(r"\b(?:than|compared|versus|vs\.?|while|whereas|relative\s+to|beyond\s+(?:those|people|patients|participants))\b", re.I)
ARM_WORD_END = re.compile(r"\b(?:group|arm)\b", re.I)
TAKING_ASIDE = re.compile(r"\b(?:exclud\w*|adjust\w*|regardless|irrespective|prior|previous(?:ly)?)\b", re.I)


def taking_arms(ctx) -> list[str]:
    """The treatments a page compares by the people who took them, two or more named in one
    sentence that compares them ("people taking tirzepatide lost more than those taking
    semaglutide"), in the order named; [] else. For a page whose allocation names no arms: a
    cohort or a comparison of real-world users.

    >>> from ..read.document import Document
    >>> from .context import Context
    >>> ctx = Context(Document("People taking metformin lost more weight than those taking insulin.", path="x.txt"))
    >>> taking_arms(ctx)
    ['metformin', 'insulin']
    >>> taking_arms(Context(Document("People taking statins and those taking aspirin were excluded.", path="x.txt")))
    []
    """
    for sentence in ctx.sentences:
        # (both named in one sentence that compares them: not "people taking statins and those
        # taking aspirin were excluded", background treatments of a cohort)
        if TAKING_ASIDE.search(sentence.text) or ctx.is_other_work(sentence):
            continue
        compared = TAKING_COMPARED.search(sentence.text) is not None
        # (or each side's own number before it, which compares them: "… 18.4 percent with A and 2.5 percent with B")
        named = [(m.start, m.name) for m in ctx.mentions("interventions", sentence.start, sentence.end)
                 if (compared and TAKING.search(ctx.norm, max(sentence.start, m.start - 60), m.start))
                 or RESULT_WITH.search(ctx.norm, max(sentence.start, m.start - 30), m.start)]
        against = []
        if compared and sentence.text.isascii():
            # ("those who took Contrave … beyond those receiving a placebo": a name unknown to the
            # vocabulary, right after the people who took it, set against placebo or its like;
            # "those who took Januvia … than those taking Glucophage in an earlier trial" may be anything)
            known = {at for at, _ in named}
            unknown = [(m.start(), m.group()) for m in TAKEN_BY_NAME.finditer(ctx.text, sentence.start, sentence.end)
                       if m.start() not in known and m.group().lower() not in NOT_TAKEN_NAMES
                       and TAKING_A_DRUG.search(ctx.norm, max(sentence.start, m.start() - 60), m.start())
                       and not ctx.mentions("interventions", m.start(), m.end()) and not ctx.mentions("conditions", m.start(), m.end())]
            # (the other side may be named by its group's word: "3.4% in those who received
            # Tongxinluo versus 5.2% in the control group")
            # (its group: not "than in controls" of a case-control study, nor "no better than a placebo")
            against = [m.name for m in ctx.mentions("groups", sentence.start, sentence.end)
                       if is_comparator(m.name) and ARM_WORD_END.search(ctx.norm, m.start, m.end + 6)]
            if any(is_comparator(name) for _, name in named) or against:
                named += unknown
        found = list(dict.fromkeys(name for _, name in sorted(named)))
        if len(found) >= 2:
            return found
        if len(found) == 1 and against and not is_comparator(found[0]) and _the_articles_treatment(ctx, found[0]):
            # (the treatment alone: the group word is resolved as the study's comparator later)
            return found
    return _zh_taking_arms(ctx)


def _the_articles_treatment(ctx, name: str) -> bool:
    """Whether ``name`` may be the treatment an article tests: not where its headline names
    another treatment ("Vorapaxar after stenting" over "4.1% in those who received
    clopidogrel", a background drug), and no other treatment is named more often.

    >>> from ..read import read_bytes
    >>> ctx = Context(read_bytes(b"Ticagrelor after stenting\\n\\nOf those who received clopidogrel, 4% bled.", path="a.txt"))
    >>> _the_articles_treatment(ctx, "clopidogrel"), _the_articles_treatment(ctx, "ticagrelor")
    (False, True)
    """
    title = ctx.title or ""
    lowered = title.lower()
    if title and name.lower() not in lowered and (
            any(m.group().lower() != name.lower() for m in INN.finditer(title))
            or any(m.name.lower() != name.lower() and not is_comparator(m.name) for m in ctx.mentions("interventions", 0, len(title)))):
        return False
    text = ctx.text.lower()
    times = text.count(name.lower())
    others = {m.name.lower() for m in ctx.mentions("interventions") if not is_comparator(m.name)} - {name.lower()}
    return all(text.count(o) <= times for o in others)


# "有服用Paxlovid的住院病人", "服食中草藥膠囊的一組", "服安慰劑者": those who took something, in Chinese.
ZH_TAKING = re.compile(r"(?:服用|服食|使用|接受|接种|接種|注射|(?<!口)服)(?P<x>[A-Za-z0-9\u4e00-\u9fff\-/+]{2,14}?)"
                       r"(?<![患病学學])(?:的(?:一组|一組|病人|患者|住院病人|受试者|受試者|人群|人)|者)")
ZH_COMPARED = re.compile(r"较(?!高|低|多|少|好|差|大|小|长|短)|較(?!高|低|多|少|好|差|大|小|長|短)|相比|低于|低於|高于|高於|优于|優於|对比|對比|vs|"
                         r"(?<![百对對相])比(?![例较較率值重])", re.I)
# What one takes that names no arm: a follow-up, a survey, "the drug", a treatment unnamed.
NOT_TAKEN = re.compile(r"^(?:药|藥|药物|藥物|治疗|治療|检查|檢查|问卷|問卷|本研究|研究)$|随访|隨訪|调查|調查")
# Words around what was taken that are no part of it: "服用了该药", "接受氯喹治疗".
TAKEN_LEAD = re.compile(r"^(?:了|过|過|该|該|此|这种|這種)")
TAKEN_TAIL = re.compile(r"(?:治疗|治療|疗法|療法)$")
# A comparator arm named by its word: "对照组", "安慰剂组".
ZH_COMPARATOR = {"placebo", "control"}


def _zh_taking_arms(ctx) -> list[str]:
    """A Chinese page's arms by what their people took, in one sentence that compares them
    with each other or with a control ("有服用Paxlovid的住院病人…死亡风险为6.9%，较对照组的13.5%为低",
    "服食中草藥膠囊的一組…較服安慰劑者為低"); [] else.

    >>> from ..read.document import Document
    >>> from .context import Context
    >>> _zh_taking_arms(Context(Document("结果发现，服用甲药的患者死亡率为6.9%，较对照组的13.5%为低。", path="x.txt", language="zh")))
    ['甲药', 'control']
    >>> _zh_taking_arms(Context(Document("服食中药胶囊的一组，湿疹程度较服安慰剂者为低。", path="x.txt", language="zh")))
    ['中药胶囊', 'placebo']
    >>> _zh_taking_arms(Context(Document("与安慰剂相比，甲药组的缓解率为60% vs 30%。", path="x.txt", language="zh")))
    ['甲药', 'placebo']
    """
    for sentence in ctx.sentences:
        if ctx.is_other_work(sentence) or not ZH_COMPARED.search(sentence.text):
            continue
        taking = [(m.start(), _zh_taken(m["x"])) for m in ZH_TAKING.finditer(sentence.text)]
        taking = [(at, x) for at, x in taking if len(x) >= 2 and not NOT_TAKEN.search(x)]
        if not taking:
            continue
        others = [(m.start - sentence.start, m.name) for m in ctx.mentions("groups", sentence.start, sentence.end)
                  if m.name in ZH_COMPARATOR]
        # (one inside another is the same arm, named shorter: "氯喹或羟氯喹" and "氯喹")
        took = [(at, x) for at, x in taking if not any(x != y and x in y for _, y in taking)]
        sides = sorted(took + others)
        named = list(dict.fromkeys(x for _, x in sides))
        # (the comparison between the first side named and the last, "A的患者…较B的患者": not a
        # share of each described in turn, "使用A的患者比例为30%，使用B的患者比例较高")
        between = ZH_COMPARED.search(sentence.text, sides[0][0], sides[-1][0]) if len(sides) >= 2 else None
        if len(named) >= 2 and between:
            return named
    for sentence in ctx.sentences:
        # "与安慰剂相比,司美格鲁肽2.4mg组…": the arm named by its group word, set against a
        # comparator named before it
        m = ZH_SET_AGAINST.search(sentence.text)
        if m is None or ctx.is_other_work(sentence):
            continue
        against, arm = _zh_taken(m["y"]), _zh_received(m["x"])
        # (a name, not the words before it: "治疗12周后甲药组", "甲药显著提高了各组")
        if against in ZH_COMPARATOR and arm not in ZH_COMPARATOR and len(arm) >= 2 and not NOT_IN_AN_ARMS_NAME.search(m["x"]):
            return [arm, against]
    return []


# Words no arm's name holds: a time, a verb, "each".
NOT_IN_AN_ARMS_NAME = re.compile(r"\d+\s*(?:周|週|个月|個月|月|天|年)|了|显著|顯著|提高|降低|各$|均|患者|病人")
# "与安慰剂相比，司美格鲁肽2.4mg组": a comparator, then an arm by its group word.
ZH_SET_AGAINST = re.compile(r"(?:与|與|和|跟)(?P<y>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:组|組)?(?:相比|比较|比較)[，,]?\s*"
                            r"(?P<x>[A-Za-z\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff\-/+]{1,14}?"
                            r"(?:\d+(?:\.\d+)?\s?(?:mg|g|μg|mcg|ml|mL))?)(?:组|組)(?![别別合成])")


def _zh_received(x: str) -> str:
    """An arm named by what its people received ("接受了芪苈强心胶囊治疗"): the vocabulary's name
    where it knows it, as written where it is two treatments together ("国产ICI联合化疗", not
    chemotherapy)."""
    bare = _zh_taken(x)
    if COMBINED.search(bare):
        return bare
    name = _zh_name(bare, bare + "组")
    return name if name != bare + "组" else bare


def _zh_taken(x: str) -> str:
    """What a Chinese "服用X的" took, by the vocabulary's name where it is one ("安慰剂" -> placebo)."""
    x = TAKEN_LEAD.sub("", x)
    x = TAKEN_TAIL.sub("", x) or x  # "接受氯喹治疗的患者": chloroquine
    for kind in ("groups", "interventions"):
        hits = vocab.lexicon(kind).find(Tokens(x))
        if hits and hits[0].start == 0 and hits[0].end == len(x) and hits[0].name in ZH_COMPARATOR:
            return hits[0].name
    return x


# An arm called by a letter or a numeral: "group A", "Group P", "group II".
LETTERED = re.compile(r"(?<![Bb]lood\s)\b[Gg]roup\s+(?P<x>[A-Z]{1,2}|[IVX]{1,4})\b(?![-–.]?\d)(?!\s+(?:[Ss]trep|beta|β|blood))")
RANDOMISED_INTO = re.compile(r"\brandomi[sz]ed\b|\brandomly\s+(?:assigned|allocated|divided)\b", re.I)


def lettered_arms(text: str) -> list[str]:
    """The arms of a randomised study that calls them by letters, each named twice or more, in
    the order first named: two to four of them, else [].

    >>> lettered_arms("48 patients were randomized into 2 groups. In group A, ropivacaine was given. In group P, "
    ...               "no injections. Morphine use was lower in group A than in group P.")
    ['group A', 'group P']
    >>> lettered_arms("Group A streptococcus was found in 12 patients; group A carriers were treated.")
    []
    >>> lettered_arms("Of 300 randomized patients, those of blood group A and blood group O (blood group A: 18%; blood group O: 11%)")
    []
    """
    if not RANDOMISED_INTO.search(text):
        return []
    counts: dict[str, int] = {}
    for m in LETTERED.finditer(text):
        counts[f"group {m['x']}"] = counts.get(f"group {m['x']}", 0) + 1
    named = [name for name, k in counts.items() if k >= 2]
    return named if 2 <= len(named) <= 4 else []
