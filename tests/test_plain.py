"""ingest.plain's stand-ins behave as the standard library they replace on the extract path."""

import collections
import functools

import pytest
from hypothesis import given, strategies as st

from ingest import plain


@given(st.lists(st.sampled_from("abcdefg") | st.integers(0, 5)))
def test_counter_counts_and_ranks_like_collections(items):
    ours, theirs = plain.Counter(items), collections.Counter(items)
    assert dict(ours) == dict(theirs)
    assert ours.most_common() == theirs.most_common()
    for n in range(4):
        assert ours.most_common(n) == theirs.most_common(n)
    assert ours["missing"] == theirs["missing"] == 0 and "missing" not in ours
    assert bool(ours) == bool(theirs)


def test_counter_increments_and_updates_like_collections():
    ours, theirs = plain.Counter(), collections.Counter()
    for c in (ours, theirs):
        c["x"] += 1
        c["y"] += 2
        c.update("xz")
        c.update({"y": 3})
    assert dict(ours) == dict(theirs) and ours.most_common() == theirs.most_common()
    assert max(ours, key=lambda k: ours[k]) == max(theirs, key=lambda k: theirs[k])


def test_namedtuple_behaves_like_collections():
    Ours, Theirs = plain.namedtuple("Dose", "text start end"), collections.namedtuple("Dose", "text start end")
    a, b = Ours("5 mg", 1, end=5), Theirs("5 mg", 1, end=5)
    assert a == b and tuple(a) == tuple(b) and hash(a) == hash(b) and repr(a) == repr(b)
    assert (a.text, a.start, a.end) == (b.text, b.start, b.end)
    assert a._fields == b._fields and a._asdict() == b._asdict()
    assert a._replace(start=2) == b._replace(start=2) and type(a._replace(start=2)) is Ours
    assert sorted([Ours("b", 2, 3), Ours("a", 9, 9)]) == [("a", 9, 9), ("b", 2, 3)]
    text, start, end = a
    assert (text, start, end) == ("5 mg", 1, 5)
    with pytest.raises(TypeError):
        Ours("too", "few")
    with pytest.raises(TypeError):
        Ours("a", 1, 2, 3)
    with pytest.raises(ValueError):
        a._replace(nothing=1)
    with pytest.raises(AttributeError):
        a.start = 4


@given(st.lists(st.integers(0, 12), max_size=60), st.integers(1, 5))
def test_lru_cache_returns_what_the_function_does_and_keeps_maxsize(calls, maxsize):
    seen = []

    def square(x):
        seen.append(x)
        return x * x

    ours, theirs = plain.lru_cache(maxsize=maxsize)(square), functools.lru_cache(maxsize=maxsize)(square)
    for x in calls:
        assert ours(x) == x * x
    ours_calls = len(seen)
    seen.clear()
    for x in calls:
        theirs(x)
    # The same evictions: the function runs exactly as often as under functools.
    assert ours_calls == len(seen)
    hits, misses, size, current = ours.cache_info()
    info = theirs.cache_info()
    assert (hits, misses, size, current) == (info.hits, info.misses, info.maxsize, info.currsize)
    ours.cache_clear()
    assert ours.cache_info()[3] == 0


def test_cached_property_computes_once_and_can_be_dropped():
    calls = []

    class Text:
        @plain.cached_property
        def words(self):
            calls.append(1)
            return len(calls)

    t = Text()
    assert (t.words, t.words) == (1, 1)
    t.__dict__.pop("words")
    assert t.words == 2
    assert isinstance(Text.words, plain.cached_property)


def test_record_code_comes_from_the_file_once_compiled(tmp_path, monkeypatch):
    monkeypatch.setattr(plain, "_CODE_PATH", str(tmp_path / "records.marshal"))
    monkeypatch.setattr(plain, "_codes", None)
    monkeypatch.setattr(plain, "_new_codes", False)

    def make():
        @plain.record
        class Point:
            x: int
            y: int = 0
            tags: list = plain.field(default_factory=list)
        return Point

    cold = make()
    assert plain._new_codes
    plain._save_codes()
    monkeypatch.setattr(plain, "_codes", None)
    monkeypatch.setattr(plain, "_new_codes", False)
    warm = make()
    assert not plain._new_codes  # nothing compiled: the code came from the file
    for Point in (cold, warm):
        p = Point(1, tags=["a"])
        assert (p.x, p.y, p.tags, repr(p).split(".")[-1]) == (1, 0, ["a"], "Point(x=1, y=0, tags=['a'])")
        assert Point(1).tags is not Point(1).tags and Point(2, 3) == Point(2, 3)


def test_a_damaged_record_code_file_is_not_used(tmp_path, monkeypatch):
    path = tmp_path / "records.marshal"
    path.write_bytes(b"not marshal")
    monkeypatch.setattr(plain, "_CODE_PATH", str(path))
    monkeypatch.setattr(plain, "_codes", None)

    @plain.record
    class Pair:
        a: int
        b: int = 2
    assert Pair(1) == Pair(1, 2) and repr(Pair(1)).endswith(".Pair(a=1, b=2)")


def test_record_code_written_by_another_version_of_plain_py_is_not_used(tmp_path, monkeypatch):
    import marshal

    path = tmp_path / "records.marshal"
    spec = (("a",), "r", False)
    stale = compile("def __init__(self, a):\n    self.a = 'stale'\ndef _astuple(self):\n    return ()\n", "<s>", "exec")
    path.write_bytes(marshal.dumps(("another plain.py", {spec: stale})))
    monkeypatch.setattr(plain, "_CODE_PATH", str(path))
    monkeypatch.setattr(plain, "_codes", None)

    @plain.record
    class One:
        a: int
    assert One(1).a == 1
