"""Every stored number's quote holds that number: a reader who clicks a value finds it in
the sentence shown. Checked on every article this project has: the examples, the held-out
sets and the seed here; the real-article sets, where their texts have been rebuilt, in
tests/test_eval_gate.py on the records of its one extraction run.

A number counts as held when the quote writes it in any way the extractor reads: digits
(full-width or ASCII, "0·05", ".04", "0.000 01"), an English number word, Chinese numerals;
a signed change ("fell by 6.8" is -6.8) matches on its size.
"""

import re

import pytest

from ingest.extract import extract
from ingest.extract.numbers import NUM, english_number, normalize, p_values
from ingest.extract.numerals import chinese_to_int
from ingest.read import read_documents
from tests.paths import EXAMPLES, REPO, SEED

NUMBER = re.compile(NUM)
WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
CHINESE = re.compile(r"[零〇一二两三四五六七八九十百千万萬]+")


def numbers_in(quote: str) -> list[float]:
    """Every number a quote writes, however it writes it."""
    # ("7.8%vs.19.4%": the point after "vs" is no decimal point of the number after it)
    norm = re.sub(r"(?<=[vV][sS])\.(?=\d)", " ", normalize(quote))
    found = [abs(float(x.replace(",", ""))) for x in NUMBER.findall(norm) if x.strip(",.")]
    found += [p.p for p in p_values(quote) if p.p is not None]
    found += [n for n in (english_number(w) for w in WORD.findall(quote)) if n is not None]
    for run in CHINESE.findall(quote):
        n = chinese_to_int(run)
        if n is not None:
            found.append(n)
    return found


def holds(quote: str, value) -> bool:
    return any(abs(abs(value) - x) <= 1e-6 * max(1.0, abs(value)) for x in numbers_in(quote))


def numbers_not_in_their_quote(record: dict) -> list[tuple]:
    """(kind, number, quote) for each number of a contract record its quote does not hold."""
    wrong = []
    for study in record["studies"]:
        for kind, key in (("measurements", "value"), ("effects", None), ("adverse_events", "n")):
            for item in study[kind]:
                numbers = [item[key]] if key else [item["value"], item["p"]]
                for x in numbers:
                    if x is not None and not (x == 0 and kind == "adverse_events") and not holds(item["quote"] or "", x):
                        wrong.append((kind, x, item["quote"]))
    return wrong


def articles():
    # The real-article sets (tests/real) are checked in tests/test_eval_gate.py, on the
    # records its one extraction run gives.
    paths = sorted(EXAMPLES.iterdir()) + ([SEED] if SEED.exists() else [])
    for folder in ("holdout", "holdout2", "holdout3"):
        paths += sorted((REPO / "tests" / folder / "articles").iterdir())
    return [p for p in paths if p.suffix in (".txt", ".html", ".xml", ".nxml")]


@pytest.mark.parametrize("path", articles(), ids=lambda p: p.name)
def test_every_number_is_in_its_quote(path):
    wrong = [x for doc in read_documents(path) for x in numbers_not_in_their_quote(extract(doc).to_json())]
    assert not wrong, wrong


@pytest.mark.parametrize("quote, value", [("P = .04", 0.04), ("fell by 6.8 points", -6.8), ("九名患者", 9),
                                          ("five patients (42%)", 5), ("０．１２ ng/mL", 0.12), ("P<0.000 01", 0.00001),
                                          ("91·6% (85·6–95·2)", 91.6)])
def test_a_number_is_held_however_it_is_written(quote, value):
    assert holds(quote, value)


def test_a_number_missing_from_its_quote_is_reported():
    record = {"studies": [{"measurements": [{"value": 1.6, "quote": "HbA1c fell from 8.1% to 6.5%"},
                                            {"value": 6.5, "quote": "HbA1c fell from 8.1% to 6.5%"}],
                           "effects": [{"value": None, "p": 0.03, "quote": "P = 0.03"}],
                           "adverse_events": [{"n": 0, "quote": "none"}]}]}
    assert numbers_not_in_their_quote(record) == [("measurements", 1.6, "HbA1c fell from 8.1% to 6.5%")]


def test_a_number_not_written_is_not_held():
    assert not holds("HbA1c fell from 8.1% to 6.5%", 1.6)
