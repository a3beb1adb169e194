"""Tables of trials (a review lists the studies it includes, one per row): one study per row,
with its citation, arms, results and effects, each fact quoting its row. Made-up tables."""

from ingest.extract import extract
from ingest.extract.trial_tables import read
from ingest.read import read_bytes

TWO_LEVEL = """Pooled evidence on glarotide for chronic kidney disease

Table 1. Features and results of the randomised trials we pooled
| Authors | Trial | Year | Drug | n | Glarotide group | Placebo group | Mean age, years | Men, % | Deaths | Started dialysis, n | |
| Glarotide group | Placebo group | Glarotide group | Placebo group | ||
| Abbreviations: none. | |||||||||||||
| Okafor B, et al.[7] | KIDNEY-ONE | 2016 | Glarotide | 1,020 | 512 | 508 | 62.4 | 58 | 40 | 51 | 88 | 97 | |
| Lindqvist AM, et al.[9] | RENO | 2021 | Glarotide | 640 | 320 | 320 | 59.9 | 61 | 12 (3.8%) | 19 (5.9%) | NR | 30 | |
"""

ONE_LEVEL = """Table 3. Randomized trials of tixomab in psoriasis
Study | Year | Treatment (n) | Control (n) | Primary outcome | HR (95% CI) | p
Ferrand et al. 2018 | 2018 | 210 | 205 | PASI 75 response | 0.71 (0.55–0.92) | 0.009
Yilmaz et al. 2020 | 2020 | 96 | 94 | PASI 75 response | 0.88 (0.61-1.27) | 0.49
Novak et al. 2022 | 2022 | 150 | 148 | PASI 75 response | − | NR
"""

CHINESE = """针刺治疗失眠的随机对照试验汇总

表2 纳入研究的基本特征
作者 | 年份 | 例数 | 治疗组 | 对照组 | 治疗组有效[例(%)] | 对照组有效[例(%)]
李明等 | 2017 | 60 | 30 | 30 | 27 (90.0) | 20 (66.7)
周晓红等 | 2019 | 84 | 42 | 42 | 38 (90.5) | 30 (71.4)
"""

ONE_TRIAL = """Cell therapy for critical limb ischaemia: a randomised trial

Table 2. Outcomes at 12 months
Outcome | BM-MNC (n = 50) | Placebo (n = 48) | p
Major amputation, n (%) | 9 (18.0) | 15 (31.3) | 0.14
Death, n (%) | 2 (4.0) | 3 (6.3) | 0.61
"""


def studies(text):
    return extract(read_bytes(text.encode(), path="t.txt")).to_json()["studies"]


def test_two_level_header_gives_one_study_per_row_with_arms_named_by_the_drug():
    got = studies(TWO_LEVEL)
    assert [(s["citation"]["first_author"], s["citation"]["year"], s["design"]) for s in got] == [
        ("Okafor", 2016, "rct"), ("Lindqvist", 2021, "rct")]
    assert [[(g["name"], g["n"]) for g in s["groups"]] for s in got] == [
        [("glarotide", 512), ("placebo", 508)], [("glarotide", 320), ("placebo", 320)]]
    first = got[0]
    assert (first["participants"]["enrolled"], first["participants"]["age_mean"], first["participants"]["male_pct"]) == (1020, 62.4, 58)
    assert (first["interventions"][0]["name"], first["comparator"]) == ("glarotide", "placebo")


def test_two_level_results_are_per_arm_counts_and_an_NR_cell_is_no_value():
    got = studies(TWO_LEVEL)
    first = {(m["group"], m["stat"], m["value"]) for m in got[0]["measurements"]}
    assert first == {("glarotide", "n", 40), ("placebo", "n", 51), ("glarotide", "n", 88), ("placebo", "n", 97)}
    second = {(m["group"], m["stat"], m["value"], m["n"]) for m in got[1]["measurements"]}
    assert second == {("glarotide", "percent", 3.8, 12), ("placebo", "percent", 5.9, 19), ("placebo", "n", 30, None)}
    # The participants' columns describe who took part: never results.
    assert not any(m["value"] in (62.4, 58) for s in got for m in s["measurements"])


def test_one_level_treatment_and_control_columns_with_a_hazard_ratio():
    got = studies(ONE_LEVEL)
    assert [(s["citation"]["first_author"], s["citation"]["year"]) for s in got] == [
        ("Ferrand", 2018), ("Yilmaz", 2020), ("Novak", 2022)]
    assert [[(g["name"], g["n"]) for g in s["groups"]] for s in got][0] == [("treatment", 210), ("control", 205)]
    e = got[0]["effects"]
    assert [(x["measure"], x["group"], x["versus"], x["type"], x["value"], x["ci"], x["p"]) for x in e] == [
        ("PASI 75 response", "treatment", "control", "hazard_ratio", 0.71, [0.55, 0.92], 0.009)]
    assert got[1]["effects"][0]["ci"] == [0.61, 1.27]
    assert got[2]["effects"] == [] and got[0]["design"] == "rct"


