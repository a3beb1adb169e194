"""Fixtures for the Datasette side: a small database written by the real writer, and a
Datasette over it with this project's metadata, templates and plugins.

No network and no pytest-asyncio: requests go through ``ds.client`` (httpx over ASGI)
on one event loop owned by the ``datasette`` fixture; tests call the sync ``get()``.
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

import pytest
import yaml

from ingest.extract.record import (
    AdverseEvent,
    Citation,
    Effect,
    Enrollment,
    Group,
    Intervention,
    Measurement,
    Participants,
    Record,
    Safety,
    Source,
    Study,
    Time,
)
from ingest.read.document import Document

REPO = Path(__file__).resolve().parents[1]
METADATA = REPO / "metadata.yml"
TEMPLATES = REPO / "templates"
PLUGINS = REPO / "plugins"
BASELINE = Time(0, "month")

# ---------------------------------------------------------------- the articles
# Written for these tests (not copied from any real article); the facts follow a
# typical Chinese news report of a spinal cord injury cell-therapy trial.

SCI_TITLE = "许旺细胞联合间充质干细胞治疗慢性脊髓损伤的临床研究"
SCI_SENTENCES = {
    "flow": "研究团队先后筛查了130名慢性脊髓损伤患者，排除24人后，共有106名患者入组并全部纳入分析。",
    "age": "入组患者平均年龄35.2岁（±9.8岁），其中男性78人（73.6%）。",
    "msc": "每名患者经腰椎穿刺鞘内注射自体骨髓来源的间充质干细胞，剂量为每千克体重1×10^6个细胞。",
    "schwann": "同时在损伤节段植入由患者自体神经分离培养的许旺细胞。",
    "asia": "治疗前ASIA运动评分平均为40.7（±17），术后12个月升至43.3（±15.9），改善具有统计学意义（p<0.001）。",
    "scim": "随访6个月时，SCIM-III总分的中位数为52（四分位距40–61）。",
    "headache": "在完成安全性随访的48名患者中，34人（70.8%）出现头痛，均为轻度并在数日内自行缓解。",
    "safety": "整个研究期间未出现严重不良事件，也无患者死亡。",
}
SCI_TEXT = SCI_TITLE + "\n" + "".join(SCI_SENTENCES.values())
SCI_DOI = "10.5555/evkb.sci.2024.001"

# Hostile content in every text field that reaches the page.
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
JS_URL = "javascript:alert(1)"
HOSTILE_TITLE = f"{SCRIPT} Stem cells for knee pain {IMG}"
HOSTILE_QUOTE = f"Pain fell from 6.1 {IMG} to 3.2 {SCRIPT} after 6 months {JS_URL}."
HOSTILE_TEXT = HOSTILE_TITLE + "\n" + HOSTILE_QUOTE

# A traditional-Chinese article, to check that search reads traditional as simplified.
HANT_TITLE = "臍帶間充質幹細胞治療心臟衰竭"
HANT_TEXT = HANT_TITLE + "\n研究納入30名心臟衰竭患者，治療後左心室射血分數明顯改善。"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sci_article() -> tuple[Document, Record]:
    s = SCI_SENTENCES
    doc = Document(text=SCI_TEXT, path="tests/articles/zh-sci-schwann.txt", title=SCI_TITLE,
                   language="zh", encoding="utf-8", sha256=sha256(SCI_TEXT),
                   site_name="测试新闻网", published="2024-05-20")
    study = Study(
        citation=Citation(doi=SCI_DOI, title=SCI_TITLE, journal="Journal of Spinal Repair",
                          year=2024, authors=["Zhang W", "Li H", "Wang Q"]),
        design="single_arm_trial", phase="1/2", conditions=["spinal cord injury"],
        enrollment=Enrollment("2019-03", "2021-06"), follow_up=Time(12, "month"),
        participants=Participants(
            screened=130, excluded=24, enrolled=106, analyzed=106,
            age_mean=35.2, age_sd=9.8, male=78, male_pct=73.6,
            quotes={"screened": s["flow"], "excluded": s["flow"], "enrolled": s["flow"],
                    "analyzed": s["flow"], "age": s["age"], "male": s["age"]}),
        interventions=[
            Intervention("mesenchymal stem cells", route="intrathecal", origin="autologous",
                         tissue="bone marrow", dose="1×10^6 cells/kg", quote=s["msc"]),
            Intervention("Schwann cells", route="intralesional", origin="autologous",
                         tissue="peripheral nerve", quote=s["schwann"]),
        ],
        groups=[Group("all", role="arm", n=106, quote=s["flow"])],
        measurements=[
            Measurement("ASIA motor score", "all", Time(12, "month"), "mean", 43.3, "sd", 15.9,
                        quote=s["asia"]),
            Measurement("ASIA motor score", "all", BASELINE, "mean", 40.7, "sd", 17.0,
                        quote=s["asia"]),
            Measurement("SCIM-III total", "all", Time(6, "month"), "median", 52.0, "iqr",
                        [40.0, 61.0], quote=s["scim"]),
        ],
        effects=[Effect("ASIA motor score", "all", "baseline", Time(12, "month"), "mean_change",
                        2.6, None, 0.001, "<", True, quote=s["asia"])],
        adverse_events=[AdverseEvent("headache", 34, 70.8, "mild", False, quote=s["headache"])],
        safety=Safety(serious_adverse_events=0, deaths=0,
                      quotes={"serious_adverse_events": s["safety"], "deaths": s["safety"]}),
    )
    source = Source(file=doc.path, title=doc.title, language="zh", sha256=doc.sha256,
                    encoding="utf-8")
    return doc, Record(source=source, studies=[study])


def hostile_article() -> tuple[Document, Record]:
    doc = Document(text=HOSTILE_TEXT, path=f"tests/articles/{IMG}.txt", url=JS_URL,
                   title=HOSTILE_TITLE, language="en", encoding=SCRIPT,
                   sha256=sha256(HOSTILE_TEXT), site_name=IMG)
    study = Study(
        citation=Citation(doi='10.1/x"><script>alert(1)</script>', title=HOSTILE_TITLE,
                          journal=SCRIPT, authors=[IMG]),
        design="rct", phase=SCRIPT, conditions=[f"knee osteoarthritis {SCRIPT}"],
        participants=Participants(enrolled=40, quotes={"enrolled": HOSTILE_QUOTE}),
        interventions=[Intervention(f"stem cells {IMG}", route=SCRIPT, dose=IMG,
                                    quote=HOSTILE_QUOTE)],
        groups=[Group(IMG, role="arm", n=20, pct=50.0, quote=HOSTILE_QUOTE)],
        measurements=[
            Measurement(f"VAS {SCRIPT}", IMG, BASELINE, "mean", 6.1, quote=HOSTILE_QUOTE),
            Measurement(f"VAS {SCRIPT}", IMG, Time(6, "month"), "mean", 3.2, quote=HOSTILE_QUOTE),
        ],
        effects=[Effect(f"VAS {SCRIPT}", IMG, JS_URL, Time(6, "month"), "mean_change", -2.9,
                        [-3.5, -2.3], 0.01, "<", True, quote=HOSTILE_QUOTE)],
        adverse_events=[AdverseEvent(IMG, 2, 5.0, grade=SCRIPT, quote=HOSTILE_QUOTE)],
        safety=Safety(deaths=0, quotes={"deaths": HOSTILE_QUOTE}),
    )
    source = Source(file=doc.path, url=JS_URL, title=doc.title, language="en", sha256=doc.sha256)
    return doc, Record(source=source, studies=[study])


def hant_article() -> tuple[Document, Record]:
    doc = Document(text=HANT_TEXT, path="tests/articles/zh-hant-heart.txt", title=HANT_TITLE,
                   language="zh", encoding="big5", sha256=sha256(HANT_TEXT))
    study = Study(citation=Citation(title=HANT_TITLE), design="case_series",
                  conditions=["heart failure"],
                  participants=Participants(enrolled=30, quotes={"enrolled": HANT_TEXT.split("\n")[1]}),
                  interventions=[Intervention("mesenchymal stem cells", tissue="umbilical cord")])
    return doc, Record(source=Source(file=doc.path, title=HANT_TITLE, language="zh",
                                     sha256=doc.sha256), studies=[study])


ARTICLES = (sci_article, hostile_article, hant_article)


def build_db(path) -> dict[str, str]:
    """Write the test articles with the real writer; returns {name: study id}."""
    from ingest.store import open_db, write_article

    db = open_db(path)
    ids = {}
    for make in ARTICLES:
        doc, record = make()
        assert write_article(db, doc, record) == "ingested"
        (study_id,) = db.execute(
            "select study_id from study_sources where source_id = ?", [doc.sha256[:16]]
        ).fetchone()
        ids[make.__name__.removesuffix("_article")] = study_id
    db.close()
    return ids


def load_metadata() -> dict:
    with open(METADATA, encoding="utf-8") as f:
        return yaml.safe_load(f)


@pytest.fixture(scope="session")
def built_db(tmp_path_factory):
    """(path, {article: study id}); the file is evidence.db so Datasette names it evidence."""
    path = tmp_path_factory.mktemp("db") / "evidence.db"
    ids = build_db(path)
    return path, ids


@pytest.fixture(scope="session")
def db_path(built_db):
    return built_db[0]


@pytest.fixture(scope="session")
def study_ids(built_db):
    return built_db[1]


class Client:
    """Synchronous requests to a Datasette, on one event loop."""

    def __init__(self, ds):
        self.ds = ds
        self.loop = asyncio.new_event_loop()
        self.loop.run_until_complete(ds.invoke_startup())

    def get(self, path, **kwargs):
        return self.loop.run_until_complete(self.ds.client.get(path, **kwargs))

    def close(self):
        self.loop.close()


@pytest.fixture(scope="session")
def datasette(db_path):
    from datasette.app import Datasette

    ds = Datasette(
        [str(db_path)],
        metadata=load_metadata(),
        template_dir=str(TEMPLATES),
        plugins_dir=str(PLUGINS),
        settings={"sql_time_limit_ms": 5000, "default_page_size": 50},
    )
    return ds


@pytest.fixture(scope="session")
def client(datasette):
    c = Client(datasette)
    yield c
    c.close()


# ---------------------------------------------------------------- two studies of one measure

# A fictional second ASIA motor score study, written for these tests: with the test
# article above, two studies report the measure, so the comparison page pools.
SECOND_ASIA = REPO / "tests" / "fixtures" / "en-abstract-sci-olfactory.txt"


def client_for(path) -> Client:
    from datasette.app import Datasette

    return Client(Datasette([str(path)], metadata=load_metadata(), template_dir=str(TEMPLATES),
                            plugins_dir=str(PLUGINS)))


def site_for(db):
    """The site as ``evidence serve`` runs it over ``db`` (no suggested facets), in process."""
    from datasette.app import Datasette

    return Datasette([str(db)], metadata=load_metadata(), template_dir=str(TEMPLATES), plugins_dir=str(PLUGINS),
                     settings={"suggest_facets": False})


def traced_visit(ds, path: str) -> tuple[dict, list[str]]:
    """A page's JSON and the SQL it ran, on the site ``ds`` (kept between visits)."""
    from datasette.tracer import capture_traces

    traces = []

    async def get():
        await ds.invoke_startup()
        with capture_traces(traces):
            return await ds.client.get(path)

    response = asyncio.run(get())
    assert response.status_code == 200, response.text[:300]
    return response.json(), [t["sql"] for t in traces if t.get("type") == "sql"]


