"""Vocabularies: YAML data files (see README.md here) and lexicons to find their terms.

>>> measure_lexicon().find(Tokens("ASIA运动评分提升"))[0].name
'ASIA motor score'
>>> slug("SCIM-III total")
'scim-iii-total'
"""

from __future__ import annotations

import functools
import os
import re
import threading
import unicodedata
from hashlib import sha1

import yaml

from .lexicon import Lexicon, Match, Tokens

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ("measures", "conditions", "interventions", "adverse_events", "attributes", "groups", "designs")
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
KINDS = ("measures", "families", "conditions", "interventions", "adverse_events", "routes", "origins",
         "tissues", "groups")


def _parse(name: str):
    with open(os.path.join(HERE, f"{name}.yaml"), encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


SYNONYM_KEYS = ("en", "zh", "abbr", "parts")


@functools.lru_cache(maxsize=1)
def grades() -> dict[str, str]:
    """The written forms of a treatment's overall-effect grades and their names.

    >>> grades()["显效"], grades()["無效"]
    ('marked improvement', 'no response')
    """
    return {written: entry["name"] for entry in _parse("grades") for written in entry["zh"]}


@functools.lru_cache(maxsize=1)
def outcome_verbs() -> dict[str, str]:
    """The verb phrases that say what a share of people did, and the outcome each names
    (outcome_verbs.yaml).

    >>> outcome_verbs()["had died"], outcome_verbs()["completed the study"]
    ('death', 'study completion')
    """
    return {phrase: entry["name"] for entry in _parse("outcome_verbs") for phrase in entry["en"]}


@functools.lru_cache(maxsize=1)
def drug_stems() -> list[str]:
    """The endings of international nonproprietary names (drug_stems.yaml), longest first, so
    that a pattern built from them tries "-ciclib" before "-nib".

    >>> "nib" in drug_stems(), drug_stems().index("gliflozin") < drug_stems().index("nib")
    (True, True)
    """
    stems = {stem for endings in _parse("drug_stems").values() for stem in endings}
    return sorted(stems, key=lambda stem: (-len(stem), stem))


def outcome_words_zh() -> dict[str, str]:
    """The Chinese words a count of an event is written with, and the outcome each names
    (outcome_verbs.yaml's ``zh``).

    >>> outcome_words_zh()["死亡"], outcome_words_zh()["复发"]
    ('death', 'relapse')
    """
    return {word: entry["name"] for entry in _parse("outcome_verbs") for word in entry.get("zh", [])}


def group_role(name: str) -> str | None:
    """The role groups.yaml gives a group's canonical name ("arm", "subgroup"), whatever other
    kind shares that name: ``info`` keeps one entry a name, and "placebo" is an intervention too.

    >>> group_role("placebo"), (info("placebo") or {}).get("role")
    ('arm', None)
    """
    return _group_roles().get(name)


@functools.lru_cache(maxsize=1)
def _group_roles() -> dict[str, str]:
    return {e["name"]: e["role"] for e in data("groups") if e.get("role")}


_parts: dict = {}  # the built vocabulary, once per process


def load() -> None:
    """Build the vocabulary now, once per process: before the first article's time limit
    starts (building is not that article's time), and before worker processes fork."""
    _cached("hot")


def _cached(kind: str) -> dict:
    """One part of the vocabulary ("hot" for matching, "hot-en" for matching English
    text, "full" for everything), built from the YAML on first use (~0.3 s) and kept
    for the life of the process."""
    if not _parts:
        _parts.update(_build())
    return _parts[kind]


# The script of the article being read, per thread: a text without Han characters is
# matched against a vocabulary without its Chinese terms.
_script = threading.local()


def _reset_script() -> None:
    """Back to every term: an article whose time ran out inside ``script_of`` (the limit can
    land after the script was set and before the block began) must not leave the next
    article matched against English terms only."""
    _script.name = "all"


class script_of:
    """Within this block, match with the terms ``text`` can contain (English only when it
    has no Han character).

    >>> with script_of("Spinal cord injury"):
    ...     lexicon("conditions").find(Tokens("脊髓损伤"))
    []
    >>> with script_of("脊髓损伤患者"):
    ...     [m.name for m in lexicon("conditions").find(Tokens("脊髓损伤"))]
    ['spinal cord injury']
    """

    def __init__(self, text: str):
        self.script = "all" if _HAN.search(text) else "en"
        self.previous = "all"

    def __enter__(self):
        self.previous = getattr(_script, "name", "all")
        _script.name = self.script
        return self

    def __exit__(self, *exc):
        _script.name = self.previous
        return False


def compiled() -> dict:
    """The parts of the vocabulary extraction needs: lexicons, part lexicons, attributes."""
    return _cached("hot-en" if getattr(_script, "name", "all") == "en" else "hot")


def _build() -> dict:
    raw = {name: _parse(name) for name in FILES}
    m = raw["measures"]
    items = {"measures": m["measures"], "families": m["families"], **{k: raw["attributes"][k] for k in
             ("routes", "origins", "tissues")}, **{k: raw[k] for k in ("conditions", "interventions",
                                                                         "adverse_events", "groups")}}
    keys: dict = {}  # term -> its key, shared by the full and the English lexicons
    lexicons = {kind: Lexicon(_entries(items[kind]), keys) for kind in KINDS}
    families = {e["name"] for e in m["families"]}
    parts = {fam: Lexicon(((x["name"], x.get("parts") or (), ()) for x in m["measures"] if x.get("family") == fam),
                          keys)
             for fam in families}
    by_name: dict[str, dict] = {}
    for kind in KINDS:
        for e in items[kind]:
            by_name.setdefault(e["name"], e)
    attributes = {name: {k: v for k, v in e.items() if k not in SYNONYM_KEYS} for name, e in by_name.items()}
    # A scale named without a part ("SCIM III improved from ...") means its total score.
    totals = {}
    for x in m["measures"]:
        if x.get("family") and "total" in (x.get("parts") or ()):
            totals.setdefault(x["family"], x["name"])
    hot = {"lexicons": lexicons, "parts": parts, "attributes": attributes, "designs": raw["designs"],
           "family_totals": totals,
           "design_lexicon": _design_lexicon(raw["designs"])}
    english = {**hot, "lexicons": {kind: Lexicon(_english(_entries(items[kind])), keys) for kind in KINDS},
               "parts": {fam: Lexicon(_english((x["name"], x.get("parts") or (), ()) for x in m["measures"]
                                               if x.get("family") == fam), keys) for fam in families},
               "design_lexicon": _design_lexicon(raw["designs"], english=True)}
    return {"hot": hot, "hot-en": english, "full": {"raw": raw, "by_name": by_name}}


def _english(entries):
    """Entries without their Chinese terms."""
    for name, terms, abbrs in entries:
        yield name, [t for t in terms or () if not _HAN.search(str(t))], [a for a in abbrs or () if not _HAN.search(str(a))]


def _design_lexicon(entries, english: bool = False) -> tuple[Lexicon, dict]:
    # A design may be listed twice with different ranks (strong and weak phrases), so the
    # lexicon names each entry by its position and the rank travels with it.
    table = {str(i): (e["design"], e.get("rank", 0)) for i, e in enumerate(entries)}
    lex = Lexicon((str(i), [*(e.get("en") or ()), *(() if english else (e.get("zh") or ()))], e.get("abbr") or ())
                  for i, e in enumerate(entries))
    return lex, table


def family_total(family: str) -> str | None:
    """The measure a scale's name alone stands for: its total score, if it has one.

    >>> family_total("SCIM-III"), family_total("no such scale")
    ('SCIM-III total', None)
    """
    return compiled()["family_totals"].get(family)


def design_lexicon() -> tuple[Lexicon, dict]:
    """Design phrases: a lexicon whose names are entry positions, and position -> (design, rank)."""
    return compiled()["design_lexicon"]


def data(name: str):
    """The parsed YAML file ``name`` (without .yaml)."""
    if name == "designs":
        return compiled()["designs"]
    return _cached("full")["raw"][name]


def _entries(items, name_key="name"):
    for e in items or ():
        name = e[name_key]
        # A canonical name written like an acronym (ASIA, EDSS, eGFR) matches only with its
        # own letter case, so "Asia" the continent and "EGFR" the gene are not it.
        acronym = " " not in name and sum(ch.isupper() for ch in name) >= 2
        # A name too generic to stand alone ("treatment": "after treatment" names no arm)
        # matches only through its listed terms.
        bare = e.get("name_is_term", True)
        terms = [*(e.get("en") or ()), *(e.get("zh") or ())] + ([] if acronym or not bare else [name])
        abbrs = [*(e.get("abbr") or ())] + ([name] if acronym else [])
        yield name, terms, abbrs


def measures() -> list[dict]:
    return data("measures")["measures"]


def families() -> list[dict]:
    return data("measures")["families"]


def lexicon(kind: str) -> Lexicon:
    """A lexicon by kind: measures, families, conditions, interventions, adverse_events,
    routes, origins, tissues, groups."""
    return compiled()["lexicons"][kind]


def measure_lexicon() -> Lexicon:
    return lexicon("measures")


def part_lexicon(family: str) -> Lexicon:
    """Short names (总分, mobility) that name a measure once its family is in context."""
    found = compiled()["parts"].get(family)
    return found if found is not None else _EMPTY


_EMPTY = Lexicon(())


@functools.lru_cache(maxsize=1)
def measure_words() -> frozenset:
    """The English words the measures' names, synonyms and units are made of, lower case
    ("systolic", "index", "score", "mg/dl"): what tells a word from a word with a footnote's
    letter glued to it ("Systolicb").

    >>> {"systolic", "index", "mg/dl"} <= measure_words()
    True
    """
    words = set()
    for e in measures():
        for term in (e["name"], *(e.get("en") or ()), *(e.get("abbr") or ()), e.get("unit") or ""):
            words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z/]*[A-Za-z]", term) if w.isascii())
    return frozenset(words)


