"""Cutting text into sentences: offsets that index the text, and no sentence so long that
the work on it grows out of hand."""

import pytest

from ingest.extract.sentences import MAX_SENTENCE, split


@pytest.mark.parametrize("line", [
    "12.5, " * 4000,                     # a list of numbers without a full stop
    "p = 0.03 " * 3000,                  # no clause break: cut at spaces
    "1" * 20_000,                        # nothing to cut at
    "治疗组评分为40.7，" * 2000,         # Chinese clauses
])
def test_a_line_without_full_stops_is_cut_within_the_limit(line):
    text = "Title\n\n" + line
    sentences = split(text)
    body = [s for s in sentences if s.start >= len("Title\n\n")]
    assert all(len(s.text) <= MAX_SENTENCE for s in body)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    # Nothing is lost: the pieces cover the line but for the spaces between them.
    assert "".join(s.text for s in body).replace(" ", "") == line.replace(" ", "")


def test_real_sentences_are_not_cut():
    long_one = "In the " + "treated and control " * 40 + "groups the scores rose."
    assert 700 < len(long_one) < MAX_SENTENCE
    assert [s.text for s in split(long_one + " Next one.")] == [long_one, "Next one."]


def test_a_long_sentence_is_cut_at_a_clause_break_before_a_space():
    line = "the score was 12.5 in group A, " * 40
    pieces = [s.text for s in split(line)]
    assert all(p.endswith(",") for p in pieces[:-1]), pieces[0][-30:]


def test_bullets_run_into_one_paragraph_are_sentences_of_their_own():
    # ("… reached this milestone [2][8]. - The trial included 1,407 adults …": the count of everyone
    # is no size of the placebo group named in the bullet before it)
    text = "Only 35.7% in the placebo group reached this milestone [2][8]. - The trial included 1,407 adults [9]."
    assert [s.text for s in split(text)] == ["Only 35.7% in the placebo group reached this milestone [2][8].",
                                             "- The trial included 1,407 adults [9]."]
    assert len(split("The change was 0.5. -3.5 kg was the loss in the other arm.")) == 1  # (a signed number: no bullet)
