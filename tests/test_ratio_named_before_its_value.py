"""A ratio named before its value with its interval's name between ("the HR (95% CI) of death
for smokers was 1.84 (1.78-1.91)", "吸烟者全因死亡的HR值(95%CI)为1.84(1.78~1.91)"): an
effect of the two sides the sentence sets against each other, never a mean with a range.

The sentences here are written for these tests (no text from ../shared).
"""
import pytest

from ingest.extract import extract
from ingest.read import read_bytes

EN = ("Methods: 20 410 adults of a prospective cohort were followed for 8 years. Results: Compared with "
      "never smokers, the HR (95% CI) of all-cause mortality for current smokers was 1.62 (1.51-1.74).")
ZH = ("方法:纳入20 410名研究对象的前瞻性队列研究。结果:与从不吸烟者相比,现在吸烟者全因死亡的HR值(95%CI)为"
      "1.62(1.51~1.74)。")
ZH_CI_AFTER = ("方法:纳入20 410名研究对象的前瞻性队列研究。结果:与从不吸烟者相比,现在吸烟者全因死亡的HR值为"
               "1.62(95%CI:1.51~1.74)。")


def study_of(text):
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


@pytest.mark.parametrize("text,group,versus", [(EN, "current smokers", "never smokers"),
                                               (ZH, "现在吸烟者", "从不吸烟者"), (ZH_CI_AFTER, "现在吸烟者", "从不吸烟者")])
def test_the_ratio_is_an_effect_of_the_sides_compared(text, group, versus):
    study = study_of(text)
    assert [(e["measure"], e["group"], e["versus"], e["type"], e["value"], e["ci"]) for e in study["effects"]] == \
        [("all-cause mortality", group, versus, "hazard_ratio", 1.62, [1.51, 1.74])]


@pytest.mark.parametrize("text", [EN, ZH, ZH_CI_AFTER])
def test_never_a_mean_with_a_range(text):
    assert not [m for m in study_of(text)["measurements"] if m["value"] == 1.62]
