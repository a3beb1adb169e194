"""One formatter for every number the site shows: the study page, the comparison pages, the
forest plot.

>>> value_text({"stat": "mean", "value": 40.7, "dispersion": "sd", "dispersion_value": 17.0,
...             "n": 106, "quote": "40.7 (±17.0), n=106"})
'40.7 ± 17.0 (n = 106)'
>>> p_text(0.001, "<"), p_text(0.03, "="), computed(-0.0349)
('p < 0.001', 'p = 0.03', '−0.03')

Two kinds of number, never mixed up:

* Stated numbers (the article's) are shown as the article printed them: the decimals are
  read back from the fact's quote, so 17.0 printed "17.0" stays "17.0" and printed "(±17)"
  stays "17" (the record stores both as the float 17.0). Without a quote, the shortest
  form of the stored number: no invented trailing zeros, no exponent.
* Computed numbers (effect sizes, pooled estimates, changes worked out from two means) are
  rounded for reading: 2 decimals (3 for a risk difference, τ²), see ``computed``.

Where ``plugins/study_page.py`` and ``ingest/site/compare.py`` used to disagree, this module
chose (issue #13):

* n: a measurement that states its own n shows it on every page, "45.2% (n = 20)"; a
  count measurement is "n = 12", never "n 12". An n column is the whole number, never "106.0".
* dispersion bounds (IQR, range, 95% CI) keep their printed decimals, "[IQR 8.0–15.5]",
  as a measurement's value and SD always did (the study page had dropped them).
* a stated change from baseline keeps its printed decimals on the comparison pages too
  ("2.60", not "2.6"), as on the study page.
* p: "p < 0.001", "p = 0.03", "p ≤ 0.05" with spaces, the article's relation kept and its
  decimals as printed (both pages used to print "p<0.001" and dropped trailing zeros).
* a minus sign is the real one (U+2212) on stated numbers too, as it already was on
  computed ones, so "−0.5" never reads as a dash.

Dispersion labels: SD is the bare "±" (mean ± SD is what a clinician assumes), SE is
"± x (SE)", and the others are bracketed and named: IQR, range, 95% CI. A 95% CI (or any
span with a negative end) is written "a to b", since "−1.2–3.4" is ambiguous; an IQR or a
range of positive numbers keeps the usual en dash.

All functions return plain text (or None for "nothing to show"); none returns markup.
Article text is hostile input, and escaping stays where the text is put into HTML or SVG:
Jinja's autoescaping in the templates, ``html.escape`` in ``forest.py``.
"""

from __future__ import annotations

from ..stats.view import decimals

MINUS = "\u2212"
# The relations a record may store for a p-value (and an implied r), as printed.
RELATION = {"=": "=", "<": "<", "<=": "≤", ">": ">", ">=": "≥", "≤": "≤", "≥": "≥"}
# How a bracketed dispersion is named; SD and SE are written with "±" (see value_text).
DISPERSION_LABEL = {"sd": "SD", "se": "SE", "iqr": "IQR", "range": "range", "ci95": "95% CI"}


def _minus(text: str) -> str:
    # Only a leading sign: the text is a number we formatted, never an article's words.
    return MINUS + text[1:] if text.startswith("-") else text


def plain(x) -> str | None:
    """A stored number in its shortest form: no trailing .0, no exponent, a real minus.

    >>> plain(17.0), plain(40.7), plain(106), plain(0.001), plain(1e-05), plain(-2.5), plain(None)
    ('17', '40.7', '106', '0.001', '0.00001', '−2.5', None)

    For counts (n, events, flow) and for numbers with no quote to read decimals from. A
    string is already text (a dose as written) and is returned as it is.
    """
    if x is None or isinstance(x, bool):  # a stored flag is not a number to show
        return None
    if isinstance(x, str):
        return x
    if isinstance(x, int):
        return _minus(str(x))
    x = float(x)
    if x.is_integer():
        return _minus(str(int(x)))  # int() also makes -0.0 plain "0"
    text = repr(x)
    if "e" in text:  # repr gives 1e-05; nobody reads a p-value that way
        text = f"{x:.15f}".rstrip("0").rstrip(".")
    return _minus(text)


def printed(x, quote: str | None) -> str | None:
    """A stated number with the decimals its sentence printed it with.

    >>> printed(13.0, "57.9 (SD 13.0)"), printed(17.0, "40.7 (±17)"), printed(-2.3, "fell by -2.30")
    ('13.0', '17', '−2.30')
    >>> printed(2.1, None), printed(None, "x")
    ('2.1', None)

    With no quote, or a quote that does not show the number, it is ``plain``.
    """
    if x is None or isinstance(x, (bool, str)):
        return plain(x)
    # The quote shows the magnitude; its sign may be a hyphen, a minus or words ("fell by").
    places = decimals(abs(float(x)), quote)
    return _minus(f"{float(x):.{places}f}") if places else plain(x)


