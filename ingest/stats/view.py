"""Read-only helpers over one study of the contract record, shared by the stats modules.

>>> study = {"participants": {"enrolled": 106, "analyzed": None, "quotes": {"enrolled": "106 enrolled"}},
...          "groups": [{"name": "cervical", "role": "subgroup", "n": 32, "quote": "32 cervical"}]}
>>> n_for_group(study, "all")
(106, 'enrolled', '106 enrolled')
>>> n_for_group(study, "cervical")
(32, 'group size', '32 cervical')

The stats functions take a ``Study`` dataclass or its ``to_json()`` dict; ``as_dict``
turns the first into the second so everything below reads plain dicts.
"""

from __future__ import annotations

import functools
import re

from ..extract.record import Time

NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")


def as_dict(study) -> dict:
    """A study as the contract's JSON dict, whether given as a dataclass or a dict."""
    return study.to_json() if hasattr(study, "to_json") else study


def time_of(value) -> Time | None:
    """A record time (``{"value": 12, "unit": "month"}`` or ``Time``) as a ``Time``.

    >>> time_of({"value": 12, "unit": "month"}).label
    '12 months'
    """
    if value is None or isinstance(value, Time):
        return value
    try:
        return Time(value["value"], value["unit"])
    except (KeyError, TypeError):
        return None


def is_baseline(time) -> bool:
    t = time_of(time)
    return t is not None and t.value == 0


def label(time) -> str | None:
    t = time_of(time)
    return t.label if t else None


def number(x) -> float | None:
    """A finite real number, or None (lists, strings and booleans are not numbers)."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    x = float(x)
    return x if x == x and abs(x) != float("inf") else None


def whole_n(study: dict) -> tuple[int | None, str | None, str | None]:
    """The whole cohort's size: analysed if stated, else enrolled; with its field and quote."""
    p = study.get("participants") or {}
    quotes = p.get("quotes") or {}
    for field in ("analyzed", "enrolled"):
        if isinstance(p.get(field), int) and p[field] > 0:
            return p[field], field, quotes.get(field)
    return None, None, None


def groups_by_name(study: dict) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for g in study.get("groups") or ():
        if g.get("name") and g["name"] not in out:
            out[g["name"]] = g
    return out


def n_for_group(study: dict, group: str | None) -> tuple[int | None, str | None, str | None]:
    """How many people a group's statistics are over, and where that number comes from."""
    g = groups_by_name(study).get(group or "")
    if g and isinstance(g.get("n"), int) and g["n"] > 0:
        return g["n"], "group size", g.get("quote")
    if group in (None, "all"):
        return whole_n(study)
    return None, None, None


def decimals(value, quote: str | None) -> int:
    """How many decimals a number was printed with, read back from its quote.

    The record keeps 17.0 for "17"; the quote says which. When the quote shows the
    number more than once with different precision, the fewest decimals win (the widest
    rounding interval, so a check never flags what rounding explains).

    >>> decimals(17.0, "40.7 (±17) to 43.3 (±15.9)"), decimals(84.0, "n=89, 84.0%"), decimals(2.5, None)
    (0, 1, 1)
    """
    x = number(value)
    if x is None:
        return 0
    found = _printed(quote or "").get(x)
    if found is not None:
        return found
    text = repr(x)
    if "e" in text or "." not in text:
        return 0
    frac = text.split(".")[1]
    return 0 if frac == "0" else len(frac)


@functools.lru_cache(maxsize=4096)
def _printed(quote: str) -> dict[float, int]:
    """Every number printed in ``quote``, with the fewest decimals it is printed with: the
    checks ask for the same few quotes again and again, one number at a time.

    >>> _printed("40.7 (±17) to 43.3 (±15.9); 17.0")
    {40.7: 1, 17.0: 0, 43.3: 1, 15.9: 1}
    """
    out: dict[float, int] = {}
    for m in NUMBER.finditer(quote):
        t = m.group()
        x, d = float(t), len(t.split(".")[1]) if "." in t else 0
        if x not in out or d < out[x]:
            out[x] = d
    return out


def half_unit(value, quote: str | None) -> float:
    """Half a unit of the last printed digit: the rounding tolerance of a printed number.

    >>> half_unit(39.2, "32名(39.2%)"), half_unit(17.0, "(±17)")
    (0.05, 0.5)
    """
    return 0.5 * 10.0 ** -decimals(value, quote)


def quotes(*texts) -> list[str]:
    """The distinct non-empty quotes, in order; one contained in another is left out.

    >>> quotes("a b", None, "a b c", "d", "d")
    ['a b c', 'd']
    """
    distinct = [t for t in dict.fromkeys(texts) if t]
    return [t for t in distinct if not any(t != u and t in u for u in distinct)]
