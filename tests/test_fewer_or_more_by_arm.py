"""An arm's change said as how many fewer (or more) of something its people had, as news of a
trial writes it: "Those taking drug K averaged four fewer migraine days, while those on the
placebo had two fewer" (amounts in words or digits; the second outcome carried from the
first). Each is the arm's change from baseline, signed by its word.

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

HEAD = "Migraine pill trial\n\nIn a randomised trial of 600 adults with migraine, participants received drug K or placebo. "


def changes(text: str) -> set:
    (study,) = extract(read_bytes(text.encode("utf-8"), path="news.txt")).to_json()["studies"]
    return {(e["measure"], e["group"], e["versus"], e["type"], e["value"]) for e in study["effects"]}


@pytest.mark.parametrize("sentence, first, second", [
    ("Those taking drug K averaged four fewer migraine days, while those on the placebo had two fewer migraine days.", -4, -2),
    ("Those taking the drug averaged 4.1 fewer migraine days a month, while those on placebo had 2.5 fewer.", -4.1, -2.5),
    ("Patients given drug K had an average of three more migraine days, while those on placebo had one more.", 3, 1),
])
def test_each_arms_fewer_or_more_is_its_change(sentence, first, second):
    found = changes(HEAD + sentence + "\n")
    assert {("migraine days", "drug k", "baseline", "mean_change", first),
            ("migraine days", "placebo", "baseline", "mean_change", second)} <= found, found


def test_people_the_study_has_no_arm_for_give_nothing():
    found = changes(HEAD + "Those aged over 60 had two fewer migraine days, while those on the placebo had one fewer migraine day.\n")
    assert not [x for x in found if x[1] not in ("drug k", "placebo")], found
