"""A hard-wrapped text (a PDF's, an abstract copied with its line breaks) is read as the
sentences it holds, not as its lines; tables, lists, bylines and headings stay as they are.
Ratios named with their outcome in words ("the hazard ratio for death was 0.80") and
intervals written "CI 95%" are read too. Written for this test (no text from ../shared)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extract import extract
from ingest.read import read_bytes
from ingest.read.boilerplate import clean_lines, unwrapped


def study(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="page.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


WRAPPED = ("Drug K for mild cognitive impairment: a meta-analysis\n\n"
           "Methods\n"
           "We pooled four randomized trials of drug K against placebo. The relative risk (RR) for progression\n"
           "to dementia in the drug K group was 0.75 [CI\n"
           "95% 0.66–0.87],\n"
           "z = −3.89,\n"
           "P < 0.001.\n")


def test_a_wrapped_sentence_is_read_whole():
    s = study(WRAPPED)
    ratios = [(e["measure"], e["type"], e["value"], e["ci"]) for e in s["effects"]]
    assert ("progression to dementia", "risk_ratio", 0.75, [0.66, 0.87]) in ratios
    # (no number of the interval's label is a value of anything)
    assert not [m for m in s["measurements"] if m["value"] == 95]


@pytest.mark.parametrize("lines, expected", [
    # a table's rows, a list's items, a byline, a heading and its text stay lines of their own
    (["| Week | Drug K |", "| 4 | 3.1 |"], ["| Week | Drug K |", "| 4 | 3.1 |"]),
    (["• fever", "• headache"], ["• fever", "• headache"]),
    (["Drug K lowers blood sugar", "by Anna Tester, Ben Tester"], ["Drug K lowers blood sugar", "by Anna Tester, Ben Tester"]),
    (["Results:", "the rate fell."], ["Results:", "the rate fell."]),
    (["Baseline 5.10 ± 3.20 5.30 ± 3.60 0.700", "4 w 3.90 ± 2.80 4.60 ± 3.10 0.210"],
     ["Baseline 5.10 ± 3.20 5.30 ± 3.60 0.700", "4 w 3.90 ± 2.80 4.60 ± 3.10 0.210"]),
    (["挂号:10元", "2018年9月10日上午8时许"], ["挂号:10元", "2018年9月10日上午8时许"]),
    # a sentence cut in the middle, English and Chinese, and a word cut at its hyphen
    (["The Chinese herbal", "group showed a significant", "improvement."], ["The Chinese herbal group showed a significant improvement."]),
    (["针刺前、中、后的数值分别为 86.7±57.3、63.6±36.8 和", "57.0±40.8 mm2。"], ["针刺前、中、后的数值分别为 86.7±57.3、63.6±36.8 和 57.0±40.8 mm2。"]),
    (["patients received anti-", "CD19 CAR-T cells."], ["patients received anti-CD19 CAR-T cells."]),
])
def test_what_is_joined_and_what_is_not(lines, expected):
    assert unwrapped(lines) == expected


def test_clean_lines_joins_before_it_strips_a_lines_ends():
    # ("anti-" keeps its hyphen: the bullet strip comes after the join)
    assert clean_lines("They received anti-\nCD19 cells.") == ["They received anti-CD19 cells."]


def test_times_listed_are_no_measures():
    text = ("四神針治療腦中風的隨機對照試驗\n\n將60例腦中風患者隨機分為實驗組30例和對照組30例。對照組針刺前、中、後的數值分別為 62.8±32.6、64.9±37.0 和 "
            "61.0±33.3 mm2，沒有顯著統計上差異(p=0.085)。\n")
    assert {m["measure"] for m in study(text)["measurements"]} & {"针刺前", "針刺前", "中", "后", "後"} == set()


@pytest.mark.parametrize("sentence, measure, kind, value", [
    ("The hazard ratio for death was 0.75 (95% CI 0.66-0.87).", "death", "hazard_ratio", 0.75),
    ("The relative risk for progression to dementia was 0.75 (95% CI 0.66–0.87).", "progression to dementia", "risk_ratio", 0.75),
    ("The odds ratio of remission with drug K versus placebo was 2.1 (95% CI 1.3-3.4; P = 0.002).", "remission", "odds_ratio", 2.1),
    ("The hazard ratio for death was 0.75 (95% CI 0.66-0.87; P = 0.01).", "death", "hazard_ratio", 0.75),
])
def test_a_ratio_named_with_its_outcome_in_words(sentence, measure, kind, value):
    s = study(f"Drug K trial\n\nWe randomly assigned 300 adults to drug K or placebo. {sentence}\n")
    assert [(e["measure"], e["type"], e["value"], e["group"], e["versus"]) for e in s["effects"]] == \
        [(measure, kind, value, "drug k", "placebo")]
    assert not s["measurements"]  # (the ratio is no one's mean)


def test_an_interval_written_ci_95_percent():
    s = study("Drug K trial\n\nWe randomly assigned 300 adults to drug K or placebo. All-cause dropout was higher "
              "with drug K (RR = 1.36 CI 95% [1.24–1.49]; P < 0.001).\n")
    assert [(e["type"], e["value"], e["ci"]) for e in s["effects"]] == [("risk_ratio", 1.36, [1.24, 1.49])]
    assert not s["measurements"]


PIECES = st.sampled_from(["The drug", "group showed", "and", "[CI", "95% 0.66–0.87],", "P < 0.001.", "| a | b |", "1.事實",
                          "和", "57.0±40.8 mm2。", "anti-", "CD19", "(Wire) - x", "http://x.org", "Methods:", "", "• item",
                          "11月5日，记者", "Drug K Fails", "nausea 12 (10%)"])


@given(st.lists(PIECES, max_size=12))
def test_joining_only_removes_line_breaks_and_never_crosses_an_empty_line(lines):
    out = unwrapped(lines)
    # every character kept, in order: a join adds at most one space where a line break was
    assert "".join(out).replace(" ", "") == "".join(lines).replace(" ", "")
    # the empty lines stay where they were: joined blocks are the blocks between them
    assert out.count("") == lines.count("")
    assert len(out) <= len(lines)


@pytest.mark.parametrize("sentence", [
    "The hazard ratio for drug K versus placebo was 0.80 (95% CI 0.70-0.90) for death.",
    "The odds ratio for the drug K group was 2.1 (95% CI 1.3-3.4).",
    "The hazard ratio for the comparison of drug K with placebo was 0.80 (95% CI 0.70-0.90).",
])
def test_a_ratio_for_an_arm_or_a_comparison_names_no_outcome_after_it(sentence):
    s = study(f"Drug K trial\n\nWe randomly assigned 300 adults to drug K or placebo. {sentence}\n")
    names = {e["measure"].lower() for e in s["effects"]}
    assert not names & {"drug k", "drug k group", "comparison of drug k", "the drug k group"}, names
