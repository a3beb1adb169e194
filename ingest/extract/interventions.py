"""What the study gave: interventions with route, origin and tissue, and the comparator.

The study's interventions are those its headline names; failing that, those named in
sentences about this study. Route, origin and tissue are the ones named most often in
the same sentences as the intervention. A generic name ("stem cells") is dropped when a
specific one that contains it ("mesenchymal stem cells") was found.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import vocab
from ..vocab.lexicon import Tokens
from .context import Context
from .design import SELF
from .doses import doses
from .numbers import DIGIT
from .record import Intervention

COMPARATOR_KINDS = {"placebo", "sham", "standard_care"}
REVIEWS = {"meta_analysis", "systematic_review", "narrative_review"}
RECEIVED = re.compile(r"接受|给予|給予|使用|采用|採用|口服|服用|予以|行|注射|输注|received|were given|were treated with|underwent|got", re.I)
ROLE_COMPARATORS = {"control", "controls", "no treatment"}
# Words of giving a treatment, in a sentence that tells how it was given.
GIVEN = re.compile(r"(?=[girt接植注灌移给输a])(?:\b(?:received|receive|administered|injected|infused|given|injections?|infusions?|transplanted|implanted)\b|"
           r"接受|注射|输注|给予|移植|植入|灌注)", re.I)
DOSE_WORDS = re.compile(r"(?=[de剂每a])(?:剂量(?:为|是)?|每次|\b(?:dose|dosage)\s+(?:of|was|was\s+set\s+at)|\beach\s+(?:containing|of)|\bat\s+a\s+dose\s+of)", re.I)


# International nonproprietary name stems (vocab/drug_stems.yaml): a word ending so is a drug even when the
# vocabulary has never seen it ("velzacitinib", "dorexalant", "feltrazumab").
INN = re.compile(r"(?=[A-Za-z])\b[A-Za-z][a-z]{2,}(?:" + "|".join(vocab.drug_stems()) + r")\b")
# "…evaluating soticlestat in children with Dravet syndrome": a drug named with whom it treats.
FOR_PATIENTS = re.compile(r"\s+(?:in|for)\s+(?:\w+\s+){0,2}?(?:patients|children|adults|people|participants|subjects|infants|"
                          r"women|men)\b", re.I)
INN_BEFORE = re.compile(r"(" + INN.pattern + r")$")
# "Oral velzacitinib 15 mg", "took oral dorexalant 20 mg": a drug named with its dose.
WITH_DOSE = re.compile(r"\s+(?:at\s+)?\d[\d.,]*\s*(?:mg|µg|mcg|μg|g|mL|ml|IU|milligrams?|micrograms?)\b")


GIVEN_DRUG = re.compile(r"(?=[grsta])\b(?:took|take|taking|received|receive|receiving|given|started|starting|(?:assigned|randomi[sz]ed|allocated)\s+to)\s+"
                r"(?:(?:oral|intravenous|subcutaneous|inhaled|topical|nightly|daily)\s+)?(?P<drug>[a-z][a-z\-]{5,})"
                r"(?:\s+at)?\s+\d[\d.,]*\s*(?:mg|µg|mcg|μg|g|mL|ml|IU|milligrams?|micrograms?)\b")
# (A match opens on one of these, as written: GIVEN_DRUG is case-sensitive.)
GIVEN_WORDS = ("took", "tak", "receiv", "given", "start", "assigned", "randomi", "allocated")
NOT_DRUGS = {"placebo", "either", "receive", "receiving", "received", "saline", "dextrose", "glucose", "doses", "dosage", "tablets", "capsules", "injections", "infusions", "matching",
             "identical", "another", "additional", "single", "weekly", "monthly", "intravenous", "subcutaneous"}


# The objective of a Chinese abstract (or its title) names what was studied: "目的：观察金花清感
# 颗粒治疗流感样病例的有效性", "比较巨刺法与常规西药疗法治疗急性期周围性面瘫临床疗效差异".
ZH_OBJECTIVE = re.compile(r"(?:观察|觀察|探讨|探討|探究|评价|評價|评估|評估|分析|比较|比較)(?:了)?(?P<x>[^，,。；;：:、]{2,40}?)"
                          r"(?:治疗|治療|干预|干預|防治)(?P<what>[^，,。；;]{2,30}?)(?:患者)?的?"
                          r"(?:临床|臨床)?(?:疗效|療效|有效性|效果|安全性|影响|影響|作用)")
ZH_JOINED = re.compile(r"联合|聯合|[与與和及](?=[^与與和及]{2,})|\+")
BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
ZH_NOT_A_TREATMENT = re.compile(r"^(?:常规|常規|西药|西藥|西医|西醫|对照|對照|不同|两种|兩種|本院|我院|临床|臨床)")


# A headline that names its treatment: "Probiotics for prevention of X", "Efficacy of drug K in X".
EN_TITLE_TREATMENT = re.compile(r"^\s*(?:(?P<x>[A-Za-z][A-Za-z0-9\-+/ ]{2,50}?)\s+for\s+(?:the\s+)?(?:prevention|treatment|management|"
                                r"prophylaxis)\s+of\b|(?:the\s+)?(?:efficacy|effectiveness)(?:\s+and\s+safety)?\s+of\s+"
                                r"(?P<y>[A-Za-z][A-Za-z0-9\-+/ ]{2,50}?)\s+(?:in|for|on)\s)", re.I)
# What such a headline's words may be that is no treatment: "Risk factors for …", "Screening …".
EN_NOT_A_TREATMENT = re.compile(r"\b(?:risk|factors?|screening|guidelines?|recommendations?|strategies|interventions|"
                                r"approaches|methods|trends|burden|costs?|patients|people|adults|children|women|men|new|novel|"
                                r"emerging|current|options?|updates?|advances?|reviews?|overview|drugs|therapies|treatments|"
                                r"agents|medications|role|use|progress|perspectives?)\b", re.I)


def objective_treatments(ctx: Context) -> tuple[list[str], str | None]:
    """The treatments an English headline ("X for prevention of …") or a Chinese abstract's
    objective (or title) says it studied, and the one it was compared with ("比较A与B治疗…": B), as
    written or as the vocabulary names them.

    >>> from ..read.document import Document
    >>> objective_treatments(Context(Document("目的：评价金花清感颗粒治疗流感样病例的有效性及安全性。")))
    (['金花清感颗粒'], None)
    >>> objective_treatments(Context(Document("目的：比较巨刺法与常规西药疗法治疗急性期周围性面瘫临床疗效差异。")))
    (['巨刺法'], '常规西药疗法')
    >>> objective_treatments(Context(Document("", title="Probiotics for prevention of necrotizing enterocolitis: a meta-analysis")))
    (['probiotics'], None)
    """
    if ctx.title and ctx.title.isascii():
        # "Probiotics for prevention of necrotizing enterocolitis…", "Efficacy of X in …": a
        # headline's treatment, where the vocabulary knows none of its words.
        m = EN_TITLE_TREATMENT.match(ctx.title)
        x = (m["x"] or m["y"]).strip() if m else None
        if x and len(x.split()) <= 5 and not EN_NOT_A_TREATMENT.search(x):
            return [x[0].lower() + x[1:] if x[:1].isupper() and not x[:2].isupper() else x], None
    places = ([ctx.title] if ctx.title else []) + [s.text for s in ctx.sentences[:12] if not ctx.is_other_work(s)]
    for text in places:
        m = ZH_OBJECTIVE.search(text)
        if not m:
            continue
        x = BRACKETED.sub("", m["x"]).strip()
        parts = [p.strip() for p in ZH_JOINED.split(x) if p.strip()]
        comparator = None
        if text[m.start():m.start() + 2] in ("比较", "比較") and len(parts) == 2:
            parts, comparator = parts[:1], parts[1]
        known = vocab.lexicon("interventions")
        names = []
        for part in parts:
            hits = known.find(Tokens(part))
            if hits:
                names += [h.name for h in hits if _kind(h.name) not in COMPARATOR_KINDS]
            elif len(part) >= 2 and re.compile(r"[\u4e00-\u9fff]").search(part) and not ZH_NOT_A_TREATMENT.match(part):
                names.append(part)
        if names:
            return list(dict.fromkeys(names)), comparator
    return [], None


def unknown_drugs(ctx: Context) -> list[str]:
    """Drugs the vocabulary does not know, named in the headline or with a dose in a sentence
    about this study, by their INN stem.

    >>> from ..read.document import Document
    >>> unknown_drugs(Context(Document("Oral velzacitinib for pyoderma: a case series\\nWe gave velzacitinib 15 mg daily.", title="Oral velzacitinib for pyoderma: a case series")))
    ['velzacitinib']
    """
    known = vocab.lexicon("interventions")
    found = []
    places = [ctx.title] if ctx.title else []
    places += [s.text for s in ctx.sentences if not ctx.is_other_work(s)]
    for i, text in enumerate(places):
        # (Outside the headline a drug counts only with its dose, WITH_DOSE, written in digits:
        # a sentence without one is not searched for drug names.)
        for m in INN.finditer(text) if (i == 0 and ctx.title) or DIGIT.search(text) else ():
            word = m.group().lower()
            if word in found or known.find(Tokens(word)):
                continue
            if (i == 0 and ctx.title) or WITH_DOSE.match(text, m.end()) or FOR_PATIENTS.match(text, m.end()):
                found.append(word)
        # (A sentence without digits only where a drug would stand, right before whom it treats.)
        for who in FOR_PATIENTS.finditer(text) if not ((i == 0 and ctx.title) or DIGIT.search(text)) else ():
            m = INN_BEFORE.search(text, max(0, who.start() - 30), who.start())
            word = m.group(1).lower() if m else None
            if word and word not in found and not known.find(Tokens(word)):
                found.append(word)
        for m in GIVEN_DRUG.finditer(text) if any(w in text for w in GIVEN_WORDS) else ():
            word = m["drug"].lower()
            if word not in found and word not in NOT_DRUGS and not known.find(Tokens(word)):
                found.append(word)
    return found


# A Chinese medicine's product by its form: "复黄片", "大青龙汤", "连花清瘟胶囊", "宣肺止嗽合剂",
# "舒血宁注射液"; the Han run before the form, from after the last word that leads into a name
# (给予, 口服, 观察 …), is its name.
ZH_PRODUCT = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:颗粒|胶囊|膠囊|口服液|注射液|合剂|合劑|冲剂|沖劑|糖浆|糖漿|滴丸|片|丸|汤|湯|散)"
                        r"(?![剂劑料水匙物步胃内內镜鏡])")
_LEAD_WORDS = (r"基于|基於|采用|採用|给予|給予|予以|口服|服用|使用|应用|應用|联合|聯合|加用|观察|觀察|探讨|探討|评价|評價|"
               r"分析|研究|接受|选择|選擇|选取|選取|治疗|治療|比较|比較|观察组|对照组")
ZH_NAME_LEAD = re.compile(r".*(?:" + _LEAD_WORDS + r"|組|组|予|用|以|及|和|与|與|或|的|了|在|对|對|经|經|为|為|是|将|將)")
ZH_NAME_LEAD_LONG = re.compile(r".*(?:" + _LEAD_WORDS + r")")
# Words a product's name never is: a placebo, a vehicle, a picture or a slice.
NOT_A_PRODUCT = re.compile(r"安慰剂|安慰劑|模拟|模擬|空白|生理盐水|生理鹽水|葡萄糖|氯化钠|氯化鈉|照片|图片|圖片|切片|芯片|晶片|名片|药片|藥片|"
                           r"淀粉|澱粉|睾丸|[一二两兩三四五六七八九十半每数數几幾]片|"
                           r"中药|中藥|汤剂|湯劑|鸦片|鴉片|扩散|擴散|分散|离散|離散|解散|松散|鬆散|弥散|彌散")
# The same in pinyin or English, by its form: "Lianhua Qingwen capsules", "Daqinglong decoction".
EN_PRODUCT = re.compile(r"\b(?P<name>(?-i:[A-Z][a-z]+)(?:[ -](?-i:[A-Z][a-z]+)){0,3}?\s+(?:decoction|granules?|capsules?|tablets?|pills?|"
                        r"oral\s+liquid|injection|mixture|Tang|Wan|Keli|Jiaonang|Pian))\b", re.I)
# A Chinese medicine called by its kind, then its name: "the Chinese medicine Tongxinluo", "the herbal
# formula Qili Qiangxin" (its name pinyin, checked where it is read).
# (Its article before it, its kind in small letters: not a headline's "Herbal Medicine Hope for …",
# nor "a professor of Chinese medicine Chen Xiaoming".)
EN_CALLED = re.compile(r"\b(?:[Tt]he|[Aa])\s+(?:traditional\s+)?(?:Chinese|herbal|Chinese\s+herbal)\s+(?:medicine|remedy|formula|compound|preparation)\s+"
                       r"(?P<name>[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+){0,2})\b")
# A sentence that says the medicine was no treatment of the study's: its users left out, or taken
# besides what was studied.
NOT_GIVEN_HERE = re.compile(r"\bexclu|\balso\s+(?:took|taking|take|used|using|received)\b|\bseparately\b|\bbackground\b", re.I)
# English words spelled as pinyin is, opening no product's name ("Chinese medicine capsules",
# "Tea pills"); the other English words fail ``_pinyin_name``. (Not an English ending: "Qingkailing",
# "Shenling" end on "ing" and are pinyin.)
NOT_PINYIN = re.compile(r"^(?:chinese|medicine|tea)\b", re.I)


# Where a product is given: right after a verb of giving ("给予复黄片", "口服…"), as an arm ("复黄片组"),
# or treating in the headline ("复黄片治疗…"); in English, after "took", "received", "with" ….
ZH_GIVEN_BEFORE = re.compile(r"(?:给予|給予|予以|予|口服|服用|采用|採用|使用|应用|應用|加用|联合|聯合|静滴|靜滴|静脉滴注|靜脈滴注|注射|接受|加服)$")
ZH_GIVEN_AFTER = re.compile(r"^(?:组|組|治疗|治療|联合|聯合|加减|加減)")
EN_GIVEN_BEFORE = re.compile(r"\b(?:took|take|taking|received|receive|receiving|given|treated\s+with|randomi[sz]ed\s+to|assigned\s+to|with|of)\s+$", re.I)
# A pinyin syllable: a product's name in pinyin is made of them ("Lianhua Qingwen", "Daqinglong").
PINYIN_SYLLABLE = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ui|ie|ue|ia|ua|uo|er|a|o|e|i|u)")
PINYIN = re.compile(r"(?:" + PINYIN_SYLLABLE.pattern + r")+")
PINYIN_FORM = re.compile(r"\s(?:Tang|Wan|Keli|Jiaonang|Pian)$", re.I)


def _pinyin_name(name: str) -> bool:
    """Whether the words before a product's form are pinyin, two syllables or more (three
    before a form that is itself a pinyin word, "Tang": "Wei Tang" is a person).

    >>> _pinyin_name("Lianhua Qingwen capsules"), _pinyin_name("New Obesity Injection"), _pinyin_name("Wei Tang")
    (True, False, False)
    """
    words = name.split()[:-1]
    if not words or not all(PINYIN.fullmatch(w.lower()) for w in words):
        return False
    syllables = sum(len(PINYIN_SYLLABLE.findall(w.lower())) for w in words)
    return syllables >= (3 if PINYIN_FORM.search(name) else 2)


def _zh_name(run: str) -> str:
    """A product's name from the Han run that ends on its form: after the last word that leads
    into a name; a one-character lead (和, 与 …) only where the name keeps three characters
    ("口服保和丸": 保和丸, not 丸)."""
    lead = ZH_NAME_LEAD.match(run[:-1])
    name = run[lead.end():] if lead else run
    if len(name) < 3:
        lead = ZH_NAME_LEAD_LONG.match(run[:-1])
        name = run[lead.end():] if lead else run
    return name


def _own_places(ctx: Context) -> list[tuple[str, int]]:
    """The headline (counted twice) and the sentences about this study, where a treatment's
    own name is looked for."""
    return ([(ctx.title, 2)] if ctx.title else []) + [(x.text, 1) for x in ctx.sentences if not ctx.is_other_work(x)]


def herbal_products(ctx: Context) -> list[str]:
    """Chinese medicines the vocabulary does not know, by their product's form, named in
    the headline, or twice in sentences about this study, most named first.

    >>> from ..read.document import Document
    >>> herbal_products(Context(Document("复黄片治疗痔出血的随机对照试验\\n观察组给予复黄片口服，对照组给予安慰剂片。复黄片组出血消失率较高。", title="复黄片治疗痔出血的随机对照试验")))
    ['复黄片']
    >>> herbal_products(Context(Document("Lianhua Qingwen capsules for COVID-19\\nPatients took Lianhua Qingwen capsules or placebo capsules.", title="Lianhua Qingwen capsules for COVID-19")))
    ['Lianhua Qingwen capsules']
    """
    known = vocab.lexicon("interventions")
    counts: Counter = Counter()
    given: set[str] = set()
    for text, weight in _own_places(ctx):
        for m in ZH_PRODUCT.finditer(text) if HAN_IN.search(text) else ():
            name = _zh_name(m.group())
            if len(name) >= 3 and not NOT_A_PRODUCT.search(name) and not known.find(Tokens(name)):
                counts[name] += weight
                at = m.end() - len(name)
                if ZH_GIVEN_BEFORE.search(text, max(0, at - 6), at) or ZH_GIVEN_AFTER.match(text[m.end():m.end() + 2]):
                    given.add(name)
        for m in EN_PRODUCT.finditer(text) if ascii_form(text) else ():
            name = m["name"]
            if not NOT_PINYIN.match(name) and _pinyin_name(name) and not known.find(Tokens(name.rsplit(None, 1)[0])):
                counts[name] += weight
                if weight == 2 or EN_GIVEN_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                    given.add(name)
    # (named twice, and given once at least: a product, not a word that ends as one does)
    return _the_named(ctx, [name for name, c in counts.most_common() if c >= 2 and name in given])


def medicines_called(ctx: Context) -> list[str]:
    """Chinese medicines an English article calls by their kind, then by their pinyin name
    alone: named twice or more in sentences about this study (the headline counting twice), and
    given once at least in a sentence of the body that neither excludes it nor adds it besides
    what was studied.

    >>> from ..read.document import Document
    >>> medicines_called(Context(Document("Treatment with the Chinese medicine Tongxinluo helped. Rates were 3.4% in those "
    ...                                   "who received Tongxinluo and 5.2% with placebo.")))
    ['Tongxinluo']
    """
    known = vocab.lexicon("interventions")
    places = _own_places(ctx)
    called = {m["name"] for text, _ in places for m in (EN_CALLED.finditer(text) if "edicine" in text or "erbal" in text else ())
              if PINYIN.fullmatch(re.sub(r"[\s-]", "", m["name"].lower())) and not known.find(Tokens(m["name"]))}
    counts: Counter = Counter()
    given: set[str] = set()
    for name in called:
        for text, weight in places:
            for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
                counts[name] += weight
                if weight == 1 and EN_GIVEN_BEFORE.search(text, max(0, m.start() - 24), m.start()) and not NOT_GIVEN_HERE.search(text):
                    given.add(name)
    return [name for name, c in counts.most_common() if c >= 2 and name in given][:1]


def _the_named(ctx: Context, found: list[str]) -> list[str]:
    """Of treatments found by their form (most named first): the one most named, and another
    only where the headline names it too (the second named in the text is often the
    comparator's, "对照组给予痔宁片"); a Chinese article's pinyin gloss of a name is the same
    treatment, so its Chinese names only."""
    found = [name for name in found if HAN_IN.search(name)] or found
    return found[:1] + [name for name in found[1:] if ctx.title and name.lower() in ctx.title.lower()]


# An operation by its name: "腹腔镜子宫肌瘤剔除术", "鼓膜置管术" (not 手术, 技术, nor 术后, after an operation);
# "laparoscopic cholecystectomy", "tympanostomy", "total knee arthroplasty".
ZH_PROCEDURE = re.compile(r"[\u4e00-\u9fff]{2,14}?术(?![后後前中式者眼侧側区區野口腔])")
NOT_A_PROCEDURE = re.compile(r"(?:手|技|学|學|艺|藝|算|美|武|战|戰|魔|医|醫|心|权|權|法|话|話)术$|^(?:[^\u4e00-\u9fff]|其|该|該|此|本|原)")
EN_PROCEDURE = re.compile(r"\b(?P<name>(?:(?:laparoscopic|open|robotic|robot-assisted|endoscopic|arthroscopic|total|partial|radical|"
                          r"sleeve|single-port|transumbilical|minimally\s+invasive|bariatric)\s+){0,3}"
                          r"[a-z]{3,}(?:ectomy|otomy|ostomy|plasty|pexy|rrhaphy)(?:\s+tube\s+insertion)?)\b", re.I)


# Words that end as an operation does and name none: a split in two, a body's parts.
NOT_AN_OPERATION = re.compile(r"\b(?:di|tri|poly)chotomy\b|\banatomy\b", re.I)


def procedures_named(ctx: Context) -> list[str]:
    """Operations the vocabulary does not know by name, named in the headline or twice in
    sentences about this study, most named first; the most named, and another only where the
    headline names it too (as ``herbal_products``).

    >>> from ..read.document import Document
    >>> procedures_named(Context(Document("Laparoscopic cholecystectomy in older adults\\nWe reviewed 375 laparoscopic cholecystectomy procedures.", title="Laparoscopic cholecystectomy in older adults")))
    ['laparoscopic cholecystectomy']
    """
    known = vocab.lexicon("interventions")
    counts: Counter = Counter()
    for text, weight in _own_places(ctx):
        for m in ZH_PROCEDURE.finditer(text) if "术" in text else ():
            # (after the last word that leads into a name, any: an operation's name cut short by one,
            # "去神经术", is too short to be read, never read with what stands before it, "我院…")
            lead = ZH_NAME_LEAD.match(m.group()[:-1])
            name = m.group()[lead.end():] if lead else m.group()
            if len(name) >= 3 and not NOT_A_PROCEDURE.search(name) and not known.find(Tokens(name)):
                counts[name] += weight
        for m in EN_PROCEDURE.finditer(text) if ("tomy" in text or "plasty" in text or "pexy" in text) else ():
            name = m["name"].lower()
            if not known.find(Tokens(name)) and not NOT_AN_OPERATION.search(name):
                counts[name] += weight
    return _the_named(ctx, [name for name, c in counts.most_common() if c >= 2])


HAN_IN = re.compile(r"[\u4e00-\u9fff]")
FORM_WORDS = ("decoction", "granule", "capsule", "tablet", "pill", "liquid", "injection", "mixture", "tang", "wan", "keli", "jiaonang", "pian")


def ascii_form(text: str) -> bool:
    """Whether ``text`` names a product's form in English or pinyin (a cheap test before the search)."""
    low = text.lower()
    return any(w in low for w in FORM_WORDS)


def _kind(name: str) -> str | None:
    return (vocab.info(name) or {}).get("kind")


# What a solution given with the treatment is named after: its volume, or what was dissolved in it
# ("after the infusion of 100 mL saline", "dissolved in normal saline", "用生理盐水稀释").
VEHICLE_BEFORE = re.compile(r"(?:\d+\s*m[lL]\s+(?:of\s+)?(?:normal\s+)?|(?:dissolved|diluted|suspended|reconstituted)\s+(?:in|with)\s+(?:\d+\s*m[lL]\s+(?:of\s+)?)?(?:normal\s+)?|"
                            r"flush(?:ed)?\s+with\s+|溶于|溶於|稀释于|稀釋於)$", re.I)


def _only_a_vehicle(ctx, name: str, mentions) -> bool:
    """Whether every mention of a comparator's name is the solution a treatment was given in or
    after ("40 mL UC-MSC … immediately after the infusion of 100 mL saline"), no arm.

    >>> from ..read.document import Document
    >>> from .context import Context
    >>> ctx = Context(Document("Patients received 40 mL cells after the infusion of 100 mL saline."))
    >>> _only_a_vehicle(ctx, "saline", ctx.mentions("interventions"))
    True
    """
    own = [m for m in mentions if m.name == name]
    return bool(own) and all(VEHICLE_BEFORE.search(ctx.text, max(0, m.start - 40), m.start) for m in own)


def is_comparator(arm: str) -> bool:
    """Whether an arm is what the others are compared with: a control, placebo, sham or usual care.

    >>> is_comparator("placebo"), is_comparator("control"), is_comparator("low dose"), is_comparator("care as usual alone")
    (True, True, False, True)
    >>> is_comparator("unvaccinated"), is_comparator("未接种组"), is_comparator("vaccinated")
    (True, True, False)
    >>> is_comparator("Open"), is_comparator("open surgery"), is_comparator("open-label drug")
    (True, True, False)
    >>> is_comparator("comparator"), is_comparator("the comparator arm"), is_comparator("Control")
    (True, True, True)
    >>> is_comparator("标准降压"), is_comparator("常规降糖组"), is_comparator("强化降压")
    (True, True, False)
    """
    return (arm.lower() in ("control", "controls", "usual care", "no treatment") or COMPARATOR_WORDS.search(arm) is not None
            or _kind(_canonical(arm) or arm) in COMPARATOR_KINDS)


# An arm named for what it stands in for: "care as usual alone", "waiting list", "standard care",
# the unvaccinated of a vaccine study. (Only the whole name: "the programme plus care as usual"
# is the treatment.)
COMPARATOR_WORDS = re.compile(r"^(?:the\s+)?(?:usual\s+care|care\s+as\s+usual|treatment\s+as\s+usual|standard\s+(?:of\s+)?care|"
                              # ("open" surgery is what a laparoscopic or robotic approach is compared with)
                              r"wait(?:ing)?[\s-]?list|no\s+treatment|placebo|sham|unvaccinated|no\s+vaccin(?:e|ation)|(?:active\s+)?comparator|"
                              r"open(?:\s+(?:surgery|repair|resection|approach|procedure))?|conventional(?:\s+(?:surgery|treatment|therapy))?)"
                              r"(?:\s+(?:alone|only|group|arm|control))?$|"
                              r"^(?:常规治疗|常規治療|安慰剂|安慰劑|对照|對照|未接种|未接種)[组組]?$|"
                              # ("标准降压", "常规降糖组": the standard way, which the intensive one is compared with)
                              r"^(?:标准|標準|常规|常規)[\u4e00-\u9fff]{0,4}[组組]?$", re.I)


def _contains(specific: str, generic: str) -> bool:
    a, b = set(Tokens(specific).folded), set(Tokens(generic).folded)
    return specific != generic and b <= a


def _canonical(name: str) -> str | None:
    hits = vocab.lexicon("interventions").find(Tokens(name))
    return hits[0].name if hits else None


def _specific_over_class(found: list[Intervention]) -> list[Intervention]:
    """A drug class named beside a drug the article names ("orforglipron, an oral GLP-1
    receptor agonist", "baloxavir … antivirals"): the drug is the intervention, the class
    its description or the background treatment.

    >>> [i.name for i in _specific_over_class([Intervention("GLP-1 receptor agonists"), Intervention("semaglutide")])]
    ['semaglutide']
    >>> [i.name for i in _specific_over_class([Intervention("chemotherapy")])]
    ['chemotherapy']
    >>> [i.name for i in _specific_over_class([Intervention("traditional Chinese medicine"), Intervention("omeprazole")])]
    ['traditional Chinese medicine', 'omeprazole']
    """
    if not any(_kind(i.name) in ("drug", "biologic") for i in found):
        return found
    return [i for i in found if _kind(i.name) != "drug_class" or i.name in NOT_ONE_DRUGS_CLASS]


# A system of medicine, not the class of a named drug: "a TCM decoction added to omeprazole"
# (the drug is the background both arms had, TCM the treatment tested).
NOT_ONE_DRUGS_CLASS = {"traditional Chinese medicine"}


def from_arms(found) -> tuple[list[Intervention], str | None]:
    """Interventions and comparator from the trial's arms, vocabulary names where known.

    An arm named by its role ("治疗组", "treatment group") is no intervention by itself:
    its written form may still name one ("干细胞组": stem cells), else the interventions
    the article names elsewhere stand.
    """
    out, comparator = [], None
    for arm in found:
        name = _canonical(arm.name) or next(filter(None, (_canonical(w) for w in arm.written)), None)
        role_only = name is None and ((vocab.info(arm.name) or {}).get("role") == "arm" or bool(ROLE_ONLY.fullmatch(arm.name.strip())))
        agent = getattr(arm, "agent", None)
        if agent and (role_only or arm.name.startswith(f"{agent} ")):
            # "high dose" of feltrazumab, "zeltib 10 mg": the drug, with each arm's dose.
            agent = _canonical(agent) or agent
            same = next((i for i in out if i.name == agent), None)
            if same:
                same.dose = " or ".join(filter(None, (same.dose, arm.dose)))
            else:
                out.append(Intervention(agent, None, None, (vocab.info(agent) or {}).get("tissue"), arm.dose, arm.quote))
            continue
        if name is None:
            given = _what_the_arm_got(arm.name)
            name = _canonical(given) or given
        if _kind(name) in COMPARATOR_KINDS or is_comparator(arm.name):
            comparator = comparator or name
        elif not role_only:
            out.append(Intervention(name, None, None, (vocab.info(name) or {}).get("tissue"), arm.dose, arm.quote))
    return out, comparator


# An arm named by its role, not by what it received: "active", "intervention vs control", "入组",
# "实验组". (Not "observation", a comparator of its own in English, watch and wait; not a timing,
# "early" or "delayed", whose arm is the treatment given then.)
ROLE_ONLY = re.compile(r"(?:active|experimental|intervention|treatment|treated|study|"
                       r"control|test|入组|入組|观察|觀察|实验|實驗|试验|試驗|对照|對照|治疗|治療|研究)(?:\s*(?:group|arm|组|組))?|"
                       r"\w+\s+(?:vs\.?|versus)\s+\w+", re.I)
ARM_WORD_AND_DOSE = re.compile(r"(?:\s*\d+(?:\.\d+)?\s*(?:mg|μg|µg|mcg|g|ml|mL|IU|毫克|微克|克))?\s*(?:组|組|\s+(?:group|arm|cohort)s?)$", re.I)


def _what_the_arm_got(arm: str) -> str:
    """What an arm named after its treatment received: its name without the group word and
    the dose ("依沃西组" -> 依沃西, "瑪仕度肽9mg組" -> 瑪仕度肽, "drug K group" -> drug K), or the
    name as it is when too little would be left ("L组").

    >>> _what_the_arm_got("依沃西组"), _what_the_arm_got("瑪仕度肽9mg組"), _what_the_arm_got("drug K group")
    ('依沃西', '瑪仕度肽', 'drug K')
    >>> _what_the_arm_got("L组"), _what_the_arm_got("placebo")
    ('L组', 'placebo')
    """
    got = ARM_WORD_AND_DOSE.sub("", arm).strip()
    return got if len(re.compile(r"[\u4e00-\u9fff]").findall(got)) >= 2 or re.compile(r"[A-Za-z]{3,}").search(got) else arm


def _derived(ctx: Context, mentions) -> list[tuple[str, str]]:
    """(source, product) for cells named as derived from others ("iPSC-derived dopaminergic
    progenitors", "iPSC来源多巴胺能神经前体细胞")."""
    pairs = []
    for a, b in zip(mentions, mentions[1:]):
        between = ctx.text[a.end:b.start]
        if (a.name != b.name and _kind(a.name) == "cell" and _kind(b.name) == "cell"
                and re.compile(r"^\s*(?:来源的?|衍生的?|分化的?|-?derived|来源性)\s*$", re.I).match(between)):
            pairs.append((a.name, b.name))
    return list(dict.fromkeys(pairs))


def _received_by(ctx: Context, arm: str, exclude: set[str]) -> str | None:
    """The intervention a sentence names right after the arm ("对照组接受玻尿酸注射")."""
    for g in ctx.mentions("groups"):
        if g.name != arm:
            continue
        s = ctx.sentence_at(g.start)
        for m in ctx.mentions("interventions", g.end, min(s.end, g.end + 40)):
            name = (vocab.info(m.name) or {}).get("parent") or m.name
            between = ctx.text[g.end:m.start]
            if (RECEIVED.search(between) and not re.compile(r"[。；;]").search(between)
                    and not any(name == x or _contains(x, name) or _contains(name, x) for x in exclude)):
                return name
        # ("对照组给予痔宁片", "the control group received tofacitinib"): a product or a drug the
        # vocabulary does not know, right after what the arm received
        verb = RECEIVED.search(ctx.text, g.end, min(s.end, g.end + 12))
        if verb is None or re.compile(r"[。；;,，]").search(ctx.text, g.end, verb.start()):
            continue
        after = ctx.text[verb.end():min(s.end, verb.end() + 30)]
        product = ZH_PRODUCT.search(after.lstrip())
        # (a product the vocabulary does not know, by its own name: not "与复黄片外观相同的模拟片",
        # the study drug named in a placebo's description, nor "每日一片", a dose)
        name = _zh_name(product.group()) if product else ""
        if len(name) >= 3 and not NOT_A_PRODUCT.search(product.group()) \
                and not vocab.lexicon("interventions").find(Tokens(name)) and not any(x in product.group() for x in exclude):
            return name
        drug = INN.match(after.lstrip())
        if drug is not None and drug.group().lower() not in exclude:
            return drug.group().lower()
    return None


def _unknown_drug(ctx: Context, name: str) -> Intervention:
    """A drug the vocabulary does not know: route and dose from the sentences that name it."""
    routes, dose, quote = Counter(), None, None
    for s in ctx.sentences:
        at = s.text.lower().find(name)
        if at < 0 or ctx.is_other_work(s):
            continue
        quote = quote or s.text
        for r in ctx.mentions("routes", s.start, s.end):
            routes[r.name] += 1
        if dose is None:
            d = next((d for d in doses(s.text) if 0 <= d.start - (at + len(name)) <= 4), None)
            dose = d.text if d else None
    return Intervention(name, routes.most_common(1)[0][0] if routes else None, None, None, dose, quote)


def _dose_near(ctx: Context, mentions) -> str | None:
    """The dose written within a few words of a mention of the intervention, as written."""
    for m in mentions:
        s = ctx.sentence_at(m.start)
        for d in doses(s.text):
            a, b = s.start + d.start, s.start + d.end
            if -60 <= a - m.end <= 60 or -20 <= m.start - b <= 20:
                return d.text
    return None


def _dose_stated(ctx: Context) -> str | None:
    """A dose the article states as the dose ("剂量为5×10^7个细胞", "each containing ..."),
    for a study of one intervention."""
    for s in ctx.sentences:
        if ctx.is_other_work(s):
            continue
        for keyword in DOSE_WORDS.finditer(s.text):
            for d in doses(s.text):
                # "日剂量由812±236 mg降至...": a mean and its SD, a measurement, not the dose given.
                if 0 <= d.start - keyword.end() <= 12 and not re.compile(r"[\d±]").search(s.text[keyword.end():d.start]):
                    return d.text
    return None


def extract(ctx: Context, design: str | None, arms=()) -> tuple[list[Intervention], str | None]:
    mentions = [m for m in ctx.mentions("interventions")
                if (s := ctx.sentence_at(m.start)) is not None and not ctx.is_other_work(s)]
    in_title = [m.name for m in vocab.lexicon("interventions").find(Tokens(ctx.title))] if ctx.title else []
    new_drugs = unknown_drugs(ctx)
    titled = [d for d in new_drugs if d in ctx.title.lower()]
    if titled:
        # A drug under study that the vocabulary has never seen, in the headline: it, not
        # the background treatments the article also names, is the intervention.
        in_title = [n for n in in_title if _kind(n) not in ("drug", "drug_class", "biologic")] + titled
    counts = Counter(m.name for m in mentions)
    derived = _derived(ctx, mentions)
    for source, product in derived:
        # "iPSC来源多巴胺能神经前体细胞", "iPSC-derived dopaminergic progenitors": the product was given.
        counts[product] += counts.pop(source, 0)
    sources = {source for source, _ in derived}
    in_title = [n for n in in_title if n not in sources]  # (a headline names the source it was derived from too)
    if in_title:
        # A headline's generic name ("bone marrow stem cells": stem cells) stands for the
        # specific one the article names most ("mesenchymal stem cells").
        # (not the comparator whose name holds it: "sham acupuncture" for a headline's "acupuncture")
        names = [next((n for n, _ in counts.most_common() if _contains(n, t) and (_kind(n) not in COMPARATOR_KINDS
                                                                                 or _kind(t) in COMPARATOR_KINDS)), t)
                 for t in dict.fromkeys(in_title)]
        names = list(dict.fromkeys(names))
    else:
        self_named = Counter(m.name for m in mentions if SELF.search(ctx.sentence_at(m.start).text)
                             and m.name in counts)
        # "我们不能排除安慰剂效应": a placebo named by the authors is no intervention of theirs.
        pool = self_named if any(_kind(n) not in COMPARATOR_KINDS for n in self_named) else counts
        names = [n for n, c in pool.most_common(3) if c >= max(1, pool.most_common(1)[0][1] // 3)]
        if pool is counts and names and _kind(names[0]) == "cell":
            # A cell therapy named most often: the drugs and operations the article names
            # less often (levodopa before, surgery for the implant) are its background.
            names = [n for n in names if _kind(n) == "cell"]
    if new_drugs and not [n for n in names if _kind(n) not in COMPARATOR_KINDS]:
        names = names + new_drugs[:2]  # "took oral dorexalant 20 mg or placebo": nothing else was named
    # "复黄片", "Daqinglong decoction", "腹腔镜子宫肌瘤剔除术": the Chinese medicine or the operation
    # tested, by its own name, not the system of medicine or the kind of treatment it belongs to.
    for own_names, generic in ((herbal_products, "traditional Chinese medicine"), (procedures_named, "surgery")):
        found = own_names(ctx) if generic in names or not [n for n in names if _kind(n) not in COMPARATOR_KINDS] else []
        if found:
            names = [n for n in names if n != generic] + found[:2]
            new_drugs = new_drugs + found[:2]
    # ("Treatment with the Chinese medicine Tongxinluo": the medicine tested, before any treatment the
    # vocabulary finds among the outcomes' words, "coronary intervention such as angioplasty")
    # (Not beside a drug the vocabulary knows: "aspirin or the herbal preparation …" sets them side
    # by side, and a drug studied with a medicine named as background stays the drug.)
    drugs_named = [n for n in names if _kind(n) in ("drug", "drug_class", "biologic", "cell")]
    called = [] if HAN_IN.search(ctx.text[:2000]) or drugs_named else medicines_called(ctx)
    if called and called[0] not in names:
        names = called + [n for n in names if _kind(n) in COMPARATOR_KINDS]
        new_drugs = new_drugs + called
    stated, stated_comparator = objective_treatments(ctx) if not [n for n in names if _kind(n) not in COMPARATOR_KINDS] else ([], None)
    names = names + [n for n in stated if n not in names]
    # (saline given with the treatment, "after the infusion of 100 mL saline", is no comparator)
    vehicles = {n for n in {m.name for m in mentions if _kind(m.name) in COMPARATOR_KINDS} if _only_a_vehicle(ctx, n, mentions)}
    comparators = [n for n in names if _kind(n) in COMPARATOR_KINDS and n not in vehicles]
    names = [n for n in names if _kind(n) not in COMPARATOR_KINDS]
    names = [n for n in names if not any(_contains(other, n) for other in names)]

    out = []
    for name in names:
        if (name in new_drugs or name in stated) and _kind(name) is None:
            out.append(_unknown_drug(ctx, name))
            continue
        parent = (vocab.info(name) or {}).get("parent")
        tissue_of_name = (vocab.info(name) or {}).get("tissue")
        attrs = {"routes": Counter(), "origins": Counter(), "tissues": Counter()}
        quote = None
        for m in mentions:
            if m.name != name:
                continue
            s = ctx.sentence_at(m.start)
            for kind, counter in attrs.items():
                for a in ctx.mentions(kind, s.start, s.end):
                    counter[a.name] += 1
                    quote = quote or s.text
        if len(names) == 1 and design not in REVIEWS:
            # The study's one intervention: how it was given may be told in a sentence that
            # does not name it ("Each participant received two intrathecal injections").
            for s in ctx.sentences:
                if not ctx.is_other_work(s) and GIVEN.search(s.text):
                    for kind, counter in attrs.items():
                        if not counter:
                            for a in ctx.mentions(kind, s.start, s.end):
                                counter[a.name] += 1
        pick = {k: (c.most_common(1)[0][0] if c else None) for k, c in attrs.items()}
        # "adipose-derived MSCs" is recorded as mesenchymal stem cells from adipose tissue,
        # so studies of one cell type line up whatever tissue it came from.
        tissue = pick["tissues"] or tissue_of_name
        out.append(Intervention(parent or name, pick["routes"], pick["origins"], tissue,
                                _dose_near(ctx, [m for m in mentions if m.name == name]), quote))

    if len(out) == 1 and out[0].dose is None:
        out[0].dose = _dose_stated(ctx)

    out = _specific_over_class(out)
    if arms:
        armed, arm_comparator = from_arms(arms)
        if armed:
            # An arm's generic name ("stem cells") yields to the specific intervention the
            # article names ("umbilical cord mesenchymal stem cells").
            known = {i.name: i for i in out}
            specific = {i.name: next((o for o in out if _contains(o.name, i.name)), None) for i in armed}
            out = list({(x := known.get(i.name) or specific[i.name] or i).name: x for i in armed}.values())
            for i in armed:
                x = known.get(i.name)
                if x is not None and x.dose is None:
                    x.dose = i.dose
            for i in out:
                i.dose = i.dose or next((a.dose for a in arms if (_canonical(a.name) or a.name) == i.name), None)
                if i.route is None:
                    # A drug the vocabulary does not know: its route is told where it is named
                    # ("Once-Daily Oral Corvagliptan").
                    routes = Counter(r.name for s in ctx.sentences if i.name.lower() in s.text.lower()
                                     and not ctx.is_other_work(s) for r in ctx.mentions("routes", s.start, s.end))
                    i.route = routes.most_common(1)[0][0] if routes else None
        if arm_comparator in ROLE_COMPARATORS:
            # An arm called "control": its comparator is what it received ("對照組接受玻尿酸
            # 注射" -> hyaluronic acid), else the standard care the article names.
            received = _received_by(ctx, arm_comparator, {i.name for i in out})
            arm_comparator = received or next(
                (m.name for m in mentions if _kind(m.name) == "standard_care"), arm_comparator)
        if arm_comparator:
            return out, arm_comparator
        if len(out) == 2 and len(armed) == 2 and design not in REVIEWS:
            # Two active arms ("GLP-1 RA versus DPP-4 inhibitor"): the second is the comparator.
            return out[:1], out[1].name
    comparator = None
    if design not in ("single_arm_trial", "case_series", "case_report"):
        arm_mentions = [m for m in mentions if _kind(m.name) in COMPARATOR_KINDS and m.name not in vehicles]
        if comparators:
            comparator = comparators[0]
        elif arm_mentions:
            comparator = Counter(m.name for m in arm_mentions).most_common(1)[0][0]
        else:
            # ("对照组口服地榆止血片"): what the control arm received, where no arm was named otherwise
            comparator = _received_by(ctx, "control", {i.name for i in out})
    return out, comparator
