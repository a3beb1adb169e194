"""A news brief of several studies, a paragraph each, brought in as new ("New research
suggested …", "A new study found …"): each is a study of its own; a value in degrees is a
temperature's only where a temperature is named.

Every brief here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.extract.context import Context
from ingest.extract.segments import study_texts
from ingest.read import read_bytes

BRIEF = (
    "Health minute\n\n"
    "Skipping breakfast is linked to 12% more heart attacks, according to a study from a university in Ohio. "
    "It followed 4,200 adults for ten years.\n\n"
    "New research suggested a link between screen time and poor sleep in teenagers. Researchers from two universities "
    "looked at more than 9,000 teenagers and found that those with over five hours a day slept 40 minutes less.\n\n"
    "A new study found office workers type faster when the room is cooler. Researchers said typing speed rose by 8% "
    "when the temperature went from 75 to 68 degrees.\n"
)


def test_a_paragraph_of_new_research_then_a_new_study_cut_the_brief():
    parts = study_texts(Context(read_bytes(BRIEF.encode("utf-8"), path="brief.txt")))
    # (the lede's attributed study goes with the stretch after it: whether it is the same study, the
    # page does not say; a second reading found a lede that was)
    assert len(parts) == 2
    assert "New research suggested" in parts[0] and parts[1].startswith("A new study found")


def test_a_lede_attributed_to_the_study_the_next_paragraph_tells_is_one_study_with_it():
    text = ("Health briefs\n\nDaily stretching cut back pain by 25%, according to a new study from a clinic in Leeds.\n\n"
            "The trial randomized 240 adults to daily stretching or usual care, and after 12 weeks pain scores fell by 25% "
            "in the stretching group and by 8% in the usual care group.\n\n"
            "A new study found that yoga improved sleep in older adults. Researchers randomized 90 adults aged 70 or older "
            "to yoga or rest; sleep scores rose by 20% in the yoga group.\n")
    studies = extract(read_bytes(text.encode("utf-8"), path="brief.txt")).to_json()["studies"]
    assert sorted((s.get("participants") or {}).get("enrolled") or 0 for s in studies) == [90, 240]


def test_a_study_said_only_in_passing_before_a_new_one_is_no_stretch():
    text = ("Health minute\n\nSkipping breakfast is common, according to a study from Ohio.\n\n"
            "A new study found office workers type faster when the room is cooler, by 8%.\n")
    assert study_texts(Context(read_bytes(text.encode("utf-8"), path="brief.txt"))) == []


def test_a_value_in_degrees_is_no_change_of_another_measure():
    studies = extract(read_bytes(BRIEF.encode("utf-8"), path="brief.txt")).to_json()["studies"]
    assert not any(m["value"] in (75, 68) for s in studies for m in s["measurements"])
