"""The compiled vocabulary cache: what it loads matches exactly what the YAML builds, and a
stale or damaged cache file is rebuilt, never trusted."""

import marshal

import pytest

from ingest import vocab
from ingest.vocab.lexicon import Lexicon, Store, Tokens

TEXTS = [
    "本研究纳入106例脊髓损伤患者，ASIA运动评分从40.7提升至43.3，SCIM-III总分改善。",
    "Intrathecal autologous bone marrow MSCs in ALS: ALSFRS-R declined; MS and EDSS; Asia is a continent.",
    "膝骨關節炎患者接受臍帶間充質幹細胞注射，WOMAC評分下降。",
    "A randomised placebo-controlled trial of HbA1c in type 2 diabetes (T2DM) with headache and nausea.",
]


@pytest.fixture(scope="module")
def built():
    return vocab._build()


@pytest.mark.parametrize("part", ["hot", "hot-en"])
def test_loaded_lexicons_find_what_freshly_built_ones_find(built, part):
    loaded = vocab._thaw(marshal.loads(marshal.dumps(vocab._freeze(built[part]))))
    pairs = [(k, built[part]["lexicons"][k], loaded["lexicons"][k]) for k in vocab.KINDS]
    pairs += [(f, built[part]["parts"][f], loaded["parts"][f]) for f in built[part]["parts"]]
    pairs.append(("designs", built[part]["design_lexicon"][0], loaded["design_lexicon"][0]))
    for name, fresh, again in pairs:
        assert again.store is not None and bool(again) == bool(fresh), name
        for text in TEXTS:
            assert again.find(Tokens(text)) == fresh.find(Tokens(text)), (name, text)
            tokens = Tokens(text)  # one Tokens asked by several lexicons of one store
            for other in (fresh, again):
                assert other.find(tokens, 5, 40) == fresh.find(Tokens(text), 5, 40), (name, text)
    assert loaded["design_lexicon"][1] == built[part]["design_lexicon"][1]
    attributes = built[part]["attributes"]
    assert loaded["attributes"].keys() == attributes.keys()
    assert {name: marshal.loads(blob) for name, blob in loaded["attributes"].items()} == attributes


@pytest.mark.parametrize("part", ["hot", "hot-en"])
def test_info_gives_the_attributes_the_yaml_gives(built, part, monkeypatch):
    loaded = vocab._thaw(marshal.loads(marshal.dumps(vocab._freeze(built[part]))))
    monkeypatch.setitem(vocab._parts, part, loaded)
    with vocab.script_of("脊" if part == "hot" else "x"):
        for name, attributes in built[part]["attributes"].items():
            assert vocab.info(name) == attributes and vocab.info(name) is vocab.info(name), name
        assert vocab.info("no such entry") is None


def test_a_store_holds_every_bucket_of_every_lexicon(built):
    named = {**built["hot"]["lexicons"], **{f"part:{f}": lex for f, lex in built["hot"]["parts"].items()}}
    store = Store.from_state(marshal.loads(marshal.dumps(Store.of(named).state())))
    for name, lex in named.items():
        number = store.names[name]
        for token, bucket in lex.buckets.items():
            assert store.buckets(token)[number] == bucket, (name, token)
        held = {token for token in store.index if number in store.buckets(token)}
        assert held == set(lex.buckets), name


def test_the_cache_files_hold_what_the_yaml_builds(built):
    for part in ("hot", "hot-en", "full"):
        vocab._cached(part)  # written on first use if missing
        assert vocab._read(part) is not None, part
        with open(vocab._cache_path(part), "rb") as f:
            stamp, stored = marshal.loads(f.read())
        assert stamp == vocab._files_stamp()
        fresh = vocab._freeze(built[part])
        assert stored.keys() == fresh.keys(), part
        for key in stored:
            if key == "families":  # families are numbered in set order, which differs between processes
                assert sorted(stored[key]) == sorted(fresh[key]), part
            elif key != "store":
                assert stored[key] == fresh[key], (part, key)
        if "store" in stored:
            ours, theirs = Store.from_state(stored["store"]), Store.from_state(fresh["store"])
            assert ours.names.keys() == theirs.names.keys() and ours.index.keys() == theirs.index.keys(), part
            for name in ours.names:
                assert bool(ours.lexicon(name)) == bool(theirs.lexicon(name)), (part, name)
                for token in ours.index:
                    assert ours.buckets(token).get(ours.names[name]) == theirs.buckets(token).get(theirs.names[name])


def test_a_cache_written_from_other_files_is_not_used(tmp_path, monkeypatch):
    path = tmp_path / "vocab-hot.marshal"
    path.write_bytes(marshal.dumps(("another version of the files", {"lexicons": {}})))
    monkeypatch.setattr(vocab, "_cache_path", lambda kind: str(path))
    assert vocab._read("hot") is None


@pytest.mark.parametrize("content", [b"", b"not marshal data", marshal.dumps([1, 2, 3])])
def test_a_damaged_cache_file_is_not_used(tmp_path, monkeypatch, content):
    path = tmp_path / "vocab-hot.marshal"
    path.write_bytes(content)
    monkeypatch.setattr(vocab, "_cache_path", lambda kind: str(path))
    assert vocab._read("hot") is None


def test_an_edited_data_file_changes_the_stamp(monkeypatch):
    before = vocab._files_stamp()
    real_stat = vocab.os.stat

    def stat(path, *args, **kwargs):
        st = real_stat(path, *args, **kwargs)
        if str(path).endswith("measures.yaml"):
            return type("Stat", (), {"st_size": st.st_size + 1, "st_mtime_ns": st.st_mtime_ns})()
        return st

    monkeypatch.setattr(vocab, "_stamp", [])
    monkeypatch.setattr(vocab.os, "stat", stat)
    assert vocab._files_stamp() != before


def test_empty_lexicon_state_round_trips():
    empty = Lexicon(())
    again = Lexicon.from_state(marshal.loads(marshal.dumps(empty.state())))
    assert not again and again.find(Tokens("anything")) == []


def test_a_lexicon_state_round_trips():
    lex = Lexicon([("stroke", ["stroke", "脑卒中", "cerebrovascular accident"], ["CVA", "HOMA-β"])])
    again = Lexicon.from_state(marshal.loads(marshal.dumps(lex.state())))
    text = "CVA, cerebrovascular accidents, HOMA-β and 腦卒中"
    assert again.find(Tokens(text)) == lex.find(Tokens(text)) and len(lex.find(Tokens(text))) == 4
