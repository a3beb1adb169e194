"""numbers.py reads statistics in every common way of writing them."""

import pytest

from ingest.extract.numbers import counts, intervals, p_values, stats, times


@pytest.mark.parametrize("text,expected", [
    ("p<0.001", (0.001, "<")),
    ("P = .03", (0.03, "=")),
    ("P值<0.05", (0.05, "<")),
    ("Ｐ＜０.０５", (0.05, "<")),
    ("p=0·04", (0.04, "=")),
    ("P ≤ 0.01", (0.01, "<=")),
    ("p > 0.05", (0.05, ">")),
    ("(p-value of 0.20)", (0.2, "=")),
])
def test_p_values(text, expected):
    (p,) = p_values(text)
    assert (p.p, p.relation) == expected


def test_p_value_not_read_from_words():
    assert p_values("Phase 2 trial with 30 patients") == []


@pytest.mark.parametrize("text,value,disp,dval", [
    ("12.5 ± 3.1", 12.5, "sd", 3.1),
    ("12.5 (±3.1)", 12.5, "sd", 3.1),
    ("12.5（±3.1）", 12.5, "sd", 3.1),
    ("12.5 (3.1)", 12.5, "sd", 3.1),
    ("12.5 (SD 3.1)", 12.5, "sd", 3.1),
    ("12.5 (SE 0.4)", 12.5, "se", 0.4),
    ("median 7 (IQR 4–9)", 7, "iqr", [4, 9]),
    ("median 7 [4-9]", 7, "pair", [4, 9]),
    ("54 (range 33–71)", 54, "range", [33, 71]),
    ("８.１±０.９", 8.1, "sd", 0.9),
])
def test_values_with_spread(text, value, disp, dval):
    s = [x for x in stats(text) if x.value == value][0]
    assert (s.dispersion, s.dispersion_value) == (disp, dval)


@pytest.mark.parametrize("text,n,pct", [
    ("32 (39.2%)", 32, 39.2),
    ("32名(39.2%)", 32, 39.2),
    ("(n=34, 70.8%)", 34, 70.8),
    ("21例（30.9%）", 21, 30.9),
])
def test_counts_with_percent(text, n, pct):
    s = [x for x in stats(text) if x.count_pct is not None][0]
    assert (s.value, s.count_pct) == (n, pct)


def test_integers_stay_integers_and_decimals_stay_decimals():
    assert [type(s.value) for s in stats("62 and 10.0")] == [int, float]


@pytest.mark.parametrize("text,low,high", [
    ("95% CI [1.3, 3.4]", 1.3, 3.4),
    ("95% CI 1.3–3.4", 1.3, 3.4),
    ("(95% CI, -1.16 to -0.24)", -1.16, -0.24),
    ("95% CI −32 to −18", -32, -18),
    ("95%置信区间为0.7~8.1", 0.7, 8.1),
])
def test_confidence_intervals(text, low, high):
    (ci,) = intervals(text)
    assert (ci.low, ci.high) == (low, high)


@pytest.mark.parametrize("text,value,unit", [
    ("基线", 0, "month"), ("12个月", 12, "month"), ("六个月", 6, "month"), ("一年", 1, "year"),
    ("第9周", 9, "week"), ("48周", 48, "week"), ("at week 12", 12, "week"), ("24-week", 24, "week"),
    ("6 months", 6, "month"), ("day 7", 7, "day"), ("半年", 0.5, "year"),
])
def test_times(text, value, unit):
    (t,) = times(text)
    assert (t.time.value, t.time.unit) == (value, unit)


@pytest.mark.parametrize("text,n", [
    ("共招募了106名患者", 106), ("三十二名患者", 32), ("n = 45", 45), ("1,122 patients", 1122),
    ("二十例", 20),
])
def test_counts(text, n):
    assert [c.n for c in counts(text)] == [n]


def test_a_count_is_a_whole_number():
    # Found by the property test: "randomized n= 1.5" had been read as 1 participant.
    from ingest.extract.numbers import counts
    assert [c.n for c in counts("randomized n= 1.5; 2.5例; n=89")] == [89]


def test_the_second_half_of_a_number_word_is_no_number_of_its_own():
    # "thirty-six months" is not 6 months, "one hundred twenty patients" not 1 or 20 patients but 120
    assert [(t.time.value, t.time.unit) for t in times("at thirty-six months, after twenty-one days")] == []
    assert [c.n for c in counts("one hundred twenty patients; twenty-one patients")] == [120, 21]
