"""Tables of trials as PMC pages print them: a rule under the header, rows closed by a bar on
the right only ("a | b |"), a header or a row the page wrapped onto the next line, citations
written "Surname, I. 2019 [4]", and results of the row's drug set against the comparator the
header names ("41% (vs. 22%)" under "Response (vs. placebo)"). Made-up tables."""

from ingest.extract import extract
from ingest.extract.numbers import counts
from ingest.extract.trial_tables import _citation, read
from ingest.read import read_bytes

RULED = """Table 2.
Study, Year | Substance | Scale | Response Rate (vs. Placebo) |
Remission Rate (vs. Placebo) |
---|---|---|---|---|
Okonjo, T. 2017 [12] | Velorexin | HAM-D | 61% (vs. 30%) | 44% (vs. 18%) |
Brandt, K.L. 2019 [15] | Velorexin | MADRS | 57.5% (vs. 35.0%) |
39.0% (vs. 21.5%) |
Sato, H. 2022 [19] | Tamoxalin | MADRS | ~70% (vs. ~45%) | 48% (vs. 26%) [a] |
Response was a fall of half or more from baseline.
"""


def studies(text):
    return extract(read_bytes(text.encode(), path="t.txt")).to_json()["studies"]


def test_citations_with_initials_after_a_comma():
    assert _citation("Okonjo, T. 2017 [12]", True) == ("Okonjo", "T", 2017)
    assert _citation("Brandt, K.L. 2019 [15]", True) == ("Brandt", "KL", 2019)
    assert _citation("Rossi MA, et al. 2015", False) == ("Rossi", "MA", 2015)
    assert _citation("Okonjo, Placebo", True) is None


def test_a_ruled_table_with_a_wrapped_header_and_row_gives_one_study_per_row():
    found = read(RULED)
    assert [(s.citation.first_author, s.citation.year) for s in found] == [
        ("Okonjo", 2017), ("Brandt", 2019), ("Sato", 2022)]
    got = studies(RULED)
    assert len(got) == 3
    assert [[g["name"] for g in s["groups"]] for s in got] == [["velorexin", "placebo"]] * 2 + [["tamoxalin", "placebo"]]


def test_a_versus_cell_gives_the_drug_then_the_comparator():
    got = studies(RULED)
    rows = [sorted((m["measure"], m["group"], m["stat"], m["value"]) for m in s["measurements"]) for s in got]
    assert rows[0] == [("Remission Rate", "placebo", "percent", 18), ("Remission Rate", "velorexin", "percent", 44),
                       ("Response Rate", "placebo", "percent", 30), ("Response Rate", "velorexin", "percent", 61)]
    # (the wrapped row: its last cell on the next line)
    assert ("Remission Rate", "velorexin", "percent", 39.0) in rows[1]
    # ("~70%" as the table prints it, and a footnote mark after the bracket)
    assert ("Response Rate", "tamoxalin", "percent", 70) in rows[2] and ("Remission Rate", "placebo", "percent", 26) in rows[2]


def test_every_number_is_in_its_quote():
    for s in studies(RULED):
        for m in s["measurements"]:
            assert m["quote"] in RULED and f"{m['value']:g}" in m["quote"]


def test_chinese_trial_subjects_are_counted():
    """受试者 (trial subjects) is how Chinese and Taiwanese pages count a vaccine trial's people."""
    assert [c.n for c in counts("43,210受試者≥18歲1:1隨機分派接受疫苗或安慰劑；另有980受试者")] == [43210, 980]


def test_a_taiwanese_allocation_names_a_randomised_design():
    """隨機分派 ("randomly assigned", as Taiwan writes it) is the page's only word of design."""
    text = "新型疫苗的比較\n\n共12,400受試者隨機分派接受甲疫苗或乙疫苗。\n\n甲疫苗組發病率為0.4%，乙疫苗組為2.1%。\n"
    got = studies(text)
    assert len(got) == 1 and got[0]["design"] == "rct"


