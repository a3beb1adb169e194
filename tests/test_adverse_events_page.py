"""Adverse events per arm, end to end: a traditional-Chinese article -> database -> study page."""

import sqlite3

from ingest.commands import ingest_paths
from tests.paths import REPO
from tests.study_pages import only_study_page

ARTICLE = REPO / "examples" / "zh-hant-ucmsc-heart-failure.txt"


def test_each_arm_keeps_its_own_counts_on_the_page(tmp_path):
    db = tmp_path / "evidence.db"
    assert not ingest_paths([ARTICLE], db).failed
    conn = sqlite3.connect(db)
    rows = sorted(conn.execute("select event, group_name, n, pct, quote from adverse_events where event = 'fever'"))
    assert [r[1:4] for r in rows] == [("placebo", 1, 2.5), ("treatment", 3, 7.5)]
    assert all("發燒" in r[4] for r in rows), "quotes keep the article's traditional characters"
    table = only_study_page(db).select_one("table.adverse-events")
    cells = [[td.get_text(" ", strip=True) for td in tr.find_all("td")][:4] for tr in table.select("tbody tr")]
    assert ["fever", "treatment", "3", "7.5%"] in cells
    assert ["fever", "placebo", "1", "2.5%"] in cells
