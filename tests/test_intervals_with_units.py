"""An interval whose bounds carry the unit before its bracket closes ("6.9 months (95% CI:
5.6-8.0 months)", "11.3 个月(95% CI:9.6-17.8 个月)"): the value's spread, and its upper bound no
time point.

The sentences here are written for these tests (no text from ../shared).
"""
import pytest

from ingest.extract import extract
from ingest.extract.numbers import stats, times
from ingest.read import read_bytes


@pytest.mark.parametrize("text", ["Median PFS was 6.9 months (95% CI: 5.6-8.0 months).",
                                  "Median PFS was 6.9 months (95% CI, 5.6 to 8.0 months).",
                                  "中位PFS为6.9个月(95% CI:5.6-8.0个月)。"])
def test_the_interval_is_the_values_spread(text):
    assert [(s.value, s.dispersion, s.dispersion_value) for s in stats(text)] == [(6.9, "ci95", [5.6, 8.0])]


def test_an_intervals_bound_is_no_time_point():
    assert 8.0 not in [t.time.value for t in times("Median PFS was 6.9 months (95% CI: 5.6-8.0 months) at 24 months.")]
    assert 17.8 not in [t.time.value for t in times("中位DoR为11.3个月(95% CI:9.6-17.8个月)")]


def test_a_single_arm_trials_medians_with_their_intervals():
    text = ("一项II期研究纳入180例患者。结果显示,客观缓解率为 41.1%(95% CI:33.8%-48.7%)。中位 DoR 为 10.2 个月"
            "(95% CI:8.1-14.6 个月),中位 PFS 为 7.4 个月(95% CI:6.0-8.9 个月)。")
    study = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"][0]
    found = {(m["measure"], m["value"], tuple(m["dispersion_value"]), (m.get("time") or {}).get("value")) for m in study["measurements"]}
    assert ("duration of response", 10.2, (8.1, 14.6), None) in found
    assert ("progression-free survival", 7.4, (6.0, 8.9), None) in found
