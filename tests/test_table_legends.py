"""A table's legend for its marks ("*, statistically significant, p ≤ 0.05") states no result.

The lines here are written for these tests (no text from ../shared).
"""
from ingest.extract import extract
from ingest.read import read_bytes


def record_of(text):
    return extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()


def test_a_tables_legend_for_its_marks_is_no_result():
    text = ("Table 2. Effect sizes from included meta-analyses\n\nReference SMD (95% CI) Z(p)\n"
            "Lee et al. (2011) -0.51 (-0.90 to -0.12) -2.60(0.009)*\n"
            "  1. Notes: SMD, standardized mean difference; *, statistically significant, p ≤ 0.05; **, statistically "
            "significant, p ≤ 0.10; † p < 0.01 versus control.\n")
    ps = [e["p"] for s in record_of(text)["studies"] for e in s["effects"]]
    assert not {0.05, 0.1, 0.01} & set(ps)
