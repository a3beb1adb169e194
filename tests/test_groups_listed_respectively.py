"""Groups listed, then one outcome, then a value for each group "respectively" (分别为): the
k-th value is the k-th group's, of the outcome named between the list and the values, or
glued to the last group's name ("…肥胖吸烟者糖尿病发病率分别为"). As many groups as values,
or nothing; a list of measures stays a list of measures."""

from ingest.extract import extract
from ingest.read.document import Document


def measurements(text: str) -> set[tuple]:
    studies = extract(Document(text=text, path="x.txt", sha256="0")).to_json()["studies"]
    return {(m["measure"], m["group"], m["value"]) for s in studies for m in s["measurements"]}


HEAD = "吸烟、体重与糖尿病的前瞻性队列研究\n\n方法 纳入8000名成年人，随访8年。"


def test_the_outcome_named_after_the_groups():
    found = measurements(HEAD + "结果 在总人群、男性和女性人群中，高血压的患病率分别为20.5%(1640/8000)、22.1%(930/4208)和"
                                "18.9%(717/3792)。")
    assert {("高血压患病率", "all", 20.5), ("高血压患病率", "男性", 22.1), ("高血压患病率", "女性", 18.9)} <= found, found


def test_the_outcome_glued_to_the_last_group():
    found = measurements(HEAD + "结果 体重正常不吸烟者、体重正常吸烟者、肥胖不吸烟者和肥胖吸烟者糖尿病发病率分别为2.1%、3.4%、"
                                "5.6%和8.9%，差异有统计学意义（P<0.001）。")
    values = {(group, value) for measure, group, value in found if measure == "糖尿病发病率"}
    assert values == {("体重正常不吸烟者", 2.1), ("体重正常吸烟者", 3.4), ("肥胖不吸烟者", 5.6), ("肥胖吸烟者", 8.9)}, found


def test_more_groups_than_values_gives_none_of_them():
    found = measurements(HEAD + "结果 在总人群、男性和女性人群中，高血压的患病率分别为20.5%和22.1%。")
    assert not any(group in ("男性", "女性") for _, group, _ in found), found


def test_a_list_of_measures_is_not_a_list_of_groups():
    found = measurements(HEAD + "结果 治疗组收缩压、舒张压和心率分别为128.5、80.2和72.1。")
    assert not any(group in ("收缩压", "舒张压") for _, group, _ in found), found
