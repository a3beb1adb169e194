"""What is remembered or bisected for speed gives what computing it afresh gives."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extract import numbers
from ingest.extract.context import KINDS, Context
from ingest.read import read_path
from tests.paths import EXAMPLES, SEED

FUNCTIONS = ["times", "counts", "stats", "p_values", "proportions", "intervals", "effect_stats"]
TEXT = "共纳入106例患者，随访12个月；ASIA评分从40.7±17升至43.3±15.9 (P<0.001)，OR 1.62 (95% CI 1.25-2.10)，34/40 (85%)"


@pytest.mark.parametrize("name", FUNCTIONS)
def test_a_remembered_answer_is_the_fresh_one_and_a_copy(name):
    remembered = getattr(numbers, name)
    fresh = remembered.__wrapped__(TEXT)
    first, again = remembered(TEXT), remembered(TEXT)
    assert first == fresh == again and first is not again
    first.append("changed by a caller")
    assert remembered(TEXT) == fresh


def reference_mentions(ctx, kind, start=0, end=None):
    every, _ = ctx._all_mentions(kind)
    limit = len(ctx.text) if end is None else end
    return [m for m in every if m.start >= start and m.start < limit and m.end <= limit]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")) + ([SEED] if SEED.exists() else []),
                         ids=lambda p: p.name)
def test_mentions_in_a_span_are_those_starting_and_ending_in_it(path):
    ctx = Context(read_path(path))
    spans = [(0, None), (0, len(ctx.text)), (5, 3), (len(ctx.text), None)]
    spans += [(s.start, s.end) for s in ctx.sentences] + [(s.start + 3, s.end - 2) for s in ctx.sentences]
    for kind in KINDS:
        for start, end in spans:
            assert ctx.mentions(kind, start, end) == reference_mentions(ctx, kind, start, end), (kind, start, end)


def straightforward_top_level(text, pattern):
    depth, level = 0, []
    for ch in text:
        if ch in "([（【":
            depth += 1
        elif ch in ")]）】" and depth:
            depth -= 1
        level.append(depth)
    return [m.span() for m in pattern.finditer(text) if level[m.start()] == 0]


@given(st.lists(st.sampled_from(list("ab1,;；，()[]（）【】 ") + ["1,024", "P<0.001"]), max_size=60).map("".join))
def test_clauses_outside_brackets_are_found_as_by_walking_the_text(text):
    from ingest.extract.clauses import CLAUSE_END, QUOTE_END, _top_level

    for pattern in (CLAUSE_END, QUOTE_END):
        assert [m.span() for m in _top_level(text, pattern)] == straightforward_top_level(text, pattern)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")) + ([SEED] if SEED.exists() else []),
                         ids=lambda p: p.name)
def test_the_articles_own_terms_join_the_vocabularys_where_they_do_not_overlap(path):
    from ingest import vocab
    from ingest.extract import arms

    ctx = Context(read_path(path))
    with vocab.script_of(ctx.text):
        ctx.add_terms("groups", arms.terms(arms.extract(ctx)))
        for kind in KINDS:
            found = vocab.lexicon(kind).find(ctx.tokens)
            from ingest.extract.context import _not_design
            if kind == "groups":
                # (The vocabulary's group words naming a design, inside longer names, or without
                # their contrast, are dropped first: tests/test_plain_values.py and
                # tests/test_group_sizes.py check that.)
                from ingest.extract.context import _not_design, _outside_longer, _set_against
                found = _set_against(_outside_longer(_not_design(found, ctx.text), ctx._all_mentions("conditions")[0]))
            local = ctx._local_lexicons.get(kind)
            if local:
                own = local.find(ctx.tokens)
                if kind == "groups":  # (an arm's longer name wins over a group word inside it)
                    own = _not_design(own, ctx.text)  # (nor is an arm's word in "placebo-controlled" one)
                    found = [v for v in found if not any(m.start <= v.start and v.end <= m.end and
                                                         v.end - v.start < m.end - m.start for m in own)]
                taken = [(m.start, m.end) for m in found]
                found += [m for m in own if not any(s < m.end and m.start < e for s, e in taken)]
                found.sort(key=lambda m: m.start)
            assert ctx._all_mentions(kind)[0] == found, kind
