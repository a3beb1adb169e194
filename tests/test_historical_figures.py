"""A study's result set against earlier patients' ("将有效率从既往约6%提升至70%"): the earlier
figure is no baseline and no value of the study's, a range of them ("从2至4个月") neither, and
a sentence that mentions them is still the study's own. A phase written with one Roman numeral
character ("Ⅱ期") is a phase. Written for this test."""

import pytest

from ingest.extract import extract
from ingest.extract.context import Context
from ingest.read import read_bytes
from ingest.read.document import Document

NEWS = ("冷冻消融联合治疗晚期胆管癌的Ⅱ期研究\n\n今天，某医院团队发表Ⅱ期临床研究结果。该方案针对一线治疗失败的晚期胆管癌患者，"
        "将客观有效率(ORR)从既往约6%提升至70%，中位无进展生存期(PFS)从2至4个月提升到15.2个月，总生存期(OS)达24.1个月。\n")


def record(text: str):
    return extract(read_bytes(text.encode("utf-8"), path="a.txt")).to_json()


def test_results_against_earlier_patients_are_the_studys_own():
    (study,) = record(NEWS)["studies"]
    got = {(m["measure"], m["group"], m["stat"], m["value"], m["time"]) for m in study["measurements"]}
    assert got == {("objective response rate", "all", "percent", 70, None),
                   ("progression-free survival", "all", "median", 15.2, None),
                   ("overall survival", "all", "median", 24.1, None)}
    assert study["phase"] == "2"


def test_a_patients_history_is_no_other_work():
    ctx = Context(Document(text="患者既往有高血压病史。既往研究显示有效率为50%。既往有研究显示缓解率为25%。"
                                "既往一项纳入300例患者的研究显示缓解率为18%。", path="x", sha256="0"))
    assert [ctx.is_other_work(s) for s in ctx.sentences] == [False, True, True, True]


@pytest.mark.parametrize("sentence, value", [
    ("X药组中位无进展生存期从6个月延长至11.2个月。", 11.2),  # survival has no baseline: only the study's own
])
def test_a_measure_of_time_raised_from_another_groups_figure(sentence, value):
    (study,) = record("X药治疗胃癌的随机对照试验\n\n共200例患者随机分为X药组(100例)和安慰剂组(100例)。" + sentence + "\n")["studies"]
    assert [(m["value"], m["time"]) for m in study["measurements"]] == [(value, None)]


@pytest.mark.parametrize("sentence", ["X药组HbA1c治疗12周降至7.0%，安慰剂组为7.9%。", "X药组的有效率在治疗12周提升至65%，安慰剂组为30%。"])
def test_a_time_point_before_a_change_stays_a_time(sentence):
    (study,) = record("X药治疗糖尿病的随机对照试验\n\n共200例患者随机分为X药组(100例)和安慰剂组(100例)。" + sentence + "\n")["studies"]
    assert not [m for m in study["measurements"] if m["value"] == 12]


@pytest.mark.parametrize("written, phase", [("一项Ⅲ期临床试验", "3"), ("Ⅰ/Ⅱ期研究", "1/2"), ("Ⅱb期试验", "2b"),
                                            ("一项关于Ⅳ期胃癌的研究", None), ("IV期肺癌患者的研究", None)])  # (a cancer's stage)
def test_a_roman_numeral_character_is_a_phase(written, phase):
    from ingest.extract.design import phase as phase_of
    assert phase_of(Context(Document(text=f"{written}共纳入120例患者。", path="x", sha256="0"))) == phase
