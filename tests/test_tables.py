"""Tables written as ' | ' rows (how the JATS and HTML readers render them): each arm's cell is
a measurement, the effect and p columns an effect, an adverse-event table events by arm."""

import pytest

from ingest.extract import extract
from ingest.extract.tables import find_tables, label_of, read_cell, read_ci, read_p
from ingest.read import read_bytes

ARTICLE = """Cell therapy for critical limb ischaemia: a randomised, placebo-controlled trial

Participants were randomly assigned to BM-MNC or placebo.

Table 2. Secondary outcomes at 12 months
Outcome | BM-MNC (n = 50) | Placebo (n = 48) | Effect estimate (95% CI) | p
Major amputation, n (%) | 9 (18.0) | 15 (31.3) | RR 0.58 (0.28–1.19) | 0.14
TcPO2 (mmHg), mean (SD) | 31.2 (11.5) | 24.0 (10.8) | MD 7.2 (2.7 to 11.7) | 0.002
Total, n | 50 | 48 | | 

Table 3. Adverse events by group, n (%)
Event | BM-MNC (n = 50) | Placebo (n = 48)
Any adverse event | 40 (80.0) | 37 (77.1)
Wound infection | 8 (16.0) | 11 (22.9)
"""


def study():
    return extract(read_bytes(ARTICLE.encode(), path="t.txt")).to_json()["studies"][0]


def test_outcome_rows_are_measurements_per_arm():
    got = {(m["measure"], m["group"], m["stat"], m["value"], m["dispersion_value"], m["n"], m["time"]["value"])
           for m in study()["measurements"]}
    assert got == {("major amputation", "BM-MNC", "percent", 18.0, None, 9, 12),
                   ("major amputation", "placebo", "percent", 31.3, None, 15, 12),
                   ("transcutaneous oxygen pressure", "BM-MNC", "mean", 31.2, 11.5, None, 12),
                   ("transcutaneous oxygen pressure", "placebo", "mean", 24.0, 10.8, None, 12)}