def info(name: str) -> dict | None:
    """The attributes (family, range, better, kind, tissue, role, ...) of the vocabulary
    entry with this canonical name, of any kind; its synonyms are in ``other_names``."""
    return compiled()["attributes"].get(name)


def other_names(name: str) -> list[str]:
    """Synonyms of a canonical name in every language the vocabulary knows.

    >>> "许旺细胞" in other_names("Schwann cells")
    True
    """
    e = _cached("full")["by_name"].get(name)
    if not e:
        return []
    return [t for t in (*(e.get("en") or ()), *(e.get("zh") or ()), *(e.get("abbr") or ())) if t != name]


def slug(name: str) -> str:
    """An ASCII URL slug for a measure name; non-ASCII names get a stable hashed slug.

    >>> slug("ASIA motor score"), slug("WHOQOL-BREF overall quality of life")
    ('asia-motor-score', 'whoqol-bref-overall-quality-of-life')
    >>> slug("某评分").startswith("m-")
    True
    """
    e = info(name)
    if e and e.get("slug"):
        return e["slug"]
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not s or len(s) < len(name) / 3:
        return "m-" + sha1(name.encode("utf-8")).hexdigest()[:10]
    return s


__all__ = ["Lexicon", "Match", "Tokens", "data", "load", "design_lexicon", "family_total", "script_of", "lexicon", "measure_lexicon", "part_lexicon",
           "info", "other_names", "slug", "measures", "families"]
