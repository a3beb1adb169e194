"""Every group a result is given for is in the study's list of groups (the contract: "every
arm and subgroup the article gives a size or result for"), its size unknown where the article
gives none; an arm's short name ("placebo" for "niacin placebo") is that arm, not another."""

from ingest.extract import extract
from ingest.read import read_bytes


def groups_of(text: str) -> list[tuple]:
    (study,) = extract(read_bytes(text.encode(), path="t.txt")).to_json()["studies"]
    return [(g["name"], g["role"], g["n"]) for g in study["groups"]]


def test_a_subgroup_named_only_where_its_result_is_is_listed():
    from ingest.extract import _groups_with_results
    from ingest.extract.record import Effect, Group, Intervention, Measurement, Study

    study = Study(groups=[Group("drug k", "arm", 300)], interventions=[Intervention("drug k")],
                  measurements=[Measurement("FEV1", "women", None, "mean", 2.1), Measurement("FEV1", "drug k, women", None, "mean", 2.2)],
                  effects=[Effect("FEV1", "drug k", "placebo", None, "none", None), Effect("FEV1", "men", "baseline", None, "none", None)])
    # (placebo completes the one arm read; women and men are subgroups; "drug k, women" is an arm's subgroup)
    assert [(g.name, g.role, g.n) for g in _groups_with_results(study)] == [
        ("women", "subgroup", None), ("placebo", "arm", None), ("men", "subgroup", None)]


def test_an_arms_short_name_is_no_group_of_its_own():
    text = ("Drug Q for depression: a randomized trial\n"
            "Participants were randomized in a 1:1 ratio to receive a single dose of quetiazolam vs niacin placebo.\n"
            "The depression score fell by 12.3 points with quetiazolam and by 5.1 points with placebo (p<0.001).\n")
    assert [name for name, _, _ in groups_of(text)] == ["quetiazolam", "niacin placebo"]
