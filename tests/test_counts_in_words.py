"""How many people a study enrolled, as articles write it: in words with hundreds ("Three hundred
and thirty-three children", "Seven hundred eighty-four individuals"), in digits with a thousands
comma in Chinese ("超过 1,600 名…患者接受"), and never a part of them that received something
more ("Five patients with CLL received ibrutinib" after "Seventeen of twenty patients").

Every article here is written for this test, in its own words.
"""

import pytest

from ingest.extract import extract
from ingest.extract.numbers import english_number
from ingest.read import read_bytes


def enrolled(text: str):
    studies = extract(read_bytes(text.encode(), path="a.txt")).to_json()["studies"]
    return studies[0]["participants"]["enrolled"] if studies else "no study"


@pytest.mark.parametrize("text,n", [
    ("Objective: To report our experience with laparoscopic hernia repair. Results: Two hundred and forty-one children "
     "with inguinal hernia were treated by laparoscopic repair. The mean operating time was 31 minutes.", 241),
    ("Six hundred twelve individuals who had lost weight were randomly assigned to placebo or drug K. The mean change "
     "in body weight was +1.5 kg for placebo and -0.8 kg for drug K (P = 0.01).", 612),
    ("在名为 KX-2 的第三期临床试验中，超过 1,600 名肥胖合并糖尿病患者接受不同剂量的药物K或安慰剂。结果显示，药物K组体重下降10.5%。", 1600),
])
def test_counts_of_the_cohort(text, n):
    assert enrolled(text) == n


def test_some_of_the_cohort_who_received_more_are_not_the_cohort():
    text = ("We conducted a phase I trial of CAR T cells. Eighteen of twenty-two patients received conditioning chemotherapy "
            "before infusion. Four patients with lymphoma received rituximab at the time of T cell collection. Fever was "
            "observed in all patients, and severe fever in 9%.")
    assert enrolled(text) not in (4, 18)


def test_english_numbers_with_hundreds():
    assert [english_number(w) for w in ("Two hundred and forty-one", "six hundred twelve", "nine hundred")] == [241, 612, 900]