def test_effect_and_p_columns_are_one_effect_of_the_first_arm_against_the_second():
    got = {(e["measure"], e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"]), e["p"])
           for e in study()["effects"]}
    assert got == {("major amputation", "BM-MNC", "placebo", "risk_ratio", 0.58, (0.28, 1.19), 0.14),
                   ("transcutaneous oxygen pressure", "BM-MNC", "placebo", "mean_difference", 7.2, (2.7, 11.7), 0.002)}


def test_adverse_event_rows_by_arm_without_the_totals():
    got = {(a["event"], a["group"], a["n"], a["pct"]) for a in study()["adverse_events"]}
    assert got == {("wound infection", "BM-MNC", 8, 16.0), ("wound infection", "placebo", 11, 22.9)}


def test_every_quote_is_the_row_it_came_from():
    s = study()
    for item in s["measurements"] + s["effects"] + s["adverse_events"]:
        assert item["quote"] in ARTICLE and " | " in item["quote"]


def test_a_chinese_table_with_a_statistic_column():
    text = ("干细胞治疗下肢缺血的随机对照研究\n本研究将86例患者随机分为观察组(43例)和对照组(43例)。\n"
            "表2 两组治疗后3个月指标比较\n"
            "指标 | 观察组(n=43) | 对照组(n=43) | t值 | P值\n"
            "ABI(x±s) | 0.72±0.11 | 0.61±0.10 | 4.85 | <0.001\n"
            "VAS评分(x±s) | 2.1±0.9 | 3.4±1.1 | 6.00 | <0.001\n")
    s = extract(read_bytes(text.encode(), path="t.txt")).to_json()["studies"][0]
    assert {(m["measure"], m["group"], m["value"], m["dispersion_value"], m["time"]["value"]) for m in s["measurements"]} == {
        ("ankle-brachial index", "观察组", 0.72, 0.11, 3), ("ankle-brachial index", "control", 0.61, 0.10, 3),
        ("visual analogue scale pain", "观察组", 2.1, 0.9, 3), ("visual analogue scale pain", "control", 3.4, 1.1, 3)}
    assert {(e["measure"], e["group"], e["versus"], e["p"], e["p_relation"]) for e in s["effects"]} == {
        ("ankle-brachial index", "观察组", "control", 0.001, "<"),
        ("visual analogue scale pain", "观察组", "control", 0.001, "<")}


@pytest.mark.parametrize("cell, hint, expected", [
    ("13 (20.3)", "n (%)", ("percent", 20.3, None, None, 13)),
    ("19/44 (43.2)", "", ("percent", 43.2, None, None, 19)),
    ("3.1 (2.4)", "mean (SD)", ("mean", 3.1, "sd", 2.4, None)),
    ("12 (8–15)", "median (IQR)", ("median", 12, "iqr", [8, 15], None)),
    ("0.72±0.11", "x±s", ("mean", 0.72, "sd", 0.11, None)),
    ("3.1 (2.4)", "", ("mean", 3.1, None, 2.4, None)),  # a mean (a median has two bounds); SD or SE? Unsaid.
    ("3 (24)", "", ("percent", 24, None, None, 3)),  # whole numbers: a count and its share
    ("13 (120.0)", "n (%)", None),    # not a percentage
    ("—", "n (%)", None),
])
def test_read_cell(cell, hint, expected):
    assert read_cell(cell, hint) == expected


@pytest.mark.parametrize("cell, size, expected", [
    ("12 (6.0)", 200, ("percent", 6.0, None, None, 12)),   # 12 of 200 is 6.0%: a count and its share
    ("131 (14)", 200, None),                                # 131 of 200 is 65.5%, not 14: no share
    ("131 (14)", None, ("percent", 14, None, None, 131)),   # no size to check against: as before
])
def test_a_bare_bracket_under_a_sized_column_is_a_share_only_when_it_is_one(cell, size, expected):
    assert read_cell(cell, "", size) == expected


def test_small_readers():
    assert read_p("<0.001") == (0.001, "<") and read_p("0.27") == (0.27, "=") and read_p("NS") is None
    assert read_ci("MD −1.5 (−2.4 to −0.6)") == [-2.4, -0.6]
    assert label_of("Complete ulcer healing(a), n/N (%)") == "Complete ulcer healing"
    assert label_of("Rest pain VAS (cm), mean (SD)") == "Rest pain VAS"


def test_prose_with_pipes_is_not_a_table():
    assert find_tables("Home | News | Contact\nA single line of prose.\n") == []


BASELINE_AND_TIMED_ROWS = """Cooled radiofrequency ablation (RFA) versus steroid injection for knee pain: a randomised trial

Participants were randomly assigned to RFA or corticosteroid injection. NRS pain fell more with RFA.

Table 1. Baseline characteristics
Characteristic | RFA (n = 50) | Corticosteroid (n = 50)
Age, years, mean ± SD | 65.9 ± 8.0 | 66.4 ± 7.7
Body mass index, kg/m2, mean ± SD | 30.1 ± 4.2 | 29.8 ± 4.6
NRS pain (0–10), mean ± SD | 7.2 ± 1.1 | 7.1 ± 1.2

Table 2. Outcomes
Outcome | RFA (n = 50) | Corticosteroid (n = 50) | Difference (95% CI) | P value
NRS pain, 3 months | 4.0 ± 2.1 | 5.1 ± 2.2 | −1.1 (−1.9 to −0.3) | 0.007
"""


def test_baseline_rows_and_rows_that_name_their_time():
    s = extract(read_bytes(BASELINE_AND_TIMED_ROWS.encode(), path="t.txt")).to_json()["studies"][0]
    got = {(m["measure"], m["group"], m["time"]["value"], m["value"]) for m in s["measurements"]}
    assert got == {("numeric rating scale pain", "radiofrequency ablation", 0, 7.2),
                   ("numeric rating scale pain", "corticosteroid", 0, 7.1),
                   ("numeric rating scale pain", "radiofrequency ablation", 3, 4.0),
                   ("numeric rating scale pain", "corticosteroid", 3, 5.1)}  # no age or BMI rows
    assert {(e["type"], e["value"], tuple(e["ci"]), e["p"]) for e in s["effects"]} >= {
        ("mean_difference", -1.1, (-1.9, -0.3), 0.007)}


@pytest.mark.parametrize("cell, hint, read", [
    ("16/14 964 (0·1%)", "", ("percent", 0.1, None, None, 16)),   # Lancet style: middle dot, spaced thousands
    ("1 234 (12·5)", "n (%)", ("percent", 12.5, None, None, 1234)),
    ("45·2 ± 3·1", "", ("mean", 45.2, "sd", 3.1, None)),
    ("12·3 (4·5)", "mean (SD)", ("mean", 12.3, "sd", 4.5, None)),
    ("３４（８５％）", "", ("percent", 85.0, None, None, 34)),        # full width
])
def test_cells_are_read_as_the_text_readers_read_numbers(cell, hint, read):
    assert read_cell(cell, hint) == read


def test_p_and_ci_cells_with_middle_dots():
    assert read_p("<0·0001") == (0.0001, "<")
    assert read_ci("91·6% (85·6–95·2)") == [85.6, 95.2]


def test_a_lancet_style_table_through_the_extractor():
    # Middle-dot decimals and spaced thousands, which the sentence readers have already joined.
    text = ("A randomised trial of a vaccine in 19 866 adults\n\nTable 2. Efficacy\n"
            "Outcome | Vaccine (n = 14 964) | Placebo (n = 4902) | p\n"
            "Symptomatic COVID-19, n/N (%) | 16/14 964 (0·1%) | 62/4902 (1·3%) | <0·0001\n")
    study = extract(read_bytes(text.encode(), path="t.txt")).to_json()["studies"][0]
    assert [(m["group"], m["stat"], m["value"]) for m in study["measurements"]] == [
        ("vaccine", "percent", 0.1), ("placebo", "percent", 1.3)]
    assert [(e["group"], e["versus"], e["p"], e["p_relation"]) for e in study["effects"]] == [
        ("vaccine", "placebo", 0.0001, "<")]


# A table as the pages' readers flatten it: a rule under the header, the header one cell short
# of the rows (the empty cell over the labels is lost), bars left over after the last value,
# and rows of one cell that head a section (the outcome) or a trait (its subgroups).
RULED = """Vaccine K against influenza: a randomised, placebo-controlled trial

Table 2.
Total cases | Vaccine group | Placebo group | Vaccine efficacy (95% CI) | p value | ||
---|---|---|---|---|---|---|
Laboratory-confirmed influenza from 14 days after dose 2* | ||||||
Overall | 50 | 10/8000 (0·1%) | 40/4000 (1·0%) | 87·5% (75·0–93·8) | <0·0001 |
Age group (years) | ||||||
18–64 | 30 | 6/6000 (0·1%) | 24/3000 (0·8%) | 87·5% (69·5–94·9) | <0·0001 |
Sex | ||||||
Female | 22 | 4/4100 (0·1%) | 18/2050 (0·9%) | 88·9% (67·4–96·2) | 0·0003 |
Data are n/N (%).
"""


def ruled_study():
    return extract(read_bytes(RULED.encode(), path="t.txt")).to_json()["studies"][0]


def test_a_ruled_table_with_sections_and_subgroup_rows():
    s = ruled_study()
    measurements = {(m["measure"], m["group"], m["stat"], m["value"]) for m in s["measurements"]}
    name = "Laboratory-confirmed influenza from 14 days after dose 2"
    assert {(name, "all", "n", 50), (name, "vaccine", "percent", 0.1), (name, "placebo", "percent", 1.0),
            (name, "18–64", "n", 30), (name, "vaccine, 18–64", "percent", 0.1), (name, "placebo, 18–64", "percent", 0.8),
            (name, "vaccine, Female", "percent", 0.1), (name, "placebo, Female", "percent", 0.9)} <= measurements
    effects = {(e["measure"], e["group"], e["versus"], e["value"], tuple(e["ci"]), e["p"]) for e in s["effects"]}
    assert effects == {(name, "vaccine", "placebo", 87.5, (75.0, 93.8), 0.0001),
                       (name, "18–64", "placebo", 87.5, (69.5, 94.9), 0.0001),
                       (name, "Female", "placebo", 88.9, (67.4, 96.2), 0.0003)}


def test_a_ruled_table_of_who_they_were_gives_no_outcomes():
    text = ("Drug K after stroke: a randomised trial\n\n"
            "Table 1.\n"
            "Drug K (n = 100) | Usual care (n = 100) | ||\n"
            "---|---|---|\n"
            "Sex | ||\n"
            "Female | 40 (40%) | 42 (42%) |\n"
            "Male | 60 (60%) | 58 (58%) |\n"
            "Side of stroke | ||\n"
            "Left | 55 (55%) | 50 (50%) |\n"
            "Right | 45 (45%) | 50 (50%) |\n")
    studies = extract(read_bytes(text.encode(), path="t.txt")).to_json()["studies"]
    assert not [m for s in studies for m in s["measurements"]]


def test_a_ruled_header_missing_its_last_title_keeps_each_arm_its_column():
    text = ("Drug K for lupus: a randomized trial\n\nTable 2.\n"
            "Outcome | Drug K (n=50) | Placebo (n=50) | \n---|---|---|---|\n"
            "Flare, n (%) | 5 (10.0) | 12 (24.0) | 0.04\nInfection, n (%) | 3 (6.0) | 4 (8.0) | 0.70\n")
    got = {(m["measure"].lower(), m["group"].lower(), m["value"]) for m in extract(read_bytes(text.encode(), path="t.txt")).to_json()["studies"][0]["measurements"]}
    assert ("flare", "drug k", 10.0) in got and ("flare", "placebo", 24.0) in got
    assert not any(g == "outcome" for _, g, _ in got)


def test_a_total_column_of_means_is_no_count_and_rows_under_a_trait_that_are_outcomes_stay_outcomes():
    means = ("Drug K for pain: a randomized trial\n\nTable 2.\n"
             "Outcome | Drug K (n = 50) | Placebo (n = 50) | Total (n = 100)\n"
             "Pain VAS (mm), mean | 42 | 51 | 46\nPain at rest (mm), mean | 40 | 50 | 45\n")
    studies = extract(read_bytes(means.encode(), path="t.txt")).to_json()["studies"]
    assert not [m for s in studies for m in s["measurements"] if m["stat"] == "n"]
    trait = RULED.replace("Data are n/N (%).", "Hospitalisation | 5 | 1/8000 (0·01%) | 4/4000 (0·10%) | 87·5% (6·0–98·6) | 0·04 |")
    effects = {(e["measure"], e["group"]) for e in extract(read_bytes(trait.encode(), path="t.txt")).to_json()["studies"][0]["effects"]}
    assert ("Hospitalisation", "vaccine") in effects
    assert not any(g == "Hospitalisation" for _, g in effects)


def test_an_efficacy_table_with_sections_intervals_bare_shares_and_a_ratio_row_against_the_dashed_arm():
    text = ("Table 3.\n"
            "Efficacy | Drug K 5 mg n = 150 | Drug K 10 mg n = 152 | Docetaxel n = 149 |\n"
            "---|---|---|---|\n"
            "Overall Survival | |||\n"
            "Deaths, n (%) | 90 (60%) | 85 (56%) | 110 (74%) |\n"
            "Median in months (95% CI) | 10.4 (9.4, 11.9) | 12.7 (10.0, 17.3) | 8.5 (7.5, 9.8) |\n"
            "p-Value (stratified log-rank) | <0.001 | 0.002 | – |\n"
            "Hazard ratio (95% CI) | 0.71 (0.58, 0.88) | 0.61 (0.49, 0.75) | – |\n"
            "Objective Response Rate | |||\n"
            "ORR, n% (95% CI) | 18% (12, 25) | 18% (12, 25) | 9% (5, 15) |\n"
            "Complete response % | 1% | 1% | 0% |\n")
    s = extract(read_bytes(text.encode("utf-8"), path="t.txt")).to_json()["studies"][0]
    got = {(m["measure"], m["group"], m["stat"], m["value"], tuple(m["dispersion_value"] or ())) for m in s["measurements"]}
    assert {("overall survival", "docetaxel", "median", 8.5, (7.5, 9.8)), ("overall survival", "Drug K 5 mg", "median", 10.4, (9.4, 11.9)),
            ("Deaths", "Drug K 10 mg", "percent", 56, ()), ("objective response rate", "docetaxel", "percent", 9, (5, 15)),
            ("complete response rate", "Drug K 5 mg", "percent", 1, ())} <= got, got
    effects = {(e["measure"], e["group"], e["versus"], e["type"], e["value"], tuple(e["ci"]), e["p"]) for e in s["effects"]}
    assert effects == {("overall survival", "Drug K 5 mg", "docetaxel", "hazard_ratio", 0.71, (0.58, 0.88), 0.001),
                       ("overall survival", "Drug K 10 mg", "docetaxel", "hazard_ratio", 0.61, (0.49, 0.75), 0.002)}, effects


def test_a_p_row_never_reaches_another_sections_ratio_row():
    text = ("Table 2.\n"
            "Efficacy | Drug K n = 200 | Placebo n = 200 |\n"
            "---|---|---|\n"
            "Overall Response Rate | ||\n"
            "ORR, n% (95% CI) | 30% (24, 37) | 20% (15, 26) |\n"
            "p-Value | 0.01 | – |\n"
            "Progression-Free Survival | ||\n"
            "Hazard ratio (95% CI) | 0.80 (0.65, 0.98) | – |\n")
    effects = extract(read_bytes(text.encode("utf-8"), path="t.txt")).to_json()["studies"][0]["effects"]
    assert [(e["measure"], e["value"], e["p"]) for e in effects] == [("progression-free survival", 0.8, None)], effects


def test_a_row_wrapped_over_two_lines_is_one_row_of_a_ruled_table():
    # (the page ended the first line on a bar and went on with the row's last cells; together
    # they fill the ruled header, and neither alone does)
    (table,) = find_tables("Table 1.\nOutcome | Drug K (n = 50) | Placebo (n = 50) | Difference (95% CI) |\nP value |\n"
                           "---|---|---|---|---|\nPain score, mean (SD) | 3.1 (1.2) | 4.0 (1.3) |\n-0.9 (-1.4 to -0.4) | 0.001 |\n"
                           "Sleep hours | 6.5 (1.0) | 6.1 (1.1) | 0.4 (0.0 to 0.8) | 0.04 |\n")
    assert [r.cells for r in table.rows] == [["Pain score, mean (SD)", "3.1 (1.2)", "4.0 (1.3)", "-0.9 (-1.4 to -0.4)", "0.001"],
                                             ["Sleep hours", "6.5 (1.0)", "6.1 (1.1)", "0.4 (0.0 to 0.8)", "0.04"]]
