"""A change and the p printed right after it are one result: "治疗后体重平均减轻12.1%(P<0.001)",
"HbA1c decreased by 1.2% (P<0.05)" give one effect, the change with its p, not a change and a
p-only effect beside it. Written for this test."""
import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def effects(text: str) -> list[tuple]:
    (s,) = extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()["studies"]
    return [(e["measure"], e["group"], e["versus"], e["type"], e["value"], e["p"]) for e in s["effects"]]


@pytest.mark.parametrize("text, expected", [
    ("某药治疗肥胖的单臂研究\n\n共60例患者接受某药治疗24周。治疗后体重平均减轻12.1%(P<0.001)。\n",
     [("body weight", "all", "baseline", "mean_change", -12.1, 0.001)]),
    ("Drug K single-arm study\n\nIn this single-arm study, 60 patients received drug K for 24 weeks. HbA1c decreased "
     "by 1.2% (P<0.05).\n", [("HbA1c", "all", "baseline", "mean_change", -1.2, 0.05)]),
])
def test_a_change_and_its_p_in_one_bracket(text, expected):
    assert effects(text) == expected

