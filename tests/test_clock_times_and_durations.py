"""Numbers that are no outcome's value: a time of day ("from 8.00 AM to 11.00 AM") and how long
something is done ("Fast for a full 24 hours once a week").

The lines here are written for these tests (no text from ../shared).
"""
from ingest.extract import extract
from ingest.extract.numbers import normalize
from ingest.read import read_bytes


def record_of(text):
    return extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()


def test_a_time_of_day_is_masked_and_the_length_kept():
    text = "Session 4 from 8.00 AM to 11.00 AM; dinner at 7:30 p.m.; 5 PMID; 3 AMI"
    assert normalize(text) == "Session 4 from #.## AM to ##.## AM; dinner at #:## p.m.; 5 PMID; 3 AMI"


def test_a_listing_of_sessions_gives_no_survival_of_eleven():
    text = ("Meeting preview\n\n  • Abstract #12—LUMEN: drug Q in early breast cancer: randomised phase 3 trial with "
            "4-year disease-free survival (DFS) results. | Breast cancer: Monday, June 4 from 8.00 AM to 11.00 AM, Hall B\n")
    values = [m["value"] for s in record_of(text)["studies"] for m in s["measurements"]]
    assert 11.0 not in values and 8.0 not in values


def test_how_long_something_is_done_is_no_value():
    text = ("Fasting for beginners\n\nThere are several methods.\n5:2: Eat normally five days a week.\n"
            "Eat-Stop-Eat: Fast for a full 24 hours once or twice a week.\n")
    assert not [m for s in record_of(text)["studies"] for m in s["measurements"] if m["value"] == 24]



def test_the_time_a_measure_is_named_by_is_no_value_of_it():
    text = ("研究结果: 采回溯性世代研究，比较两组病人。调整后，30 天再住院 (aOR 0.90;p = 0.52)、1 年再住院 (aOR 1.02;p\n")
    record = record_of(text)
    assert not any(m["value"] in (1, 30) for s in record["studies"] for m in s["measurements"])
