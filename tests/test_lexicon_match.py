"""Lexicon.find against a matcher written from its definition: at each token, the longest
term (or abbreviation, as written) that starts there; matches never overlap; only
[start, end) is searched. The lexicon's buckets, candidate positions and pair filters
must only make it faster."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import vocab
from ingest.vocab.lexicon import FULL_WIDTH, TOKEN, Lexicon, Tokens, fold
from tests.paths import EXAMPLES, FIXTURES, REPO, SHARED


def reference_tables(entries):
    """term -> name, abbreviation -> name (the first entry wins), first token -> lengths."""
    terms, abbrs, lengths = {}, {}, {}
    for name, written, abbreviations in entries:
        for term in written or ():
            key = tuple(fold(t) for t in TOKEN.findall(vocab.chinese.to_simplified(str(term).translate(FULL_WIDTH))))
            if key:
                terms.setdefault(key, name)
                lengths.setdefault(key[0], set()).add(len(key))
        for abbr in abbreviations or ():
            key = tuple(TOKEN.findall(str(abbr)))
            if key:
                abbrs.setdefault(key, name)
                lengths.setdefault(fold(key[0]), set()).add(len(key))
    return terms, abbrs, lengths


_TABLES: dict = {}


def reference_find(entries, tokens, start=0, end=None):
    if id(entries) not in _TABLES:
        _TABLES[id(entries)] = (entries, reference_tables(entries))
    terms, abbrs, lengths = _TABLES[id(entries)][1]
    out, n = [], len(tokens.folded)
    limit = len(tokens.text) if end is None else end
    i = tokens.index_at(start) if start else 0
    while i < n and tokens.spans[i][0] < limit:
        for length in sorted(lengths.get(tokens.folded[i], ()), reverse=True):
            j = i + length
            if j > n or tokens.spans[j - 1][1] > limit:
                continue
            name = terms.get(tuple(tokens.folded[i:j])) or abbrs.get(tuple(tokens.raw[i:j]))
            if name:
                a, b = tokens.spans[i][0], tokens.spans[j - 1][1]
                out.append((name, a, b, tokens.text[a:b], i, j))
                i = j
                break
        else:
            i += 1
    return out


def vocabulary_entries():
    measures = vocab.data("measures")
    items = {"measures": measures["measures"], "families": measures["families"],
             **{k: vocab.data("attributes")[k] for k in ("routes", "origins", "tissues")},
             **{k: vocab.data(k) for k in ("conditions", "interventions", "adverse_events", "groups")}}
    return {kind: list(vocab._entries(items[kind])) for kind in vocab.KINDS}


ENTRIES = vocabulary_entries()


def texts():
    paths = sorted(EXAMPLES.glob("*.txt")) + sorted(FIXTURES.glob("*.txt"))
    paths += sorted((REPO / "tests" / "holdout" / "articles").glob("*.txt"))
    paths += sorted((SHARED / "seed").glob("*.txt")) + sorted((SHARED / "corpora").rglob("*.txt"))[:25]
    return paths


@pytest.mark.parametrize("path", texts(), ids=lambda p: p.name)
def test_vocabulary_lexicons_match_like_the_definition(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    rng = random.Random(path.name)
    with vocab.script_of("脊"):  # every term, Chinese too
        for kind in vocab.KINDS:
            tokens = Tokens(text)
            assert [tuple(m) for m in vocab.lexicon(kind).find(tokens)] == reference_find(ENTRIES[kind], tokens), kind
            for _ in range(5):
                a = rng.randrange(len(text) + 1)
                b = rng.randrange(a, len(text) + 1)
                found = [tuple(m) for m in vocab.lexicon(kind).find(tokens, a, b)]
                assert found == reference_find(ENTRIES[kind], tokens, a, b), (kind, a, b)


# Words and characters that start terms, glued in random orders: many near misses.
PIECES = ["spinal", "cord", "injury", "injuries", "SCI", "sci", "MS", "ms", "multiple", "sclerosis", "ASIA", "Asia",
          "motor", "score", "脊", "髓", "损", "伤", "損", "傷", "运", "动", "评", "分", "stem", "cells", "MSCs", "HOMA", "β",
          "-", " ", ", ", "(", ")", "Ⅲ", "III", "SCIM", "总", "control", "group", "组", "治疗", "placebo", "ＡＳＩＡ"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join), st.sampled_from(sorted(vocab.KINDS)))
def test_near_misses_match_like_the_definition(text, kind):
    tokens = Tokens(text)
    with vocab.script_of("脊"):
        assert [tuple(m) for m in vocab.lexicon(kind).find(tokens)] == reference_find(ENTRIES[kind], tokens)


LOCAL = [("MSC", (), ["MSC", "MSCs"]), ("stroke", ["stroke", "脑卒中", "cerebral stroke"], ["CVA"]),
         ("cord", ["spinal cord"], ()), ("injury", ["cord injury", "injury"], ["SCI"]), ("other", ["spinal cord"], ())]


@given(st.lists(st.sampled_from(PIECES + ["stroke", "cerebral", "CVA", "MSC", "卒", "中", "脑"]), max_size=30).map(" ".join))
def test_an_article_lexicon_matches_like_the_definition(text):
    tokens = Tokens(text)
    assert [tuple(m) for m in Lexicon(LOCAL).find(tokens)] == reference_find(LOCAL, tokens)


@pytest.mark.parametrize("text", ["非类固醇消炎药", "非手术治疗组", "非中药组"])
def test_a_term_after_fei_not_is_no_mention(text):
    # 非 says "not" of the word after it: a non-steroidal drug is no steroid, a non-surgical arm no surgery.
    lex = Lexicon([("corticosteroids", ["类固醇"], ()), ("surgery", ["手术治疗"], ()), ("traditional Chinese medicine", ["中药"], ())])
    assert lex.find(Tokens(text)) == []


def test_a_longer_term_that_opens_on_fei_is_found():
    lex = Lexicon([("NSCLC", ["非小细胞肺癌"], ()), ("SCLC", ["小细胞肺癌"], ())])
    assert [m.name for m in lex.find(Tokens("晚期非小细胞肺癌和小细胞肺癌"))] == ["NSCLC", "SCLC"]


def test_unless_is_no_not():
    lex = Lexicon([("surgery", ["手术治疗"], ())])
    assert [m.name for m in lex.find(Tokens("除非手术治疗失败"))] == ["surgery"]
