"""One study, many sources: merging by identifier or fingerprint, whatever the order;
disagreements kept and checked; a wrong merge undone and kept undone."""

import itertools
import json
import sqlite3

from click.testing import CliRunner

from ingest.cli import cli
from ingest.commands import ingest_paths
from tests.paths import FIXTURES, SEED, needs_shared

SOURCES = FIXTURES / "sources"
ABSTRACT = SOURCES / "sci-abstract-en.txt"
NEWS_NO_DOI = SOURCES / "sci-news-no-doi.txt"
DOI = "10.1186/s13287-025-04312-7"
# Columns that record when, not what: the only ones allowed to differ between orders.
WHEN = {("sources", "ingested_at"), ("curation", "created_at")}


def dump(db_path) -> dict:
    """Every row of every table (FTS shadow tables and the migrations log aside), sorted."""
    conn = sqlite3.connect(db_path)
    try:
        tables = [r[0] for r in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like 'search_index_%' "
            "and name not like '\\_%' escape '\\' and name not like 'sqlite_%' order by name")]
        out = {}
        for t in tables:
            cols = [r[1] for r in conn.execute(f"pragma table_info([{t}])")]
            keep = [c for c in cols if (t, c) not in WHEN]
            out[t] = sorted(map(repr, conn.execute(f"select {', '.join(f'[{c}]' for c in keep)} from [{t}]")))
        return out
    finally:
        conn.close()


def one(conn, sql, args=()):
    return conn.execute(sql, args).fetchone()


@needs_shared
def test_seed_and_english_abstract_are_one_study_with_two_sources(tmp_path):
    db = tmp_path / "e.db"
    report = ingest_paths([SEED, ABSTRACT], db)
    assert len(report.ingested) == 2 and report.merged == [str(ABSTRACT)]
    conn = sqlite3.connect(db)
    assert one(conn, "select count(*), min(doi), min(enrolled) from studies") == (1, DOI, 106)
    study_id = one(conn, "select id from studies")[0]
    assert one(conn, "select count(*) from study_sources where study_id = ?", [study_id])[0] == 2
    # Each fact says which source states it: the abstract's ASIA score and the seed's.
    sources = {r[0] for r in conn.execute(
        "select source_id from measurements where measure = 'ASIA motor score' and value = 40.7")}
    assert len(sources) == 2


@needs_shared
def test_every_order_gives_the_same_database(tmp_path):
    files = [SEED, ABSTRACT, NEWS_NO_DOI]
    dumps = []
    for i, order in enumerate(itertools.permutations(files)):
        db = tmp_path / f"order{i}.db"
        report = ingest_paths(list(order), db)
        assert not report.failed
        dumps.append(dump(db))
    assert all(d == dumps[0] for d in dumps[1:])
    conn = sqlite3.connect(tmp_path / "order0.db")
    assert one(conn, "select count(*) from studies")[0] == 1
    assert one(conn, "select count(*) from study_sources")[0] == 3
    assert one(conn, "select count(*) from source_studies where doi is null")[0] == 1  # merged by fingerprint


@needs_shared
def test_disagreeing_sources_keep_both_values_and_a_check(tmp_path):
    db = tmp_path / "e.db"
    ingest_paths([SEED, NEWS_NO_DOI], db)
    conn = sqlite3.connect(db)
    values = sorted(r[0] for r in conn.execute(
        "select value from measurements where measure = 'SCIM-III total' and group_name = 'all' "
        "and time_label = '12 months'"))
    assert values == [41.2, 47.2]
    kind, message, source_id, field_values = one(
        conn, "select kind, message, source_id, field_values from checks where kind = 'source_conflict'")
    assert "41.2" in message and "47.2" in message and source_id is None
    assert len({s for ids in json.loads(field_values).values() for s in ids}) == 2
    assert "source_conflict" in json.loads(one(conn, "select check_kinds from studies")[0])


SAME_DOI = "干细胞治疗膝骨关节炎的临床研究\n本研究为单臂试验，共纳入40例膝骨关节炎患者，接受间充质干细胞治疗。\n" \
           "WOMAC总分从基线的52.1降至12个月时的{}。\n参考文献：doi:10.5555/evkb.knee.001\n"


