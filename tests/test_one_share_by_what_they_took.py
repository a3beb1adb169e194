"""One arm's share in a sentence of its own, its people described by what they took and what
happened to them said with a verb ("0.8 percent of patients that took drug K ended up in the
hospital"; "… of those patients that took the placebo were hospitalized or died"): news of a
trial that never states its allocation. Written for this test."""
from ingest.extract import extract
from ingest.read import read_bytes

# (the study's drug named twice: a drug named once in passing is no arm of it)
STORY = ("Letaprevir pill cuts hospital stays\n\nThe company's study showed that in a 28-day trial, no deaths were reported in people who "
         "received the pill in comparison to those who received the placebo. Statistics from the trial showed that "
         "1.1 percent of patients that took letaprevir ended up in the hospital with no deaths. Meanwhile, 6.4 percent "
         "of those patients that took the placebo were hospitalized or died.\n")


def test_a_trial_told_in_shares_of_who_took_what_is_a_study_with_both_shares():
    studies = extract(read_bytes(STORY.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert len(studies) == 1
    got = {(m["measure"], m["group"], m["value"]) for m in studies[0]["measurements"]}
    assert got == {("hospitalization", "letaprevir", 1.1), ("hospitalization or death", "placebo", 6.4)}


def test_a_share_of_people_by_what_they_took_with_no_outcome_verb_is_left_alone():
    text = STORY.replace("ended up in the hospital with no deaths", "were women").replace(
        "were hospitalized or died", "were older than 65")
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    assert not [m for s in studies for m in s["measurements"]]
