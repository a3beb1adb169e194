"""A sentence that opens on the change it reports ("The mean changes in weight were 0.4 and
-1.2 kg in the A and B groups, respectively", "Mean 12-week changes in …") gives each arm's
change from baseline, not its level: the first word of a sentence counts as its start
however the reader's window begins.

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

HEAD = ("Trial of a nut diet\n\nIn a randomised trial of 240 adults with obesity, participants ate a nut diet "
        "or a control diet for two years. ")


def study_of(text: str) -> dict:
    (study,) = extract(read_bytes(text.encode("utf-8"), path="news.txt")).to_json()["studies"]
    return study


@pytest.mark.parametrize("opening", ["The mean changes", "Mean changes", "Mean two-year changes", "The 24-month changes"])
def test_a_change_opening_the_sentence_is_each_arms_change(opening):
    study = study_of(HEAD + f"{opening} in body weight were 0.4 and −1.2 kg in the nut and control groups, "
                            "respectively.\n")
    changes = {(e["measure"], e["group"], e["versus"], e["type"], e["value"]) for e in study["effects"]}
    assert {("body weight", "nut", "baseline", "mean_change", 0.4),
            ("body weight", "control", "baseline", "mean_change", -1.2)} <= changes, changes
    assert not [m for m in study["measurements"] if m["value"] in (0.4, -1.2)], study["measurements"]


def test_levels_named_without_a_change_stay_levels():
    study = study_of(HEAD + "Mean body weights were 98.4 and 97.2 kg in the nut and control groups, respectively.\n")
    levels = {(m["measure"], m["group"], m["value"]) for m in study["measurements"]}
    assert {("body weight", "nut", 98.4), ("body weight", "control", 97.2)} <= levels, levels
