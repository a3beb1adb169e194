"""The cross-process regex cache gives patterns that behave exactly like re.compile's."""

import marshal
import re

import pytest
from hypothesis import given, settings, strategies as st

import ingest.extract  # noqa: F401  (compiles, and caches, every pattern of the extractor)
from ingest import regex
from tests.paths import EXAMPLES, REPO, SEED

SAMPLES = ["P < .05", "40.7 (±17) 提升至12个月时的43.3 (±15.9)", "randomly assigned 1:1 to X 25 mg or placebo",
           "共筛选出189名患者，其中83名", "HbA1c fell by 1.2% (95% CI, -1.16 to -0.24; P = .003)", "", "ＡＢＣ 随访一年"]


def cached_patterns():
    return sorted(regex._load(), key=repr)


def article_texts():
    """Whole articles: every pattern meets real text (the cache also changes how a
    pattern is searched: see regex._guarded)."""
    paths = sorted(EXAMPLES.glob("*.txt")) + sorted((REPO / "tests" / "holdout" / "articles").glob("*.txt"))
    paths += [SEED] if SEED.exists() else []
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


ARTICLES = article_texts()


@pytest.mark.parametrize("key", cached_patterns()[:400])
def test_cached_pattern_matches_like_re(key):
    pattern, flags = key
    ours, theirs = regex.rx(pattern, flags), re.compile(pattern, flags)
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
        (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
    for text in SAMPLES + ARTICLES:
        if isinstance(pattern, bytes):
            text = text.encode("utf-8")
        a = [(m.span(), m.groups()) for m in ours.finditer(text)]
        b = [(m.span(), m.groups()) for m in theirs.finditer(text)]
        assert a == b
    for text in SAMPLES:  # anchored at every position, as match() and fullmatch() are used
        if isinstance(pattern, bytes):
            text = text.encode("utf-8")
        for pos in range(len(text) + 1):
            a, b = ours.match(text, pos), theirs.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), pos
            a, b = ours.fullmatch(text, pos), theirs.fullmatch(text, pos)
            assert (a and a.span()) == (b and b.span()), pos


@pytest.mark.parametrize("entry", [marshal.dumps(("not", "valid", "parts", {}, ())), b"not marshal", ("a", "tuple")])
def test_a_broken_cache_falls_back_to_re(monkeypatch, entry):
    monkeypatch.setitem(regex._load(), ("x+y", 0), entry)
    monkeypatch.setattr(regex, "_patterns", {})
    assert regex.rx("x+y").fullmatch("xxy")


def test_the_cache_file_holds_what_this_process_compiled(tmp_path, monkeypatch):
    monkeypatch.setattr(regex, "_PATH", str(tmp_path / "regex.marshal"))
    monkeypatch.setattr(regex, "_cache", None)
    monkeypatch.setattr(regex, "_patterns", {})
    monkeypatch.setattr(regex, "_dirty", False)
    first = regex.rx(r"(?P<n>\d+)\s*例", re.I)
    regex._save()
    monkeypatch.setattr(regex, "_cache", None)
    monkeypatch.setattr(regex, "_patterns", {})
    monkeypatch.setattr(regex, "_dirty", False)
    again = regex.rx(r"(?P<n>\d+)\s*例", re.I)
    assert not regex._dirty  # served from the file
    assert again.search("共 106 例")["n"] == first.search("共 106 例")["n"] == "106"
    assert (again.pattern, again.flags, again.groupindex) == (first.pattern, first.flags, first.groupindex)


GUARDED = [
    (r"(?<![A-Za-z0-9_.])(?P<value>-?\d+(?:\.\d+)?)\s*(?P<unit>%|分)?", 0, True),
    (r"(?P<zh>\d+|[一二三十]+|半)\s*(?:个\s*(?P<m>月)|(?P<u>周|天|年))|\b(?P<w>month|week)\s+(?P<n>\d+)\b|one|two", re.I, True),
    (r"abc", 0, False),          # a literal prefix: the engine skips ahead already
    (r"未来|今后|以往", 0, False),  # first characters without case: likewise
    (r"a*b?", 0, False),         # can match empty text
    (r"(?:x|.)y", 0, False),     # any character can start it
    (r"[^x]y|z", 0, False),
    (r"(a)b|\1", 0, False),
]


