"""The quick translations give exactly what str.translate gives, on any text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extract.numbers import _FULL, normalize
from ingest.regex import translator
from ingest.vocab import chinese
from ingest.vocab.lexicon import FULL_WIDTH, Tokens, narrow
from tests.paths import EXAMPLES, FIXTURES, SHARED

# Characters the tables change, mixed with ones they do not: ASCII, simplified and
# traditional Han, full-width forms, dashes, spaces, and a few rare planes.
MIXED = st.text(st.sampled_from(list("abc 12.,;-") + list("脊髓损伤患者於術後個月隨訪顯著") + list("（）：，＜Ｐ０５％　")
                                + ["−", "–", "—", "·", "≤", "≥", "\u00a0", "\u2009", "、", "～", "𠀀", "\\", "]", "^"]))


@given(MIXED)
def test_narrow_is_translate_with_the_full_width_table(text):
    assert narrow(text) == text.translate(FULL_WIDTH)


@given(MIXED)
def test_to_simplified_is_translate_with_the_opencc_table(text):
    assert chinese.to_simplified(text) == text.translate(chinese._table())


@given(MIXED)
def test_normalize_translates_as_its_table_says(text):
    out = normalize(text)
    assert len(out) == len(text)
    expected = text.translate(_FULL)
    # Besides the table: a middle dot between digits becomes ".", an en dash before a number a
    # minus, the asterisks of a "*p*" spaces, and the digits of a number a page broke ("5 2 7%",
    # "8.00 AM") "#", so that none is read there. Nothing else changes.
    allowed = {("·", "."), ("–", "-"), ("*", " ")}
    assert all(a == b or (a, b) in allowed or (a.isdigit() and b == "#") for a, b in zip(expected, out))


@given(st.dictionaries(st.sampled_from(list("ab]^-\\[é字（")), st.sampled_from(["", "x", "yz", None, 0x41]), max_size=5),
       st.text(st.sampled_from(list("ab]^-\\[é字（ c")), max_size=60))
def test_translator_is_translate_for_any_table(table, text):
    table = {ord(k): v for k, v in table.items()}
    assert translator(table)(text) == text.translate(table)


def articles():
    paths = sorted(EXAMPLES.glob("*.txt")) + sorted(FIXTURES.glob("*.txt"))
    paths += sorted((SHARED / "seed").glob("*.txt")) + sorted((SHARED / "corpora").rglob("*.txt"))[:40]
    return paths


@pytest.mark.parametrize("path", articles(), ids=lambda p: p.name)
def test_whole_articles(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    assert narrow(text) == text.translate(FULL_WIDTH)
    assert chinese.to_simplified(text) == text.translate(chinese._table())
    tokens = Tokens(text)
    assert len(tokens.folded) == len(tokens.raw) == len(tokens.spans)
    assert tokens.raw == [text.translate(FULL_WIDTH)[a:b] for a, b in tokens.spans]


def straightforward_tokens(text):
    """Tokens as first written: one Python step per token."""
    from ingest.vocab.lexicon import TOKEN, fold

    wide = text.translate(FULL_WIDTH)
    norm = wide.translate(chinese._table())
    spans = [m.span() for m in TOKEN.finditer(norm)]
    raw = [wide[a:b] for a, b in spans]
    folded = [t if len(t) == 1 and t >= "\u3400" else fold(t) for t in (norm[a:b] for a, b in spans)]
    return spans, folded, raw


@given(MIXED | st.text(max_size=80))
def test_tokens_are_the_straightforward_cut(text):
    t = Tokens(text)
    assert (t.spans, t.folded, t.raw) == straightforward_tokens(text)