def computed(x, digits: int = 2) -> str | None:
    """A computed number rounded for reading, with a real minus sign.

    >>> computed(-0.0349), computed(2.6), computed(0.0123, 3), computed(-0.001), computed(None)
    ('−0.03', '2.60', '0.012', '0.00', None)

    A fixed number of decimals, so a column of estimates lines up and a computed number is
    never mistaken for one the article printed. A value that rounds to zero loses its sign.
    """
    if x is None:
        return None
    text = f"{x:.{digits}f}"
    if float(text) == 0:
        text = text.lstrip("-")
    return _minus(text)


def tick(x: float) -> str:
    """An axis label of the forest plot: as short as it can be.

    >>> tick(0.1), tick(-0.25), tick(1.0), tick(-0.0)
    ('0.1', '−0.25', '1', '0')

    Ticks are round positions, not results: trailing zeros would only crowd the axis.
    """
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else _minus(text)


def span(low: str | None, high: str | None, dash: bool = True) -> str | None:
    """Two formatted ends: '8–15' (en dash), or 'a to b' for a CI or a negative end.

    >>> span("8", "15"), span("2.5", "3.7", dash=False), span("−1.2", "3.4"), span(None, "4")
    ('8–15', '2.5 to 3.7', '−1.2 to 3.4', '?–4')
    >>> span(None, None) is None
    True
    """
    if low is None and high is None:
        return None
    low, high = low or "?", high or "?"
    # "−1.2–3.4" reads as a subtraction: a negative end gets words.
    if dash and not (low.startswith(MINUS) or high.startswith(MINUS)):
        return f"{low}–{high}"
    return f"{low} to {high}"


def ci_text(low, high, quote: str | None = None) -> str | None:
    """A stated 95% CI, ends as printed: '1.25 to 2.10'.

    >>> ci_text(1.25, 2.1, "OR 1.6 (95% CI 1.25-2.10)"), ci_text(None, 3, None), ci_text(None, None)
    ('1.25 to 2.10', '? to 3', None)
    """
    return span(printed(low, quote), printed(high, quote), dash=False)


def estimate_ci(estimate, low=None, high=None, digits: int = 2) -> str | None:
    """A computed estimate with its 95% CI: '0.16 [−0.03, 0.35]'.

    >>> estimate_ci(0.1567, -0.0349, 0.348), estimate_ci(0.5), estimate_ci(None, 1, 2)
    ('0.16 [−0.03, 0.35]', '0.50', None)
    """
    text = computed(estimate, digits)
    if text is not None and low is not None and high is not None:
        text += f" [{computed(low, digits)}, {computed(high, digits)}]"
    return text


def percent(x, quote: str | None = None) -> str | None:
    """A stated percentage: '73.6%'.

    >>> percent(73.6, "78 (73.6%)"), percent(84.0, "n=89, 84.0%"), percent(None)
    ('73.6%', '84.0%', None)
    """
    text = printed(x, quote)
    return None if text is None else f"{text}%"


def mean_sd(mean, sd=None, quote: str | None = None) -> str | None:
    """A stated mean with its SD: '35.2 ± 9.8'.

    >>> mean_sd(35.2, 9.8, "35.2 ± 9.8 years"), mean_sd(35.0, None, "35.0 years"), mean_sd(None, 3)
    ('35.2 ± 9.8', '35.0', None)
    """
    text = printed(mean, quote)
    if text is not None and sd is not None:
        text += f" ± {printed(sd, quote)}"
    return text


