"""One p-value said of every measure two arms' lists name: a Chinese abstract lists one arm's
results measure by measure, then the other arm's in the same order, and closes on one
comparison that names no measure ("两组比较差异有统计学意义(P<0.05)"). The p is the comparison
of the arms on each measure listed, not on the last one named.

Every article here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes

HEAD = ("目的 观察止咳方治疗小儿肺炎的疗效。方法 将80例患儿随机分为治疗组和对照组各40例。"
        "对照组予常规治疗,治疗组加用止咳方。")


def p_effects(text: str) -> list[tuple]:
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return sorted((e["measure"], e["p"], e["p_relation"]) for e in studies[0]["effects"] if e["p"] is not None)


def test_one_p_after_both_arms_lists_goes_to_every_measure_listed():
    text = HEAD + ("结果 治疗组总有效率为95.0%,治愈率为60.0%,复发率为5.0%;对照组总有效率为80.0%,治愈率为40.0%,"
                   "复发率为20.0%;两组比较差异有统计学意义(P<0.05)。\n")
    got = p_effects(text)
    assert len(got) == 3, got
    assert {p for _, p, _ in got} == {0.05}
    assert len({m for m, _, _ in got}) == 3  # (total effective, cure and recurrence rates: each compared)


def test_lists_that_name_different_measures_give_the_p_to_the_last_only():
    # (the arms' lists do not match: which measures the p compares, the sentence does not say)
    text = HEAD + ("结果 治疗组总有效率为95.0%,治愈率为60.0%;对照组总有效率为80.0%,复发率为20.0%;"
                   "两组比较差异有统计学意义(P<0.05)。\n")
    assert len(p_effects(text)) == 1


def test_a_clause_cut_short_is_no_measure_name():
    # (a subject that holds its own verb, "X resulted in a …", or ends on an article, is no
    # outcome's name: a reader would see a broken phrase as the measure)
    from ingest.extract.phrases import _clean, measure_phrase
    assert measure_phrase("Open surgery resulted in a significantly longer ") is None
    assert _clean("Children given the drops experienced") is None
    assert _clean("knee pain score in a") is None and _clean("knee pain score in group A") is not None
    assert _clean("knee pain score") == "knee pain score"
