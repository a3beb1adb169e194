"""The cross-process regex cache gives patterns that behave exactly like re.compile's."""

import marshal
import re

import pytest

import ingest.extract  # noqa: F401  (compiles, and caches, every pattern of the extractor)
from ingest import regex

SAMPLES = ["P < .05", "40.7 (±17) 提升至12个月时的43.3 (±15.9)", "randomly assigned 1:1 to X 25 mg or placebo",
           "共筛选出189名患者，其中83名", "HbA1c fell by 1.2% (95% CI, -1.16 to -0.24; P = .003)", "", "ＡＢＣ 随访一年"]


def cached_patterns():
    return sorted(regex._load(), key=repr)


@pytest.mark.parametrize("key", cached_patterns()[:400])
def test_cached_pattern_matches_like_re(key):
    pattern, flags = key
    ours, theirs = regex.rx(pattern, flags), re.compile(pattern, flags)
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
        (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
    for text in SAMPLES:
        if isinstance(pattern, bytes):
            text = text.encode("utf-8")
        a = [(m.span(), m.groups()) for m in ours.finditer(text)]
        b = [(m.span(), m.groups()) for m in theirs.finditer(text)]
        assert a == b


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
