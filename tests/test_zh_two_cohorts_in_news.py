"""Chinese news of one team's two cohort studies, each in a paragraph of its own: the second
opens "另一项研究涵盖超过一万名…" (the page's own next study, not one it cites in passing), the
opening paragraph that counts the people of both ("分析逾十二万名…") is the first's lead, not a
third study. A risk set against the people after 比 ("…的患者，其感染风险比使用B的患者高出约25%")
is an effect of the one arm against the other; "高出近一倍" states a result; "8万名" counts
80,000 people.

Every article here is written for this test, in its own words.
"""

from ingest.extract import extract
from ingest.extract.numbers import counts
from ingest.read import read_bytes

PAGE = ("某大学医学院研究|降糖药或影响骨折与感染风险\n\n"
        "某大学医学院研究团队今日公布，运用全港性医疗大数据，分析逾十二万名糖尿病患者的用药情况，发现部分降糖药物"
        "或增加罕见副作用风险。\n\n"
        "研究团队分析超过十万名首次使用降糖药的本港长者，发现长期服用格列美脲的患者，髋部骨折风险较服用格列齐特者"
        "高出近一倍。\n\n"
        "另一项研究涵盖逾两万名2型糖尿病患者，结果显示使用二甲双胍的患者，其尿路感染风险（包括膀胱炎等）比使用格列齐特"
        "的患者高出约25%。\n")


def studies_of(text: str) -> list[dict]:
    return extract(read_bytes(text.encode(), path="news.txt")).to_json()["studies"]


def test_each_cohort_of_the_page_is_a_study_of_its_own():
    studies = studies_of(PAGE)
    assert len(studies) == 2, [s["groups"] for s in studies]


def test_a_risk_set_against_the_people_after_bi():
    studies = studies_of(PAGE)
    effects = [e for s in studies for e in s["effects"]]
    found = {(e["group"], e["versus"], e["type"], e["value"]) for e in effects}
    assert any(v == 25 and t == "effect_size" and "二甲双胍" in g and "格列齐特" in w for g, w, t, v in found), found


def test_the_same_risk_in_a_one_study_article():
    (study,) = studies_of("一项研究纳入1.2万例2型糖尿病患者。结果显示使用二甲双胍的患者，发生尿路感染的风险比使用格列齐特的患者"
                          "高出约25%。")
    assert study["participants"]["enrolled"] == 12000, study["participants"]
    found = {(e["group"], e["versus"], e["value"]) for e in study["effects"]}
    assert ("metformin", "gliclazide", 25) in found or any(v == 25 and "二甲双胍" in g for g, _, v in found), found


def test_a_risk_ratio_named_so_is_still_one():
    (study,) = studies_of("研究纳入1200名患者，随机分为二甲双胍组和格列齐特组。结果显示，二甲双胍组尿路感染风险较低"
                          "（风险比为0.75，95%CI：0.60～0.90）。")
    assert any(e["type"] == "hazard_ratio" and e["value"] == 0.75 for e in study["effects"]), study["effects"]


def test_ten_thousands_written_with_wan():
    assert [c.n for c in counts("纳入8万名女性，共1.2万例患者，超过50万人参与")] == [80000, 12000, 500000]
    assert [c.n for c in counts("每10万人中有12人感染")] == []


def test_a_count_written_with_wan_and_its_rest_and_people_found_for_a_study():
    assert [c.n for c in counts("多达3萬2045名的志愿参与者")] == [32045]
    (study,) = studies_of("研究曝生活方式可延寿\n\n研究团队透过日本一项队列研究的数据，找来了多达3萬2045名的志愿参与者进行将近15年的观察，"
                          "发现坚持6项健康生活方式的人死亡风险降低了40%。")
    assert study["participants"]["enrolled"] == 32045, study["participants"]
