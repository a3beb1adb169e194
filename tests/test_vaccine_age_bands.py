"""A vaccine's efficacy given for age bands listed "respectively" (分别): each value the band's
in the order listed, against the comparator; the disease without the people it protects; a
list of efficacies of something else (two vaccines, two times) is no one band's nor the one
vaccine's. Each article is written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def efficacies(text: str) -> list:
    studies = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return [(e["measure"], e["group"], e["versus"], e["value"]) for s in studies for e in s["effects"]
            if e["type"] == "vaccine_efficacy"]


@pytest.mark.parametrize("text, bands", [
    ("带状疱疹疫苗临床试验\n临床研究结果显示,与安慰剂相比,该疫苗对50岁及以上和70岁及以上成人的带状疱疹保护效力分别为96.1%、90.4%。",
     ("50岁及以上", "70岁及以上")),
    ("Shingles vaccine trial\nIn the trial of the vaccine against placebo, vaccine efficacy against herpes zoster was "
     "96.1% and 90.4% in adults aged 50 and older and 70 and older, respectively.",
     ("aged 50 and older", "70 and older")),
])
def test_efficacy_for_age_bands_listed_respectively(text, bands):
    assert efficacies(text) == [("herpes zoster", bands[0], "placebo", 96.1), ("herpes zoster", bands[1], "placebo", 90.4)]


@pytest.mark.parametrize("text", [
    "灭活疫苗三期试验\n研究显示,与安慰剂相比,其两款灭活疫苗保护效力分别为71.2%和77.5%。",
    "流感疫苗研究\n研究人员估算接种三剂甲疫苗或乙疫苗的七日后,预防感染的有效性分别为46%和29%。",
])
def test_efficacies_listed_for_something_else_are_no_ones(text):
    assert efficacies(text) == []
