"""The shipped traditional-to-simplified table is OpenCC's, and matching uses it."""

import pytest

from ingest.vocab.chinese import to_simplified
from ingest.vocab.make_t2s import TABLE, build


def test_table_matches_opencc():
    pytest.importorskip("opencc", reason="OpenCC builds the table")
    shipped = dict(line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines())
    assert shipped == build()


def test_same_length_and_converted():
    text = "顯著改善，隨訪12個月"
    out = to_simplified(text)
    assert out == "显著改善，随访12个月"
    assert len(out) == len(text)

