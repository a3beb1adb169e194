"""Vocabularies: YAML data files (see README.md here) and lexicons to find their terms.

>>> measure_lexicon().find(Tokens("ASIA运动评分提升"))[0].name
'ASIA motor score'
>>> slug("SCIM-III total")
'scim-iii-total'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from .lexicon import Lexicon, Match, Tokens

HERE = Path(__file__).parent
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def data(name: str):
    """The parsed YAML file ``name`` (without .yaml)."""
    with open(HERE / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=_Loader)


def _entries(items, name_key="name"):
    for e in items or ():
        yield e[name_key], [e[name_key], *(e.get("en") or ()), *(e.get("zh") or ())], e.get("abbr") or ()


def measures() -> list[dict]:
    return data("measures")["measures"]


def families() -> list[dict]:
    return data("measures")["families"]


@lru_cache(maxsize=None)
def lexicon(kind: str) -> Lexicon:
    """A lexicon by kind: measures, families, conditions, interventions, adverse_events,
    routes, origins, tissues, groups."""
    if kind == "measures":
        return Lexicon(_entries(measures()))
    if kind == "families":
        return Lexicon(_entries(families()))
    if kind in ("routes", "origins", "tissues"):
        return Lexicon(_entries(data("attributes")[kind]))
    return Lexicon(_entries(data(kind)))


def measure_lexicon() -> Lexicon:
    return lexicon("measures")


@lru_cache(maxsize=None)
def part_lexicon(family: str) -> Lexicon:
    """Short names (总分, mobility) that name a measure once its family is in context."""
    return Lexicon((m["name"], m.get("parts") or (), ()) for m in measures() if m.get("family") == family)


@lru_cache(maxsize=None)
def _by_name() -> dict[str, dict]:
    out = {}
    for kind in ("measures", "families"):
        for e in (measures() if kind == "measures" else families()):
            out.setdefault(e["name"], e)
    for kind in ("conditions", "interventions", "adverse_events", "groups"):
        for e in data(kind) or ():
            out.setdefault(e["name"], e)
    for kind, items in data("attributes").items():
        for e in items:
            out.setdefault(e["name"], e)
    return out


def info(name: str) -> dict | None:
    """The vocabulary entry with this canonical name, of any kind."""
    return _by_name().get(name)


def other_names(name: str) -> list[str]:
    """Synonyms of a canonical name in every language the vocabulary knows.

    >>> "许旺细胞" in other_names("Schwann cells")
    True
    """
    e = info(name)
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
        return "m-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return s


__all__ = ["Lexicon", "Match", "Tokens", "data", "lexicon", "measure_lexicon", "part_lexicon",
           "info", "other_names", "slug", "measures", "families"]
