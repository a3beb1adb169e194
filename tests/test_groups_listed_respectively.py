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


ARMS = "某方治疗2型糖尿病的随机对照研究\n\n将120例患者随机分为观察组和对照组，每组60例。"


def timed(text: str) -> set[tuple]:
    studies = extract(Document(text=text, path="x.txt", sha256="0")).to_json()["studies"]
    return {(m["measure"], m["group"], (m["time"] or {}).get("value"), m["value"])
            for s in studies for m in s["measurements"]}


def test_the_arms_values_then_their_values_before_treatment_in_the_same_order():
    found = timed(ARMS + "治疗8周后，观察组和对照组的空腹血糖分别为(5.10±0.80)mmol/L、(6.40±0.90)mmol/L，低于治疗前的"
                         "(7.30±1.20)mmol/L和(7.10±1.10)mmol/L，差异均有统计学意义(P<0.05)。")
    arm = next(g for _, g, _, _ in found if g != "control")
    assert found == {("fasting plasma glucose", arm, 8, 5.10), ("fasting plasma glucose", "control", 8, 6.40),
                     ("fasting plasma glucose", arm, 0, 7.30), ("fasting plasma glucose", "control", 0, 7.10)}


def test_both_groups_respectively_are_the_arms_in_the_order_the_study_gave_them():
    found = timed(ARMS + "治疗后两组患者的糖化血红蛋白分别为(6.20±0.70)%和(7.00±0.80)%，明显低于治疗前的"
                         "(8.10±1.00)%、(8.00±1.10)%，差异均有统计学意义(P<0.05)。")
    arm = next(g for _, g, _, _ in found if g != "control")
    assert {(g, v) for _, g, _, v in found} == {(arm, 6.20), ("control", 7.00), (arm, 8.10), ("control", 8.00)}
    assert {t for _, _, t, v in found if v in (8.10, 8.00)} == {0}
