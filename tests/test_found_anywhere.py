"""found_anywhere(pattern) answers exactly whether re.compile(pattern).search(text) finds something."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extract import context, design, safety
from ingest.read import read_path
from ingest.regex import _top_level_alternatives, found_anywhere
from tests.paths import EXAMPLES, SEED

PATTERNS = [(context.OTHER_WORK_SOURCE, re.I)] + [(p.pattern, p.flags & ~re.U) for p in (
    safety.AE_CONTEXT, safety.HAPPENED, safety.NO_SERIOUS, safety.NO_DEATH, safety.NEGATED, design.SELF)] + [
    (r"甲|乙(?=丙)|\bx\b|(?<![a-z])y|[|]z|\||(未|末)来", 0), (r"(a)|\1b|乙", 0), (r"(?i)A|乙", 0), (r"a||乙", 0),
    (r"乙 | a # comment", re.X)]
PIECES = ["未来", "今后", "future", "Future", "futures", "should be", "previous studies", "et al", "计划开展",
          "is still needed", "不良事件", "adverse", "no deaths", "safety", "乙", "丙", "甲", "x", "y", "ay", "|", "z",
          "|z", "b", "ab", "A", "末来", " ", "。", "，", "This study", "本研究", "rather"]


@pytest.mark.parametrize("pattern, flags", PATTERNS, ids=lambda x: str(x)[:30])
@settings(max_examples=80, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_the_answer_is_the_whole_patterns(pattern, flags, text):
    assert found_anywhere(pattern, flags)(text) == (re.compile(pattern, flags).search(text) is not None)


def test_every_sentence_of_the_articles_gets_the_same_answer():
    paths = sorted(EXAMPLES.glob("*.txt")) + ([SEED] if SEED.exists() else [])
    for path in paths:
        ctx = context.Context(read_path(path))
        for s in ctx.sentences:
            assert ctx.is_other_work(s) == bool(context.OTHER_WORK.search(s.text)), s.text


@pytest.mark.parametrize("pattern", [r"a|b", r"(a|b)|c", r"[|]|\||x", r"[]|]|y", r"[^]|]|z", r"a\|b|c", r"(?:a|b)|(?P<n>c|d)"])
def test_alternatives_join_back_to_the_pattern(pattern):
    parts = _top_level_alternatives(pattern)
    assert "|".join(parts) == pattern
    for part in parts:
        re.compile(part)  # each one a pattern on its own
