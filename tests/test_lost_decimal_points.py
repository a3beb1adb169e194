"""Pages converted from print that lost their decimal points ("有效率为 8 1 5%", "(4 4例 )",
"P <0 0 5"): the number once written there is unknown (81.5 or 8.15), so none is read; the
page's other numbers still are.

The sentences here are written for these tests (no text from ../shared).
"""
from ingest.extract import extract
from ingest.extract.numbers import normalize
from ingest.read import read_bytes

BROKEN = ("目的 :观察针刺治疗偏头痛的疗效。方法 :将 86例患者随机分成针刺组 (4 4例 )和药物组 (42例 )。"
          "结果 :针刺组有效率为 8 1 5%,药物组有效率为 6 1 9%,两组差异有显著性意义 (P <0 0 5 )。")


def study_of(text):
    studies = extract(read_bytes(text.encode("utf-8"), path="article.txt")).to_json()["studies"]
    assert len(studies) == 1, studies
    return studies[0]


def test_no_number_is_read_where_its_point_was_lost():
    study = study_of(BROKEN)
    values = [m["value"] for m in study["measurements"]] + [e["p"] for e in study["effects"]]
    assert not {5, 9, 0.0, 1.5, 81.5, 8.15} & set(values)
    assert 4 not in [g["n"] for g in study["groups"]]


def test_the_pages_whole_numbers_are_still_read():
    study = study_of(BROKEN)
    assert study["participants"]["enrolled"] == 86


def test_only_split_digits_are_masked_and_the_length_kept():
    text = "有效率为 8 1 5%, 3 311例, 12.5%, P <0 0 5"
    out = normalize(text)
    assert len(out) == len(text)
    assert out == "有效率为 # # #%, 3 311例, 12.5%, P <# # #"
