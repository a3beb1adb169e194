"""A review's table whose rows each open on a trial's name, its reference or its size after it
("ALPHA-1 (n=820)12 | …", "BETA-HF [7]"), one trial a row or a few lines: each row is a study
of its own, read from what its lines say. A legend's "CV, cardiovascular" opens no row.

Every table here is written for this test (no text from ../shared).
"""

from ingest.extract import extract
from ingest.read import read_bytes

SIZED_ROWS = """Summary of the ALPHA trials of drug K in obesity
Trial (n) | Doses and comparators | Mean weight change (%) |
ALPHA-1 (n=820)12 | drug K 2.0 mg | −11.2 |
Placebo | −2.1 | |
ALPHA-2 (n=640)13 | drug K 2.0 mg | −8.4 |
Placebo | −3.0 | |
ALPHA-3 (n=410)14 | drug K 1.0 mg | −6.9 |
Placebo | −1.7 | |
"""

REFERENCED_ROWS = """Table 1.

Outcome trials of two gliflozins in type 2 diabetes.

Trial
(Medication)
Main Outcome
HR (95% CI) (p-Value)
BETA-HF [7]
(fooglifozin 10 mg)
MACE,
0.88 (0.77–0.99) (p = 0.03)
GAMMA CV [9]
(barglifozin 5 mg)
MACE
0.95 (0.80–1.12)

CV, cardiovascular; MACE, major adverse cardiovascular event.
"""


def studies_of(text: str) -> list[dict]:
    return extract(read_bytes(text.encode("utf-8"), path="table.txt")).to_json()["studies"]


def test_rows_that_open_on_a_trials_name_and_size_are_a_study_each():
    found = studies_of(SIZED_ROWS)
    assert len(found) == 3, [s["participants"] for s in found]
    assert [s["participants"]["enrolled"] for s in found] == [820, 640, 410]


def test_rows_that_open_on_a_trials_name_and_reference_are_a_study_each():
    found = studies_of(REFERENCED_ROWS)
    assert len(found) == 2
    # (each row's hazard ratio stays in its own trial's study)
    values = [sorted(e["value"] for e in s["effects"] if e["value"] is not None) for s in found]
    assert 0.95 not in values[0] and 0.88 not in values[1]


CITED_ROWS = """doi: 10.9999/review.2020.1

Table 1.

Major phase 3 trials of drug K in resected lung cancer

Trials No. of patients Treatment arms HR for death (P value) Survival Outcomes
Adjuvant chemotherapy
Ames et al. 4 (ORCA) 512 Surgery → drug K versus Surgery 0.80 (0.01) 5-year OS: 55% versus 47%
Berg et al. 7 (SKUA) 298 Surgery → drug K versus Surgery → placebo 0.91 (0.40) 5-year OS: 61% versus 58%
"""


def test_rows_that_open_on_their_paper_are_a_study_each_with_their_size_and_no_page_citation():
    found = studies_of(CITED_ROWS)
    assert [s["citation"]["first_author"] for s in found] == ["Ames", "Berg"]
    # (the size under "No. of patients", right after the trial's name; the review's DOI is no trial's)
    assert [s["participants"]["enrolled"] for s in found] == [512, 298]
    assert all(s["citation"]["doi"] is None for s in found)


ROWS_ENDING_ON_THEIR_PAPER = """Table 2.

Clinical studies of cell therapy in two diseases.

Disease Sample
size
Follow-up Cell source Effects Stage Reference
Lupus 42 Adults 12 months UC-MSCs CR (14/42), no adverse events Phase II Ames K et al, 2012[31]
Lupus 18 Adults 9 months BM-MSCs CR (9/18), relapse (2/18) Case series Van Berg T et al, 2015[32]
Crohn disease 24 Adults 6 months BM-MSCs CR (10/24) Phase I Chan L et al, 2016[33]
"""


def test_rows_that_end_on_their_paper_are_a_study_each_with_its_author_year_and_size():
    found = studies_of(ROWS_ENDING_ON_THEIR_PAPER)
    assert [(s["citation"]["first_author"], s["citation"]["year"]) for s in found] == [
        ("Ames", 2012), ("Van Berg", 2015), ("Chan", 2016)]
    # (the first count of people in the row, under "Sample size")
    assert [s["participants"]["enrolled"] for s in found] == [42, 18, 24]


AUTHOR_YEAR_ROWS = """Skip to main content
Published in final edited form as: Example Journal. 2016 Jun 14;315(22):1–10. doi: 10.1000/example.2016.1
An author manuscript, with the journal's notices and the page's links above its table, which are no part of the table's head.
Some more of the page's furniture above the table, repeated here so that the table starts well down the page.

Table 2.

Characteristics of Randomized Clinical Trials Comparing Drug K, Drug M and Drug Q vs Placebo for Weight Loss

Source/Period Total Enrolled/mITT/Completers Cointerventions

Intervention Control Diet Exercise
Drug K vs Placebo

Abbott et al,31 2012 (US)/2007–2010 260/251/169 252/248/157 600-kcal/d deficit Yes

Baker et al,32 2011 (US)/2007–2009 1602/1561/917 1601/1541/834 600-kcal/d deficit Yes

Drug M vs Placebo

Carter et al,33 2013 (US)/2007–2009 1001/826/538 495/456/267 500-kcal/d deficit Yes
"""


def test_rows_that_open_on_their_author_reference_and_year_are_a_study_each_under_their_parts_comparison():
    studies = extract(read_bytes(AUTHOR_YEAR_ROWS.encode(), path="a.txt")).to_json()["studies"]
    assert [(s["citation"] or {}).get("first_author") for s in studies] == ["Abbott", "Baker", "Carter"]
    assert [(s["citation"] or {}).get("year") for s in studies] == [2012, 2011, 2013]
    # (each under its part's comparison, not the caption's of all the drugs: no Drug Q in a Drug M trial)
    assert all("drug q" not in {g["name"].lower() for g in s["groups"]} for s in studies)
    assert "drug m" in {g["name"].lower() for g in studies[2]["groups"]} or not studies[2]["groups"]