def test_a_table_printed_one_cell_per_line():
    """A converted page prints each cell on a line of its own: a header of five labels, then
    five lines per trial. Each trial is a study: its size and phase from the cell that describes
    it, its two arms as that cell names them ("X vs. Y"), each arm's result from "a% vs. b%"."""
    from ingest.extract.trial_tables import read
    cells = ["Drug", "Study", "ORR", "mPFS", "Reference",
             "Fooxaban", "NCT01111111 (ORCA 1), N = 410 (phase III), fooxaban + chemotherapy vs. placebo + chemotherapy",
             "45.5% vs. 30%", "7.1 vs. 5.2 mo.", "Ames et al. 2019 [4]",
             "Barxaban", "NCT02222222 (SKUA 2), N = 388 (phase III), barxaban + chemotherapy vs. chemotherapy",
             "51.0% vs. 33.2%", "8.0 vs. 6.1 mo.", "Berg et al. 2021 [5]"]
    text = "Table 2. First-line trials\n\n" + "\n\n".join(cells) + "\n"
    found = read(text)
    assert [(s.citation.first_author, s.citation.year, s.participants.enrolled, s.phase) for s in found] == \
        [("Ames", 2019, 410, "3"), ("Berg", 2021, 388, "3")]
    assert {(m.measure, m.group, m.stat, m.value) for m in found[1].measurements} == {
        ("objective response rate", "barxaban + chemotherapy", "percent", 51.0),
        ("objective response rate", "chemotherapy", "percent", 33.2),
        ("progression-free survival", "barxaban + chemotherapy", "median", 8.0),
        ("progression-free survival", "chemotherapy", "median", 6.1)}
    for s in found:  # (each fact quotes its row as printed, first cell to last)
        assert all(m.quote in text and str(m.value).rstrip("0").rstrip(".") in m.quote for m in s.measurements)


def test_a_rule_that_opens_on_its_dashes_stays_a_rule():
    # The read stage strips a bullet's dash from a line's ends; a table's rule ("---|---|---")
    # lost its outer dashes to it and the table its header (the first row became the header).
    text = ("Drug K for knee pain: a randomized trial\n\nSixty patients were randomized to drug K (n = 30) or "
            "placebo (n = 30).\n\nTable 2. Scores\nOutcome | Drug K (n = 30) | Placebo (n = 30)\n---|---|---\n"
            "WOMAC pain, mean (SD) | 6.6 (2.9) | 6.1 (4.4)\nWOMAC stiffness, mean (SD) | 3.0 (1.6) | 3.3 (2.1)\n")
    got = {(m["measure"], m["group"], m["value"]) for m in studies(text)[0]["measurements"]}
    assert got == {("WOMAC pain", "drug k", 6.6), ("WOMAC pain", "placebo", 6.1),
                   ("WOMAC stiffness", "drug k", 3.0), ("WOMAC stiffness", "placebo", 3.3)}


def test_a_header_wrapped_over_lines_a_ratio_column_and_sizes_over_the_columns():
    # NEJM style as a page prints it: the header's cells wrapped one to a line, each closed by a
    # bar, rows "— no. (%)", a hazard ratio column, each arm's size over its column.
    text = ("Table 2. Clinical Outcomes with Drug K or Placebo.\nOutcomes | Drug K (N = 1200) |\nPlacebo (N = 1190) |\n"
            "Hazard Ratio (95% CI)* |\n---|---|---|---|\nPrimary outcome | |||\n"
            "Death from cardiovascular causes or stroke — no. (%) | 96 (8.0) | 119 (10.0) | 0.78 (0.60–1.02) |\n"
            "Stroke — no. (%) | 20 (1.7) | 31 (2.6) | 0.64 (0.37–1.12) |\n")
    (study,) = studies(text)
    # (the arms as the header names them: no sentence of this page allocates them)
    got = {(m["measure"], m["group"].lower(), m["value"], m["n"]) for m in study["measurements"]}
    assert ("Stroke", "drug k", 1.7, 20) in got and ("Stroke", "placebo", 2.6, 31) in got
    assert {(e["measure"], e["group"].lower(), e["versus"], e["type"], e["value"], tuple(e["ci"]))
            for e in study["effects"]} >= {("Stroke", "drug k", "placebo", "hazard_ratio", 0.64, (0.37, 1.12))}
    assert {(g["name"].lower(), g["n"]) for g in study["groups"]} >= {("drug k", 1200), ("placebo", 1190)}


