"""Chinese reports of a cohort's survival, values listed with "分别达到(了)":

- times listed together, after the follow-up's comma, in a sentence that also says the
  patients were treated in hospital ("住院", a word of a stay's length): "经长期随访， 2年和4年的
  总生存率分别达到了80.2%、66%" is 80.2% at 2 years and 66% at 4;
- groups listed, their people, a time, then the outcome: "肝癌、胃癌患者4年总生存率分别达到52%和
  38.5%", the first group after its clause's last 的;
- never a group read as a measure ("肝癌、胃癌患者的总生存率分别为…").

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.read import read_bytes

HEAD = "一份随访报告显示， 2010年至2016年在某医院确诊为恶性肿瘤、并接受住院治疗的5万余名患者，"


def measurements(text: str) -> set:
    studies = extract(read_bytes(text.encode("utf-8"), path="news.txt")).to_json()["studies"]
    return {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"]) for s in studies for m in s["measurements"]}


def test_times_listed_after_the_follow_ups_comma_each_take_their_value():
    found = measurements(HEAD + "经长期随访， 2年和4年的总生存率分别达到了80.2%、66%，整体情况良好。")
    assert {("overall survival", "all", 2, 80.2), ("overall survival", "all", 4, 66)} <= found, found
    assert ("overall survival", "all", 2, 66) not in found, found


def test_groups_then_their_people_then_a_timed_outcome():
    found = measurements(HEAD + "经长期随访，总生存率良好。例如我院首诊确诊的肝癌、胃癌患者4年总生存率分别达到52%和38.5%。")
    assert {("overall survival", "肝癌", 4, 52), ("overall survival", "胃癌", 4, 38.5)} <= found, found


def test_groups_listed_with_their_people_are_no_measures():
    found = measurements(HEAD + "经长期随访，总生存率良好。肝癌、胃癌患者的总生存率分别为52%和38.5%。")
    assert {("overall survival", "肝癌", None, 52), ("overall survival", "胃癌", None, 38.5)} <= found, found
    assert not [x for x in found if x[0] in ("肝癌", "胃癌")], found
