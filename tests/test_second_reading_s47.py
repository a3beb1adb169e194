"""Faults a second reading of session 47's change showed, each in the reader's own made-up words.

Every article here is written for this test.
"""

import pytest

from ingest.extract import extract
from ingest.extract.context import Context
from ingest.extract.numbers import counts
from ingest.read import read_bytes
from ingest.read.boilerplate import pick_title


def study_of(text: str) -> dict:
    (study,) = extract(read_bytes(text.encode(), path="article.txt")).to_json()["studies"]
    return study


def test_a_count_after_a_label_word_with_three_digits_is_a_count():
    assert [c.n for c in counts("In the validation cohort 360 patients were enrolled")] == [360]
    assert [c.n for c in counts("再加上三十名健康志愿者")] == [30]


def test_they_who_report_something_else_give_the_arm_no_effect():
    s = study_of("Statins and memory in older men\n\nIn a randomised trial, 70 men took a statin or placebo for ten years. "
                 "Men who took the statin were 26 per cent less likely to develop dementia than men on placebo. "
                 "They also noted that smokers had a 30 per cent higher risk of stroke than non-smokers.")
    assert not [e for e in s["effects"] if e["value"] == 30], s["effects"]


@pytest.mark.parametrize("lines, title", [
    (["Health News", "Have you ever wondered whether the cup of cocoa you drink every single evening could be doing far more for your "
      "heart than just helping you sleep at night?", "Cocoa lowers blood pressure in randomised trial", "",
      "In a randomised trial, 280 adults drank cocoa or a placebo drink."], "Cocoa lowers blood pressure in randomised trial"),
    (["Via Serena trial finds early walking speeds recovery after knee surgery", "", "The trial enrolled 210 adults."],
     "Via Serena trial finds early walking speeds recovery after knee surgery"),
])
def test_a_teaser_question_and_a_headline_that_opens_on_via(lines, title):
    assert pick_title(lines) == title


def test_another_study_of_the_same_team_stays_another():
    ctx = Context(read_bytes("该团队近年完成了两项随机对照研究。第一项研究纳入110例患者。另一项研究纳入190例患者，结果相似。".encode(),
                             path="news.txt"))
    assert ctx.is_other_work(next(s for s in ctx.sentences if s.text.startswith("另一项")))
