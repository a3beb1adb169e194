"""Where a paper's page says which paper it is: PubMed's citation line and date line behind
the site's navigation, a scholarly index's labelled fields, a journal's name over the issue's
date or volume line, a Chinese journal page's breadcrumb. Each reaches the stored study's
citation. Written for this test (no text from ../shared)."""

import sqlite3

from ingest.commands import ingest_paths
from ingest.extract import extract
from ingest.read import read_bytes

NAV = "\n".join(["Skip to main page content", "Access keys NCBI Homepage MyNCBI Homepage Main Content Main Navigation",
                 "Search", "Advanced", "Clipboard", "User Guide", "Save", "Email", "Send to", "Display options",
                 "Randomized Controlled Trial"])


def citation(text: str) -> dict:
    studies = extract(read_bytes(text.encode("utf-8"), path="page.txt")).to_json()["studies"]
    assert len(studies) == 1
    return studies[0]["citation"]


PUBMED_PAGE = (NAV + "\n. 2011 Mar;12(3):201-9.\n\nKeyhole versus open hernia repair: a randomized trial\n\n"
               "K Lindqvist et al. Hernia Surg. 2011 Mar.\n\nAbstract\n\nBackground: We randomly assigned 180 adults to "
               "keyhole (n = 91) or open (n = 89) repair.\nResults: Pain at 24 hours was lower after keyhole repair "
               "(3.1 vs 4.6, p = 0.01).\n")


def test_pubmed_page_behind_its_navigation():
    c = citation(PUBMED_PAGE)
    assert (c["first_author"], c["journal"], c["year"]) == ("Lindqvist", "Hernia Surg", 2011)


def test_labelled_fields_of_a_scholarly_index():
    c = citation("Midlife waist size and later dementia\n\nAuthors\nMaria T Ekdahl, Jonas Berg, Lena Holm\n"
                 "Publication date\n2007/3/14\nJournal\nNeurology Today\nVolume\n12\n\nDescription\nIn this prospective cohort study of "
                 "6,583 members followed for 27 years, a larger waist was associated with dementia (HR 1.72, 95% CI "
                 "1.29-2.30).\n")
    assert (c["first_author"], c["journal"], c["year"]) == ("Ekdahl", "Neurology Today", 2007)


def test_a_chinese_journal_breadcrumb():
    c = citation("当前位置: 首页 > 期刊 > 《现代临床医生》 > 2019年第12期\n雾化吸入治疗小儿哮喘的疗效观察\n"
                 "方法 将80例患儿随机分为观察组和对照组，各40例。结果 观察组总有效率为95.0%，对照组为80.0%(P<0.05)。\n")
    assert (c["journal"], c["year"]) == ("现代临床医生", 2019)


def test_a_published_date_line_is_no_journal():
    c = citation("Clinical guidance\nPublished January 1, 2022\nShould I get the vaccine?\n\nIn a trial of 300 adults "
                 "randomly assigned to vaccine or placebo, 2.0% and 6.0% fell ill (p = 0.01).\n")
    assert c["journal"] is None


def test_the_citation_reaches_the_database(tmp_path):
    page = tmp_path / "pubmed.txt"
    page.write_text(PUBMED_PAGE, encoding="utf-8")
    db = tmp_path / "e.db"
    ingest_paths([str(page)], str(db))
    conn = sqlite3.connect(db)
    cols = [r[1] for r in conn.execute("pragma table_info(studies)")]
    row = dict(zip(cols, conn.execute("select * from studies").fetchone()))
    assert row.get("journal") == "Hernia Surg" and row.get("year") == 2011
