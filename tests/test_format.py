"""The one formatter (ingest/site/format.py, issue #13): stated numbers as the article
printed them, computed numbers rounded, p-values with their relation, dispersions named,
and the same text on the study page and the comparison pages."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest
from bs4 import BeautifulSoup

from ingest.site import format as f
from ingest.site.forest import forest_svg

REPO = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- measurements

@pytest.mark.parametrize("m, expected", [
    # SD as the bare ±, decimals as the quote printed them (the record keeps 17.0 for both).
    ({"stat": "mean", "value": 40.7, "dispersion": "sd", "dispersion_value": 17.0,
      "quote": "40.7（±17）"}, "40.7 ± 17"),
    ({"stat": "mean", "value": 40.7, "dispersion": "sd", "dispersion_value": 17.0,
      "quote": "40.7 ± 17.0"}, "40.7 ± 17.0"),
    ({"stat": "mean", "value": 57.9, "dispersion": "sd", "dispersion_value": 13.0,
      "quote": "57.9 (SD 13.0)"}, "57.9 ± 13.0"),
    # No quote: the shortest form, no invented zeros.
    ({"stat": "mean", "value": 40.7, "dispersion": "sd", "dispersion_value": 17.0}, "40.7 ± 17"),
    ({"stat": None, "value": 5.0}, "5"),
    ({"stat": "mean", "value": 2.4, "dispersion": "se", "dispersion_value": 0.3}, "2.4 ± 0.3 (SE)"),
    ({"stat": "median", "value": 52, "dispersion": "iqr", "dispersion_low": 40, "dispersion_high": 61},
     "median 52 [IQR 40–61]"),
    ({"stat": "median", "value": 7, "dispersion": "range", "dispersion_low": 2, "dispersion_high": 14},
     "median 7 [range 2–14]"),
    # A 95% CI, and any span with a negative end, in words: "−1.2–3.4" reads as a subtraction.
    ({"stat": "mean", "value": 3.1, "dispersion": "ci95", "dispersion_low": 2.5, "dispersion_high": 3.7},
     "3.1 [95% CI 2.5 to 3.7]"),
    ({"stat": "mean", "value": 1.1, "dispersion": "range", "dispersion_low": -1.2, "dispersion_high": 3.4},
     "1.1 [range −1.2 to 3.4]"),
    ({"stat": "mean", "value": 3.0, "dispersion": "ci95", "dispersion_high": 3.7}, "3 [95% CI ? to 3.7]"),
    # An unknown dispersion is named as stored, not dropped.
    ({"stat": "mean", "value": 3.0, "dispersion": "ci90", "dispersion_low": 2, "dispersion_high": 4},
     "3 [ci90 2–4]"),
    ({"stat": "percent", "value": 84.0, "quote": "n=89, 84.0%"}, "84.0%"),
    ({"stat": "mean", "value": -2.3, "quote": "fell by -2.30 points"}, "−2.30"),
    ({"stat": "mean", "value": None}, None),
])
def test_value_text(m, expected):
    assert f.value_text(m) == expected


@pytest.mark.parametrize("m, old_study_page, old_compare, chosen", [
    # The measurement's own n: the study page showed it, the comparison page dropped it.
    ({"stat": "percent", "value": 45.2, "n": 20}, "45.2% (n = 20)", "45.2%", "45.2% (n = 20)"),
    ({"stat": "mean", "value": 43.3, "dispersion": "sd", "dispersion_value": 15.9, "n": 98.0},
     "43.3 ± 15.9 (n = 98)", "43.3 ± 15.9", "43.3 ± 15.9 (n = 98)"),
    # A count: "n = 12" on the study page, "n 12" on the comparison page.
    ({"stat": "n", "value": 12, "n": 12}, "n = 12", "n 12", "n = 12"),
    # Dispersion bounds: the study page dropped their printed decimals, the comparison kept them.
    ({"stat": "median", "value": 12, "dispersion": "iqr", "dispersion_low": 8.0, "dispersion_high": 15.5,
      "quote": "12 (8.0–15.5)"}, "median 12 [IQR 8–15.5]", "median 12 [IQR 8.0–15.5]",
     "median 12 [IQR 8.0–15.5]"),
])
def test_where_the_two_old_formatters_disagreed(m, old_study_page, old_compare, chosen):
    # (The old outputs are kept as the record of what was decided; the choice is asserted.)
    assert f.value_text(m) == chosen


# ---------------------------------------------------------------- p-values

@pytest.mark.parametrize("p, relation, quote, expected", [
    (0.001, "<", None, "p < 0.001"),          # both old pages: "p<0.001"
    (0.03, "=", None, "p = 0.03"),
    (0.03, "=", "P=0.030", "p = 0.030"),      # decimals as printed (old: "p=0.03")
    (0.002, None, None, "p 0.002 (sign not printed)"),  # no relation: a page that lost "<" ("P0.002")
    (0.05, "<=", None, "p ≤ 0.05"),
    (0.05, ">=", None, "p ≥ 0.05"),
    (0.05, ">", None, "p > 0.05"),
    (0.05, "≤", None, "p ≤ 0.05"),
    (1e-05, "<", None, "p < 0.00001"),        # never an exponent
    (0.04, "<script>", None, "p <script> 0.04"),  # shown as stored: the page escapes it
    (None, "<", None, None),
])
def test_p_text(p, relation, quote, expected):
    assert f.p_text(p, relation, quote) == expected


@pytest.mark.parametrize("p, expected", [
    (1.2e-05, "p < 0.001"),   # the template's "%.3g" printed 1.2e-05
    (0.0042, "p = 0.004"),
    (0.0489, "p = 0.049"),    # not rounded up to 0.05
    (0.3161, "p = 0.32"),
    (0.9991, "p > 0.99"),
    (None, None),
])
def test_computed_p(p, expected):
    assert f.computed_p(p) == expected


# ---------------------------------------------------------------- single numbers

@pytest.mark.parametrize("x, expected", [
    (17.0, "17"), (40.7, "40.7"), (106, "106"), (106.0, "106"), (0.001, "0.001"), (1e-05, "0.00001"),
    (-2.5, "−2.5"), (-0.0, "0"), ("12 × 10⁶ cells", "12 × 10⁶ cells"), (True, None), (None, None),
])
def test_plain(x, expected):
    assert f.plain(x) == expected


@pytest.mark.parametrize("x, quote, expected", [
    (2.6, "改善2.60分", "2.60"),   # the comparison page used to print "2.6" for a stated change
    (2.1, "95% CI [1.25, 2.10]", "2.10"),
    (17.0, "(±17)", "17"),
    (84.0, "84.0%", "84.0"),
    (2.1, None, "2.1"),
    (2.1, "no such number", "2.1"),
    (-0.5, "−0.50", "−0.50"),
])
def test_printed(x, quote, expected):
    assert f.printed(x, quote) == expected


@pytest.mark.parametrize("args, expected", [
    ((-0.0349,), "−0.03"), ((2.6,), "2.60"), ((-0.001,), "0.00"), ((0.01234, 3), "0.012"),
    ((41.6, 0), "42"), ((None,), None),
])
def test_computed(args, expected):
    assert f.computed(*args) == expected


@pytest.mark.parametrize("args, expected", [
    ((0.1567, -0.0349, 0.348), "0.16 [−0.03, 0.35]"),
    ((0.04123, 0.01, 0.07, 3), "0.041 [0.010, 0.070]"),
    ((0.5, None, None), "0.50"),
    ((None, 0.1, 0.2), None),
])
def test_estimate_ci(args, expected):
    assert f.estimate_ci(*args) == expected


@pytest.mark.parametrize("args, expected", [
    ((1.25, 2.1, "OR 1.6 (95% CI 1.25–2.10)"), "1.25 to 2.10"),
    ((-1.2, 0.4, None), "−1.2 to 0.4"),
    ((None, 3, None), "? to 3"),
    ((None, None, None), None),
])
def test_ci_text(args, expected):
    assert f.ci_text(*args) == expected


def test_mean_sd_and_percent():
    assert f.mean_sd(35.2, 9.8, "平均年龄35.2岁（±9.8岁）") == "35.2 ± 9.8"
    assert f.mean_sd(35.0, 9.0) == "35 ± 9"  # the side-by-side page printed the raw 35.0 ± 9.0
    assert f.percent(73.6, "78人（73.6%）") == "73.6%" and f.percent(None) is None


def test_pooled_display():
    from ingest.site.compare import pooled_display

    d = pooled_display({"estimate": -0.123, "ci_low": -0.4, "ci_high": 0.15, "tau2": 0.0123,
                        "I2": 41.6, "p": 1.2e-05})
    assert d == {"estimate": "−0.12 [95% CI −0.40 to 0.15]", "tau2": "0.012", "I2": "42%", "p": "p < 0.001",
                 "prediction": None, "test": "Wald (z)"}


# ---------------------------------------------------------------- one formatter, escaped pages

def test_no_second_formatter_in_plugins_or_site():
    """The old copies (fmt, p_text, P_RELATION, DISPERSION_LABEL, ...) are gone."""
    copies = re.compile(r"^(def (fmt|_fmt|p_text|as_printed|printed|value_text|measurement_text|computed|interval)\b"
                        r"|(P_RELATION|DISPERSION_LABEL|RELATION) =)", re.MULTILINE)
    files = [*REPO.glob("plugins/*.py"), *REPO.glob("ingest/site/*.py")]
    found = [f"{p.name}: {m.group()}" for p in files if p.name != "format.py"
             for m in copies.finditer(p.read_text(encoding="utf-8"))]
    assert not found
    # Nor number formatting in the templates: the numbers come formatted.
    for template in REPO.glob("templates/*.html"):
        assert not re.search(r'"%\.\d[fg]"\s*\|\s*format', template.read_text(encoding="utf-8")), template.name


def test_a_hostile_relation_is_escaped_by_the_template():
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(REPO / "templates")), autoescape=True)
    macro = env.get_template("_evidence.html").module.num
    cell = {"text": f.p_text(0.04, "<script>alert(1)</script>"), "quote": '"><img src=x onerror=alert(1)>',
            "source_id": "s"}
    html = str(macro(cell))
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html


def test_the_forest_plot_uses_the_formatter():
    svg = forest_svg([{"label": "A <b>", "estimate": -0.12, "ci_low": -0.4, "ci_high": 0.15,
                       "text": f.estimate_ci(-0.12, -0.4, 0.15), "time_label": "12 months", "pooled": True}],
                     [{"time_label": "12 months", "estimate": -0.123, "ci_low": -0.4, "ci_high": 0.15, "k": 2,
                       "tau2": 0.0123, "I2": 41.6, "method": "DL"}], title="t")
    assert "−0.12 [−0.40, 0.15]" in svg and "τ² = 0.012, I² = 42%" in svg and "<b>" not in svg


def test_the_study_page_and_the_comparison_page_agree(two):
    """Every baseline, follow-up and p of the comparison is the study page's text, to the character."""
    data = two.get("/-/compare/asia-motor-score.json").json()
    for row in (r for r in data["within_arm"]["rows"] if r["group"] == "all"):
        page = BeautifulSoup(two.get(f"/evidence/studies/{row['study_id']}").text, "html.parser")
        shown = {el.get_text() for el in page.select("table.measurements .num, table.effects .num")}
        for key in ("baseline", "follow_up", "p"):
            if row[key]:
                assert row[key]["text"] in shown, (key, row[key]["text"], shown)
