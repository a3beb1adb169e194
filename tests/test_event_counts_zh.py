"""Each arm's count of an event in a Chinese abstract ("治疗组中生存人数21例，死亡7例，肝移植3例；
对照组中…"): the event named by outcome_verbs.yaml, the count its value (stat "n"); only events
counted for two arms or more, never who the arms held (男18例) nor a count with its share.
Written for this test."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

HEAD = "K药治疗肝衰竭的随机对照研究\n\n方法 将60例患者随机分为治疗组和对照组,每组30例。结果 "


def counts(body: str) -> set:
    (s,) = extract(read_bytes((HEAD + body + "\n").encode("utf-8"), path="a.txt")).to_json()["studies"]
    return {(m["measure"], m["group"], m["value"]) for m in s["measurements"] if m["stat"] == "n"}


def test_each_arms_events_after_its_name():
    assert counts("随访48周时,治疗组中生存人数21例,死亡7例,肝移植3例;对照组中生存人数11例,死亡15例,肝移植1例。") == {
        ("overall survival", "treatment", 21), ("death", "treatment", 7), ("liver transplantation", "treatment", 3),
        ("overall survival", "control", 11), ("death", "control", 15), ("liver transplantation", "control", 1)}


@pytest.mark.parametrize("body", ["治疗组死亡7例,对照组死亡15例(P=0.013)。", "治疗组7例死亡,对照组15例死亡。"])
def test_the_count_before_or_after_the_event(body):
    assert counts(body) == {("death", "treatment", 7), ("death", "control", 15)}


@pytest.mark.parametrize("body", [
    "治疗组男18例,女12例;对照组男17例,女13例。",   # who the arms held
    "治疗组复发2例。",                              # one arm only
    "治疗组死亡7例(23.3%),对照组死亡15例(50.0%)。",  # a count with its share: read with the share
])
def test_no_event_count_where_none_is_each_arms(body):
    assert not counts(body) & {("death", "treatment", 7), ("relapse", "treatment", 2)} and not any(
        v in (18, 12, 17, 13) for _, _, v in counts(body))