def traced_get(db, path: str) -> tuple[dict, list[str]]:
    """A page's JSON and the SQL it ran, on a fresh site over ``db``."""
    return traced_visit(site_for(db), path)



@pytest.fixture(scope="session")
def two_study_db(built_db, tmp_path_factory):
    """The test articles plus a second ASIA motor score study, ingested from its file."""
    import shutil

    from ingest.commands import ingest_paths

    path = tmp_path_factory.mktemp("compare") / "evidence.db"
    shutil.copy(built_db[0], path)
    report = ingest_paths([SECOND_ASIA], path)
    assert len(report.ingested) == 1 and not report.failed
    return path


@pytest.fixture(scope="session")
def two(two_study_db):
    c = client_for(two_study_db)
    yield c
    c.close()


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory):
    """The bundled examples and a second ASIA motor score study, ingested once."""
    from ingest.commands import ingest_paths
    from tests.paths import EXAMPLES

    db = tmp_path_factory.mktemp("examples") / "evidence.db"
    report = ingest_paths([EXAMPLES, SECOND_ASIA], db)
    assert not report.failed
    return db


@pytest.fixture(scope="session")
def examples(examples_db):
    c = client_for(examples_db)
    yield c
    c.close()


def after_every_kind_of_write(folder, original, tmp_path):
    """The database ``original`` (the articles of ``folder`` ingested) copied, then written every
    way the writer writes: again with --force, a file whose content changed, a split of a merged
    study. Yields the database after each, for a test to check what it keeps."""
    import shutil
    import sqlite3

    from ingest.commands import ingest_paths, split_command

    db = tmp_path / "evidence.db"
    shutil.copy(original, db)
    ingest_paths([str(folder)], db, force=True)
    yield db
    # A file whose content changed: its old rows go, its new ones come.
    changed = sorted(folder.glob("*.txt"))[0]
    saved = changed.read_bytes()
    try:
        changed.write_bytes(saved.replace(b"12", b"13"))
        ingest_paths([str(changed)], db)
        yield db
    finally:
        changed.write_bytes(saved)
    merged = sqlite3.connect(db).execute(
        "select a.source_id from study_sources a join study_sources b on a.study_id = b.study_id"
        " and a.source_id != b.source_id limit 1").fetchone()[0]
    split_command(db, merged, curation_file=tmp_path / "curation.yml")
    yield db


@pytest.fixture(scope="session")
def mixed_batch_db(tmp_path_factory):
    """``bench.mixed_batch``'s 30 articles (every kind of file, every tenth restating another's
    DOI: merges) and the examples, ingested: (their folder, the database). Tests write copies."""
    from bench.mixed_batch import write_batch
    from ingest.commands import ingest_paths
    from tests.paths import EXAMPLES

    folder = tmp_path_factory.mktemp("mixed-batch")
    write_batch(folder, 30)
    db = tmp_path_factory.mktemp("mixed-batch-db") / "evidence.db"
    report = ingest_paths([str(folder), str(EXAMPLES)], db)
    assert report.merged and len(report.ingested) > 30
    return folder, db
