"""Measures listed, compared between two arms, then each measure's pair of values in one
bracket after the arm it is set against, and the bracket's p-values: "治疗组A、B及C均高于对照组
(a1∶a2、b1∶b2、c1∶c2，P值分别为…)". The first of each pair is the arm named before the
list; a pair was read as one measure's, with the arms swapped. Every article here is written
for this test, in its own words."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes

ARTICLE = ("艾灸治疗慢性疲劳的疗效\n方法:将96例患者随机分为治疗组和对照组,各48例。"
           "结果:治疗组总有效率、疲劳缓解率及满意率均高于对照组({pairs},{ps})。\n")


def read(pairs: str, ps: str) -> tuple[set, set]:
    (study,) = extract(read_bytes(ARTICLE.format(pairs=pairs, ps=ps).encode("utf-8"), path="a.txt")).to_json()["studies"]
    values = {(m["measure"], m["group"], m["value"]) for m in study["measurements"]}
    effects = {(e["measure"], e["group"], e["versus"], e["p"], e["p_relation"]) for e in study["effects"]}
    return values, effects


@pytest.mark.parametrize("sep", ["∶", "比", ":"])
def test_each_pair_is_its_measures_treatment_then_control(sep):
    values, _ = read(f"89.6%{sep}72.9%、81.3%{sep}60.4%、87.5%{sep}68.8%", "P值分别为0.041、0.017及0.025")
    got = {(g, v) for _, g, v in values}
    assert got == {("treatment", 89.6), ("control", 72.9), ("treatment", 81.3), ("control", 60.4),
                   ("treatment", 87.5), ("control", 68.8)}
    by_measure = {}
    for m, g, v in values:
        by_measure.setdefault(m, {})[g] = v
    assert sorted((d["treatment"], d["control"]) for d in by_measure.values()) == [(81.3, 60.4), (87.5, 68.8),
                                                                                    (89.6, 72.9)]


def test_the_listed_p_values_go_to_the_measures_in_order():
    values, effects = read("89.6%∶72.9%、81.3%∶60.4%、87.5%∶68.8%", "P值分别为0.041、0.017及0.025")
    first = {m for m, g, v in values if v == 89.6}
    assert {(m, p) for m, *_, p, _ in effects} >= {(next(iter(first)), 0.041)}
    assert sorted(p for *_, p, _ in effects) == [0.017, 0.025, 0.041]
    assert {(g, vs) for _, g, vs, _, _ in effects} == {("treatment", "control")}


def test_one_p_for_them_all():
    _, effects = read("89.6%∶72.9%、81.3%∶60.4%、87.5%∶68.8%", "均P<0.05")
    assert len(effects) == 3 and {(p, r) for *_, p, r in effects} == {(0.05, "<")}


def test_pairs_fewer_than_the_measures_are_not_read_as_theirs():
    values, _ = read("89.6%∶72.9%、81.3%∶60.4%", "均P<0.05")
    assert not {(g, v) for _, g, v in values} & {("control", 89.6), ("treatment", 72.9)}
