"""A news brief of several studies, a paragraph each: the first attributed to its study
("…, according to a study from …"), the next brought in as new ("New research suggested …",
"A new study found …"). Each is a study of its own; a value in degrees is a temperature's.

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


def test_each_paragraph_of_a_brief_is_a_stretch_of_its_own():
    parts = study_texts(Context(read_bytes(BRIEF.encode("utf-8"), path="brief.txt")))
    assert len(parts) == 3
    assert parts[1].startswith("New research suggested") and parts[2].startswith("A new study found")


def test_a_study_said_only_in_passing_before_a_new_one_is_no_stretch():
    text = ("Health minute\n\nSkipping breakfast is common, according to a study from Ohio.\n\n"
            "A new study found office workers type faster when the room is cooler, by 8%.\n")
    assert study_texts(Context(read_bytes(text.encode("utf-8"), path="brief.txt"))) == []


def test_a_value_in_degrees_is_no_change_of_another_measure():
    studies = extract(read_bytes(BRIEF.encode("utf-8"), path="brief.txt")).to_json()["studies"]
    assert not any(m["value"] in (75, 68) for s in studies for m in s["measurements"])