@pytest.mark.parametrize("pattern, flags, guarded", GUARDED)
def test_a_guard_only_where_it_helps_and_the_same_matches(pattern, flags, guarded, monkeypatch):
    from re import _compiler, _parser

    monkeypatch.setattr(regex, "_cache", {})
    monkeypatch.setattr(regex, "_patterns", {})
    monkeypatch.setattr(regex, "_dirty", False)
    p = _parser.parse(pattern, flags)
    assert (regex._guarded(p, flags, _parser, _compiler) is not None) == guarded
    ours, theirs = regex.rx(pattern, flags), re.compile(pattern, flags)
    for text in SAMPLES + ["12个月 and month 3, One day, 半年, Two weeks", "xy yy zy aab b", "abc 未来 今后"]:
        assert [(m.span(), m.groups()) for m in ours.finditer(text)] == \
            [(m.span(), m.groups()) for m in theirs.finditer(text)]


ALPHABET = list("0123456789.,;:()[]%±=<>-–— pPnNabceimorstwxyzIQRSD\n") + list("例名月周年天基线治疗前第个半一二三十组（）：，。；、")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted((k for k in regex._load() if isinstance(k[0], str)), key=repr)),
       st.lists(st.sampled_from(ALPHABET + ["months", "weeks", "baseline", "patients", "SD", "IQR", "OR", "95% CI", "P<0.05"]),
                max_size=40).map("".join))
def test_cached_patterns_match_like_re_on_made_up_text(key, text):
    pattern, flags = key
    ours, theirs = regex.rx(pattern, flags), re.compile(pattern, flags)
    assert [(m.span(), m.groups()) for m in ours.finditer(text)] == [(m.span(), m.groups()) for m in theirs.finditer(text)]
    for pos in range(0, len(text) + 1, 3):
        a, b = ours.match(text, pos), theirs.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_a_case_insensitive_skip_set_holds_every_character_that_matches(monkeypatch):
    """Every code point followed by '!', searched for any letter and '!' ignoring case
    (the look-behind keeps the engine from its own prefix search): the characters the
    engine skips to must include İ, K (Kelvin), ſ, ı and every other case partner."""
    monkeypatch.setattr(regex, "_cache", {})
    monkeypatch.setattr(regex, "_patterns", {})
    monkeypatch.setattr(regex, "_dirty", False)
    letters = "|".join(f"{ch}!" for ch in "abcdefghijklmnopqrstuvwxyzµß")
    pattern = rf"(?<!#)(?:{letters}|\d!|[α-ω]!)"
    from re import _compiler, _parser

    assert regex._skipping(_parser.parse(pattern, re.I), re.I, _compiler) is not None
    text = "".join(chr(y) + "!" for y in range(0x110000))
    ours, theirs = regex.rx(pattern, re.I), re.compile(pattern, re.I)
    assert [m.start() for m in ours.finditer(text)] == [m.start() for m in theirs.finditer(text)]


def test_a_cache_written_by_another_version_of_regex_py_is_not_used(tmp_path, monkeypatch):
    path = tmp_path / "regex.marshal"
    path.write_bytes(marshal.dumps(("another regex.py", 3, {("x+", 0): b"stale program"}, {("x+", 0): 3})))
    monkeypatch.setattr(regex, "_PATH", str(path))
    monkeypatch.setattr(regex, "_cache", None)
    assert regex._load() == {}
    path.write_bytes(marshal.dumps((regex._stamp(), 3, {("x+", 0): b"kept"}, {("x+", 0): 3})))
    monkeypatch.setattr(regex, "_cache", None)
    assert regex._load() == {("x+", 0): b"kept"}
    path.write_bytes(marshal.dumps((regex._stamp(), {("x+", 0): b"an older layout"})))
    monkeypatch.setattr(regex, "_cache", None)
    assert regex._load() == {}


def test_the_file_keeps_the_programs_used_last(tmp_path, monkeypatch):
    """Patterns made of an article's own words are not kept for ever: past MAX_PROGRAMS,
    the programs no saving process used for longest are dropped."""
    monkeypatch.setattr(regex, "_PATH", str(tmp_path / "regex.marshal"))
    monkeypatch.setattr(regex, "MAX_PROGRAMS", 3)

    def run(*patterns):  # one process: compile these, then exit
        for name, value in (("_cache", None), ("_patterns", {}), ("_dirty", False), ("_used", [])):
            monkeypatch.setattr(regex, name, value)
        for pattern in patterns:
            assert regex.rx(pattern).search("abc" + pattern)
        regex._save()
        monkeypatch.setattr(regex, "_cache", None)
        return set(p for p, _ in regex._load())

    assert run("a", "b") == {"a", "b"}
    assert run("a", "c") == {"a", "b", "c"}
    assert run("a", "d") == {"a", "c", "d"}  # b was used least recently
    assert run("e") == {"a", "d", "e"}  # c's last use was the oldest
    assert len(run("f", "g", "h", "i")) == 3
