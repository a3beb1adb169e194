"""Chinese news counts a large cohort in ten thousands (万/萬): "追蹤超過17萬名成年人" is a
cohort of 170,000. "4万多名" (more than 40,000) gives no count: the article states none.
People "followed" (跟踪记录, 追蹤) over years make a cohort. Made-up sentences."""

import pytest

from ingest.extract import extract
from ingest.read import read_bytes


def study(text: str) -> dict | None:
    studies = extract(read_bytes(text.encode(), path="a.txt")).to_json()["studies"]
    return studies[0] if studies else None


@pytest.mark.parametrize("sentence, enrolled", [
    ("研究人员对日本12个县大约6万名中年人展开调查，跟踪记录他们10年间的健康状况。", 60000),
    ("一項2021年的大型研究追蹤超過12萬名英國成年人，結果顯示死亡機率降低約20%。", 120000),
    ("这项回顾性队列研究收集了3.2万名住院患者的数据。", 32000),
    ("全市有4万多名患者接受了中医治疗。", None),
])
def test_a_cohort_counted_in_ten_thousands(sentence, enrolled):
    found = study("饮茶与死亡风险\n\n" + sentence + "结果显示，每天饮茶者的死亡率是不饮茶者的0.8倍。")
    assert (found["participants"]["enrolled"] if found else None) == enrolled


def test_people_followed_for_years_are_a_cohort():
    found = study("中年体重变化与死亡\n\n研究人员对约6万名中年人展开调查，跟踪记录他们10年间的健康状况。"
                  "调查结果显示，体重增加的人死亡率是普通人的1.3倍。")
    assert found is not None and found["design"] == "cohort" and found["participants"]["enrolled"] == 60000