def test_a_chinese_table_of_studies():
    got = studies(CHINESE)
    assert [(s["citation"]["first_author"], s["citation"]["year"], s["participants"]["enrolled"]) for s in got] == [
        ("李明", 2017, 60), ("周晓红", 2019, 84)]
    assert [(g["name"], g["n"]) for g in got[1]["groups"]] == [("treatment", 42), ("control", 42)]
    assert {(m["group"], m["stat"], m["value"], m["n"]) for m in got[0]["measurements"]} == {
        ("treatment", "percent", 90.0, 27), ("control", "percent", 66.7, 20)}


def test_every_fact_quotes_its_row():
    for text in (TWO_LEVEL, ONE_LEVEL, CHINESE):
        for s in studies(text):
            for item in s["measurements"] + s["effects"] + s["groups"]:
                assert item["quote"] in text and "\n" not in item["quote"] and "|" in item["quote"]
            assert all(q in text for q in s["participants"]["quotes"].values())


def test_an_outcome_table_of_one_trial_is_still_one_study():
    assert read(ONE_TRIAL) == []
    got = studies(ONE_TRIAL)
    assert len(got) == 1 and {m["group"] for m in got[0]["measurements"]} == {"BM-MNC", "placebo"}


def test_no_table_no_studies():
    assert read("Ames et al. 2015 found fewer deaths.\nBerg et al. 2019 did not.\n") == []


def test_each_trial_of_a_table_is_stored_as_its_own_study(tmp_path):
    """The page names every trial's registration in its row: each study keeps its own, so the
    store does not merge them into one (a shared page-wide id would)."""
    import sqlite3

    from ingest.commands import ingest_paths
    page = tmp_path / "pooled.txt"
    page.write_text(ONE_LEVEL.replace("Ferrand et al. 2018 |", "Ferrand et al. 2018 (NCT01112222) |")
                    .replace("Yilmaz et al. 2020 |", "Yilmaz et al. 2020 (NCT03334444) |"), encoding="utf-8")
    db = tmp_path / "e.db"
    ingest_paths([str(page)], str(db))
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("select count(*) from studies").fetchone()[0] == 3
        ids = sorted(r[0] for r in conn.execute("select trial_ids from source_studies"))
    finally:
        conn.close()
    assert ids == sorted(['["NCT01112222"]', '["NCT03334444"]', '[]'])


# A review's table the page wrapped: its header over three lines, the arms that split the
# intervention's column on a framed line of their own, and each row's study framed alone on its
# first line, its other cells one line each.
WRAPPED = """Table 1.
Characteristics of the trials of herbal granule K we reviewed
| First author year | Sample size (randomized/dropouts); Sex: M/F | Age (years) | Diagnostic criteria |
Intervention | Treatment duration (months) |
Follow-up duration (months) |
Outcome measure | |
|---|---|---|---|---|---|---|---|---|
| Treatment group (T) | Control group (C) | |||||||
| Okafor 2016 [11] |
300/12 T: 152 (70/82) C: 148 (69/79) |
T: 55.1 ± 8.2 C: 54.7 ± 8.9 |
ADA 2010 | Granule K (1 sachet, po, bid) + LM | Placebo (1 sachet, po, bid) + LM | 12 | 12 | A–C |
| Lindqvist 2019 [12] |
120/4 T: 61 (30/31) C: 59 (28/31) |
T: 49.8 ± 7.5 C: 50.2 ± 7.1 |
ADA 2010 | Granule K (1 sachet, po, bid) + LM | LM | 6 | 6 | A, D |
"""


def test_a_wrapped_table_of_trials_gives_each_row_its_study_size_and_arms():
    found = [(s.citation.first_author, s.citation.year, s.participants.enrolled, [(g.name, g.n) for g in s.groups],
              [i.name for i in s.interventions], s.follow_up.value if s.follow_up else None) for s in read(WRAPPED)]
    assert found == [("Okafor", 2016, 300, [("treatment", 152), ("control", 148)], ["granule k"], 12),
                     ("Lindqvist", 2019, 120, [("treatment", 61), ("control", 59)], ["granule k"], 6)], found
    first, second = read(WRAPPED)
    assert first.comparator == "placebo" and second.comparator == "control", (first.comparator, second.comparator)
