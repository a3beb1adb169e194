"""The compiled vocabulary cache: what it loads matches exactly what the YAML builds, and a
stale or damaged cache file is rebuilt, never trusted."""

import marshal

import pytest

from ingest import vocab
from ingest.vocab.lexicon import Lexicon, Tokens

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
        assert again.state() == fresh.state(), name
        for text in TEXTS:
            assert again.find(Tokens(text)) == fresh.find(Tokens(text)), (name, text)
    assert loaded["design_lexicon"][1] == built[part]["design_lexicon"][1]
    assert loaded["attributes"] == built[part]["attributes"]


def test_the_cache_files_hold_what_the_yaml_builds(built):
    for part in ("hot", "hot-en", "full"):
        vocab._cached(part)  # written on first use if missing
        loaded = vocab._read(part)
        assert loaded is not None, part
        assert vocab._freeze(loaded) == vocab._freeze(built[part]), part


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
