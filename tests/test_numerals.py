"""Our Chinese-numeral reader agrees with cn2an, the library it stands in for on the hot path."""

import pytest

from ingest.extract.numerals import chinese_to_int

cn2an = pytest.importorskip("cn2an", reason="cn2an is the reference implementation")


@pytest.mark.parametrize("n", list(range(0, 1000)) + [1001, 1010, 1100, 2024, 9999, 10000, 10001, 12000, 99999])
def test_agrees_with_cn2an(n):
    words = cn2an.an2cn(n, "low")
    assert chinese_to_int(words) == n


def test_liang_and_digit_by_digit():
    assert chinese_to_int("两") == 2
    assert chinese_to_int("二〇二五") == 2025