# Each trial cell opens on its acronym, the paper after it; both arms and their sizes in one
# cell; every estimate named at the end of its column ("Ischemic Stroke HR (95% CI)"); the
# header and each row wrapped over lines, each ending on its bar.
TRIALS_BY_ACRONYM = """Table 1.
Trial Name | Study Design | Test Drug (n)/Control (N) | Mean Age | Stroke HR (95% CI) |
Major Bleeding HR (95% CI) |
All-Cause Mortality HR (95% CI) |
---|---|---|---|---|---|---|
ORCA-2 trial. Ames et al. (2021) [4] | Double-blind RCT | Zelaban (1200)/Placebo (1190) |
71.5 ± 6.1 | 0.70 (0.45 to 1.09) | 1.90 (1.25 to 2.89) | 1.10 (0.90 to 1.34) |
SKUA trial. Berg et al. (2022) [5] | Double-blind RCT | Zelaban (2010)/Aspirin (1995) |
74.8 ± 7.2 | 0.61 (0.44 to 0.86) | 1.40 (1.02 to 1.93) | 1.02 (0.88 to 1.19) |
"""


def test_a_table_of_trials_named_by_acronym_with_both_arms_in_one_cell():
    got = studies(TRIALS_BY_ACRONYM)
    assert [s["citation"]["first_author"] for s in got] == ["Ames", "Berg"]
    assert [[(g["name"], g["n"]) for g in s["groups"]] for s in got] == [[("zelaban", 1200), ("placebo", 1190)],
                                                                         [("zelaban", 2010), ("aspirin", 1995)]]
    assert {(e["measure"], e["group"], e["versus"], e["value"], tuple(e["ci"])) for e in got[1]["effects"]} == {
        ("Stroke", "zelaban", "aspirin", 0.61, (0.44, 0.86)), ("Major Bleeding", "zelaban", "aspirin", 1.4, (1.02, 1.93)),
        ("all-cause mortality", "zelaban", "aspirin", 1.02, (0.88, 1.19))}
    assert [i["name"] for i in got[0]["interventions"]] == ["zelaban"]


COMPARATOR_FIRST = """Vitamin Z prophylaxis in children: a randomised placebo-controlled trial

Table 3.
Secondary outcomes
| Placebo (n=600) | Vitamin Z (n=604) | Incidence rate ratio (95% CI) | |
|---|---|---|---|
| Hospital admissions | 210 | 180 | 0·86 (0·70–1·05) |
| All pneumonia | 400 | 356 | 0·89 (0·77–1·03) |
"""


def test_a_ratio_beside_the_comparators_column_first_is_the_treatments_against_it():
    # (180/210 is 0.86: the ratio is the vitamin's against placebo, however the columns run)
    (s,) = studies(COMPARATOR_FIRST)
    assert {(e["measure"], e["group"], e["versus"], e["value"]) for e in s["effects"]} == {
        ("Hospital admissions", "Vitamin Z", "placebo", 0.86), ("All pneumonia", "Vitamin Z", "placebo", 0.89)}


def test_whole_numbers_beside_a_rate_ratio_are_each_arms_count_of_the_event():
    # (no kind said, a ratio of rates beside them: 210 admissions in the placebo arm, 180 with the vitamin)
    (s,) = studies(COMPARATOR_FIRST)
    assert {(m["measure"], m["group"], m["stat"], m["value"]) for m in s["measurements"]} == {
        ("Hospital admissions", "placebo", "n", 210), ("Hospital admissions", "Vitamin Z", "n", 180),
        ("All pneumonia", "placebo", "n", 400), ("All pneumonia", "Vitamin Z", "n", 356)}
    assert len(s["effects"]) == 2  # (the ratios are still read)
