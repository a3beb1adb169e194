"""Rates counted per so many person-years, as cohort studies and prevention trials give them:
read with their unit and CI, put on the arm the sentence names, stored, and shown on the
study page as "2.02 per 100 person-years". A rate whose arm the sentence does not tell is
left out rather than guessed.

Every article here is written for this test (no text from ../shared).
"""

import sqlite3

import pytest

from ingest.commands import ingest_paths
from ingest.extract import extract
from ingest.extract.numbers import rate_units
from ingest.read import read_bytes
from tests.study_pages import only_study_page

EN_TRIAL = ("Drug K to prevent infection: a randomized trial\n"
            "METHODS: 400 adults at risk were randomly assigned to drug K (n=200) or placebo (n=200).\n"
            "RESULTS: {}\n")
ZH_COHORT = ("接种疫苗与痴呆风险：一项队列研究\n"
             "方法：纳入接种组5000人和未接种组20000人，随访中位4.2年。\n"
             "结果：{}\n")


def rates_of(text: str) -> set[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return {(m["measure"], m["group"], m["value"], m["unit"], tuple(m["dispersion_value"] or ()))
            for m in studies[0]["measurements"] if m["stat"] == "rate"}


@pytest.mark.parametrize("written, per", [
    ("2.02 per 100 person-years", "per 100 person-years"),
    ("57.1/10,000 participant-years", "per 10,000 participant-years"),
    ("1472 per 100 000 person years", "per 100,000 person-years"),
    ("3.1 per 1000 PY", "per 1,000 person-years"),
    ("12 events per 1,000 patient-years", "per 1,000 patient-years"),
    ("4.4 per 1000 person\u2010years", "per 1,000 person-years"),
    ("发生率为每千人年6.8例", "per 1,000 person-years"),
    ("3.2/10万人年", "per 100,000 person-years"),
])
def test_every_common_way_of_writing_the_denominator(written, per):
    assert [u.per for u in rate_units(written)] == [per]


def test_no_denominator_in_ordinary_numbers():
    assert rate_units("12 of 100 patients; 3 per cent; 5 years of follow-up; 45 per group") == []


def test_each_arm_its_rate_and_interval():
    text = EN_TRIAL.format(
        "3 infections occurred in the drug K group (0.75 per 100 person-years; 95% CI, 0.15 to 2.19) and "
        "14 infections in the placebo group (3.50 per 100 person-years; 95% CI, 1.91 to 5.87).")
    assert rates_of(text) == {
        ("infections", "drug k", 0.75, "per 100 person-years", (0.15, 2.19)),
        ("infections", "placebo", 3.5, "per 100 person-years", (1.91, 5.87)),
    }


def test_the_unit_named_with_the_outcome_before_the_values():
    text = EN_TRIAL.format("The incidence of herpes zoster per 1000 person-years was 0.9 in the drug K group "
                           "and 9.2 in the placebo group.")
    found = rates_of(text)
    assert {(g, v, u) for _, g, v, u, _ in found} == {("drug k", 0.9, "per 1,000 person-years"),
                                                        ("placebo", 9.2, "per 1,000 person-years")}
    assert all("zoster" in m for m, *_ in found)


def test_two_rates_sharing_one_unit_with_respectively():
    text = EN_TRIAL.format("There were 58.2 and 112.6 deaths per 1000 person-years in the drug K and placebo groups, "
                           "respectively.")
    assert {(g, v) for _, g, v, _, _ in rates_of(text)} == {("drug k", 58.2), ("placebo", 112.6)}


def test_chinese_rates_of_two_arms_in_turn():
    text = ZH_COHORT.format("接种组发生痴呆612人，未接种组3254人，发生率分别为每千人年6.8例与9.0例。")
    assert {(g, v, u) for _, g, v, u, _ in rates_of(text)} == {("vaccinated", 6.8, "per 1,000 person-years"),
                                                                ("unvaccinated", 9.0, "per 1,000 person-years")}


def test_a_pair_whose_arms_the_sentence_does_not_name_is_left_out():
    # Which of the two is drug K's? The sentence does not say, so neither is stored.
    text = EN_TRIAL.format("Major bleeding: 23.1 vs 16.4/10,000 participant-years.")
    assert rates_of(text) == set()


def test_the_base_is_never_a_value_of_its_own():
    text = EN_TRIAL.format("Infections: 0.75 per 100 person-years in the drug K group.")
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    values = {m["value"] for m in studies[0]["measurements"]}
    assert 100 not in values and 0.75 in values


def test_a_rate_end_to_end_database_and_page(tmp_path):
    article = tmp_path / "rates.txt"
    article.write_text(EN_TRIAL.format(
        "3 infections occurred in the drug K group (0.75 per 100 person-years; 95% CI, 0.15 to 2.19) and "
        "14 infections in the placebo group (3.50 per 100 person-years; 95% CI, 1.91 to 5.87)."), encoding="utf-8")
    db = tmp_path / "evidence.db"
    assert not ingest_paths([article], db).failed
    conn = sqlite3.connect(db)
    rows = sorted(conn.execute("select group_name, stat, value, unit, dispersion_low, dispersion_high "
                               "from measurements where stat = 'rate'"))
    assert rows == [("drug k", "rate", 0.75, "per 100 person-years", 0.15, 2.19),
                    ("placebo", "rate", 3.5, "per 100 person-years", 1.91, 5.87)]
    text = only_study_page(db).get_text(" ", strip=True)
    assert "0.75 per 100 person-years [95% CI 0.15 to 2.19]" in text
    assert "3.50 per 100 person-years [95% CI 1.91 to 5.87]" in text


def test_values_of_one_arm_in_a_later_clause_are_not_spread_over_the_arms():
    # Both rates are drug K's (for mild and severe infections): no arm by position.
    text = EN_TRIAL.format("In the placebo group, 40 infections occurred; in the drug K group, infection rates were "
                           "0.9 and 1.2 per 1000 person-years for mild and severe infections.")
    assert not {(g, v) for _, g, v, _, _ in rates_of(text)} & {("placebo", 0.9), ("drug k", 1.2)}


def test_a_rate_compared_between_two_named_arms_is_nobodys_by_position():
    text = EN_TRIAL.format("The infection rate with drug K compared with placebo was 0.75 per 100 person-years.")
    assert rates_of(text) == set()


def test_three_rates_with_respectively():
    text = ("Drugs K and L to prevent infection: a randomized trial\n"
            "METHODS: 600 adults were randomly assigned to drug K (n=200), drug L (n=200) or placebo (n=200).\n"
            "RESULTS: Infections occurred at 2.1, 3.4, and 5.6 per 1000 person-years in the drug K, drug L and "
            "placebo groups, respectively.\n")
    assert {(g, v) for _, g, v, _, _ in rates_of(text)} == {("drug k", 2.1), ("drug l", 3.4), ("placebo", 5.6)}


def test_a_difference_of_rates_is_no_rate():
    text = EN_TRIAL.format("The rate difference was -1.2 per 100 person-years in the drug K group.")
    assert rates_of(text) == set()