def test_conflict_between_two_sources_with_one_doi(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SAME_DOI.format("39.2"), encoding="utf-8")
    b.write_text(SAME_DOI.format("30.2"), encoding="utf-8")
    db = tmp_path / "e.db"
    ingest_paths([a, b], db)
    conn = sqlite3.connect(db)
    assert one(conn, "select count(*) from studies")[0] == 1
    assert one(conn, "select count(*) from checks where kind = 'source_conflict'")[0] == 1
    # The conflict goes when the misprint is corrected.
    b.write_text(SAME_DOI.format("39.2") + "（更正）\n", encoding="utf-8")
    ingest_paths([b], db)
    assert one(conn, "select count(*) from checks where kind = 'source_conflict'")[0] == 0
    assert one(conn, "select count(*) from study_sources")[0] == 2


def test_different_studies_of_the_same_size_do_not_merge(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SAME_DOI.format("39.2").replace("参考文献：doi:10.5555/evkb.knee.001\n", ""), encoding="utf-8")
    b.write_text(SAME_DOI.format("30.2").replace("52.1", "61.5").replace("参考文献：doi:10.5555/evkb.knee.001\n", "")
                 .replace("干细胞治疗膝骨关节炎的临床研究", "另一家医院的膝关节细胞疗法观察"), encoding="utf-8")
    db = tmp_path / "e.db"
    ingest_paths([a, b], db)
    assert one(sqlite3.connect(db), "select count(*) from studies")[0] == 2