def value_text(m: dict) -> str | None:
    """One measurement as a cell, decimals as printed: '40.7 ± 17', 'median 52 [IQR 40–61]'.

    >>> value_text({"stat": "mean", "value": 40.7, "dispersion": "sd", "dispersion_value": 17.0,
    ...             "quote": "40.7 (±17)"})
    '40.7 ± 17'
    >>> value_text({"stat": "median", "value": 12, "dispersion": "iqr", "dispersion_low": 8,
    ...             "dispersion_high": 15.5, "quote": "12 (8.0–15.5)"})
    'median 12 [IQR 8.0–15.5]'
    >>> value_text({"stat": "mean", "value": 29.21, "dispersion": None, "dispersion_value": 6.69, "n": 33})
    '29.21 (6.69) (n = 33)'
    >>> value_text({"stat": "percent", "value": 45.2, "n": 20}), value_text({"stat": "n", "value": 12})
    ('45.2% (n = 20)', 'n = 12')
    >>> value_text({"stat": "mean", "value": 3.1, "dispersion": "ci95", "dispersion_low": 2.5,
    ...             "dispersion_high": 3.7})
    '3.1 [95% CI 2.5 to 3.7]'
    >>> value_text({"stat": "rate", "value": 2.02, "unit": "per 100 person-years", "dispersion": "ci95",
    ...             "dispersion_low": 1.44, "dispersion_high": 2.76})
    '2.02 per 100 person-years [95% CI 1.44 to 2.76]'

    ``m`` is a measurements row (or a record's measurement with its pair split): stat,
    value, dispersion, dispersion_value (SD, SE) or dispersion_low/high (IQR, range, CI),
    n, quote, and a rate's unit. None when there is no value to show.
    """
    quote = m.get("quote")
    stat, value = m.get("stat"), printed(m.get("value"), quote)
    if value is None:
        return None
    if stat == "percent":
        text = f"{value}%"
    elif stat == "n":
        text = f"n = {value}"
    elif stat == "rate":  # "2.02 per 100 person-years"
        text = f"{value} {m.get('unit') or 'per unit of time'}"
    elif stat in (None, "", "mean"):  # a bare number is a mean, as in the article's tables
        text = value
    else:
        text = f"{stat} {value}"
    disp = m.get("dispersion")
    single = printed(m.get("dispersion_value"), quote)
    pair = span(printed(m.get("dispersion_low"), quote), printed(m.get("dispersion_high"), quote),
                dash=disp != "ci95")
    if disp == "sd" and single is not None:
        text += f" ± {single}"
    elif disp == "se" and single is not None:
        text += f" ± {single} (SE)"  # "±" alone is read as an SD
    elif disp and (pair or single):
        text += f" [{DISPERSION_LABEL.get(disp, disp)} {pair or single}]"
    elif single is not None:
        text += f" ({single})"  # a spread whose kind the article does not say (SD or SE), as printed
    if m.get("n") is not None and stat != "n":
        # The measurement's own n (often fewer than enrolled at a late follow-up).
        text += f" (n = {plain(m['n'])})"
    return text


def effect_value_text(e: dict) -> str | None:
    """An effect's estimate as printed, an efficacy with its percent sign.

    >>> effect_value_text({"type": "vaccine_efficacy", "value": 89.5, "quote": "efficacy of 89.5%"})
    '89.5%'
    >>> effect_value_text({"type": "hazard_ratio", "value": 0.8, "quote": "HR 0.80"}), effect_value_text({"value": None})
    ('0.80', None)
    """
    value = printed(e.get("value"), e.get("quote"))
    if value is not None and e.get("type") == "vaccine_efficacy":
        value += "%"
    return value


def p_text(p, relation=None, quote: str | None = None) -> str | None:
    """A stated p-value with its relation: 'p < 0.001', 'p = 0.030', 'p ≤ 0.05'.

    >>> p_text(0.001, "<"), p_text(0.03, "=", "P=0.030"), p_text(0.05, "<="), p_text(0.2, None)
    ('p < 0.001', 'p = 0.030', 'p ≤ 0.05', 'p 0.2 (sign not printed)')
    >>> p_text(None, "<") is None
    True

    A relation the table does not know is shown as stored (escaped by the page), never
    silently turned into "=".
    """
    if p is None:
        return None
    if relation is None:
        return f"p {printed(p, quote)} (sign not printed)"  # "(P0.05)": the page lost "<" or ">"
    return f"p {RELATION.get(relation, relation)} {printed(p, quote)}"


def computed_p(p) -> str | None:
    """A computed p-value (a pooled estimate's): 'p < 0.001', 'p = 0.004', 'p = 0.32'.

    >>> computed_p(1.2e-05), computed_p(0.0042), computed_p(0.3161), computed_p(0.0489), computed_p(0.9991)
    ('p < 0.001', 'p = 0.004', 'p = 0.32', 'p = 0.049', 'p > 0.99')

    Two decimals, three below 0.01 and near 0.05 (so 0.049 is not shown as 0.05); never
    an exponent, which "%.3g" gave (1.2e-05).
    """
    if p is None:
        return None
    if p < 0.001:
        return "p < 0.001"
    if p > 0.99:
        return "p > 0.99"
    digits = 3 if p < 0.01 or 0.045 <= p < 0.055 else 2
    return f"p = {p:.{digits}f}"
