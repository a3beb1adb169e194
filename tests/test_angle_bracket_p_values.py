"""Chinese abstracts converted from print often set "P<0.01" as "P〈0.01", with the angle
bracket U+3008 that elsewhere quotes a journal's name. After a P it is the sign; anywhere
else it stays a bracket. Every article here is written for this test, in its own words."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

ARTICLE = ("针刺治疗失眠的随机对照试验\n"
           "共80例失眠患者随机分为针刺组（40例）和对照组（40例）。"
           "治疗4周后，针刺组PSQI评分低于对照组（P{sign}0.01）。\n")


def effects(sign: str) -> set:
    (study,) = extract(read_bytes(ARTICLE.format(sign=sign).encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(e["group"], e["versus"], e["p"], e["p_relation"]) for e in study["effects"]}


@pytest.mark.parametrize("sign", ["〈", " 〈"])
def test_an_angle_bracket_after_p_is_less_than(sign):
    assert effects(sign) == effects("<") == {("acupuncture", "control", 0.01, "<")}


def test_a_greater_than_bracket_too():
    assert {(p, r) for _, _, p, r in effects("〉")} == {(0.01, ">")}


@pytest.mark.parametrize("sign", ["值〈", " 值〈", "均〈"])
def test_after_p_value_and_p_each_too(sign):
    assert effects(sign) == effects("<")
