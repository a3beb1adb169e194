#!/usr/bin/env python3
"""Check gold records of the real-article sets before anyone scores against them.

    python3 tests/real/check_gold.py tests/real/dev/*.json

For each gold file: it is JSON, its `text` exists, and every number the gold states
(values, dispersions, CIs, p-values, sizes, percentages) occurs in the text as digits.
A number that does not is printed as a warning (it may be written in words or Chinese
numerals, which is fine, or it may be a typo, which is not). Exit 1 on a hard error
(bad JSON, missing text, missing keys). Standard library only; it never runs the
extractor, so annotators may use it while writing gold blind.
"""
import json
import os
import re
import sys

REQUIRED = ("text", "language", "title", "studies")
NUMBER_KEYS = ("value", "dispersion_value", "ci", "p", "n", "pct")


def numbers_in(text):
    """Every number written with digits, thousands separators removed ('44 706' -> 44706)."""
    joined = re.sub(r"(?<=\d)[,\u2009\u202f ](?=\d{3}\b)", "", text)
    return {float(x) for x in re.findall(r"\d+(?:\.\d+)?", joined)}


def gold_numbers(obj, path=""):
    """(where, number) for every number the gold states in a scored slot."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("time", "follow_up") and isinstance(v, dict):
                continue
            if k in NUMBER_KEYS or k in ("enrolled", "screened", "excluded", "analyzed", "age_mean",
                                         "age_sd", "age_median", "male", "female", "male_pct",
                                         "adverse_events_total", "serious_adverse_events", "deaths"):
                for x in (v if isinstance(v, list) else [v]):
                    if isinstance(x, (int, float)) and not isinstance(x, bool):
                        yield f"{path}.{k}", x
            else:
                yield from gold_numbers(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from gold_numbers(v, f"{path}[{i}]")


def check(path):
    errors, warnings = [], []
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"not JSON: {e}"], []
    for k in REQUIRED:
        if k not in gold:
            errors.append(f"missing key {k!r}")
    text_path = os.path.join(os.path.dirname(path), gold.get("text") or "")
    if not os.path.isfile(text_path):
        errors.append(f"text missing: {text_path}")
        return errors, warnings
    text = open(text_path, encoding="utf-8").read()
    have = numbers_in(text)
    for where, x in gold_numbers(gold.get("studies") or []):
        if x == 0 or abs(x) in have or float(abs(x)) in have:
            continue
        warnings.append(f"{where} = {x} is not written with digits in the text")
    title = gold.get("title")
    if title and re.sub(r"\s+", "", title) not in re.sub(r"\s+", "", text):
        warnings.append("title is not found verbatim in the text")
    return errors, warnings


def main(paths):
    bad = 0
    for p in paths:
        errors, warnings = check(p)
        for e in errors:
            print(f"ERROR {p}: {e}")
        for w in warnings:
            print(f"warn  {p}: {w}")
        bad += bool(errors)
    print(f"{len(paths)} gold files, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