def test_split_undoes_a_merge_and_survives_reingest(tmp_path):
    db = tmp_path / "e.db"
    ingest_paths([ABSTRACT, NEWS_NO_DOI], db)
    conn = sqlite3.connect(db)
    assert one(conn, "select count(*) from studies")[0] == 1
    runner = CliRunner()
    result = runner.invoke(cli, ["split", str(NEWS_NO_DOI), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert one(conn, "select count(*) from studies")[0] == 2
    news_source = one(conn, "select id from sources where path = ?", [str(NEWS_NO_DOI)])[0]
    facts = one(conn, "select count(distinct study_id) from measurements where source_id = ?", [news_source])[0]
    assert facts == 1
    assert one(conn, "select count(*) from study_sources")[0] == 2
    # A forced re-ingest re-extracts everything: the curation rule still holds.
    ingest_paths([ABSTRACT, NEWS_NO_DOI], db, force=True)
    assert one(conn, "select count(*) from studies")[0] == 2
    assert one(conn, "select action from curation")[0] == "apart"


def test_split_of_a_source_with_no_other_source_is_a_clear_error(tmp_path):
    db = tmp_path / "e.db"
    ingest_paths([ABSTRACT], db)
    result = CliRunner().invoke(cli, ["split", str(ABSTRACT), "--db", str(db)])
    assert result.exit_code == 1 and "shares no study with another source" in result.output


def test_removing_the_source_that_joined_two_splits_them_again(tmp_path):
    """A source that was the only link between two others: when its content changes, the
    two are no longer one study (the cluster is recomputed, not remembered)."""
    a, b, link = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "link.txt"
    base = "\n本研究共纳入40例膝骨关节炎患者，接受间充质干细胞治疗。\n"
    a.write_text("脂肪干细胞治疗膝骨关节炎的结果" + base + "WOMAC总分从基线的52.1降至12个月时的39.2。\n", encoding="utf-8")
    b.write_text("膝关节疼痛的细胞疗法观察报告" + base + "VAS疼痛评分从基线的6.1降至12个月时的3.2。\n", encoding="utf-8")
    link.write_text("一项研究的两组数字" + base + "WOMAC总分从基线的52.1降至12个月时的39.2，VAS疼痛评分从基线的6.1降至12个月时的3.2。\n",
                    encoding="utf-8")
    db = tmp_path / "e.db"
    ingest_paths([a, b, link], db)
    conn = sqlite3.connect(db)
    assert one(conn, "select count(*) from studies")[0] == 1
    link.write_text("干细胞治疗多发性硬化\n本研究共纳入12例多发性硬化患者。EDSS评分从基线的5.5降至12个月时的5.0。\n",
                    encoding="utf-8")
    ingest_paths([link], db)
    assert one(conn, "select count(*) from studies")[0] == 3


def test_study_page_lists_both_sources_both_values_and_the_conflict(tmp_path):
    """ingest -> database -> page: a merged study shows every source and the disagreement."""
    import asyncio

    from bs4 import BeautifulSoup
    from datasette.app import Datasette

    from tests.conftest import PLUGINS, TEMPLATES, load_metadata

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SAME_DOI.format("39.2"), encoding="utf-8")
    b.write_text(SAME_DOI.format("30.2") + "（另一家媒体的报道）\n", encoding="utf-8")
    db = tmp_path / "evidence.db"
    ingest_paths([a, b], db)
    study_id = one(sqlite3.connect(db), "select id from studies")[0]
    ds = Datasette([str(db)], metadata=load_metadata(), template_dir=str(TEMPLATES), plugins_dir=str(PLUGINS))
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(ds.invoke_startup())
        response = loop.run_until_complete(ds.client.get(f"/evidence/studies/{study_id}"))
    finally:
        loop.close()
    assert response.status_code == 200
    text = BeautifulSoup(response.text, "html.parser").get_text(" ")
    assert "39.2" in text and "30.2" in text
    assert "sources disagree on WOMAC" in text


def test_curation_file_rebuilds_the_split_in_a_new_database(tmp_path):
    first, second = tmp_path / "one" / "e.db", tmp_path / "two" / "e.db"
    ingest_paths([ABSTRACT, NEWS_NO_DOI], first)
    assert CliRunner().invoke(cli, ["split", str(NEWS_NO_DOI), "--db", str(first)]).exit_code == 0
    rules = (first.parent / "curation.yml").read_text(encoding="utf-8")
    assert "apart" in rules
    # A new database beside a copy of the file: the files ingested again stay apart.
    second.parent.mkdir()
    (second.parent / "curation.yml").write_text(rules, encoding="utf-8")
    ingest_paths([NEWS_NO_DOI, ABSTRACT], second)
    assert one(sqlite3.connect(second), "select count(*) from studies")[0] == 2
    assert dump(first)["studies"] == dump(second)["studies"]


def test_a_neighbour_that_does_not_join_leaves_a_merged_study_as_it_was(tmp_path):
    """A new source in the same fingerprint block that is not the same study must not
    touch the merged study's row (its conflict summary included)."""
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text(SAME_DOI.format("39.2"), encoding="utf-8")
    b.write_text(SAME_DOI.format("30.2") + "（另一家媒体的报道）\n", encoding="utf-8")
    c.write_text("另一家医院的膝关节细胞疗法观察\n本研究为单臂试验，共纳入40例膝骨关节炎患者，接受间充质干细胞治疗。\n"
                 "WOMAC总分从基线的61.5降至12个月时的44.0。\n", encoding="utf-8")
    db = tmp_path / "e.db"
    ingest_paths([a, b], db)
    before = dump(db)["studies"]
    ingest_paths([c], db)
    after = dump(db)["studies"]
    assert len(after) == 2 and set(before) <= set(after)


def test_every_order_gives_the_same_database_without_the_seed(tmp_path):
    """Two sources sharing a DOI and disagreeing, one without a DOI that matches them by
    fingerprint, and a neighbour of the same size that is another study: 24 orders, one
    database."""
    files = {
        "a.txt": SAME_DOI.format("39.2"),
        "b.txt": SAME_DOI.format("30.2") + "（另一家媒体的报道）\n",
        "c.txt": "另一家医院的膝关节细胞疗法观察\n本研究为单臂试验，共纳入40例膝骨关节炎患者，接受间充质干细胞治疗。\n"
                 "WOMAC总分从基线的61.5降至12个月时的44.0。\n",
        "d.txt": "脂肪干细胞注射一年随访\n该研究纳入40例膝骨关节炎患者，接受间充质干细胞治疗。WOMAC总分从基线的52.1降至12个月时的39.2。\n",
    }
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    dumps = []
    for i, order in enumerate(itertools.permutations(paths)):
        db = tmp_path / f"o{i}" / "e.db"
        ingest_paths(list(order), db)
        dumps.append(dump(db))
    assert all(d == dumps[0] for d in dumps[1:])
    conn = sqlite3.connect(tmp_path / "o0" / "e.db")
    assert one(conn, "select count(*) from studies")[0] == 2
    assert one(conn, "select count(*) from study_sources group by study_id order by 1 desc")[0] == 3
